<?php
/**
 * Sets up, in this PHP process, what a server module finds inside WHMCS:
 *  - the WHMCS constant (module files die without it) and ROOTDIR
 *  - WHMCS\Database\Capsule = Laravel's Capsule (Debian's php-illuminate-database) on SQLite,
 *    file from env OXIDE_DB, else a temp file deleted at exit; schema.sql loaded. With
 *    OXIDE_WHMCS_DB=mariadb on MariaDB instead, with WHMCS 8's own table definitions
 *    (see Database.php and README.md)
 *  - the global helpers: logModuleCall, localAPI, logActivity, add_hook, run_hook,
 *    encrypt, decrypt
 *  - the WHMCS classes modules use (tests/harness/whmcs/), loaded eagerly so an extension
 *    can look them up without relying on autoloading
 *  - autoloading of WHMCS\Module\Server\<Name>\ from <module>/lib/, and of \Smarty
 *
 * Used as PHPUnit's bootstrap (tests/phpunit.xml) and required by demo scripts. The
 * whmcs_oxide extension itself is loaded by the caller (php -d extension=...).
 */

if (defined('WHMCS_HARNESS_VERSION')) {
    return;
}

define('WHMCS', true);
/** The WHMCS version the harness claims to be (params whmcsVersion, tblconfiguration Version). */
define('WHMCS_HARNESS_VERSION', '8.13.1');
define('HARNESS_REPO_ROOT', dirname(__DIR__, 2));
// OXIDE_WHMCS_ROOT: another install root (the browser tests' copy with a generated pseudo
// language); by default the repository's php/ folder.
define('HARNESS_WHMCS_ROOT', rtrim(getenv('OXIDE_WHMCS_ROOT') ?: HARNESS_REPO_ROOT . '/php', '/'));
define('HARNESS_DEFAULT_MODULES_DIR', HARNESS_WHMCS_ROOT . '/modules/servers');
if (!defined('ROOTDIR')) {
    // WHMCS's install root: modules live in ROOTDIR/modules/servers.
    define('ROOTDIR', HARNESS_WHMCS_ROOT);
}

// Debian installs Laravel's components under /usr/share/php (on the include path); the
// database component's autoload.php pulls in Support, Container, Contracts, Collections.
$illuminate = stream_resolve_include_path('Illuminate/Database/autoload.php')
    ?: '/usr/share/php/Illuminate/Database/autoload.php';
if (!is_file($illuminate)) {
    fwrite(STDERR, "whmcs harness: Illuminate Database not found; install php-illuminate-database\n");
    exit(1);
}
require_once $illuminate;

foreach ([
    'Database', 'Crypto', 'ModuleLog', 'SecretCheck', 'Hooks', 'ModuleAutoloader', 'ClientDetails',
    'ParamsBuilder', 'Fixtures', 'LocalApi', 'WhmcsHost', 'ReadyLineProcess', 'SimProcess', 'RealHestia', 'RealHestiaPanel',
    'MariaDbProcess', 'AddonHost',
] as $file) {
    require_once __DIR__ . "/$file.php";
}

// Interfaces before the classes implementing them, bases before subclasses.
foreach ([
    'Service/Status', 'Service/Service', 'Service/Properties',
    'UsageBilling/Contracts/Metrics/UnitInterface',
    'UsageBilling/Contracts/Metrics/UsageInterface',
    'UsageBilling/Contracts/Metrics/MetricInterface',
    'UsageBilling/Contracts/Metrics/ProviderInterface',
    'UsageBilling/Metrics/Units/AbstractUnit',
    'UsageBilling/Metrics/Units/WholeNumber',
    'UsageBilling/Metrics/Units/FloatingPoint',
    'UsageBilling/Metrics/Units/Bytes',
    'UsageBilling/Metrics/Units/KiloBytes',
    'UsageBilling/Metrics/Units/MegaBytes',
    'UsageBilling/Metrics/Units/GigaBytes',
    'UsageBilling/Metrics/Units/Accounts',
    'UsageBilling/Metrics/Units/Domains',
    'UsageBilling/Metrics/Usage',
    'UsageBilling/Metrics/Metric',
    'Module/AbstractWidget',
] as $file) {
    require_once __DIR__ . "/whmcs/$file.php";
}

// In WHMCS, WHMCS\Database\Capsule is Laravel's Capsule Manager.
class_alias(\Illuminate\Database\Capsule\Manager::class, 'WHMCS\Database\Capsule');

\Oxide\Harness\Database::bootFromEnvironment(getenv('OXIDE_DB') ?: null);
\Oxide\Harness\ModuleAutoloader::addModulesDir(HARNESS_DEFAULT_MODULES_DIR);

// WHMCS's vendor autoloader gives every module \Smarty (the drift widget renders its template
// with it); here Debian's smarty4, loaded on first use.
spl_autoload_register(static function (string $class): void {
    if ($class === 'Smarty' && is_file('/usr/share/php/smarty4/bootstrap.php')) {
        // Its own autoloader (registered here) serves Smarty's internals, not this lookup.
        require_once '/usr/share/php/smarty4/bootstrap.php';
        require_once '/usr/share/php/smarty4/Smarty.class.php';
    }
});

require_once __DIR__ . '/functions.php';
