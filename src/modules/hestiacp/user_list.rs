//! `v-list-users json` read straight into compact records.
//!
//! The answer for a big server is tens of MB with ~40 string fields per user; building a
//! generic JSON tree of it took ~13 KB per user. Deserialising into [`Record`] keeps only
//! what the module uses. A record that is not an object, or a value of an odd type, never
//! fails the listing: it reads as missing, and the function that needs it skips that user.

use std::fmt;
use std::io::Read;

use serde::de::{self, value::MapAccessDeserializer, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::modules::shared::answer::{flag_from_text, json_error};
use crate::modules::shared::list_stream::READ_BUFFER;
use crate::modules::shared::number::{self, Reading, Rule};

use super::error::HestiaError;
use super::user::PanelUser;

/// Hestia prints every value as a string; numbers are text too. Anything else (null, a
/// boolean, a list, an object) is no value.
fn scalar<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("any value")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Some(v.to_string()))
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
            while m.next_entry::<de::IgnoredAny, de::IgnoredAny>()?.is_some() {}
            Ok(None)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Self::Value, A::Error> {
            while s.next_element::<de::IgnoredAny>()?.is_some() {}
            Ok(None)
        }
    }
    d.deserialize_any(V)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Record {
    #[serde(rename = "PACKAGE", deserialize_with = "scalar")]
    package: Option<String>,
    #[serde(rename = "CONTACT", deserialize_with = "scalar")]
    contact: Option<String>,
    #[serde(rename = "NAME", deserialize_with = "scalar")]
    name: Option<String>,
    #[serde(rename = "ROLE", deserialize_with = "scalar")]
    role: Option<String>,
    #[serde(rename = "SUSPENDED", deserialize_with = "scalar")]
    suspended: Option<String>,
    #[serde(rename = "U_DISK", deserialize_with = "scalar")]
    u_disk: Option<String>,
    #[serde(rename = "DISK_QUOTA", deserialize_with = "scalar")]
    disk_quota: Option<String>,
    #[serde(rename = "U_BANDWIDTH", deserialize_with = "scalar")]
    u_bandwidth: Option<String>,
    #[serde(rename = "BANDWIDTH", deserialize_with = "scalar")]
    bandwidth: Option<String>,
    #[serde(rename = "U_WEB_DOMAINS", deserialize_with = "scalar")]
    u_web_domains: Option<String>,
    #[serde(rename = "U_DNS_DOMAINS", deserialize_with = "scalar")]
    u_dns_domains: Option<String>,
    #[serde(rename = "U_DATABASES", deserialize_with = "scalar")]
    u_databases: Option<String>,
    #[serde(rename = "U_CRON_JOBS", deserialize_with = "scalar")]
    u_cron_jobs: Option<String>,
    #[serde(rename = "DATE", deserialize_with = "scalar")]
    date: Option<String>,
    #[serde(rename = "TIME", deserialize_with = "scalar")]
    time: Option<String>,
}

