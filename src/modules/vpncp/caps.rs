//! Bandwidth caps of one service: the product's download/upload limits, overridden by the
//! service's configurable options named for download/upload speed (PUQ's speed presets,
//! `0|Unlimited,10,25,…` Mbit/s).

use serde_json::{json, Value as Json};

use crate::whmcs::{Key, Params, Value};

use super::error::VpnError;
use super::settings_doc::{SettingsDoc, MAX_MBPS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caps {
    /// Mbit/s; 0 = unlimited.
    pub download_mbps: u64,
    pub upload_mbps: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Download,
    Upload,
}

/// Words that make an option with "download"/"upload" in its name a speed option.
const SPEED_WORDS: &[&str] = &["speed", "limit", "mbit", "bandwidth", "rate", "cap"];

impl Caps {
    pub fn for_service(doc: &SettingsDoc, p: &Params) -> Result<Caps, VpnError> {
        let mut caps = Caps {
            download_mbps: doc.download_mbps,
            upload_mbps: doc.upload_mbps,
        };
        let Some(Value::Array(opts)) = p.get("configoptions") else {
            return Ok(caps);
        };
        for (k, v) in opts.iter() {
            let Key::Str(name) = k else { continue };
            let Some(direction) = direction(name) else {
                continue;
            };
            let Some(mbps) = speed(name, v)? else {
                continue;
            };
            match direction {
                Direction::Download => caps.download_mbps = mbps,
                Direction::Upload => caps.upload_mbps = mbps,
            }
        }
        Ok(caps)
    }

    /// The update fields (`PUT /api/v1/client/{name}`).
    pub fn to_json(self) -> Json {
        json!({"b_download": self.download_mbps, "b_upload": self.upload_mbps})
    }

    pub fn describe(self) -> String {
        let one = |n: u64| {
            if n == 0 {
                "unlimited".to_string()
            } else {
                format!("{n} Mbit/s")
            }
        };
        format!(
            "download {}, upload {}",
            one(self.download_mbps),
            one(self.upload_mbps)
        )
    }
}

fn direction(option_name: &str) -> Option<Direction> {
    let n = option_name.to_lowercase();
    if !SPEED_WORDS.iter().any(|w| n.contains(w)) {
        return None;
    }
    match (n.contains("download"), n.contains("upload")) {
        (true, false) => Some(Direction::Download),
        (false, true) => Some(Direction::Upload),
        _ => None,
    }
}

/// `100`, `100 Mbit/s`, `Unlimited`/`0` → Mbit/s; an empty choice leaves the product's value.
fn speed(option_name: &str, v: &Value) -> Result<Option<u64>, VpnError> {
    let Some(text) = v.as_text() else {
        return Ok(None);
    };
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return Ok(None);
    }
    if t.starts_with("unlimited") || t == "none" {
        return Ok(Some(0));
    }
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    let rest = t[digits.len()..].trim();
    let unit_ok = rest.is_empty() || rest.starts_with("mbit") || rest.starts_with("mbps");
    match digits.parse::<u64>() {
        Ok(n) if unit_ok && n <= MAX_MBPS => Ok(Some(n)),
        _ => Err(VpnError::Input(format!(
            "configurable option “{option_name}”: `{text}` is not a speed in Mbit/s (a whole number, 0 or Unlimited)"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::whmcs::Array;

    fn params(opts: Array) -> Params {
        Params::new(Array::new().with("configoptions", opts))
    }

    #[test]
    fn options_override_the_product() {
        let doc = SettingsDoc::parse(r#"{"download_mbps":100,"upload_mbps":50}"#).unwrap();
        let caps = Caps::for_service(
            &doc,
            &params(
                Array::new()
                    .with("Download Speed", "250")
                    .with("Upload speed (Mbit/s)", "Unlimited")
                    .with("Extra IPs", 2),
            ),
        )
        .unwrap();
        assert_eq!(
            caps,
            Caps {
                download_mbps: 250,
                upload_mbps: 0
            }
        );
        let caps = Caps::for_service(&doc, &params(Array::new())).unwrap();
        assert_eq!(
            caps,
            Caps {
                download_mbps: 100,
                upload_mbps: 50
            }
        );
        let caps =
            Caps::for_service(&doc, &params(Array::new().with("Download limit", 25))).unwrap();
        assert_eq!(caps.download_mbps, 25);
    }

    #[test]
    fn a_bad_option_value_names_the_option() {
        let doc = SettingsDoc::default();
        let e = Caps::for_service(&doc, &params(Array::new().with("Upload speed", "fast")))
            .unwrap_err()
            .to_string();
        assert!(e.contains("Upload speed") && e.contains("fast"), "{e}");
        // A name without a speed word is not a cap.
        assert_eq!(direction("Download Region"), None);
        assert_eq!(direction("Bandwidth Usage Download and Upload"), None);
    }
}
