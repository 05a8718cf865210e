//! Per-account limits from configurable options, in the units WHM wants.
//!
//! Sizes are MB (a value may carry its own unit: `10 GB`, `500MB`, `1T`); counts are whole
//! numbers; both accept `unlimited`. A disk or bandwidth value of 0 means "no override" (WHM
//! would read 0 as unlimited, which nobody sells by accident).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Unlimited,
    Value(u64),
}

impl Limit {
    /// As WHM's counts and MB sizes are written.
    pub fn text(self) -> String {
        match self {
            Limit::Unlimited => "unlimited".into(),
            Limit::Value(n) => n.to_string(),
        }
    }
}

pub const MB: u64 = 1024 * 1024;

/// Unit multipliers to MB for sizes (binary, as WHM counts).
fn unit_mb(unit: &str) -> Option<u64> {
    Some(match unit.to_ascii_lowercase().as_str() {
        "" => 1,
        "m" | "mb" | "mib" => 1,
        "g" | "gb" | "gib" => 1024,
        "t" | "tb" | "tib" => 1024 * 1024,
        _ => return None,
    })
}

/// A size in MB; `default_unit_mb` applies to bare numbers (1 = MB, 1024 = GB).
/// `Ok(None)` = 0, no override.
pub fn parse_size(raw: &str, default_unit_mb: u64) -> Result<Option<Limit>, String> {
    let t = raw.trim();
    if is_unlimited(t) {
        return Ok(Some(Limit::Unlimited));
    }
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = (t[..split].trim(), t[split..].trim());
    let value: f64 = num
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite() && *v >= 0.0)
        .ok_or_else(|| {
            format!("`{raw}` is not a size (a number of MB, e.g. 10 GB, or unlimited)")
        })?;
    let factor = if unit.is_empty() {
        default_unit_mb
    } else {
        unit_mb(unit)
            .ok_or_else(|| format!("`{raw}` has an unknown unit `{unit}` (use MB, GB or TB)"))?
    };
    let mb = (value * factor as f64).round();
    if mb > 1e12 {
        return Err(format!("`{raw}` is too large"));
    }
    Ok(match mb as u64 {
        0 => None,
        n => Some(Limit::Value(n)),
    })
}

/// A count (email accounts, databases, domains).
pub fn parse_count(raw: &str) -> Result<Limit, String> {
    let t = raw.trim();
    if is_unlimited(t) {
        return Ok(Limit::Unlimited);
    }
    t.parse::<u64>()
        .ok()
        .filter(|n| *n < 1_000_000_000)
        .map(Limit::Value)
        .ok_or_else(|| format!("`{raw}` is not a whole number or unlimited"))
}

fn is_unlimited(t: &str) -> bool {
    matches!(
        t.to_ascii_lowercase().as_str(),
        "unlimited" | "unl" | "∞" | "infinite"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("2048", 1), Ok(Some(Limit::Value(2048))));
        assert_eq!(parse_size("2", 1024), Ok(Some(Limit::Value(2048))));
        assert_eq!(parse_size("10 GB", 1), Ok(Some(Limit::Value(10_240))));
        assert_eq!(parse_size("1.5G", 1), Ok(Some(Limit::Value(1536))));
        assert_eq!(parse_size("Unlimited", 1), Ok(Some(Limit::Unlimited)));
        assert_eq!(parse_size("0", 1), Ok(None));
        assert!(parse_size("lots", 1).is_err());
        assert!(parse_size("10 parsecs", 1).is_err());
        assert!(parse_size("-5", 1).is_err());
    }

    #[test]
    fn counts() {
        assert_eq!(parse_count("10"), Ok(Limit::Value(10)));
        assert_eq!(parse_count("0"), Ok(Limit::Value(0)));
        assert_eq!(parse_count("unlimited"), Ok(Limit::Unlimited));
        assert!(parse_count("ten").is_err());
        assert!(parse_count("1.5").is_err());
    }
}
