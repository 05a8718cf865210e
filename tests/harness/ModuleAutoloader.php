<?php
/**
 * WHMCS registers the namespace WHMCS\Module\Server\<Name>\ for every server module, mapped
 * to modules/servers/<module>/lib/ (PSR-4 below that). This emulates it.
 *
 * Name mapping (the harness's, documented in README.md): <Name> is compared
 * case-insensitively with the module directory name after removing "_" and "-", so
 * oxide_vpncp is reachable as OxideVpncp (the StudlyCase form WHMCS's docs use, cf.
 * "mymodule" -> "Mymodule") and, equally, as Oxide_vpncp or OXIDEVPNCP.
 *   WHMCS\Module\Server\OxideVpncp\Foo      -> <modulesDir>/oxide_vpncp/lib/Foo.php
 *   WHMCS\Module\Server\OxideVpncp\Api\Http -> <modulesDir>/oxide_vpncp/lib/Api/Http.php
 */

namespace Oxide\Harness;

final class ModuleAutoloader
{
    private const PREFIX = 'WHMCS\\Module\\Server\\';

    /** @var string[] directories holding module folders (like modules/servers) */
    private static array $dirs = [];
    private static bool $registered = false;

    public static function addModulesDir(string $dir): void
    {
        $dir = rtrim($dir, '/');
        if (!in_array($dir, self::$dirs, true)) {
            self::$dirs[] = $dir;
        }
        if (!self::$registered) {
            spl_autoload_register([self::class, 'load']);
            self::$registered = true;
        }
    }

    public static function load(string $class): void
    {
        if (strncmp($class, self::PREFIX, strlen(self::PREFIX)) !== 0) {
            return;
        }
        $parts = explode('\\', substr($class, strlen(self::PREFIX)));
        if (count($parts) < 2) {
            return;
        }
        $wanted = self::key(array_shift($parts));
        $relative = implode('/', $parts) . '.php';
        foreach (self::$dirs as $dir) {
            foreach (glob($dir . '/*', GLOB_ONLYDIR) ?: [] as $moduleDir) {
                $file = "$moduleDir/lib/$relative";
                if (self::key(basename($moduleDir)) === $wanted && is_file($file)) {
                    require_once $file;
                    return;
                }
            }
        }
    }

    private static function key(string $name): string
    {
        return strtolower(str_replace(['_', '-'], '', $name));
    }
}
