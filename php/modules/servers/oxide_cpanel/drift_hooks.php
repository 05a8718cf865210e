<?php
/**
 * whmcs-oxide drift hooks, the same file in every oxide_* module folder (the module is this
 * folder's name): the daily drift check of this module's servers, and one admin dashboard
 * widget listing the drift of every module (registered once, by whichever module loads first).
 *
 * Nothing here repairs anything: the check only reads the panels and stores what it found;
 * the repairs are the "Drift: …" buttons on each service. Nothing to edit.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

$oxideDriftModule = basename(__DIR__);

add_hook('DailyCronJob', 20, static function (array $vars) use ($oxideDriftModule) {
    $check = $oxideDriftModule . '_DriftCheck';
    try {
        if (!function_exists($check)) {
            logActivity("$oxideDriftModule drift check skipped: the whmcs_oxide PHP extension is not loaded");
            return;
        }
        // The extension writes its summary to the activity log and keeps the result.
        $check([]);
    } catch (\Throwable $e) {
        logActivity("$oxideDriftModule drift check failed: " . get_class($e) . ': ' . $e->getMessage());
    }
});

// Dashboard widgets exist from WHMCS 7.9 on; an older WHMCS gets the daily check only.
if (!defined('OXIDE_DRIFT_WIDGET') && class_exists('WHMCS\Module\AbstractWidget')) {
    define('OXIDE_DRIFT_WIDGET', $oxideDriftModule . '_DriftWidget');

    /** A named class: WHMCS keys a widget's panel and saved position by its class. */
    class WhmcsOxideDriftWidget extends \WHMCS\Module\AbstractWidget
    {
        protected $title = 'Provisioning drift (whmcs-oxide)';
        protected $description = 'Where WHMCS and the panels disagree, from the last daily check.';
        protected $weight = 150;
        protected $columns = 2;
        protected $cache = false;

        public function getData()
        {
            $render = OXIDE_DRIFT_WIDGET;
            if (!function_exists($render)) {
                return '<p>The whmcs_oxide PHP extension is not loaded.</p>';
            }
            return (string) $render([]);
        }

        public function generateOutput($data)
        {
            return $data;
        }
    }

    add_hook('AdminHomeWidgets', 20, static function () {
        return new WhmcsOxideDriftWidget();
    });
}
unset($oxideDriftModule);
