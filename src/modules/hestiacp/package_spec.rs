//! A custom HestiaCP package: the limits from the product settings (overridden per service by
//! configurable options), validated as Hestia validates them, rendered as its package file.

use super::error::HestiaError;

/// One limit: a non-negative integer or `unlimited`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Limit {
    Count(u64),
    Unlimited,
}

impl Limit {
    pub fn parse(field: &str, raw: &str) -> Result<Self, HestiaError> {
        let t = raw.trim();
        if t.eq_ignore_ascii_case("unlimited") || t == "-1" {
            return Ok(Limit::Unlimited);
        }
        t.parse::<u64>().map(Limit::Count).map_err(|_| {
            HestiaError::Input(format!(
                "{field}: `{raw}` is not a whole number or `unlimited`"
            ))
        })
    }

    pub fn render(&self) -> String {
        match self {
            Limit::Count(n) => n.to_string(),
            Limit::Unlimited => "unlimited".to_string(),
        }
    }

    /// MB as WHMCS's `tblhosting` keeps limits: 0 means unlimited there.
    pub fn as_whmcs_mb(&self) -> i64 {
        match self {
            Limit::Count(n) => i64::try_from(*n).unwrap_or(i64::MAX),
            Limit::Unlimited => 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PackageSpec {
    pub web_template: String,
    pub backend_template: String,
    pub proxy_template: String,
    pub dns_template: String,
    pub web_domains: Limit,
    pub web_aliases: Limit,
    pub dns_domains: Limit,
    pub dns_records: Limit,
    pub mail_domains: Limit,
    pub mail_accounts: Limit,
    pub rate_limit: u64,
    pub databases: Limit,
    pub cron_jobs: Limit,
    pub disk_quota: Limit,
    pub bandwidth: Limit,
    pub name_servers: Vec<String>,
    pub shell: String,
    pub backups: u64,
}

fn check_word(field: &str, v: &str) -> Result<(), HestiaError> {
    let ok = !v.is_empty()
        && v.len() <= 64
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'));
    if ok {
        Ok(())
    } else {
        Err(HestiaError::Input(format!(
            "{field}: `{v}` is not a valid name"
        )))
    }
}

impl PackageSpec {
    pub fn validate(&self) -> Result<(), HestiaError> {
        check_word("Web template", &self.web_template)?;
        check_word("Backend template", &self.backend_template)?;
        check_word("Proxy template", &self.proxy_template)?;
        check_word("DNS template", &self.dns_template)?;
        check_word("Shell", &self.shell)?;
        for ns in &self.name_servers {
            crate::modules::shared::domain::normalize(ns)
                .map_err(|e| HestiaError::Input(format!("Name servers: {e}")))?;
        }
        Ok(())
    }

    /// The package file `v-add-user-package` reads (shell assignments, one per line).
    pub fn render(&self) -> String {
        let lines = [
            ("WEB_TEMPLATE", self.web_template.clone()),
            ("BACKEND_TEMPLATE", self.backend_template.clone()),
            ("PROXY_TEMPLATE", self.proxy_template.clone()),
            ("DNS_TEMPLATE", self.dns_template.clone()),
            ("WEB_DOMAINS", self.web_domains.render()),
            ("WEB_ALIASES", self.web_aliases.render()),
            ("DNS_DOMAINS", self.dns_domains.render()),
            ("DNS_RECORDS", self.dns_records.render()),
            ("MAIL_DOMAINS", self.mail_domains.render()),
            ("MAIL_ACCOUNTS", self.mail_accounts.render()),
            ("RATE_LIMIT", self.rate_limit.to_string()),
            ("DATABASES", self.databases.render()),
            ("CRON_JOBS", self.cron_jobs.render()),
            ("DISK_QUOTA", self.disk_quota.render()),
            ("CPU_QUOTA", "unlimited".to_string()),
            ("CPU_QUOTA_PERIOD", "unlimited".to_string()),
            ("MEMORY_LIMIT", "unlimited".to_string()),
            ("SWAP_LIMIT", "unlimited".to_string()),
            ("BANDWIDTH", self.bandwidth.render()),
            ("NS", self.name_servers.join(",")),
            ("SHELL", self.shell.clone()),
            ("BACKUPS", self.backups.to_string()),
            ("BACKUPS_INCREMENTAL", "no".to_string()),
        ];
        lines
            .iter()
            .map(|(k, v)| format!("{k}='{v}'"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// HestiaCP's package-name rule: `^[[:alnum:]][-|\._[:alnum:]]{0,64}[[:alnum:]]$`.
pub fn valid_package_name(name: &str) -> bool {
    let b = name.as_bytes();
    b.len() >= 2
        && b.len() <= 66
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'|' | b'.' | b'_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_parse_like_hestia() {
        assert_eq!(Limit::parse("x", " 5 ").unwrap(), Limit::Count(5));
        assert_eq!(Limit::parse("x", "Unlimited").unwrap(), Limit::Unlimited);
        let e = Limit::parse("Disk quota (MB)", "abc")
            .unwrap_err()
            .to_string();
        assert!(e.contains("Disk quota (MB)") && e.contains("abc"));
        assert!(Limit::parse("x", "1.5").is_err());
        assert!(Limit::parse("x", "-3").is_err());
        assert_eq!(Limit::Unlimited.as_whmcs_mb(), 0);
    }

    #[test]
    fn package_names() {
        assert!(valid_package_name("whmcs-12"));
        assert!(valid_package_name("gold.plan_2"));
        assert!(!valid_package_name("-x"));
        assert!(!valid_package_name("a b"));
        assert!(!valid_package_name("x"));
    }
}
