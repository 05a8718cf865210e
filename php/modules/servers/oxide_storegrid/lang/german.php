<?php
/**
 * oxide_storegrid: German (Deutsch).
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
$_LANG['errorDetails'] = 'Technische Details';
$_LANG['opensNewWindow'] = '(öffnet in neuem Fenster)';

// Client area
$_LANG['storageTitle'] = 'Backup-Speicher';
$_LANG['noLimit'] = 'ohne Limit';
$_LANG['inactiveNotice'] = 'Dieses Backup-Konto ist inaktiv: Es laufen keine Sicherungen. Bitte wenden Sie sich an den Support.';
$_LANG['accountTitle'] = 'Backup-Konto';
$_LANG['accountName'] = 'Kontoname';
$_LANG['accountType'] = 'Kontotyp';
$_LANG['kindCustomer'] = 'Kunde';
$_LANG['kindReseller'] = 'Wiederverkäufer';
$_LANG['status'] = 'Status';
$_LANG['statusActive'] = 'Aktiv';
$_LANG['statusInactive'] = 'Inaktiv';
$_LANG['mcalLabel'] = 'Backup-Clients (Lizenzen)';
$_LANG['mcalAllotted'] = '{used} von {allotted} zugeteilten belegt';
$_LANG['mcalAuto'] = '{used} belegt, automatische Zuteilung';
$_LANG['setupTitle'] = 'Client-Software und Einrichtung';
$_LANG['setupStep1'] = 'Öffnen Sie die Backup-Webkonsole und laden Sie den Backup-Client für Ihren Computer oder Server herunter.';
$_LANG['setupStep2'] = 'Installieren Sie ihn und verbinden Sie ihn mit der unten stehenden Serveradresse und dem Kontonamen.';
$_LANG['setupStep3'] = 'Ihre Sicherungen werden mit Ihrem Pass Key verschlüsselt: Bewahren Sie ihn sicher auf, ohne ihn lassen sie sich nicht wiederherstellen.';
$_LANG['serverAddress'] = 'Serveradresse';
$_LANG['passKeyLabel'] = 'Pass Key';
$_LANG['passKeyInField'] = 'Steht im Feld „{field}“ dieses Dienstes.';
$_LANG['passKeyFromSupport'] = 'Ihren Pass Key erhalten Sie vom Support.';
$_LANG['openConsole'] = 'Backup-Webkonsole öffnen';

// Admin service tab
$_LANG['adminAccount'] = 'Backup-Konto';
$_LANG['customerOf'] = '{name} — Kunde des Wiederverkäufers {reseller}';
$_LANG['resellerAccount'] = '{name} — Wiederverkäufer';
$_LANG['adminStatus'] = 'Backup-Status';
$_LANG['activeOnServer'] = 'Auf dem Backup-Server aktiv';
$_LANG['inactiveOnServer'] = 'Auf dem Backup-Server inaktiv';
$_LANG['adminStorage'] = 'Speicher';
$_LANG['storageUsedOf'] = '{used} von {limit} belegt';
$_LANG['adminMcal'] = 'MCAL';
$_LANG['adminThrottling'] = 'Bandbreitenbegrenzung';
$_LANG['throttleTimed'] = '{rate} von {from} bis {till}';
$_LANG['throttleAlways'] = '{rate} immer';
$_LANG['throttleGlobal'] = 'globale Einstellung';
$_LANG['off'] = 'aus';
$_LANG['on'] = 'ein';
$_LANG['adminLocation'] = 'Speicherort';
$_LANG['adminAutoAuthorize'] = 'Automatische Autorisierung';
$_LANG['buttonRetrievePassKey'] = 'Pass Key abrufen';
$_LANG['buttonReapplySettings'] = 'Einstellungen erneut anwenden';
