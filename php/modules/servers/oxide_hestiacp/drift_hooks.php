<?php
/**
 * whmcs-oxide drift hooks, the same file in every oxide_* module folder (the module is this
 * folder's name): the daily drift check of this module's servers, and one admin dashboard
 * widget listing the drift of every module (registered once, by whichever module loads first;
 * its markup is this folder's templates/drift_widget.tpl).
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

        /** @return array|string the extension's values, or why there are none */
        public function getData()
        {
            $values = OXIDE_DRIFT_WIDGET;
            if (!function_exists($values)) {
                return 'The whmcs_oxide PHP extension is not loaded.';
            }
            return $values([]);
        }

        /** The values through templates/drift_widget.tpl, which escapes each. */
        public function generateOutput($data)
        {
            if (!is_array($data) || empty($data['success'])) {
                $why = is_array($data) ? (string) ($data['error'] ?? '') : (string) $data;
                return '<p>' . htmlspecialchars($why, ENT_QUOTES, 'UTF-8') . '</p>';
            }
            if (!class_exists('Smarty')) {
                return '<p>Smarty, which WHMCS ships, is not available to render the drift widget.</p>';
            }
            $smarty = new \Smarty();
            $smarty->assign($data);
            $template = __DIR__ . '/templates/drift_widget.tpl';
            // WHMCS's compiled-template folder (configuration.php). Without one the template is
            // compiled in memory (Smarty's eval: resource writes nothing): a folder of our own in
            // the shared temp dir could be made first by another local user, and Smarty includes
            // the PHP it finds there.
            $compile = (string) ($GLOBALS['templates_compiledir'] ?? '');
            if ($compile !== '' && is_dir($compile) && is_writable($compile)) {
                $smarty->setCompileDir($compile);
                return $smarty->fetch($template);
            }
            $source = @file_get_contents($template);
            if (!is_string($source)) {
                return '<p>The drift widget\'s template (templates/drift_widget.tpl) cannot be read.</p>';
            }
            return $smarty->fetch('eval:' . $source);
        }
    }

    add_hook('AdminHomeWidgets', 20, static function () {
        return new WhmcsOxideDriftWidget();
    });
}
unset($oxideDriftModule);
