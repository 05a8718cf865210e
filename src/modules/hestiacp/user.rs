//! A HestiaCP user as `v-list-user(s) … json` reports it (every value a string).
//!
//! Read tolerantly: a value that is missing, null or unreadable is `None` (or empty for text
//! shown as it is); the function that needs it says so by name.

use serde_json::Value as Json;

use crate::modules::shared::answer as a;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PanelUser {
    pub name: String,
    pub package: String,
    /// The contact e-mail: how a create recognises its own user.
    pub contact: String,
    pub full_name: String,
    pub role: String,
    pub suspended: Option<bool>,
    pub disk_used_mb: Option<i64>,
    /// MB as a string, or `unlimited`.
    pub disk_quota: Option<String>,
    pub bandwidth_used_mb: Option<i64>,
    pub bandwidth_limit: Option<String>,
    pub web_domains_used: Option<i64>,
    pub dns_domains_used: Option<i64>,
    pub databases_used: Option<i64>,
    /// Count or `unlimited`.
    pub databases_limit: Option<String>,
    pub mail_accounts_used: Option<i64>,
    /// Per mail domain (HestiaCP counts MAIL_ACCOUNTS per domain); count or `unlimited`.
    pub mail_accounts_limit: Option<String>,
    pub cron_jobs_used: Option<i64>,
    pub created: String,
}

/// Hestia's field names, for messages about an unreadable one.
pub mod field {
    pub const SUSPENDED: &str = "SUSPENDED";
    pub const U_DISK: &str = "U_DISK";
    pub const DISK_QUOTA: &str = "DISK_QUOTA";
    pub const U_BANDWIDTH: &str = "U_BANDWIDTH";
    pub const BANDWIDTH: &str = "BANDWIDTH";
    pub const CONTACT: &str = "CONTACT";
}

impl PanelUser {
    pub fn from_json(name: &str, v: &Json) -> Self {
        PanelUser {
            name: name.to_string(),
            package: a::string_or_empty(v, "PACKAGE"),
            contact: a::string_or_empty(v, field::CONTACT),
            full_name: a::text_or_empty(v, "NAME"),
            role: a::string_or_empty(v, "ROLE"),
            suspended: a::flag(v, field::SUSPENDED),
            disk_used_mb: a::int(v, field::U_DISK),
            disk_quota: a::text(v, field::DISK_QUOTA),
            bandwidth_used_mb: a::int(v, field::U_BANDWIDTH),
            bandwidth_limit: a::text(v, field::BANDWIDTH),
            web_domains_used: a::int(v, "U_WEB_DOMAINS"),
            dns_domains_used: a::int(v, "U_DNS_DOMAINS"),
            databases_used: a::int(v, "U_DATABASES"),
            databases_limit: a::text(v, "DATABASES"),
            mail_accounts_used: a::int(v, "U_MAIL_ACCOUNTS"),
            mail_accounts_limit: a::text(v, "MAIL_ACCOUNTS"),
            cron_jobs_used: a::int(v, "U_CRON_JOBS"),
            created: format!(
                "{} {}",
                a::text_or_empty(v, "DATE"),
                a::text_or_empty(v, "TIME")
            )
            .trim()
            .to_string(),
        }
    }

    pub fn is_admin(&self) -> bool {
        self.role == "admin" || self.name == "admin"
    }

    /// A limit in MB as `tblhosting` keeps it (0 = unlimited); `None` when it is unreadable.
    pub fn limit_mb(raw: Option<&str>) -> Option<i64> {
        let raw = raw?.trim();
        if raw.eq_ignore_ascii_case("unlimited") {
            return Some(0);
        }
        raw.parse::<i64>().ok().map(|n| n.max(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_strings_numbers_and_gaps() {
        let u = PanelUser::from_json(
            "alice",
            &json!({"PACKAGE": "gold", "CONTACT": 5, "SUSPENDED": "no", "U_DISK": "312",
                    "DISK_QUOTA": "unlimited", "U_BANDWIDTH": null, "BANDWIDTH": 2048}),
        );
        assert_eq!(u.package, "gold");
        assert_eq!(u.contact, "", "a number is no e-mail address");
        assert_eq!(u.suspended, Some(false));
        assert_eq!(u.disk_used_mb, Some(312));
        assert_eq!(u.bandwidth_used_mb, None);
        assert_eq!(PanelUser::limit_mb(u.disk_quota.as_deref()), Some(0));
        assert_eq!(
            PanelUser::limit_mb(u.bandwidth_limit.as_deref()),
            Some(2048)
        );
        assert_eq!(PanelUser::limit_mb(Some("n/a")), None);
        assert_eq!(PanelUser::limit_mb(None), None);
        let odd = PanelUser::from_json("bob", &json!("not an object"));
        assert_eq!(odd.name, "bob");
        assert_eq!(odd.suspended, None);
    }
}
