<?php
/**
 * oxide_hestiacp: Russian (Русский).
 * WHMCS language-file format. Local changes belong in lang/overrides/russian.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


// Numbers and sizes
$_LANG['numberDecimal'] = ',';
$_LANG['numberThousands'] = ' ';
$_LANG['unitB'] = 'Б';
$_LANG['unitKB'] = 'КБ';
$_LANG['unitMB'] = 'МБ';
$_LANG['unitGB'] = 'ГБ';
$_LANG['unitTB'] = 'ТБ';
$_LANG['unlimited'] = 'без ограничений';
$_LANG['notReported'] = 'нет данных';
