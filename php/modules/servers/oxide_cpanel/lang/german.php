<?php
/**
 * oxide_cpanel: German (Deutsch).
 * WHMCS language-file format. Local changes belong in lang/overrides/german.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


// Numbers and sizes
$_LANG['numberDecimal'] = ',';
$_LANG['numberThousands'] = '.';
$_LANG['unitB'] = 'B';
$_LANG['unitKB'] = 'KB';
$_LANG['unitMB'] = 'MB';
$_LANG['unitGB'] = 'GB';
$_LANG['unitTB'] = 'TB';
$_LANG['unlimited'] = 'unbegrenzt';
$_LANG['notReported'] = 'nicht gemeldet';

// Shared page texts
$_LANG['usedOf'] = '{used} von {limit}';
$_LANG['nearLimit'] = '{what}: {percent} % des Limits erreicht.';
$_LANG['overLimit'] = '{what} liegt über dem Limit ({percent} %).';
$_LANG['none'] = 'keine';
$_LANG['accountSuspended'] = 'Dieses Konto ist gesperrt. Bitte wenden Sie sich an den Support.';
$_LANG['errorLoading'] = 'Die Details dieses Dienstes können gerade nicht angezeigt werden. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Support.';
$_LANG['actionUnavailable'] = 'Diese Aktion ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Support.';
$_LANG['activeOnly'] = 'Diese Aktion ist nur für aktive Dienste verfügbar.';
$_LANG['errorDetails'] = 'Technische Details';
$_LANG['opensNewWindow'] = '(öffnet in neuem Fenster)';

// Single sign-on buttons and page
$_LANG['loginWebmail'] = 'Bei Webmail anmelden';
$_LANG['loginWhm'] = 'Bei WHM anmelden';
$_LANG['opening'] = '{label} wird geöffnet …';

// Admin service tab
$_LANG['adminAccount'] = 'cPanel-Konto';
$_LANG['accountLine'] = '{user} — {domain} — Paket {package} (Eigentümer {owner})';
$_LANG['adminStatus'] = 'cPanel-Status';
$_LANG['statusActive'] = 'Aktiv';
$_LANG['statusSuspendedBecause'] = 'Gesperrt ({reason})';
$_LANG['ipAddress'] = 'IP-Adresse';
$_LANG['disk'] = 'Speicherplatz';
$_LANG['bandwidthThisMonth'] = 'Datentransfer diesen Monat';
$_LANG['accountLimits'] = 'Kontolimits';
$_LANG['limitsLine'] = 'E-Mail-Konten {email}, Datenbanken {databases}, Add-on-Domains {addon}, Subdomains {sub}, geparkte Domains {parked}';
$_LANG['trafficRecorded'] = 'Erfasster Datenverkehr';
$_LANG['trafficNoneYet'] = 'noch keiner (wird beim täglichen Nutzungsabgleich erfasst)';
$_LANG['resellerAccounts'] = 'Reseller-Konten';
$_LANG['buttonReapplyAddons'] = 'Add-on-Limits erneut anwenden';
$_LANG['resellerNone'] = 'keine außer dem eigenen';
$_LANG['resellerSummary'] = '{count} außer dem eigenen ({suspended} gesperrt), insgesamt {disk} Speicher: {names}{more}';
$_LANG['resellerMore'] = ' und {count} weitere';
