<?php
/**
 * oxide_cpanel: German (Deutsch).
 * WHMCS language-file format. Local changes belong in lang/overrides/german.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


// Client area (templates/clientarea.tpl) and Quick Create Email Account
$_LANG['overviewTitle'] = 'cPanel-Hostingkonto';
$_LANG['username'] = 'Benutzername';
$_LANG['domain'] = 'Domain';
$_LANG['package'] = 'Paket';
$_LANG['diskUsage'] = 'Speicherplatz';
$_LANG['bandwidthUsage'] = 'Datentransfer in diesem Monat';
$_LANG['percentUsed'] = '{percent} % belegt';
$_LANG['limitsTitle'] = 'Kontolimits';
$_LANG['emailAccounts'] = 'E-Mail-Konten';
$_LANG['databases'] = 'MySQL-Datenbanken';
$_LANG['addonDomains'] = 'Add-on-Domains';
$_LANG['subdomains'] = 'Subdomains';
$_LANG['suspendedWarning'] = 'Dieses Konto ist gesperrt: Website, E-Mail und cPanel sind nicht verfügbar. Bitte wenden Sie sich an den Support.';
$_LANG['nearLimitDisk'] = 'Dieses Konto hat {percent} % seines Speicherplatzes belegt. Erwägen Sie ein Upgrade, bevor er voll ist.';
$_LANG['nearLimitBandwidth'] = 'Dieses Konto hat {percent} % des Datentransfers dieses Monats verbraucht. Erwägen Sie ein Upgrade, bevor er aufgebraucht ist.';
$_LANG['loginCpanel'] = 'Bei cPanel anmelden';
$_LANG['shortcutsTitle'] = 'Schnellzugriff';
$_LANG['shortcutEmailAccounts'] = 'E-Mail-Konten';
$_LANG['shortcutForwarders'] = 'Weiterleitungen';
$_LANG['shortcutAutoresponders'] = 'Autoresponder';
$_LANG['shortcutFileManager'] = 'Dateimanager';
$_LANG['shortcutBackup'] = 'Sicherung';
$_LANG['shortcutSubdomains'] = 'Subdomains';
$_LANG['shortcutAddonDomains'] = 'Add-on-Domains';
$_LANG['shortcutCronJobs'] = 'Cronjobs';
$_LANG['shortcutMysqlDatabases'] = 'MySQL-Datenbanken';
$_LANG['shortcutPhpMyAdmin'] = 'phpMyAdmin';
$_LANG['shortcutAwstats'] = 'Awstats';
$_LANG['quickEmailTitle'] = 'E-Mail-Konto schnell anlegen';
$_LANG['emailPrefixLabel'] = 'E-Mail-Adresse';
$_LANG['emailPasswordLabel'] = 'Passwort';
$_LANG['emailQuotaLabel'] = 'Postfachgröße (MB, 0 = unbegrenzt)';
$_LANG['emailCreateButton'] = 'Anlegen';
$_LANG['emailNotActive'] = 'E-Mail-Konten können nur für aktive Dienste angelegt werden.';
$_LANG['emailPrefixMissing'] = 'Geben Sie den Namen des neuen E-Mail-Kontos ein (den Teil vor dem @).';
$_LANG['emailPrefixInvalid'] = 'Der Name des E-Mail-Kontos darf nur Buchstaben (a-z), Ziffern, Punkte, Binde- und Unterstriche enthalten (höchstens 64) und nicht mit einem Punkt beginnen oder enden.';
$_LANG['emailPasswordMissing'] = 'Geben Sie ein Passwort für das neue E-Mail-Konto ein.';
$_LANG['emailPasswordWeak'] = 'cPanel hat dieses Passwort als zu schwach abgelehnt. Verwenden Sie mindestens 8 Zeichen aus Groß- und Kleinbuchstaben, Ziffern und Sonderzeichen.';
$_LANG['emailQuotaInvalid'] = 'Die Postfachgröße muss eine ganze Zahl von Megabyte sein (0 für unbegrenzt).';
$_LANG['emailLimitReached'] = 'Dieses Hostingkonto hat die höchstzulässige Anzahl an E-Mail-Konten erreicht. Wechseln Sie zu einem größeren Paket oder entfernen Sie zuerst ein Konto.';
$_LANG['emailExists'] = 'Ein E-Mail-Konto mit diesem Namen gibt es bereits.';
$_LANG['emailFailed'] = 'cPanel konnte das E-Mail-Konto nicht anlegen: {reason}';

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
