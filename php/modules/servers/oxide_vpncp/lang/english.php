<?php
/**
 * oxide_vpncp: English (the base: every other file has exactly these keys).
 * WHMCS language-file format. Local changes belong in lang/overrides/english.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


// Numbers and sizes
$_LANG['numberDecimal'] = '.';
$_LANG['numberThousands'] = ',';
$_LANG['unitB'] = 'B';
$_LANG['unitKB'] = 'KB';
$_LANG['unitMB'] = 'MB';
$_LANG['unitGB'] = 'GB';
$_LANG['unitTB'] = 'TB';
$_LANG['unlimited'] = 'unlimited';
$_LANG['notReported'] = 'not reported';
