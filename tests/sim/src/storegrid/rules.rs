//! The contract's value rules: names, passwords, e-mail addresses, locations, MCAL,
//! throttling and reports. Written from the contract text, not from the module's code.

use serde_json::{json, Value};

use super::error::ApiError;
use super::fields::Fields;
use super::state::{Mcal, Report};

pub const GB: u64 = 1024 * 1024 * 1024;

pub fn name(field: &str, v: &str) -> Result<(), ApiError> {
    let ok = (3..=32).contains(&v.len())
        && v.starts_with(|c: char| c.is_ascii_alphanumeric())
        && v.chars().all(|c| {
            c.is_ascii_lowercase()
                || c.is_ascii_uppercase()
                || c.is_ascii_digit()
                || "._-".contains(c)
        });
    if ok {
        Ok(())
    } else {
        Err(ApiError::invalid(
            field,
            format!("{field} must be 3-32 characters of a-z, 0-9, '.', '_', '-' starting with a letter or digit"),
        ))
    }
}

pub fn password(v: &str) -> Result<(), ApiError> {
    let n = v.chars().count();
    if (8..=64).contains(&n) && !v.chars().any(char::is_control) {
        Ok(())
    } else {
        Err(ApiError::invalid(
            "password",
            "password must be 8-64 characters without control characters",
        ))
    }
}

pub fn email(field: &str, v: &str) -> Result<(), ApiError> {
    let ok = v.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !local.contains("..")
            && !local.starts_with('.')
            && !local.ends_with('.')
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c))
            && domain.contains('.')
            && domain.split('.').all(|l| {
                !l.is_empty()
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
            && domain
                .rsplit('.')
                .next()
                .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()))
    });
    if ok {
        Ok(())
    } else {
        Err(ApiError::invalid(
            field,
            format!("{v} is not a valid e-mail address"),
        ))
    }
}

/// Absolute Unix (`/…`) or Windows (`D:\…`) path without `..`.
pub fn location(v: &str) -> Result<(), ApiError> {
    let b = v.as_bytes();
    let absolute = v.starts_with('/')
        || (b.len() >= 3
            && b[0].is_ascii_alphabetic()
            && b[1] == b':'
            && (b[2] == b'\\' || b[2] == b'/'));
    if absolute
        && v.len() <= 255
        && !v.split(['/', '\\']).any(|p| p == "..")
        && !v.chars().any(char::is_control)
    {
        Ok(())
    } else {
        Err(ApiError::invalid(
            "storage_location",
            format!("storage_location {v} is not an absolute path"),
        ))
    }
}

pub fn mcal(f: &Fields<'_>) -> Result<Mcal, ApiError> {
    f.only(&["auto", "allotted"])?;
    let auto = f
        .bool("auto")
        .map_err(|_| ApiError::invalid("mcal", "mcal.auto must be true or false"))?
        .ok_or_else(|| ApiError::invalid("mcal", "mcal.auto is required"))?;
    if auto {
        return Ok(Mcal {
            auto: true,
            ..Mcal::default()
        });
    }
    let allotted = f
        .u64("allotted")
        .map_err(|_| ApiError::invalid("mcal", "mcal.allotted must be a whole number"))?
        .filter(|n| *n >= 1)
        .ok_or_else(|| {
            ApiError::invalid(
                "mcal",
                "mcal.allotted of 1 or more is required when mcal.auto is false",
            )
        })?;
    Ok(Mcal {
        auto: false,
        allotted,
        used: 0,
    })
}

fn hhmm(field: &str, v: Option<&str>) -> Result<String, ApiError> {
    let v = v.ok_or_else(|| {
        ApiError::invalid(field, format!("{field} is required for the timed schedule"))
    })?;
    let ok = v.len() == 4
        && v.chars().all(|c| c.is_ascii_digit())
        && v[..2].parse::<u32>().is_ok_and(|h| h < 24)
        && v[2..].parse::<u32>().is_ok_and(|m| m < 60);
    if ok {
        Ok(v.to_string())
    } else {
        Err(ApiError::invalid(
            field,
            format!("{field} {v} is not HHMM (0000-2359)"),
        ))
    }
}

