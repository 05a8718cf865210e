//! A HestiaCP user as `v-list-user(s) … json` reports it (every value a string).

use serde_json::Value as Json;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PanelUser {
    pub name: String,
    pub package: String,
    pub contact: String,
    pub full_name: String,
    pub role: String,
    pub suspended: bool,
    pub disk_used_mb: i64,
    pub disk_quota: String,
    pub bandwidth_used_mb: i64,
    pub bandwidth_limit: String,
    pub web_domains_used: i64,
    pub dns_domains_used: i64,
    pub databases_used: i64,
    pub cron_jobs_used: i64,
    pub created: String,
}

fn text(v: &Json, key: &str) -> String {
    match v.get(key) {
        Some(Json::String(s)) => s.clone(),
        Some(Json::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn number(v: &Json, key: &str) -> i64 {
    text(v, key)
        .trim()
        .parse::<f64>()
        .map(|f| f as i64)
        .unwrap_or(0)
}

impl PanelUser {
    pub fn from_json(name: &str, v: &Json) -> Self {
        PanelUser {
            name: name.to_string(),
            package: text(v, "PACKAGE"),
            contact: text(v, "CONTACT"),
            full_name: text(v, "NAME"),
            role: text(v, "ROLE"),
            suspended: text(v, "SUSPENDED").eq_ignore_ascii_case("yes"),
            disk_used_mb: number(v, "U_DISK"),
            disk_quota: text(v, "DISK_QUOTA"),
            bandwidth_used_mb: number(v, "U_BANDWIDTH"),
            bandwidth_limit: text(v, "BANDWIDTH"),
            web_domains_used: number(v, "U_WEB_DOMAINS"),
            dns_domains_used: number(v, "U_DNS_DOMAINS"),
            databases_used: number(v, "U_DATABASES"),
            cron_jobs_used: number(v, "U_CRON_JOBS"),
            created: format!("{} {}", text(v, "DATE"), text(v, "TIME"))
                .trim()
                .to_string(),
        }
    }

    /// Every user of a `v-list-users json` answer.
    pub fn all_from(list: &Json) -> Vec<PanelUser> {
        list.as_object()
            .map(|m| m.iter().map(|(k, v)| PanelUser::from_json(k, v)).collect())
            .unwrap_or_default()
    }

    pub fn is_admin(&self) -> bool {
        self.role == "admin" || self.name == "admin"
    }

    /// A limit in MB as `tblhosting` keeps it (0 = unlimited).
    pub fn limit_mb(raw: &str) -> i64 {
        raw.trim().parse::<i64>().unwrap_or(0).max(0)
    }
}
