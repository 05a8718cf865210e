<?php
/**
 * The global functions WHMCS defines for modules and hooks. Thin wrappers: the behaviour
 * lives in the Oxide\Harness classes next to this file.
 */

use Oxide\Harness\Crypto;
use Oxide\Harness\Hooks;
use Oxide\Harness\LocalApi;
use Oxide\Harness\ModuleLog;
use Illuminate\Database\Capsule\Manager as Capsule;

function logModuleCall($module, $action, $requestString, $responseData, $processedData = '', $replaceVars = [])
{
    ModuleLog::log($module, $action, $requestString, $responseData, $processedData, $replaceVars);
}

function localAPI($command, $values = [], $adminUser = '')
{
    return LocalApi::call($command, $values, $adminUser);
}

/** WHMCS writes "System" as the user for entries made outside an admin/client session. */
function logActivity($description, $userId = 0)
{
    Capsule::table('tblactivitylog')->insert([
        'date' => date('Y-m-d H:i:s'),
        'description' => (string) $description,
        'user' => 'System',
        'userid' => (int) $userId,
        'ipaddr' => '',
    ]);
}

function add_hook($hookPoint, $priority, $hookFunction, $rollbackFunction = '')
{
    Hooks::add($hookPoint, $priority, $hookFunction);
}

function run_hook($hookPoint, $args = [])
{
    return Hooks::run((string) $hookPoint, (array) $args);
}

function encrypt($string)
{
    return Crypto::encrypt((string) $string);
}

function decrypt($string)
{
    return Crypto::decrypt((string) $string);
}
