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

// Shared page texts
$_LANG['usedOf'] = '{used} of {limit}';
$_LANG['nearLimit'] = '{what} is at {percent}% of its limit.';
$_LANG['overLimit'] = '{what} is over its limit ({percent}%).';
$_LANG['none'] = 'none';
$_LANG['accountSuspended'] = 'This account is suspended. Please contact support.';
$_LANG['errorLoading'] = 'The details of this service cannot be shown right now. Please try again later or contact support.';
$_LANG['errorDetails'] = 'Technical details';
$_LANG['opensNewWindow'] = '(opens in a new window)';

// Client area
$_LANG['vpnSuspended'] = 'This VPN is suspended. Please contact support.';
$_LANG['connectionTitle'] = 'VPN connection';
$_LANG['clientName'] = 'VPN client';
$_LANG['network'] = 'Network';
$_LANG['ipAddress'] = 'IP address';
$_LANG['status'] = 'Status';
$_LANG['enabled'] = 'enabled';
$_LANG['disabled'] = 'disabled';
$_LANG['speed'] = 'Speed';
$_LANG['speedLine'] = 'download {down}, upload {up}';
$_LANG['protocols'] = 'Protocols';
$_LANG['connection'] = 'Connection';
$_LANG['online'] = 'online';
$_LANG['offline'] = 'offline';
$_LANG['unknown'] = 'unknown';
$_LANG['sessionFrom'] = '{protocol} from {endpoint}, last handshake {handshake} ({down} down / {up} up)';
$_LANG['instructions'] = 'How to connect (instructions)';
$_LANG['configTitle'] = 'Configuration';
$_LANG['wireguardConfig'] = 'WireGuard configuration';
$_LANG['copy'] = 'Copy';
$_LANG['downloadFile'] = 'Download {file}';
$_LANG['qrAlt'] = 'WireGuard QR code: scan it with the WireGuard app';
$_LANG['openvpnDownload'] = 'Download OpenVPN profile ({file})';
$_LANG['ikev2Download'] = 'Download IKEv2 profile';
$_LANG['otlButton'] = 'Create a one-time link';
$_LANG['otlHelp'] = 'For another device: the link opens the configuration once.';
$_LANG['trafficTitle'] = 'Traffic';
$_LANG['month'] = 'Month';
$_LANG['show'] = 'Show';
$_LANG['trafficTotals'] = '{month}: {down} downloaded, {up} uploaded.';
$_LANG['trafficError'] = 'Traffic could not be read: {error}';
$_LANG['trafficTable'] = 'Traffic per day';
$_LANG['day'] = 'Day';
$_LANG['download'] = 'Download';
$_LANG['upload'] = 'Upload';
$_LANG['notAMonth'] = '“{value}” is not a month (YYYY-MM); showing {month}.';

// One-time link page
$_LANG['otlTitle'] = 'One-time link';
$_LANG['otlFor'] = 'One-time link for {name}';
$_LANG['otlExplain'] = 'This link opens the VPN configuration once; after that it no longer works. Open it on the device you want to connect, or send it there.';
$_LANG['otlLinkLabel'] = 'One-time link';
$_LANG['backToService'] = 'Back to the service';
$_LANG['otlOnlyByButton'] = 'A one-time link is created only with the button on the service page, so a prefetched or shared link cannot use it up.';

// Admin service tab
$_LANG['adminClient'] = 'VPN client';
$_LANG['clientOnServer'] = '{name} on {server}';
$_LANG['adminNetwork'] = 'Network / IP';
$_LANG['adminStatus'] = 'Status on the panel';
$_LANG['disabledSuspended'] = 'disabled (suspended)';
$_LANG['adminCaps'] = 'Bandwidth caps';
$_LANG['sessionLine'] = '{protocol} from {endpoint} (last handshake {handshake}, {down} down / {up} up)';
$_LANG['onlineList'] = 'online: {sessions}';
$_LANG['unknownBecause'] = 'unknown ({why})';
$_LANG['adminTraffic'] = 'Traffic this month';
$_LANG['trafficAdmin'] = '{down} down, {up} up ({month})';
$_LANG['buttonReapplyCaps'] = 'Re-apply bandwidth caps';
