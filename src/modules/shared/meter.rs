//! A usage bar for a client page (Bootstrap's `progress` / `progress-bar`): what the template
//! needs to draw it with `aria-valuenow` / `aria-valuemax`, and whether it warrants a warning.

use crate::whmcs::{Array, Lang, Value};

/// From this share of a limit on, the bar turns amber and the page warns.
pub const NEAR_PERCENT: i64 = 90;

/// One figure against its limit. `limit` 0 = unlimited, `None` = not reported (no bar then).
#[derive(Debug, Clone)]
pub struct Meter {
    /// Stable id for the template (`disk`, `bandwidth`, …).
    pub key: &'static str,
    pub label: String,
    /// The figure as the page writes it (`312 MB of 10 GB`).
    pub text: String,
    pub used: Option<i64>,
    pub limit: Option<i64>,
}

impl Meter {
    /// Used as a whole percentage of a real limit (may exceed 100).
    pub fn percent(&self) -> Option<i64> {
        match (self.used, self.limit) {
            (Some(u), Some(l)) if l > 0 => Some(u.max(0).saturating_mul(100) / l),
            _ => None,
        }
    }

    pub fn near_limit(&self) -> bool {
        self.percent().is_some_and(|p| p >= NEAR_PERCENT)
    }

    /// The warning line for a figure at or over its limit, if it is.
    pub fn warning(&self, lang: &Lang) -> Option<String> {
        let p = self.percent()?;
        let key = if p >= 100 {
            "overLimit"
        } else if p >= NEAR_PERCENT {
            "nearLimit"
        } else {
            return None;
        };
        Some(lang.fill(key, &[("what", &self.label), ("percent", &p.to_string())]))
    }

    pub fn to_value(&self) -> Value {
        let percent = self.percent();
        let level = match percent {
            Some(p) if p >= 100 => "bg-danger",
            Some(p) if p >= NEAR_PERCENT => "bg-warning",
            _ => "bg-success",
        };
        Array::new()
            .with("key", self.key)
            .with("label", self.label.as_str())
            .with("text", self.text.as_str())
            .with("bar", percent.is_some())
            .with("now", self.used.unwrap_or(0).max(0))
            .with("max", self.limit.unwrap_or(0).max(0))
            .with("percent", percent.unwrap_or(0).min(100))
            .with("level", level)
            .into()
    }
}

/// The bars and the warnings of a page's meters.
pub fn page_values(meters: &[Meter], lang: &Lang) -> (Value, Vec<Value>) {
    let bars = meters.iter().map(Meter::to_value).collect::<Vec<_>>();
    let warnings = meters
        .iter()
        .filter_map(|m| m.warning(lang))
        .map(Value::from)
        .collect();
    (Value::from(bars), warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(used: Option<i64>, limit: Option<i64>) -> Meter {
        Meter {
            key: "disk",
            label: "Disk".into(),
            text: String::new(),
            used,
            limit,
        }
    }

    #[test]
    fn percent_level_and_warning() {
        let en = Lang::load(None, "english", crate::modules::hestiacp::ENGLISH);
        assert_eq!(m(Some(50), Some(100)).percent(), Some(50));
        assert!(m(Some(50), Some(100)).warning(&en).is_none());
        assert!(m(Some(90), Some(100)).near_limit());
        assert!(m(Some(95), Some(100))
            .warning(&en)
            .is_some_and(|w| w.contains("Disk") && w.contains("95")));
        assert_eq!(m(Some(150), Some(100)).percent(), Some(150));
        let v = m(Some(150), Some(100)).to_value();
        let a = v.as_array().unwrap();
        assert_eq!(a.get("percent"), Some(&Value::Int(100)));
        assert_eq!(a.get("level"), Some(&Value::from("bg-danger")));
        assert_eq!(m(Some(5), Some(0)).percent(), None, "unlimited: no bar");
        assert_eq!(m(None, Some(10)).percent(), None, "not reported: no bar");
    }
}
