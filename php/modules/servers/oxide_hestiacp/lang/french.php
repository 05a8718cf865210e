<?php
/**
 * oxide_hestiacp: French (Français).
 * WHMCS language-file format. Local changes belong in lang/overrides/french.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


// Numbers and sizes
$_LANG['numberDecimal'] = ',';
$_LANG['numberThousands'] = ' ';
$_LANG['unitB'] = 'o';
$_LANG['unitKB'] = 'Ko';
$_LANG['unitMB'] = 'Mo';
$_LANG['unitGB'] = 'Go';
$_LANG['unitTB'] = 'To';
$_LANG['unlimited'] = 'illimité';
$_LANG['notReported'] = 'non communiqué';
