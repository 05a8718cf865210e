<?php
/**
 * oxide_cpanel: English (the base: every other file has exactly these keys).
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
$_LANG['actionUnavailable'] = 'This action is not available right now. Please try again later or contact support.';
$_LANG['activeOnly'] = 'This action is available for active services only.';
$_LANG['errorDetails'] = 'Technical details';
$_LANG['opensNewWindow'] = '(opens in a new window)';

// Single sign-on buttons and page
$_LANG['loginWebmail'] = 'Log in to Webmail';
$_LANG['loginWhm'] = 'Log in to WHM';
$_LANG['opening'] = 'Opening {label}…';

// Admin service tab
$_LANG['adminAccount'] = 'cPanel account';
$_LANG['accountLine'] = '{user} — {domain} — package {package} (owner {owner})';
$_LANG['adminStatus'] = 'cPanel status';
$_LANG['statusActive'] = 'Active';
$_LANG['statusSuspendedBecause'] = 'Suspended ({reason})';
$_LANG['ipAddress'] = 'IP address';
$_LANG['disk'] = 'Disk';
$_LANG['bandwidthThisMonth'] = 'Bandwidth this month';
$_LANG['accountLimits'] = 'Account limits';
$_LANG['limitsLine'] = 'email accounts {email}, databases {databases}, addon domains {addon}, subdomains {sub}, parked domains {parked}';
$_LANG['trafficRecorded'] = 'Traffic recorded';
$_LANG['trafficNoneYet'] = 'none yet (recorded by the daily usage update)';
$_LANG['resellerAccounts'] = 'Reseller accounts';
$_LANG['buttonReapplyAddons'] = 'Re-apply add-on limits';
$_LANG['resellerNone'] = 'none besides its own';
$_LANG['resellerSummary'] = '{count} besides its own ({suspended} suspended), {disk} disk in all: {names}{more}';
$_LANG['resellerMore'] = ' and {count} more';
