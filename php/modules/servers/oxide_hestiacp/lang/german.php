<?php
/**
 * oxide_hestiacp: German (Deutsch).
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

// Client area
$_LANG['pageTitle'] = 'Hosting-Konto';
$_LANG['usageTitle'] = 'Nutzung';
$_LANG['diskUsage'] = 'Speicherplatz';
$_LANG['bandwidthUsage'] = 'Datentransfer (dieser Monat)';
$_LANG['mailAccountsUsage'] = 'E-Mail-Konten (pro Domain)';
$_LANG['databasesUsage'] = 'Datenbanken';
$_LANG['accountTitle'] = 'Konto';
$_LANG['username'] = 'Benutzername';
$_LANG['package'] = 'Paket';
$_LANG['webDomains'] = 'Web-Domains';
$_LANG['sslActive'] = 'SSL aktiv';
$_LANG['loginToPanel'] = 'Bei HestiaCP anmelden';
$_LANG['shortcutsTitle'] = 'Schnellzugriff';
$_LANG['shortcutsHelp'] = 'Diese Links öffnen das Control Panel; melden Sie sich dort mit Ihren Zugangsdaten an.';
$_LANG['shortcutWeb'] = 'Websites';
$_LANG['shortcutMail'] = 'E-Mail';
$_LANG['shortcutDatabases'] = 'Datenbanken';
$_LANG['shortcutCron'] = 'Cronjobs';
$_LANG['shortcutBackups'] = 'Sicherungen';
$_LANG['shortcutPanelFiles'] = 'Dateimanager des Panels';
$_LANG['fileManager'] = 'Dateimanager';

// Quick mail account creation
$_LANG['mailCreateTitle'] = 'E-Mail-Konto schnell anlegen';
$_LANG['mailPrefixLabel'] = 'E-Mail-Adresse';
$_LANG['mailPasswordLabel'] = 'Passwort';
$_LANG['mailPasswordHelp'] = 'Mindestens 8 Zeichen, mit Groß- und Kleinbuchstaben und einer Ziffer.';
$_LANG['mailQuotaLabel'] = 'Postfachgröße (MB)';
$_LANG['mailQuotaHelp'] = 'Leer oder 0: unbegrenzt.';
$_LANG['mailCreateButton'] = 'Anlegen';
$_LANG['mailBadName'] = 'Der E-Mail-Name darf nur Buchstaben a–z, Ziffern, Punkte, Binde- und Unterstriche enthalten, muss mit einem Buchstaben oder einer Ziffer beginnen und enden und darf höchstens 64 Zeichen lang sein. Es wurde nichts angelegt.';
$_LANG['mailWeakPassword'] = 'Das Passwort ist zu schwach: Verwenden Sie mindestens 8 Zeichen mit Groß- und Kleinbuchstaben und einer Ziffer (nicht mit / beginnend). Es wurde nichts angelegt.';
$_LANG['mailBadQuota'] = 'Die Postfachgröße muss eine ganze Zahl in MB sein (leer oder 0 für unbegrenzt). Es wurde nichts angelegt.';
$_LANG['mailNoDomain'] = 'Für diesen Dienst gibt es auf dem Server noch keine Mail-Domain, daher kann kein E-Mail-Konto angelegt werden. Bitte wenden Sie sich an den Support.';
$_LANG['mailLimitReached'] = 'Die E-Mail-Konten Ihres Pakets sind ausgeschöpft. Löschen Sie ein Konto oder wechseln Sie in ein größeres Paket. Es wurde nichts angelegt.';
$_LANG['mailExists'] = 'Dieses E-Mail-Konto gibt es bereits. Es wurde nichts geändert.';

// Admin service tab
$_LANG['adminAccount'] = 'HestiaCP-Konto';
$_LANG['accountPackage'] = '{user} — Paket {package}';
$_LANG['adminStatus'] = 'Status';
$_LANG['statusActiveOnPanel'] = 'Im Panel aktiv';
$_LANG['statusSuspendedOnPanel'] = 'Im Panel gesperrt';
$_LANG['buttonIssueSsl'] = 'Let\'s-Encrypt-Zertifikat ausstellen';
$_LANG['buttonReapplyPackage'] = 'Paket erneut anwenden';

// File manager page
$_LANG['fmCurrentFolder'] = 'Aktueller Ordner';
$_LANG['fmUp'] = 'Nach oben';
$_LANG['fmRefresh'] = 'Aktualisieren';
$_LANG['fmNewFolder'] = 'Neuer Ordner';
$_LANG['fmNewFile'] = 'Neue Datei';
$_LANG['fmUpload'] = 'Hochladen';
$_LANG['fmRename'] = 'Umbenennen';
$_LANG['fmCopy'] = 'Kopieren';
$_LANG['fmMove'] = 'Verschieben';
$_LANG['fmPermissions'] = 'Berechtigungen';
$_LANG['fmArchive'] = 'Archivieren';
$_LANG['fmExtract'] = 'Entpacken';
$_LANG['fmDelete'] = 'Löschen';
$_LANG['fmSearchPlaceholder'] = 'Namen suchen, z. B. *.php';
$_LANG['fmSearch'] = 'Suchen';
$_LANG['fmLimits'] = 'Hochladen, Herunterladen und der Editor verarbeiten Textdateien bis je {mb} MB (die API von HestiaCP überträgt nur Text; für Binär- oder größere Dateien SFTP/FTP verwenden). Neue Archive: {formats}; entpacken: zip, tar.gz, tgz, tar, gz.';
$_LANG['fmReadOnly'] = 'Dieser Dateimanager ist schreibgeschützt: Sie können Dateien durchsuchen, öffnen und herunterladen. Um Dateien zu ändern, verwenden Sie SFTP/FTP.';
$_LANG['fmJsHttpError'] = 'der Server antwortete mit HTTP {status}: {body}';
$_LANG['fmJsActionFailed'] = 'die Aktion ist fehlgeschlagen';
$_LANG['fmJsResultsFor'] = '— Ergebnisse für „{pattern}“';
$_LANG['fmJsDownload'] = 'Herunterladen';
$_LANG['fmJsNothingFound'] = 'Nichts gefunden.';
$_LANG['fmJsEmptyFolder'] = 'Dieser Ordner ist leer.';
$_LANG['fmJsAmbiguous'] = '{count} Einträge werden nicht angezeigt: Der Server listet ihre Namen mehrdeutig (ein Zeilenumbruch im Namen oder Namen, die sich nur durch Leerzeichen am Ende unterscheiden). Benennen Sie sie per SFTP/FTP um.';
$_LANG['fmJsTooBigToEdit'] = '{name} ist {size} groß; der Editor öffnet Dateien bis {max}.';
$_LANG['fmJsLineEndSpaces'] = 'Leerzeichen am Zeilenende liefert der Server nicht mit; sie gehen beim Speichern verloren.';
$_LANG['fmJsOpened'] = '{path} geöffnet';
$_LANG['fmJsDownloadFailed'] = 'Herunterladen fehlgeschlagen';
$_LANG['fmJsDownloaded'] = '{path} heruntergeladen';
$_LANG['fmJsNotText'] = '{name} ist keine Textdatei; die API von HestiaCP überträgt nur Text, laden Sie Binärdateien per SFTP/FTP hoch';
$_LANG['fmJsUploaded'] = '{count} Datei(en) hochgeladen';
$_LANG['fmJsUploadTooBig'] = '{name} ist {size} groß; hochgeladen werden Dateien bis {max}';
$_LANG['fmJsUploading'] = '{name} wird hochgeladen…';
$_LANG['fmJsAskFolderName'] = 'Name des neuen Ordners:';
$_LANG['fmJsCreatedFolder'] = 'Ordner {name} erstellt';
$_LANG['fmJsAskFileName'] = 'Name der neuen Datei:';
$_LANG['fmJsCreatedFile'] = 'Datei {name} erstellt';
$_LANG['fmJsAskRename'] = 'Neuer Name für {path}:';
$_LANG['fmJsRenamed'] = 'Umbenannt in {name}';
$_LANG['fmJsAskMode'] = 'Berechtigungen von {path} (oktal, z. B. 644):';
$_LANG['fmJsModeSet'] = 'Berechtigungen von {path} auf {mode} gesetzt';
$_LANG['fmJsAskArchive'] = 'Name des Archivs (.tar.gz, .tgz oder .tar) im aktuellen Ordner:';
$_LANG['fmJsCreated'] = '{name} erstellt';
$_LANG['fmJsAskExtract'] = '{name} entpacken in den Ordner (relativ zu Ihrem Home-Verzeichnis):';
$_LANG['fmJsExtracted'] = '{name} entpackt nach {target}';
$_LANG['fmJsAskDelete'] = '{count} Element(e) löschen? {paths} — das lässt sich nicht rückgängig machen.';
$_LANG['fmJsDeleted'] = '{count} Element(e) gelöscht';
$_LANG['fmJsAskCopy'] = '{count} Element(e) kopieren in den Ordner (relativ zu Ihrem Home-Verzeichnis):';
$_LANG['fmJsAskMove'] = '{count} Element(e) verschieben in den Ordner (relativ zu Ihrem Home-Verzeichnis):';
$_LANG['fmJsCopied'] = 'Kopiert nach {target}';
$_LANG['fmJsMoved'] = 'Verschoben nach {target}';
$_LANG['fmJsSavedTrimmed'] = '{path} gespeichert (der Server hat Leerraum am Anfang und Ende entfernt und mit einem Zeilenumbruch abgeschlossen)';
$_LANG['fmJsSaved'] = '{path} gespeichert';
$_LANG['fmJsFound'] = '{count} gefunden';
$_LANG['fmJsFoundTruncated'] = '{count} gefunden (die ersten 500 angezeigt)';
$_LANG['fmSelectAll'] = 'Alle auswählen';
$_LANG['fmName'] = 'Name';
$_LANG['fmSize'] = 'Größe';
$_LANG['fmModified'] = 'Geändert';
$_LANG['fmSave'] = 'Speichern';
$_LANG['fmClose'] = 'Schließen';
$_LANG['fmOk'] = 'OK';
$_LANG['fmCancel'] = 'Abbrechen';
