<?php
/**
 * Action hooks WHMCS loads from this module's folder: the drift check and widget
 * (drift_hooks.php, the same file in every oxide_* folder).
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}

require_once __DIR__ . '/drift_hooks.php';
