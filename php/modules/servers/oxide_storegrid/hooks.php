<?php
/**
 * oxide_storegrid action hooks: on ClientAdd and AcceptOrder, sign the client up on the backup
 * server as reseller or customer.
 *
 * Nothing to edit here. Which hook points are active, reseller or customer, and every signup
 * setting come from the module's products: set "Action Hooks" in a product's Module Settings
 * (a hidden product works). The backup server is taken from WHMCS's own server records (the
 * product's server group), so no credentials live in this file. Failures are written to the
 * activity log; a hook never breaks an order or a client creation.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

foreach (['ClientAdd', 'AcceptOrder'] as $oxideStoregridHookPoint) {
    add_hook($oxideStoregridHookPoint, 10, static function (array $vars) use ($oxideStoregridHookPoint) {
        try {
            if (!function_exists('oxide_storegrid_HookSignup')) {
                logActivity("oxide_storegrid $oxideStoregridHookPoint hook skipped: the whmcs_oxide PHP extension is not loaded");
                return;
            }
            // The extension logs its own failures; its answer is not needed here.
            oxide_storegrid_HookSignup(['hookpoint' => $oxideStoregridHookPoint] + $vars);
        } catch (\Throwable $e) {
            logActivity("oxide_storegrid $oxideStoregridHookPoint hook failed: " . get_class($e) . ': ' . $e->getMessage());
        }
    });
}
unset($oxideStoregridHookPoint);

// The daily drift check and the drift widget (the same file in every oxide_* folder).
require_once __DIR__ . '/drift_hooks.php';
