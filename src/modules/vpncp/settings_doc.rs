//! The product's settings document in `configoption24` (format fixed by the reference):
//!
//! `{"version":1,"download_mbps":100,"upload_mbps":50,"client_name_rule":"…",
//!   "instruction_url":"https://…","networks":[{"server_id":3,"network":"eu1"}]}`
//!
//! A missing key takes its default, unknown keys are kept when the document is written back,
//! and a malformed document is an error naming what is wrong (never silently replaced).

use serde_json::{Map, Value as Json};

use crate::modules::shared::template::{expand, TemplateVars};

pub const VERSION: u64 = 1;
pub const DEFAULT_RULE: &str = "vpn-{client_id}-{service_id}-{random_letter_4}";
/// Highest cap accepted (100 Gbit/s): anything above is a typo.
pub const MAX_MBPS: u64 = 100_000;

/// A ticked server → network pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub server_id: i64,
    pub network: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SettingsDoc {
    /// The document as stored, so unknown keys survive a rewrite.
    raw: Map<String, Json>,
    pub download_mbps: u64,
    pub upload_mbps: u64,
    pub client_name_rule: String,
    pub instruction_url: String,
    /// In deploy order (top first).
    pub networks: Vec<Pair>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("product settings (configoption24): {0}")]
pub struct DocError(pub String);

impl Default for SettingsDoc {
    fn default() -> Self {
        SettingsDoc {
            raw: Map::new(),
            download_mbps: 0,
            upload_mbps: 0,
            client_name_rule: DEFAULT_RULE.to_string(),
            instruction_url: String::new(),
            networks: Vec::new(),
        }
    }
}

impl SettingsDoc {
    /// Parses and validates the stored text; empty text is the default document.
    pub fn parse(text: &str) -> Result<Self, DocError> {
        if text.trim().is_empty() {
            return Ok(SettingsDoc::default());
        }
        let json: Json = serde_json::from_str(text).map_err(|e| {
            DocError(format!(
                "not valid JSON (line {}, column {}: {e})",
                e.line(),
                e.column()
            ))
        })?;
        let Json::Object(raw) = json else {
            return Err(DocError("must be a JSON object {…}".into()));
        };
        let mut doc = SettingsDoc {
            raw,
            ..SettingsDoc::default()
        };
        let get = |k: &str| doc.raw.get(k).filter(|v| !v.is_null());
        if let Some(v) = get("version") {
            match whole(v) {
                Some(VERSION) => {}
                _ => {
                    return Err(DocError(format!(
                        "version {v} is not supported (this module reads version {VERSION})"
                    )))
                }
            }
        }
        let mbps = |k: &str| -> Result<u64, DocError> {
            match get(k) {
                None => Ok(0),
                Some(v) => whole(v).filter(|n| *n <= MAX_MBPS).ok_or_else(|| {
                    DocError(format!(
                        "{k} must be a whole number of Mbit/s from 0 (unlimited) to {MAX_MBPS}, not {v}"
                    ))
                }),
            }
        };
        doc.download_mbps = mbps("download_mbps")?;
        doc.upload_mbps = mbps("upload_mbps")?;
        doc.client_name_rule = match get("client_name_rule") {
            None => DEFAULT_RULE.to_string(),
            Some(Json::String(s)) if s.trim().is_empty() => DEFAULT_RULE.to_string(),
            Some(Json::String(s)) => s.trim().to_string(),
            Some(v) => return Err(DocError(format!("client_name_rule must be text, not {v}"))),
        };
        check_rule(&doc.client_name_rule)?;
        doc.instruction_url = match get("instruction_url") {
            None => String::new(),
            Some(Json::String(s)) => s.trim().to_string(),
            Some(v) => return Err(DocError(format!("instruction_url must be text, not {v}"))),
        };
        let url = doc.instruction_url.to_ascii_lowercase();
        let web = url.is_empty() || url.starts_with("https://") || url.starts_with("http://");
        if !web || doc.instruction_url.contains(['"', '<', '>', ' ']) {
            return Err(DocError(format!(
                "instruction_url must be an http:// or https:// address, not `{}`",
                doc.instruction_url
            )));
        }
        doc.networks = match get("networks") {
            None => Vec::new(),
            Some(Json::Array(items)) => pairs(items)?,
            Some(v) => {
                return Err(DocError(format!(
                    "networks must be a list of {{\"server_id\":…,\"network\":…}}, not {v}"
                )))
            }
        };
        Ok(doc)
    }

