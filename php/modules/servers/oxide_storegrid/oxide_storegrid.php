<?php
/**
 * oxide_storegrid — WHMCS server module and action hooks for a backup server (Vembu
 * StoreGrid SP edition): reseller/customer signup, activation, pass key, usage.
 *
 * The module's functions (oxide_storegrid_CreateAccount, …) are provided by the whmcs_oxide PHP
 * extension. WHMCS lists a module because this file exists; it only guards against a PHP that
 * does not load the extension, so the admin sees why instead of "Function not found".
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

if (!extension_loaded('whmcs_oxide')) {
    function oxide_storegrid_missing_extension(): string
    {
        return 'The whmcs_oxide PHP extension is not loaded in this PHP (' . PHP_VERSION . ', '
            . PHP_SAPI . '): add extension=whmcs_oxide.so to its configuration and restart PHP.';
    }

    function oxide_storegrid_MetaData(array $params = []): array
    {
        return ['DisplayName' => 'Backup Server (whmcs_oxide extension NOT loaded)', 'APIVersion' => '1.1', 'RequiresServer' => true];
    }

    function oxide_storegrid_ConfigOptions(array $params = []): array
    {
        return ['Extension' => ['Type' => 'text', 'Description' => oxide_storegrid_missing_extension()]];
    }

    function oxide_storegrid_TestConnection(array $params = []): array
    {
        return ['success' => false, 'error' => oxide_storegrid_missing_extension()];
    }
}
