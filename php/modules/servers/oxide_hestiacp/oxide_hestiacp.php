<?php
/**
 * oxide_hestiacp — WHMCS server module for HestiaCP.
 *
 * The module's functions (oxide_hestiacp_CreateAccount, …) are provided by the whmcs_oxide PHP
 * extension. WHMCS lists a module because this file exists; it only guards against a PHP that
 * does not load the extension, so the admin sees why instead of "Function not found".
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

if (!extension_loaded('whmcs_oxide')) {
    function oxide_hestiacp_missing_extension(): string
    {
        return 'The whmcs_oxide PHP extension is not loaded in this PHP (' . PHP_VERSION . ', '
            . PHP_SAPI . '): add extension=whmcs_oxide.so to its configuration and restart PHP.';
    }

    function oxide_hestiacp_MetaData(array $params = []): array
    {
        return ['DisplayName' => 'HestiaCP (whmcs_oxide extension NOT loaded)', 'APIVersion' => '1.1', 'RequiresServer' => true];
    }

    function oxide_hestiacp_ConfigOptions(array $params = []): array
    {
        return ['Extension' => ['Type' => 'text', 'Description' => oxide_hestiacp_missing_extension()]];
    }

    function oxide_hestiacp_TestConnection(array $params = []): array
    {
        return ['success' => false, 'error' => oxide_hestiacp_missing_extension()];
    }
}

// The file manager's JSON endpoint (clientarea.php?…&modop=custom&a=FileManagerApi).
require_once __DIR__ . '/filemanager.php';