/// The accepted throttling object, normalised.
pub fn throttling(f: &Fields<'_>) -> Result<Value, ApiError> {
    let field = "bandwidth_throttling";
    let inner = |e: ApiError| ApiError {
        field: Some(format!("{field}.{}", e.field.unwrap_or_default())),
        ..e
    };
    f.only(&["mode", "enabled", "schedule", "from", "till", "rate"])
        .map_err(inner)?;
    match f.str("mode").map_err(inner)? {
        Some("global") => return Ok(json!({"mode": "global"})),
        Some("custom") => {}
        _ => {
            return Err(ApiError::invalid(
                "bandwidth_throttling.mode",
                "bandwidth_throttling.mode must be global or custom",
            ))
        }
    }
    let enabled = f.bool("enabled").map_err(inner)?.ok_or_else(|| {
        ApiError::invalid(
            "bandwidth_throttling.enabled",
            "enabled is required for custom throttling",
        )
    })?;
    if !enabled {
        return Ok(json!({"mode": "custom", "enabled": false}));
    }
    let rate = f.u64("rate").map_err(inner)?.ok_or_else(|| {
        ApiError::invalid(
            "bandwidth_throttling.rate",
            "rate is required when throttling is enabled",
        )
    })?;
    if rate <= 1024 || rate >= 9999 * GB {
        return Err(ApiError::invalid(
            "bandwidth_throttling.rate",
            format!("rate {rate} must be more than 1024 bytes and less than 9999 GB"),
        ));
    }
    match f.str("schedule").map_err(inner)? {
        Some("always") => {
            Ok(json!({"mode": "custom", "enabled": true, "schedule": "always", "rate": rate}))
        }
        Some("timed") => {
            let from = hhmm("bandwidth_throttling.from", f.str("from").map_err(inner)?)?;
            let till = hhmm("bandwidth_throttling.till", f.str("till").map_err(inner)?)?;
            if from == till {
                return Err(ApiError::invalid(
                    "bandwidth_throttling.till",
                    "from and till must differ",
                ));
            }
            Ok(
                json!({"mode": "custom", "enabled": true, "schedule": "timed", "from": from, "till": till, "rate": rate}),
            )
        }
        _ => Err(ApiError::invalid(
            "bandwidth_throttling.schedule",
            "schedule must be always or timed",
        )),
    }
}

pub fn report(f: &Fields<'_>) -> Result<Report, ApiError> {
    let field = "consolidated_report";
    f.only(&["enabled", "emails"]).map_err(|e| ApiError {
        field: Some(field.into()),
        ..e
    })?;
    let enabled = f
        .bool("enabled")
        .map_err(|_| ApiError::invalid(field, "consolidated_report.enabled must be true or false"))?
        .unwrap_or(false);
    let emails = match f.0.get("emails") {
        None => Vec::new(),
        Some(Value::Array(items)) => {
            let mut out = Vec::new();
            for it in items {
                let s = it.as_str().ok_or_else(|| {
                    ApiError::invalid("consolidated_report.emails", "emails must be strings")
                })?;
                email("consolidated_report.emails", s)?;
                out.push(s.to_string());
            }
            out
        }
        Some(_) => {
            return Err(ApiError::invalid(
                "consolidated_report.emails",
                "emails must be a list",
            ))
        }
    };
    if enabled && emails.is_empty() {
        return Err(ApiError::invalid(
            "consolidated_report.emails",
            "at least one recipient is required when the report is enabled",
        ));
    }
    Ok(Report { enabled, emails })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn th(v: Value) -> Result<Value, ApiError> {
        throttling(&Fields(v.as_object().unwrap()))
    }

    #[test]
    fn throttling_rules() {
        assert!(th(json!({"mode": "global"})).is_ok());
        let timed = |from: &str, till: &str, rate: u64| {
            th(
                json!({"mode": "custom", "enabled": true, "schedule": "timed", "from": from, "till": till, "rate": rate}),
            )
        };
        assert!(timed("0130", "1740", 2048).is_ok());
        assert_eq!(
            timed("2460", "1740", 2048).unwrap_err().field.as_deref(),
            Some("bandwidth_throttling.from")
        );
        assert!(timed("0130", "0130", 2048).is_err());
        assert!(timed("0130", "1740", 1024).is_err());
        assert!(timed("0130", "1740", 9999 * GB).is_err());
        assert!(timed("0130", "1740", 9999 * GB - 1).is_ok());
        assert!(th(json!({"mode": "custom", "enabled": true, "schedule": "timed", "from": "0130", "rate": 2048})).is_err());
        assert!(th(json!({"mode": "custom", "enabled": true, "schedule": "always"})).is_err());
        assert!(th(json!({"mode": "custom", "enabled": false})).is_ok());
        assert!(th(json!({"mode": "custom"})).is_err());
        assert!(th(json!({"mode": "global", "speed": 1})).is_err());
    }

    #[test]
    fn names_and_addresses() {
        assert!(name("name", "acme-1").is_ok());
        assert!(name("name", "ab").is_err());
        assert!(name("name", "-ab").is_err());
        assert!(email("email", "a@b.co").is_ok());
        assert!(email("email", "a@b").is_err());
        assert!(location("/backups/x").is_ok());
        assert!(location("D:\\backups").is_ok());
        assert!(location("backups").is_err());
        assert!(location("/a/../b").is_err());
    }
}
