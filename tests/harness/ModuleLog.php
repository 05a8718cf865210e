<?php
/**
 * logModuleCall() with WHMCS semantics: arrays/objects are print_r'd, every non-empty
 * string of $replaceVars becomes asterisks of the same length in request, response and
 * processed data, and the row goes to tblmodulelog (only while Module Debug Mode is on,
 * which the harness seeds on).
 */

namespace Oxide\Harness;

use Illuminate\Database\Capsule\Manager as Capsule;

final class ModuleLog
{
    public static function log($module, $action, $request, $response, $processed = '', $replaceVars = []): void
    {
        if (!self::debugModeOn()) {
            return;
        }
        $secrets = self::secrets($replaceVars);
        Capsule::table('tblmodulelog')->insert([
            'date' => date('Y-m-d H:i:s'),
            'module' => (string) $module,
            'action' => (string) $action,
            'request' => self::mask(self::stringify($request), $secrets),
            'response' => self::mask(self::stringify($response), $secrets),
            'arrdata' => self::mask(self::stringify($processed), $secrets),
        ]);
    }

    /** Arrays and objects are logged as print_r output, scalars as their string form. */
    public static function stringify($value): string
    {
        if (is_array($value) || is_object($value)) {
            return print_r($value, true);
        }
        return (string) $value;
    }

    /**
     * Masking runs after stringifying, so a secret inside a print_r'd array is caught too.
     * Longest first, so a secret containing another one is masked whole.
     *
     * @param string[] $secrets
     */
    public static function mask(string $text, array $secrets): string
    {
        foreach ($secrets as $secret) {
            $text = str_replace($secret, str_repeat('*', strlen($secret)), $text);
        }
        return $text;
    }

    /** @return string[] */
    private static function secrets($replaceVars): array
    {
        $secrets = [];
        foreach ((array) $replaceVars as $value) {
            if (is_scalar($value) && (string) $value !== '') {
                $secrets[] = (string) $value;
            }
        }
        usort($secrets, static fn ($a, $b) => strlen($b) <=> strlen($a));
        return $secrets;
    }

    private static function debugModeOn(): bool
    {
        $value = Capsule::table('tblconfiguration')->where('setting', 'ModuleDebugMode')->value('value');
        return $value === 'on';
    }
}
