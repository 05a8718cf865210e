<?php
/**
 * oxide_vpncp: German (Deutsch).
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
$_LANG['vpnSuspended'] = 'Dieses VPN ist gesperrt. Bitte wenden Sie sich an den Support.';
$_LANG['connectionTitle'] = 'VPN-Verbindung';
$_LANG['clientName'] = 'VPN-Client';
$_LANG['network'] = 'Netzwerk';
$_LANG['ipAddress'] = 'IP-Adresse';
$_LANG['status'] = 'Status';
$_LANG['enabled'] = 'aktiviert';
$_LANG['disabled'] = 'deaktiviert';
$_LANG['speed'] = 'Geschwindigkeit';
$_LANG['speedLine'] = 'Download {down}, Upload {up}';
$_LANG['protocols'] = 'Protokolle';
$_LANG['connection'] = 'Verbindung';
$_LANG['online'] = 'online';
$_LANG['offline'] = 'offline';
$_LANG['unknown'] = 'unbekannt';
$_LANG['sessionFrom'] = '{protocol} von {endpoint}, letzter Handshake {handshake} ({down} empfangen / {up} gesendet)';
$_LANG['instructions'] = 'So verbinden Sie sich (Anleitung)';
$_LANG['configTitle'] = 'Konfiguration';
$_LANG['wireguardConfig'] = 'WireGuard-Konfiguration';
$_LANG['copy'] = 'Kopieren';
$_LANG['downloadFile'] = '{file} herunterladen';
$_LANG['qrAlt'] = 'WireGuard-QR-Code: mit der WireGuard-App scannen';
$_LANG['openvpnDownload'] = 'OpenVPN-Profil herunterladen ({file})';
$_LANG['ikev2Download'] = 'IKEv2-Profil herunterladen';
$_LANG['otlButton'] = 'Einmal-Link erstellen';
$_LANG['otlHelp'] = 'Für ein anderes Gerät: Der Link öffnet die Konfiguration ein einziges Mal.';
$_LANG['trafficTitle'] = 'Datenverkehr';
$_LANG['month'] = 'Monat';
$_LANG['show'] = 'Anzeigen';
$_LANG['trafficTotals'] = '{month}: {down} empfangen, {up} gesendet.';
$_LANG['trafficError'] = 'Der Datenverkehr konnte nicht gelesen werden: {error}';
$_LANG['trafficTable'] = 'Datenverkehr pro Tag';
$_LANG['day'] = 'Tag';
$_LANG['download'] = 'Empfangen';
$_LANG['upload'] = 'Gesendet';
$_LANG['notAMonth'] = '„{value}“ ist kein Monat (JJJJ-MM); angezeigt wird {month}.';

// One-time link page
$_LANG['otlTitle'] = 'Einmal-Link';
$_LANG['otlFor'] = 'Einmal-Link für {name}';
$_LANG['otlExplain'] = 'Dieser Link öffnet die VPN-Konfiguration ein einziges Mal; danach funktioniert er nicht mehr. Öffnen Sie ihn auf dem Gerät, das Sie verbinden möchten, oder senden Sie ihn dorthin.';
$_LANG['otlLinkLabel'] = 'Einmal-Link';
$_LANG['backToService'] = 'Zurück zum Dienst';
$_LANG['otlOnlyByButton'] = 'Ein Einmal-Link wird nur über die Schaltfläche auf der Dienstseite erstellt, damit ein vorab geladener oder geteilter Link ihn nicht verbraucht.';

// Admin service tab
$_LANG['adminClient'] = 'VPN-Client';
$_LANG['clientOnServer'] = '{name} auf {server}';
$_LANG['adminNetwork'] = 'Netzwerk / IP';
$_LANG['adminStatus'] = 'Status im Panel';
$_LANG['disabledSuspended'] = 'deaktiviert (gesperrt)';
$_LANG['adminCaps'] = 'Bandbreitenlimits';
$_LANG['sessionLine'] = '{protocol} von {endpoint} (letzter Handshake {handshake}, {down} empfangen / {up} gesendet)';
$_LANG['onlineList'] = 'online: {sessions}';
$_LANG['unknownBecause'] = 'unbekannt ({why})';
$_LANG['adminTraffic'] = 'Datenverkehr diesen Monat';
$_LANG['trafficAdmin'] = '{down} empfangen, {up} gesendet ({month})';
$_LANG['buttonReapplyCaps'] = 'Bandbreitenlimits erneut anwenden';
