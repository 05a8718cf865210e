<?php
/**
 * oxide_storegrid: English (the base: every other file has exactly these keys).
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
$_LANG['storageTitle'] = 'Backup storage';
$_LANG['noLimit'] = 'no limit';
$_LANG['inactiveNotice'] = 'This backup account is inactive: backups do not run. Please contact support.';
$_LANG['accountTitle'] = 'Backup account';
$_LANG['accountName'] = 'Account name';
$_LANG['accountType'] = 'Account type';
$_LANG['kindCustomer'] = 'Customer';
$_LANG['kindReseller'] = 'Reseller';
$_LANG['status'] = 'Status';
$_LANG['statusActive'] = 'Active';
$_LANG['statusInactive'] = 'Inactive';
$_LANG['mcalLabel'] = 'Backup clients (licences)';
$_LANG['mcalAllotted'] = '{used} used of {allotted} allotted';
$_LANG['mcalAuto'] = '{used} used, automatic allocation';
$_LANG['setupTitle'] = 'Client software and setup';
$_LANG['setupStep1'] = 'Open the backup web console and download the backup client for your computer or server.';
$_LANG['setupStep2'] = 'Install it and connect it with the server address and account name below.';
$_LANG['setupStep3'] = 'Your backups are encrypted with your pass key: keep it safe, without it they cannot be restored.';
$_LANG['serverAddress'] = 'Server address';
$_LANG['passKeyLabel'] = 'Pass key';
$_LANG['passKeyInField'] = 'Shown in the field “{field}” of this service.';
$_LANG['passKeyFromSupport'] = 'Ask support for your pass key.';
$_LANG['openConsole'] = 'Open the backup web console';

// Admin service tab
$_LANG['adminAccount'] = 'Backup account';
$_LANG['customerOf'] = '{name} — customer of reseller {reseller}';
$_LANG['resellerAccount'] = '{name} — reseller';
$_LANG['adminStatus'] = 'Backup status';
$_LANG['activeOnServer'] = 'Active on the backup server';
$_LANG['inactiveOnServer'] = 'Inactive on the backup server';
$_LANG['adminStorage'] = 'Storage';
$_LANG['storageUsedOf'] = '{used} used of {limit}';
$_LANG['adminMcal'] = 'MCAL';
$_LANG['adminThrottling'] = 'Bandwidth throttling';
$_LANG['throttleTimed'] = '{rate} from {from} till {till}';
$_LANG['throttleAlways'] = '{rate} always';
$_LANG['throttleGlobal'] = 'global configuration';
$_LANG['off'] = 'off';
$_LANG['on'] = 'on';
$_LANG['adminLocation'] = 'Storage location';
$_LANG['adminAutoAuthorize'] = 'Auto authorization';
$_LANG['buttonRetrievePassKey'] = 'Retrieve pass key';
$_LANG['buttonReapplySettings'] = 'Re-apply settings';