/// One user's value: its record, or nothing when it is not an object.
struct Entry(Option<Record>);

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Entry;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<Entry, A::Error> {
                Record::deserialize(MapAccessDeserializer::new(m)).map(|r| Entry(Some(r)))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Entry, A::Error> {
                while s.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Entry(None))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Entry, E> {
                Ok(Entry(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Entry, E> {
                Ok(Entry(None))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Entry, E> {
                Ok(Entry(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Entry, E> {
                Ok(Entry(None))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Entry, E> {
                Ok(Entry(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Entry, E> {
                Ok(Entry(None))
            }
        }
        d.deserialize_any(V)
    }
}

impl Record {
    fn into_user(self, name: String) -> PanelUser {
        let read = |v: &Option<String>, rule: Rule| {
            v.as_deref()
                .map_or(Reading::Absent, |t| number::read_text(t, rule))
        };
        PanelUser {
            name,
            suspended: self.suspended.as_deref().and_then(flag_from_text),
            disk_used_mb: read(&self.u_disk, super::user::MB),
            bandwidth_used_mb: read(&self.u_bandwidth, super::user::MB),
            web_domains_used: read(&self.u_web_domains, Rule::COUNT),
            dns_domains_used: read(&self.u_dns_domains, Rule::COUNT),
            databases_used: read(&self.u_databases, Rule::COUNT),
            cron_jobs_used: read(&self.u_cron_jobs, Rule::COUNT),
            created: format!(
                "{} {}",
                self.date.unwrap_or_default(),
                self.time.unwrap_or_default()
            )
            .trim()
            .to_string(),
            package: self.package.unwrap_or_default(),
            contact: self.contact.unwrap_or_default(),
            full_name: self.name.unwrap_or_default(),
            role: self.role.unwrap_or_default(),
            disk_quota: read(&self.disk_quota, super::user::MB_LIMIT),
            bandwidth_limit: read(&self.bandwidth, super::user::MB_LIMIT),
            // The server listing feeds usage and drift, which do not need these.
            ..PanelUser::default()
        }
    }
}

/// Every user in a `v-list-users json` body (a user whose record is no object comes back
/// with every field unknown).
pub fn parse_users(body: &str) -> Result<Vec<PanelUser>, HestiaError> {
    let mut all = Vec::new();
    read_users(body.as_bytes(), |u| all.push(u))?;
    Ok(all)
}

/// Each user of a `v-list-users json` answer, handed to `each` as it is read: a big server's
/// listing never exists in memory as a whole, only one record at a time. An empty answer
/// (Hestia prints nothing for no users) has none.
pub fn read_users<R: Read>(reader: R, each: impl FnMut(PanelUser)) -> Result<(), HestiaError> {
    let bad = |detail: String| HestiaError::BadAnswer {
        cmd: "v-list-users".into(),
        detail,
    };
    // Hestia prints nothing (or a line break) for no users.
    let mut reader = std::io::BufReader::with_capacity(READ_BUFFER, reader);
    loop {
        let buf = match std::io::BufRead::fill_buf(&mut reader) {
            Ok(b) => b,
            Err(e) => return Err(bad(format!("cannot read the answer ({e})"))),
        };
        if buf.is_empty() {
            return Ok(());
        }
        let blank = buf.iter().take_while(|b| b.is_ascii_whitespace()).count();
        if blank < buf.len() {
            break;
        }
        std::io::BufRead::consume(&mut reader, blank);
    }
    let mut de = serde_json::Deserializer::from_reader(reader);
    let result = de::DeserializeSeed::deserialize(Users { each }, &mut de).and_then(|()| de.end());
    match result {
        Ok(()) => Ok(()),
        Err(e) if e.is_data() => Err(bad("not a JSON object of users".into())),
        Err(e) => Err(bad(format!("invalid JSON ({})", json_error(&e)))),
    }
}

/// The top-level map of users, visited entry by entry.
struct Users<F> {
    each: F,
}

impl<'de, F: FnMut(PanelUser)> de::DeserializeSeed<'de> for Users<F> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, F: FnMut(PanelUser)> Visitor<'de> for Users<F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of users")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut m: A) -> Result<(), A::Error> {
        while let Some((user, entry)) = m.next_entry::<String, Entry>()? {
            (self.each)(entry.0.unwrap_or_default().into_user(user));
        }
        Ok(())
    }
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
        assert_eq!(a.disk_used_mb.amount(), Some(312));
        assert_eq!(a.bandwidth_used_mb.amount(), Some(1024));
        assert_eq!(a.disk_quota, Reading::Unlimited);
        assert_eq!(a.bandwidth_limit.limit(), Some(2048));
        assert_eq!(a.suspended, Some(true));
        assert_eq!(a.created, "2026-08-22 12:00:01");
        assert!(users.iter().any(PanelUser::is_admin));
        assert!(parse_users("{\n}").unwrap().is_empty());
        assert!(parse_users("{\"broken\": ").is_err());
    }

    #[test]
    fn an_odd_record_or_value_never_fails_the_listing() {
        let body = r#"{"alice":null,"bob":["x"],"carol":{"U_DISK":null,"SUSPENDED":{"a":1},"PACKAGE":[1]},
            "dave":{"U_DISK":"7","SUSPENDED":"no"}}"#;
        let users = parse_users(body).unwrap();
        assert_eq!(users.len(), 4);
        assert_eq!(users[0].name, "alice");
        assert_eq!(users[0].disk_used_mb, Reading::Absent);
        assert_eq!(users[2].suspended, None);
        assert_eq!(users[2].package, "");
        assert_eq!(users[3].disk_used_mb.amount(), Some(7));
        // A negative figure is refused with its value (it was read as -3 MB, its quota as
        // unlimited), and only that user's figure.
        let odd = parse_users(r#"{"erin":{"U_DISK":"-3","DISK_QUOTA":"-1"},"fay":{"U_DISK":"4"}}"#)
            .unwrap();
        assert_eq!(
            odd[0]
                .disk_used_mb
                .need_amount("U_DISK")
                .unwrap_err()
                .to_string(),
            "`U_DISK` is `-3`, a negative"
        );
        assert_eq!(odd[0].disk_quota.limit(), None);
        assert_eq!(odd[1].disk_used_mb.amount(), Some(4));
        let e = parse_users("[1,2]").unwrap_err().to_string();
        assert!(e.contains("not a JSON object of users"), "{e}");
        assert!(!e.contains("invalid type"), "{e}");
    }
}
