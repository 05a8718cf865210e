//! `v-list-users json` read straight into compact records.
//!
//! The answer for a big server is tens of MB with ~40 string fields per user; building a
//! generic JSON tree of it took ~13 KB per user. Deserialising into [`PanelUser`] keeps only
//! what the module uses.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use super::error::HestiaError;
use super::user::PanelUser;

/// Hestia prints every value as a string; tolerate numbers too.
fn lenient<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = String;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string or number")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
            Ok(if v { "yes" } else { "no" }.to_string())
        }
        fn visit_unit<E: de::Error>(self) -> Result<String, E> {
            Ok(String::new())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<String, A::Error> {
            while m.next_entry::<de::IgnoredAny, de::IgnoredAny>()?.is_some() {}
            Ok(String::new())
        }
    }
    d.deserialize_any(V)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Record {
    #[serde(rename = "PACKAGE", deserialize_with = "lenient")]
    package: String,
    #[serde(rename = "CONTACT", deserialize_with = "lenient")]
    contact: String,
    #[serde(rename = "NAME", deserialize_with = "lenient")]
    name: String,
    #[serde(rename = "ROLE", deserialize_with = "lenient")]
    role: String,
    #[serde(rename = "SUSPENDED", deserialize_with = "lenient")]
    suspended: String,
    #[serde(rename = "U_DISK", deserialize_with = "lenient")]
    u_disk: String,
    #[serde(rename = "DISK_QUOTA", deserialize_with = "lenient")]
    disk_quota: String,
    #[serde(rename = "U_BANDWIDTH", deserialize_with = "lenient")]
    u_bandwidth: String,
    #[serde(rename = "BANDWIDTH", deserialize_with = "lenient")]
    bandwidth: String,
    #[serde(rename = "U_WEB_DOMAINS", deserialize_with = "lenient")]
    u_web_domains: String,
    #[serde(rename = "U_DNS_DOMAINS", deserialize_with = "lenient")]
    u_dns_domains: String,
    #[serde(rename = "U_DATABASES", deserialize_with = "lenient")]
    u_databases: String,
    #[serde(rename = "U_CRON_JOBS", deserialize_with = "lenient")]
    u_cron_jobs: String,
    #[serde(rename = "DATE", deserialize_with = "lenient")]
    date: String,
    #[serde(rename = "TIME", deserialize_with = "lenient")]
    time: String,
}

fn number(s: &str) -> i64 {
    s.trim().parse::<f64>().map(|f| f as i64).unwrap_or(0)
}

/// Every user in a `v-list-users json` body.
pub fn parse_users(body: &str) -> Result<Vec<PanelUser>, HestiaError> {
    let trimmed = body.trim();
    if trimmed.is_empty() {
        return Ok(Vec::new());
    }
    let map: BTreeMap<String, Record> =
        serde_json::from_str(trimmed).map_err(|e| HestiaError::BadAnswer {
            cmd: "v-list-users".into(),
            detail: format!("invalid JSON: {e}"),
        })?;
    Ok(map
        .into_iter()
        .map(|(user, r)| PanelUser {
            name: user,
            package: r.package,
            contact: r.contact,
            full_name: r.name,
            role: r.role,
            suspended: r.suspended.eq_ignore_ascii_case("yes"),
            disk_used_mb: number(&r.u_disk),
            disk_quota: r.disk_quota,
            bandwidth_used_mb: number(&r.u_bandwidth),
            bandwidth_limit: r.bandwidth,
            web_domains_used: number(&r.u_web_domains),
            dns_domains_used: number(&r.u_dns_domains),
            databases_used: number(&r.u_databases),
            cron_jobs_used: number(&r.u_cron_jobs),
            created: format!("{} {}", r.date, r.time).trim().to_string(),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_string_values_and_tolerates_numbers() {
        let body = r#"{"alice":{"PACKAGE":"gold","CONTACT":"a@x.tld","U_DISK":"312","DISK_QUOTA":"unlimited",
            "U_BANDWIDTH":1024,"BANDWIDTH":"2048","SUSPENDED":"yes","ROLE":"user","DATE":"2026-08-22","TIME":"12:00:01",
            "EXTRA":{"nested":1}},"admin":{"ROLE":"admin"}}"#;
        let users = parse_users(body).unwrap();
        assert_eq!(users.len(), 2);
        let a = users.iter().find(|u| u.name == "alice").unwrap();
        assert_eq!(a.disk_used_mb, 312);
        assert_eq!(a.bandwidth_used_mb, 1024);
        assert!(a.suspended);
        assert_eq!(a.created, "2026-08-22 12:00:01");
        assert!(users.iter().any(PanelUser::is_admin));
        assert!(parse_users("{\n}").unwrap().is_empty());
        assert!(parse_users("{\"broken\": ").is_err());
    }
}
