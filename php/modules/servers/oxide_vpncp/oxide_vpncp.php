<?php
/**
 * oxide_vpncp — WHMCS server module for the puqVPNcp VPN panel.
 *
 * The module's functions (oxide_vpncp_CreateAccount, …) are provided by the whmcs_oxide PHP
 * extension. WHMCS lists a module because this file exists; it guards against a PHP that does
 * not load the extension, and defines the one function the extension cannot: MetricProvider,
 * which must return a PHP object (lib/MetricsProvider.php, delegating to the extension).
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

if (!extension_loaded('whmcs_oxide')) {
    function oxide_vpncp_missing_extension(): string
    {
        return 'The whmcs_oxide PHP extension is not loaded in this PHP (' . PHP_VERSION . ', '
            . PHP_SAPI . '): add extension=whmcs_oxide.so to its configuration and restart PHP.';
    }

    function oxide_vpncp_MetaData(array $params = []): array
    {
        return ['DisplayName' => 'puqVPNcp (whmcs_oxide extension NOT loaded)', 'APIVersion' => '1.1', 'RequiresServer' => true];
    }

    function oxide_vpncp_ConfigOptions(array $params = []): array
    {
        return ['Extension' => ['Type' => 'text', 'Description' => oxide_vpncp_missing_extension()]];
    }

    function oxide_vpncp_TestConnection(array $params = []): array
    {
        return ['success' => false, 'error' => oxide_vpncp_missing_extension()];
    }
}

if (!function_exists('oxide_vpncp_MetricProvider')) {
    /** Usage billing (WHMCS 7.9+): "Bandwidth Usage Download (GB)" and "… Upload (GB)". */
    function oxide_vpncp_MetricProvider(array $params = [])
    {
        return new \WHMCS\Module\Server\OxideVpncp\MetricsProvider($params);
    }
}
