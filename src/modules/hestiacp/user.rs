//! A HestiaCP user as `v-list-user(s) … json` reports it (every value a string).
//!
//! Read tolerantly: a value that is missing, null or unreadable is `None` (or empty for text
//! shown as it is); the function that needs it says so by name. Figures are read by the shared
//! number reader: MB figures round a fraction to the nearest MB, counts refuse one, limits
//! read `unlimited` (HestiaCP's reference: "integer or `unlimited`"); a negative is refused
//! and named, never clamped.

use serde_json::Value as Json;

use crate::modules::shared::answer as a;
use crate::modules::shared::number::{self, Reading, Rule};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PanelUser {
    pub name: String,
    pub package: String,
    /// The contact e-mail: how a create recognises its own user.
    pub contact: String,
    pub full_name: String,
    pub role: String,
    pub suspended: Option<bool>,
    pub disk_used_mb: Reading,
    /// MB, or `unlimited`.
    pub disk_quota: Reading,
    pub bandwidth_used_mb: Reading,
    pub bandwidth_limit: Reading,
    pub web_domains_used: Reading,
    pub dns_domains_used: Reading,
    pub databases_used: Reading,
    /// Count or `unlimited`.
    pub databases_limit: Reading,
    pub mail_accounts_used: Reading,
    /// Per mail domain (HestiaCP counts MAIL_ACCOUNTS per domain); count or `unlimited`.
    pub mail_accounts_limit: Reading,
    pub cron_jobs_used: Reading,
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
            disk_used_mb: number::field(v, field::U_DISK, MB),
            disk_quota: number::field(v, field::DISK_QUOTA, MB_LIMIT),
            bandwidth_used_mb: number::field(v, field::U_BANDWIDTH, MB),
            bandwidth_limit: number::field(v, field::BANDWIDTH, MB_LIMIT),
            web_domains_used: number::field(v, "U_WEB_DOMAINS", Rule::COUNT),
            dns_domains_used: number::field(v, "U_DNS_DOMAINS", Rule::COUNT),
            databases_used: number::field(v, "U_DATABASES", Rule::COUNT),
            databases_limit: number::field(v, "DATABASES", COUNT_LIMIT),
            mail_accounts_used: number::field(v, "U_MAIL_ACCOUNTS", Rule::COUNT),
            mail_accounts_limit: number::field(v, "MAIL_ACCOUNTS", COUNT_LIMIT),
            cron_jobs_used: number::field(v, "U_CRON_JOBS", Rule::COUNT),
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
}

/// MB figures (U_DISK, U_BANDWIDTH): a fraction rounds to the nearest MB.
pub const MB: Rule = Rule::SIZE;
/// DISK_QUOTA, BANDWIDTH: MB or `unlimited`.
pub const MB_LIMIT: Rule = Rule::SIZE.unlimited_as(&["unlimited"]);
/// DATABASES, MAIL_ACCOUNTS, …: a count or `unlimited`.
pub const COUNT_LIMIT: Rule = Rule::COUNT.unlimited_as(&["unlimited"]);

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
        assert_eq!(u.disk_used_mb.amount(), Some(312));
        assert_eq!(u.bandwidth_used_mb, Reading::Absent);
        assert_eq!(u.disk_quota.limit(), Some(0));
        assert_eq!(u.bandwidth_limit.limit(), Some(2048));
        assert_eq!(number::read_text("n/a", MB_LIMIT).limit(), None);
        // A negative quota was clamped to 0, which tblhosting reads as unlimited.
        let neg = PanelUser::from_json("carol", &json!({"DISK_QUOTA": "-1", "U_DISK": "-3"}));
        assert_eq!(
            (neg.disk_quota.limit(), neg.disk_used_mb.amount()),
            (None, None)
        );
        assert_eq!(
            neg.disk_quota
                .need_limit(field::DISK_QUOTA)
                .unwrap_err()
                .to_string(),
            "`DISK_QUOTA` is `-1`, a negative"
        );
        let odd = PanelUser::from_json("bob", &json!("not an object"));
        assert_eq!(odd.name, "bob");
        assert_eq!(odd.suspended, None);
    }
}
