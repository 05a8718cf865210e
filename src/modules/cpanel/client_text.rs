//! Every text a client sees from oxide_cpanel, by language key: the client area's labels and
//! the quick e-mail form's refusals. One place, so the language files (lang/*.php) carry the
//! same keys; English is the fallback when a key has no translation.

use crate::whmcs::Array;

pub const ENGLISH: &[(&str, &str)] = &[
    ("overviewTitle", "cPanel hosting account"),
    ("username", "Username"),
    ("domain", "Domain"),
    ("package", "Package"),
    ("ipAddress", "IP address"),
    ("diskUsage", "Disk usage"),
    ("bandwidthUsage", "Bandwidth this month"),
    ("usedOf", ":used of :limit"),
    ("percentUsed", ":percent% used"),
    ("unlimited", "Unlimited"),
    ("notReported", "not reported"),
    ("limitsTitle", "Account limits"),
    ("emailAccounts", "E-mail accounts"),
    ("databases", "MySQL databases"),
    ("addonDomains", "Addon domains"),
    ("subdomains", "Subdomains"),
    ("suspendedWarning", "This account is suspended: its website, e-mail and cPanel are not available. Please contact support."),
    ("nearLimitDisk", "This account has used :percent% of its disk space. Consider an upgrade before it runs out."),
    ("nearLimitBandwidth", "This account has used :percent% of this month's bandwidth. Consider an upgrade before it runs out."),
    ("sizeMb", ":n MB"),
    ("sizeGb", ":n GB"),
    ("loginCpanel", "Log in to cPanel"),
    ("loginWebmail", "Log in to Webmail"),
    ("loginWhm", "Log in to WHM"),
    ("shortcutsTitle", "Quick shortcuts"),
    ("shortcutEmailAccounts", "Email Accounts"),
    ("shortcutForwarders", "Forwarders"),
    ("shortcutAutoresponders", "Autoresponders"),
    ("shortcutFileManager", "File Manager"),
    ("shortcutBackup", "Backup"),
    ("shortcutSubdomains", "Subdomains"),
    ("shortcutAddonDomains", "Addon Domains"),
    ("shortcutCronJobs", "Cron Jobs"),
    ("shortcutMysqlDatabases", "MySQL Databases"),
    ("shortcutPhpMyAdmin", "phpMyAdmin"),
    ("shortcutAwstats", "Awstats"),
    ("quickEmailTitle", "Quick Create Email Account"),
    ("emailPrefixLabel", "E-mail address"),
    ("emailPasswordLabel", "Password"),
    ("emailQuotaLabel", "Mailbox size (MB, 0 = unlimited)"),
    ("emailCreateButton", "Create"),
    ("emailNotActive", "E-mail accounts can be created for active services only."),
    ("emailPrefixMissing", "Enter the name of the new e-mail account (the part before the @)."),
    ("emailPrefixInvalid", "The e-mail account name may contain only letters, digits, dots, hyphens and underscores (at most 64), and may not start or end with a dot."),
    ("emailPasswordMissing", "Enter a password for the new e-mail account."),
    ("emailPasswordWeak", "cPanel refused this password as too weak. Use at least 8 characters that mix upper and lower case letters, digits and symbols."),
    ("emailQuotaInvalid", "The mailbox size must be a whole number of megabytes (0 for unlimited)."),
    ("emailLimitReached", "This hosting account has reached its maximum number of e-mail accounts. Upgrade the package or remove an account first."),
    ("emailExists", "An e-mail account with this name exists already."),
    ("emailFailed", "cPanel could not create the e-mail account: :reason"),
];

/// The text of `key` in English (`key` itself when unknown, so a missing string shows up).
pub fn english(key: &str) -> &str {
    ENGLISH
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(key, |(_, v)| *v)
}

/// Every string, for a template's `lang` variable.
pub fn all() -> Array {
    let mut a = Array::new();
    for (k, v) in ENGLISH {
        a.set(*k, *v);
    }
    a
}
