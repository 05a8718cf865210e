<?php
/**
 * oxide_cpanel — WHMCS server module for cPanel & WHM (WHM API 1).
 *
 * The module's functions (oxide_cpanel_CreateAccount, …) are provided by the whmcs_oxide PHP
 * extension. WHMCS lists a module because this file exists; it only guards against a PHP that
 * does not load the extension, so the admin sees why instead of "Function not found".
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

if (!extension_loaded('whmcs_oxide')) {
    function oxide_cpanel_missing_extension(): string
    {
        return 'The whmcs_oxide PHP extension is not loaded in this PHP (' . PHP_VERSION . ', '
            . PHP_SAPI . '): add extension=whmcs_oxide.so to its configuration and restart PHP.';
    }

    function oxide_cpanel_MetaData(array $params = []): array
    {
        return ['DisplayName' => 'cPanel/WHM (whmcs_oxide extension NOT loaded)', 'APIVersion' => '1.1', 'RequiresServer' => true];
    }

    function oxide_cpanel_ConfigOptions(array $params = []): array
    {
        return ['Extension' => ['Type' => 'text', 'Description' => oxide_cpanel_missing_extension()]];
    }

    function oxide_cpanel_TestConnection(array $params = []): array
    {
        return ['success' => false, 'error' => oxide_cpanel_missing_extension()];
    }
}

if (!function_exists('oxide_cpanel_MetricProvider')) {
    /**
     * Usage billing (WHMCS 7.9+): disk, bandwidth, e-mail accounts, addon/parked/sub domains,
     * MySQL databases and (Reseller Hosting) the accounts a reseller owns.
     */
    function oxide_cpanel_MetricProvider(array $params = [])
    {
        return new \WHMCS\Module\Server\OxideCpanel\MetricsProvider($params);
    }
}
