<?php
/**
 * whmcs-oxide admin addon (Addons → whmcs-oxide): adopt products of WHMCS's cPanel module and
 * of the hestia / vesta modules into oxide_cpanel / oxide_hestiacp, dry run first.
 *
 * A thin page: the work and the report's sentences come from the extension
 * (whmcs_oxide_adopt(), whmcs_oxide_adopt_restore()); this file only lists products, sends
 * the admin's choice and prints the report. Labels are in lang/english.php ($_ADDONLANG).
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

use WHMCS\Database\Capsule;

/** Product modules the page lists, and the oxide module each goes to. */
const OXIDE_ADOPT_FROM = [
    'cpanel' => 'oxide_cpanel', 'oxide_cpanel' => 'oxide_cpanel',
    'hestia' => 'oxide_hestiacp', 'vesta' => 'oxide_hestiacp', 'oxide_hestiacp' => 'oxide_hestiacp',
];

/** The oxide modules that adopt (for a product named by a refusal line). */
const OXIDE_ADOPT_TARGETS = ['oxide_cpanel', 'oxide_hestiacp'];

function oxide_config()
{
    return [
        'name' => 'whmcs-oxide',
        'description' => 'Adopt products of WHMCS\'s cPanel module and of the hestia / vesta modules into whmcs-oxide modules, with a dry run.',
        'version' => '1.0',
        'author' => 'whmcs-oxide',
        'fields' => [],
    ];
}

function oxide_activate()
{
    if (!function_exists('whmcs_oxide_adopt')) {
        return ['status' => 'error', 'description' => 'The whmcs_oxide PHP extension is not loaded: add extension=whmcs_oxide.so to PHP first.'];
    }
    return ['status' => 'success', 'description' => 'whmcs-oxide is active: Addons → whmcs-oxide.'];
}

function oxide_deactivate()
{
    // Adoption snapshots (mod_oxide_adoptions) stay: they are the way back for adopted products.
    return ['status' => 'success', 'description' => 'whmcs-oxide is deactivated; adoption snapshots are kept.'];
}

function oxide_output($vars)
{
    $lang = $vars['_lang'] ?? [];
    $t = static fn (string $key): string => htmlspecialchars((string) ($lang[$key] ?? $key), ENT_QUOTES, 'UTF-8');
    $e = static fn ($s): string => htmlspecialchars((string) $s, ENT_QUOTES, 'UTF-8');
    $link = (string) ($vars['modulelink'] ?? 'addonmodules.php?module=oxide');
    if (!function_exists('whmcs_oxide_adopt')) {
        echo '<div class="alert alert-danger">' . $t('no_extension') . '</div>';
        return;
    }

    $report = null;
    if (($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST') {
        if (function_exists('check_token')) {
            check_token('WHMCS.admin.default');
        }
        $pid = (int) ($_POST['pid'] ?? 0);
        $to = (string) ($_POST['to'] ?? '');
        $action = (string) ($_POST['oxide_action'] ?? 'dryrun');
        if ($action === 'restore') {
            $report = whmcs_oxide_adopt_restore($pid);
        } else {
            $report = whmcs_oxide_adopt($pid, $to, $action === 'apply');
        }
    }

    echo '<p>' . $t('intro') . '</p>';
    if (is_array($report)) {
        if (empty($report['success'])) {
            echo '<div class="alert alert-danger">' . $e($report['error'] ?? '') . '</div>';
        } elseif (!empty($report['applied']) || !empty($report['restored'])) {
            echo '<div class="alert alert-success">' . $t(!empty($report['restored']) ? 'restored' : 'applied') . '</div>';
        }
        if (!empty($report['lines'])) {
            echo '<ul class="list-group oxide-adopt-report">';
            foreach ($report['lines'] as $line) {
                $warn = strncmp($line, 'decide:', 7) === 0 || strncmp($line, 'blocks adoption:', 16) === 0;
                $class = $warn ? ' list-group-item-warning' : '';
                echo '<li class="list-group-item' . $class . '">' . $e($line) . '</li>';
            }
            echo '</ul>';
        }
        // After a clean dry run: apply exactly what was shown.
        if (!empty($report['success']) && empty($report['applied']) && empty($report['restored']) && empty($report['blockers'])) {
            $token = function_exists('generate_token') ? generate_token('form') : '';
            echo '<form method="post" action="' . $e($link) . '">' . $token
                . '<input type="hidden" name="pid" value="' . (int) ($report['product']['id'] ?? 0) . '">'
                . '<input type="hidden" name="to" value="' . $e($report['product']['to'] ?? '') . '">'
                . '<button class="btn btn-danger" name="oxide_action" value="apply" onclick="return confirm(\'' . $t('confirm_apply') . '\')">'
                . $t('apply') . '</button></form>';
        }
    }

    $adopted = [];
    try {
        $adopted = Capsule::table('mod_oxide_adoptions')->pluck('adopted_at', 'productid')->all();
    } catch (\Throwable $ignored) {
        // No adoption yet: the table is created by the first apply.
    }
    // The old modules' products, and oxide products adopted here (to restore). An oxide
    // product switched without adoption is named by its refusal line: the form below takes it.
    $products = Capsule::table('tblproducts')->orderBy('id')->get(['id', 'name', 'servertype'])
        ->filter(static function ($p) use ($adopted) {
            return isset(OXIDE_ADOPT_FROM[$p->servertype])
                && (strncmp($p->servertype, 'oxide_', 6) !== 0 || isset($adopted[$p->id]));
        });
    $token = function_exists('generate_token') ? generate_token('form') : '';
    echo '<table class="table table-striped"><thead><tr><th>' . $t('product') . '</th><th>' . $t('module') . '</th><th>'
        . $t('adopt_into') . '</th><th></th></tr></thead><tbody>';
    foreach ($products as $p) {
        $to = OXIDE_ADOPT_FROM[$p->servertype];
        echo '<tr><td>#' . (int) $p->id . ' ' . $e($p->name) . '</td><td>' . $e($p->servertype) . '</td><td>'
            . '<form method="post" action="' . $e($link) . '" class="form-inline">' . $token
            . '<input type="hidden" name="pid" value="' . (int) $p->id . '">'
            . '<input type="hidden" name="to" value="' . $e($to) . '">' . $e($to) . ' ';
        if (isset($adopted[$p->id])) {
            echo '<button class="btn btn-default" name="oxide_action" value="restore">' . $t('restore') . '</button> '
                . '<small>' . $t('adopted_at') . ' ' . $e($adopted[$p->id]) . '</small>';
        } else {
            echo '<button class="btn btn-default" name="oxide_action" value="dryrun">' . $t('dry_run') . '</button> '
                . '<button class="btn btn-danger" name="oxide_action" value="apply" onclick="return confirm(\'' . $t('confirm_apply') . '\')">'
                . $t('apply') . '</button>';
        }
        echo '</form></td><td></td></tr>';
    }
    if (count($products) === 0) {
        echo '<tr><td colspan="4">' . $t('no_products') . '</td></tr>';
    }
    echo '</tbody></table>';
    $options = '';
    foreach (OXIDE_ADOPT_TARGETS as $m) {
        $options .= '<option value="' . $e($m) . '">' . $e($m) . '</option>';
    }
    echo '<form method="post" action="' . $e($link) . '" class="form-inline">' . $token
        . '<label>' . $t('by_id') . ' <input type="number" min="1" name="pid" class="form-control input-sm"></label> '
        . '<select name="to" class="form-control input-sm">' . $options . '</select> '
        . '<button class="btn btn-default" name="oxide_action" value="dryrun">' . $t('dry_run') . '</button></form>';
}
