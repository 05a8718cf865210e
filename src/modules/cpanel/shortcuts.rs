//! The client area's quick shortcuts: cPanel pages opened through WHMCS's own single sign-on
//! link (`…&dosinglesignon=1&app=KEY`), which makes WHMCS call ServiceSingleSignOn with the
//! app; that asks `create_user_session` for it. A shortcut costs no request until clicked.
//!
//! The keys are cPanel's application keys (the `app` of create_user_session), the same
//! WHMCS's own cPanel module links to.

/// One shortcut: its label's language key, cPanel's app key and its icon (a Font Awesome
/// name, which WHMCS's themes load).
pub struct Shortcut {
    pub label: &'static str,
    pub app: &'static str,
    pub icon: &'static str,
}

const fn s(label: &'static str, app: &'static str, icon: &'static str) -> Shortcut {
    Shortcut { label, app, icon }
}

pub const SHORTCUTS: &[Shortcut] = &[
    s("shortcutEmailAccounts", "Email_Accounts", "fa-envelope"),
    s("shortcutForwarders", "Email_Forwarders", "fa-share"),
    s(
        "shortcutAutoresponders",
        "Email_AutoResponders",
        "fa-reply-all",
    ),
    s("shortcutFileManager", "FileManager_Home", "fa-folder-open"),
    s("shortcutBackup", "Backups_Home", "fa-hdd"),
    s("shortcutSubdomains", "Domains_SubDomains", "fa-sitemap"),
    s(
        "shortcutAddonDomains",
        "Domains_AddonDomains",
        "fa-plus-square",
    ),
    s("shortcutCronJobs", "Cron_Home", "fa-clock"),
    s("shortcutMysqlDatabases", "Database_MySQL", "fa-database"),
    s("shortcutPhpMyAdmin", "Database_phpMyAdmin", "fa-table"),
    s("shortcutAwstats", "Stats_AWStats", "fa-chart-bar"),
];

/// The app a single sign-on request may open: one of [`SHORTCUTS`]; anything else (a key the
/// client typed into the URL) opens cPanel's home, as cPanel itself does for unknown keys.
pub fn known_app(asked: &str) -> Option<&'static str> {
    SHORTCUTS.iter().map(|s| s.app).find(|a| *a == asked.trim())
}

/// WHMCS's single sign-on link of the service, optionally straight into `app`.
pub fn sso_link(service_id: i64, app: Option<&str>) -> String {
    let base = format!("clientarea.php?action=productdetails&id={service_id}&dosinglesignon=1");
    match app {
        Some(a) => format!("{base}&app={a}"),
        None => base,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_listed_apps_pass() {
        assert_eq!(known_app("Email_Accounts"), Some("Email_Accounts"));
        assert_eq!(known_app("Stats_AWStats "), Some("Stats_AWStats"));
        assert_eq!(known_app("../../evil"), None);
        assert_eq!(known_app(""), None);
        assert_eq!(SHORTCUTS.len(), 11);
        assert_eq!(
            sso_link(7, Some("Cron_Home")),
            "clientarea.php?action=productdetails&id=7&dosinglesignon=1&app=Cron_Home"
        );
    }
}
