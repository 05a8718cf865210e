<?php
/**
 * oxide_cpanel: English (the base: every other file has exactly these keys).
 * WHMCS language-file format. Local changes belong in lang/overrides/english.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


// Client area (templates/clientarea.tpl) and Quick Create Email Account
$_LANG['overviewTitle'] = 'cPanel hosting account';
$_LANG['username'] = 'Username';
$_LANG['domain'] = 'Domain';
$_LANG['package'] = 'Package';
$_LANG['diskUsage'] = 'Disk usage';
$_LANG['bandwidthUsage'] = 'Bandwidth this month';
$_LANG['percentUsed'] = '{percent}% used';
$_LANG['limitsTitle'] = 'Account limits';
$_LANG['emailAccounts'] = 'E-mail accounts';
$_LANG['databases'] = 'MySQL databases';
$_LANG['addonDomains'] = 'Addon domains';
$_LANG['subdomains'] = 'Subdomains';
$_LANG['suspendedWarning'] = 'This account is suspended: its website, e-mail and cPanel are not available. Please contact support.';
$_LANG['nearLimitDisk'] = 'This account has used {percent}% of its disk space. Consider an upgrade before it runs out.';
$_LANG['nearLimitBandwidth'] = 'This account has used {percent}% of this month\'s bandwidth. Consider an upgrade before it runs out.';
$_LANG['loginCpanel'] = 'Log in to cPanel';
$_LANG['shortcutsTitle'] = 'Quick shortcuts';
$_LANG['shortcutEmailAccounts'] = 'Email Accounts';
$_LANG['shortcutForwarders'] = 'Forwarders';
$_LANG['shortcutAutoresponders'] = 'Autoresponders';
$_LANG['shortcutFileManager'] = 'File Manager';
$_LANG['shortcutBackup'] = 'Backup';
$_LANG['shortcutSubdomains'] = 'Subdomains';
$_LANG['shortcutAddonDomains'] = 'Addon Domains';
$_LANG['shortcutCronJobs'] = 'Cron Jobs';
$_LANG['shortcutMysqlDatabases'] = 'MySQL Databases';
$_LANG['shortcutPhpMyAdmin'] = 'phpMyAdmin';
$_LANG['shortcutAwstats'] = 'Awstats';
$_LANG['quickEmailTitle'] = 'Quick Create Email Account';
$_LANG['emailPrefixLabel'] = 'E-mail address';
$_LANG['emailPasswordLabel'] = 'Password';
$_LANG['emailQuotaLabel'] = 'Mailbox size (MB, 0 = unlimited)';
$_LANG['emailCreateButton'] = 'Create';
$_LANG['emailNotActive'] = 'E-mail accounts can be created for active services only.';
$_LANG['emailPrefixMissing'] = 'Enter the name of the new e-mail account (the part before the @).';
$_LANG['emailPrefixInvalid'] = 'The e-mail account name may contain only letters (a-z), digits, dots, hyphens and underscores (at most 64), and may not start or end with a dot.';
$_LANG['emailPasswordMissing'] = 'Enter a password for the new e-mail account.';
$_LANG['emailPasswordWeak'] = 'cPanel refused this password as too weak. Use at least 8 characters that mix upper and lower case letters, digits and symbols.';
$_LANG['emailQuotaInvalid'] = 'The mailbox size must be a whole number of megabytes (0 for unlimited).';
$_LANG['emailLimitReached'] = 'This hosting account has reached its maximum number of e-mail accounts. Upgrade the package or remove an account first.';
$_LANG['emailExists'] = 'An e-mail account with this name exists already.';
$_LANG['emailFailed'] = 'cPanel could not create the e-mail account: {reason}';

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
