//! The product settings (ConfigOptions) of `oxide_hestiacp`, in `configoptionN` order.

use crate::whmcs::{ConfigOption, ConfigOptions, FieldType};

pub const PACKAGE: &str = "Package on server";
pub const USE_CUSTOM: &str = "Use the package parameters";
pub const CUSTOM_NAME: &str = "Package name to deploy";
pub const DISK_QUOTA: &str = "Disk quota (MB)";
pub const BANDWIDTH: &str = "Bandwidth (MB)";
pub const WEB_DOMAINS: &str = "Web domains";
pub const WEB_ALIASES: &str = "Web aliases";
pub const DNS_DOMAINS: &str = "DNS domains";
pub const DNS_RECORDS: &str = "DNS records";
pub const MAIL_DOMAINS: &str = "Mail domains";
pub const MAIL_ACCOUNTS: &str = "Mail accounts";
pub const RATE_LIMIT: &str = "Mail rate limit (per hour)";
pub const DATABASES: &str = "Databases";
pub const CRON_JOBS: &str = "Cron jobs";
pub const BACKUPS: &str = "Backups";
pub const SHELL: &str = "Shell";
pub const NAME_SERVERS: &str = "Name servers";
pub const WEB_TEMPLATE: &str = "Web template";
pub const BACKEND_TEMPLATE: &str = "Backend template";
pub const PROXY_TEMPLATE: &str = "Proxy template";
pub const DNS_TEMPLATE: &str = "DNS template";
pub const USERNAME_RULE: &str = "Username rule";
pub const AFTER_CREATE: &str = "After creation";
pub const SUSPENDED_PASSWORD: &str = "Password change when suspended";

/// Loader functions (PHP names) feeding dropdowns live from the server.
pub const LOAD_PACKAGES: &str = "oxide_hestiacp_LoadPackages";

fn limit(name: &'static str, default: &str) -> ConfigOption {
    ConfigOption::text(name, 10, default)
        .describe("a number or <code>unlimited</code>; a configurable option of the same name overrides it")
        .advanced()
}

pub fn definitions() -> ConfigOptions {
    let mut package = ConfigOption::new(PACKAGE, FieldType::Dropdown)
        .with_loader(LOAD_PACKAGES)
        .describe("used when “Use the package parameters” is off");
    package.default = Some("default".to_string());
    ConfigOptions::new(vec![
        package,
        ConfigOption::yes_no(USE_CUSTOM, false)
            .describe("deploy the package below to the server (created or updated on every create and package change)"),
        ConfigOption::text(CUSTOM_NAME, 25, "")
            .describe("name of the package to deploy; empty: <code>whmcs-&lt;product id&gt;</code>"),
        limit(DISK_QUOTA, "10240"),
        limit(BANDWIDTH, "102400"),
        limit(WEB_DOMAINS, "5"),
        limit(WEB_ALIASES, "10"),
        limit(DNS_DOMAINS, "5"),
        limit(DNS_RECORDS, "unlimited"),
        limit(MAIL_DOMAINS, "5"),
        limit(MAIL_ACCOUNTS, "50"),
        ConfigOption::text(RATE_LIMIT, 10, "200").describe("e-mails per hour per account").advanced(),
        limit(DATABASES, "5"),
        limit(CRON_JOBS, "5"),
        ConfigOption::text(BACKUPS, 10, "3").describe("backups kept").advanced(),
        ConfigOption::text(SHELL, 15, "nologin")
            .describe("login shell: nologin, bash, sh, …")
            .advanced(),
        ConfigOption::text(NAME_SERVERS, 40, "")
            .describe("comma-separated, e.g. ns1.example.com,ns2.example.com; empty: the panel's")
            .advanced(),
        ConfigOption::text(WEB_TEMPLATE, 15, "default").advanced(),
        ConfigOption::text(BACKEND_TEMPLATE, 15, "default").advanced(),
        ConfigOption::text(PROXY_TEMPLATE, 15, "default").advanced(),
        ConfigOption::text(DNS_TEMPLATE, 15, "default").advanced(),
        ConfigOption::text(USERNAME_RULE, 30, "")
            .describe("empty: WHMCS's username; or a template with {domain}, {client_id}, {service_id}, {random_letter_N}, {random_digit_N}"),
        ConfigOption::text(AFTER_CREATE, 30, "domain")
            .describe("comma list: <code>domain</code> (web+DNS+mail), or <code>web</code>, <code>dns</code>, <code>mail</code>; <code>letsencrypt</code>; <code>none</code>: nothing"),
        ConfigOption::dropdown(
            SUSPENDED_PASSWORD,
            &[("refuse", "refuse with a message"), ("cycle", "unsuspend, change, suspend again")],
            "refuse",
        )
        .describe("HestiaCP cannot change the password of a suspended user"),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_whmcs_limit_and_names_are_unique() {
        let d = definitions();
        assert!(d.len() <= crate::whmcs::config_option::MAX_OPTIONS);
        let mut names: Vec<_> = d.iter().map(|o| o.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), d.len());
        assert_eq!(d.position(PACKAGE), Some(1));
    }
}
