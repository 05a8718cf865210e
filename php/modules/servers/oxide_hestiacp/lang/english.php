<?php
/**
 * oxide_hestiacp: English (the base: every other file has exactly these keys).
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

// Client area
$_LANG['pageTitle'] = 'Hosting account';
$_LANG['usageTitle'] = 'Usage';
$_LANG['diskUsage'] = 'Disk space';
$_LANG['bandwidthUsage'] = 'Bandwidth (this month)';
$_LANG['mailAccountsUsage'] = 'Email accounts (per domain)';
$_LANG['databasesUsage'] = 'Databases';
$_LANG['accountTitle'] = 'Account';
$_LANG['username'] = 'Username';
$_LANG['package'] = 'Package';
$_LANG['webDomains'] = 'Web domains';
$_LANG['sslActive'] = 'SSL active';
$_LANG['loginToPanel'] = 'Log in to HestiaCP';
$_LANG['shortcutsTitle'] = 'Quick shortcuts';
$_LANG['shortcutsHelp'] = 'These open the control panel; log in there with your account details.';
$_LANG['shortcutWeb'] = 'Websites';
$_LANG['shortcutMail'] = 'Email';
$_LANG['shortcutDatabases'] = 'Databases';
$_LANG['shortcutCron'] = 'Cron jobs';
$_LANG['shortcutBackups'] = 'Backups';
$_LANG['shortcutPanelFiles'] = 'Panel file manager';
$_LANG['fileManager'] = 'File Manager';

// Quick mail account creation
$_LANG['mailCreateTitle'] = 'Quick create email account';
$_LANG['mailPrefixLabel'] = 'Email address';
$_LANG['mailPasswordLabel'] = 'Password';
$_LANG['mailPasswordHelp'] = 'At least 8 characters, with upper- and lower-case letters and a digit.';
$_LANG['mailQuotaLabel'] = 'Mailbox size (MB)';
$_LANG['mailQuotaHelp'] = 'Empty or 0: unlimited.';
$_LANG['mailCreateButton'] = 'Create';
$_LANG['mailBadName'] = 'The email name may contain only letters a–z, digits, dots, hyphens and underscores, must start and end with a letter or digit, and be at most 64 characters long. Nothing was created.';
$_LANG['mailWeakPassword'] = 'The password is too weak: use at least 8 characters with upper- and lower-case letters and a digit (not starting with /). Nothing was created.';
$_LANG['mailBadQuota'] = 'The mailbox size must be a whole number of MB (empty or 0 for unlimited). Nothing was created.';
$_LANG['mailNoDomain'] = 'This service has no mail domain on the server yet, so no email account can be created. Please contact support.';
$_LANG['mailLimitReached'] = 'Your plan’s limit of email accounts is reached. Delete an account or upgrade your plan. Nothing was created.';
$_LANG['mailExists'] = 'This email account already exists. Nothing was changed.';

// Admin service tab
$_LANG['adminAccount'] = 'HestiaCP account';
$_LANG['accountPackage'] = '{user} — package {package}';
$_LANG['adminStatus'] = 'Status';
$_LANG['statusActiveOnPanel'] = 'Active on the panel';
$_LANG['statusSuspendedOnPanel'] = 'Suspended on the panel';
$_LANG['buttonIssueSsl'] = 'Issue Let\'s Encrypt certificate';
$_LANG['buttonReapplyPackage'] = 'Re-apply package';

// File manager page
$_LANG['fmCurrentFolder'] = 'Current folder';
$_LANG['fmUp'] = 'Up';
$_LANG['fmRefresh'] = 'Refresh';
$_LANG['fmNewFolder'] = 'New folder';
$_LANG['fmNewFile'] = 'New file';
$_LANG['fmUpload'] = 'Upload';
$_LANG['fmRename'] = 'Rename';
$_LANG['fmCopy'] = 'Copy';
$_LANG['fmMove'] = 'Move';
$_LANG['fmPermissions'] = 'Permissions';
$_LANG['fmArchive'] = 'Archive';
$_LANG['fmExtract'] = 'Extract';
$_LANG['fmDelete'] = 'Delete';
$_LANG['fmSearchPlaceholder'] = 'Search names, e.g. *.php';
$_LANG['fmSearch'] = 'Search';
$_LANG['fmLimits'] = 'Uploads, downloads and the editor handle text files up to {mb} MB each (HestiaCP\'s API carries text only; use SFTP/FTP for binary or larger files). New archives: {formats}; extract: zip, tar.gz, tgz, tar, gz.';
$_LANG['fmReadOnly'] = 'This file manager is read-only: you can browse, open and download files. To change files, use SFTP/FTP.';
$_LANG['fmJsHttpError'] = 'the server answered HTTP {status}: {body}';
$_LANG['fmJsActionFailed'] = 'the action failed';
$_LANG['fmJsResultsFor'] = '— results for “{pattern}”';
$_LANG['fmJsDownload'] = 'Download';
$_LANG['fmJsNothingFound'] = 'Nothing found.';
$_LANG['fmJsEmptyFolder'] = 'This folder is empty.';
$_LANG['fmJsAmbiguous'] = '{count} entries are not shown: the server lists their names ambiguously (a line break in a name, or names that differ only in spaces at the end). Rename them by SFTP/FTP.';
$_LANG['fmJsTooBigToEdit'] = '{name} is {size}; the editor opens files up to {max}.';
$_LANG['fmJsLineEndSpaces'] = 'Spaces at line ends are not returned by the server and will be dropped on save.';
$_LANG['fmJsOpened'] = 'Opened {path}';
$_LANG['fmJsDownloadFailed'] = 'download failed';
$_LANG['fmJsDownloaded'] = 'Downloaded {path}';
$_LANG['fmJsNotText'] = '{name} is not a text file; HestiaCP’s API carries text only, upload binary files by SFTP/FTP';
$_LANG['fmJsUploaded'] = 'Uploaded {count} file(s)';
$_LANG['fmJsUploadTooBig'] = '{name} is {size}; the upload limit is {max} per file';
$_LANG['fmJsUploading'] = 'Uploading {name}…';
$_LANG['fmJsAskFolderName'] = 'Name of the new folder:';
$_LANG['fmJsCreatedFolder'] = 'Created folder {name}';
$_LANG['fmJsAskFileName'] = 'Name of the new file:';
$_LANG['fmJsCreatedFile'] = 'Created file {name}';
$_LANG['fmJsAskRename'] = 'New name for {path}:';
$_LANG['fmJsRenamed'] = 'Renamed to {name}';
$_LANG['fmJsAskMode'] = 'Permissions of {path} (octal, e.g. 644):';
$_LANG['fmJsModeSet'] = 'Permissions of {path} set to {mode}';
$_LANG['fmJsAskArchive'] = 'Archive name (.tar.gz, .tgz or .tar) in the current folder:';
$_LANG['fmJsCreated'] = 'Created {name}';
$_LANG['fmJsAskExtract'] = 'Extract {name} into the folder (relative to your home):';
$_LANG['fmJsExtracted'] = 'Extracted {name} into {target}';
$_LANG['fmJsAskDelete'] = 'Delete {count} item(s)? {paths} — this cannot be undone.';
$_LANG['fmJsDeleted'] = 'Deleted {count} item(s)';
$_LANG['fmJsAskCopy'] = 'Copy {count} item(s) to the folder (relative to your home):';
$_LANG['fmJsAskMove'] = 'Move {count} item(s) to the folder (relative to your home):';
$_LANG['fmJsCopied'] = 'Copied to {target}';
$_LANG['fmJsMoved'] = 'Moved to {target}';
$_LANG['fmJsSavedTrimmed'] = 'Saved {path} (the server trimmed blank space at the start and end and ended it with one newline)';
$_LANG['fmJsSaved'] = 'Saved {path}';
$_LANG['fmJsFound'] = '{count} found';
$_LANG['fmJsFoundTruncated'] = '{count} found (first 500 shown)';
$_LANG['fmSelectAll'] = 'Select all';
$_LANG['fmName'] = 'Name';
$_LANG['fmSize'] = 'Size';
$_LANG['fmModified'] = 'Modified';
$_LANG['fmSave'] = 'Save';
$_LANG['fmClose'] = 'Close';
$_LANG['fmOk'] = 'OK';
$_LANG['fmCancel'] = 'Cancel';