    /// The document as JSON text: known keys from the fields, unknown keys as stored.
    pub fn to_json(&self) -> String {
        let mut out = self.raw.clone();
        out.insert("version".into(), Json::from(VERSION));
        out.insert("download_mbps".into(), Json::from(self.download_mbps));
        out.insert("upload_mbps".into(), Json::from(self.upload_mbps));
        out.insert(
            "client_name_rule".into(),
            Json::from(self.client_name_rule.clone()),
        );
        out.insert(
            "instruction_url".into(),
            Json::from(self.instruction_url.clone()),
        );
        let pairs: Vec<Json> = self
            .networks
            .iter()
            .map(|p| serde_json::json!({"server_id": p.server_id, "network": p.network}))
            .collect();
        out.insert("networks".into(), Json::Array(pairs));
        serde_json::to_string_pretty(&Json::Object(out)).unwrap_or_default()
    }
}

/// The rule must expand (known macros, closed braces) before any order depends on it.
fn check_rule(rule: &str) -> Result<(), DocError> {
    expand(rule, &TemplateVars::default())
        .map(|_| ())
        .map_err(|e| DocError(format!("client_name_rule `{rule}`: {e}")))
}

fn pairs(items: &[Json]) -> Result<Vec<Pair>, DocError> {
    let mut out: Vec<Pair> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let server_id = item
            .get("server_id")
            .and_then(whole)
            .filter(|id| *id > 0)
            .ok_or_else(|| {
                DocError(format!(
                    "networks[{i}].server_id must be a server id (a positive whole number)"
                ))
            })?;
        let network = match item.get("network") {
            Some(Json::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
            _ => {
                return Err(DocError(format!(
                    "networks[{i}].network must be a network name"
                )))
            }
        };
        let pair = Pair {
            server_id: server_id as i64,
            network,
        };
        // A pair ticked twice deploys the same way; keep its first (higher) place.
        if !out.contains(&pair) {
            out.push(pair);
        }
    }
    Ok(out)
}

/// A whole number from a JSON number or digits (forms and scripts send either).
fn whole(v: &Json) -> Option<u64> {
    match v {
        Json::Number(n) => n.as_u64(),
        Json::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_example_parses() {
        let d = SettingsDoc::parse(
            r#"{"version":1,"download_mbps":100,"upload_mbps":50,
               "client_name_rule":"vpn-{client_id}-{service_id}-{random_letter_4}",
               "instruction_url":"https://example.com/vpn-howto",
               "networks":[{"server_id":3,"network":"eu1"},{"server_id":4,"network":"eu1"}]}"#,
        )
        .unwrap();
        assert_eq!((d.download_mbps, d.upload_mbps), (100, 50));
        assert_eq!(d.networks.len(), 2);
        assert_eq!(d.networks[1].server_id, 4);
    }

    #[test]
    fn missing_keys_take_defaults() {
        let d = SettingsDoc::parse("").unwrap();
        assert_eq!(d.client_name_rule, DEFAULT_RULE);
        let d = SettingsDoc::parse(r#"{"download_mbps":"25"}"#).unwrap();
        assert_eq!((d.download_mbps, d.upload_mbps), (25, 0));
        assert!(d.networks.is_empty());
    }

    #[test]
    fn unknown_keys_survive_a_rewrite() {
        let mut d =
            SettingsDoc::parse(r#"{"theme":"dark","networks":[],"extra":{"a":[1,2]}}"#).unwrap();
        d.upload_mbps = 7;
        let back: Json = serde_json::from_str(&d.to_json()).unwrap();
        assert_eq!(back["theme"], "dark");
        assert_eq!(back["extra"]["a"][1], 2);
        assert_eq!(back["upload_mbps"], 7);
        assert_eq!(back["version"], 1);
    }

    #[test]
    fn malformed_documents_say_what_is_wrong() {
        let cases = [
            ("{\"download_mbps\": 10,", "not valid JSON"),
            ("[1]", "must be a JSON object"),
            (r#"{"version":2}"#, "version 2"),
            (r#"{"download_mbps":-1}"#, "download_mbps"),
            (r#"{"upload_mbps":"fast"}"#, "upload_mbps"),
            (r#"{"client_name_rule":"vpn-{nope}"}"#, "client_name_rule"),
            (
                r#"{"instruction_url":"javascript:alert(1)"}"#,
                "instruction_url",
            ),
            (r#"{"networks":{"a":1}}"#, "networks must be a list"),
            (
                r#"{"networks":[{"server_id":0,"network":"x"}]}"#,
                "networks[0].server_id",
            ),
            (r#"{"networks":[{"server_id":3}]}"#, "networks[0].network"),
        ];
        for (text, needle) in cases {
            let e = SettingsDoc::parse(text).unwrap_err().to_string();
            assert!(e.contains(needle), "{text}: {e}");
            assert!(e.starts_with("product settings (configoption24)"), "{e}");
        }
    }
}
