//! Name templates with macros (`vpn-{client_id}-{service_id}-{random_letter_4}`).

use std::time::{SystemTime, UNIX_EPOCH};

use super::random;

/// Values a template may refer to.
#[derive(Debug, Clone, Default)]
pub struct TemplateVars {
    pub domain: String,
    pub client_id: i64,
    pub service_id: i64,
    /// Seconds since the epoch; `None` = now.
    pub now: Option<u64>,
}

#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("unknown macro {{{0}}} in the name rule")]
    Unknown(String),
    #[error("unclosed {{ in the name rule")]
    Unclosed,
    #[error("{{{0}}}: the length must be 1 to 32")]
    BadLength(String),
    #[error(transparent)]
    Random(#[from] random::RandomError),
}

pub fn expand(template: &str, vars: &TemplateVars) -> Result<String, TemplateError> {
    let now = vars.now.unwrap_or_else(|| {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0)
    });
    let (year, month, day, hour, minute, second) = civil(now);
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let end = after.find('}').ok_or(TemplateError::Unclosed)?;
        let name = &after[..end];
        out.push_str(&macro_value(
            name,
            vars,
            now,
            [year, month, day, hour, minute, second],
        )?);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn macro_value(
    name: &str,
    vars: &TemplateVars,
    now: u64,
    t: [u64; 6],
) -> Result<String, TemplateError> {
    let random_len = |prefix: &str| -> Result<Option<usize>, TemplateError> {
        let Some(n) = name.strip_prefix(prefix) else {
            return Ok(None);
        };
        match n.parse::<usize>() {
            Ok(n) if (1..=32).contains(&n) => Ok(Some(n)),
            _ => Err(TemplateError::BadLength(name.to_string())),
        }
    };
    if let Some(n) = random_len("random_letter_")? {
        return Ok(random::letters(n)?);
    }
    if let Some(n) = random_len("random_digit_")? {
        return Ok(random::digits(n)?);
    }
    Ok(match name {
        "domain" => vars.domain.clone(),
        "client_id" => vars.client_id.to_string(),
        "service_id" => vars.service_id.to_string(),
        "unixtime" => now.to_string(),
        "year" => format!("{:04}", t[0]),
        "month" => format!("{:02}", t[1]),
        "day" => format!("{:02}", t[2]),
        "hour" => format!("{:02}", t[3]),
        "minute" => format!("{:02}", t[4]),
        "second" => format!("{:02}", t[5]),
        other => return Err(TemplateError::Unknown(other.to_string())),
    })
}

/// UTC calendar fields of a Unix time.
pub fn civil(secs: u64) -> (u64, u64, u64, u64, u64, u64) {
    let (y, m, d) = crate::whmcs::clock::civil_from_days((secs / 86_400) as i64);
    let rem = secs % 86_400;
    (
        y as u64,
        u64::from(m),
        u64::from(d),
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_every_macro() {
        let vars = TemplateVars {
            domain: "example.com".into(),
            client_id: 7,
            service_id: 42,
            now: Some(1_787_400_123), // 2026-08-22 12:02:03 UTC
        };
        let s = expand(
            "{domain}-{client_id}-{service_id}-{year}{month}{day}{hour}{minute}{second}-{unixtime}",
            &vars,
        )
        .unwrap();
        assert_eq!(s, "example.com-7-42-20260822120203-1787400123");
        let r = expand("x{random_letter_4}{random_digit_3}", &vars).unwrap();
        assert_eq!(r.len(), 8);
        assert!(r[1..5].chars().all(|c| c.is_ascii_lowercase()));
        assert!(r[5..].chars().all(|c| c.is_ascii_digit()));
    }

    #[test]
    fn rejects_unknown_and_broken_macros() {
        let v = TemplateVars::default();
        assert!(matches!(
            expand("{nope}", &v),
            Err(TemplateError::Unknown(_))
        ));
        assert!(matches!(
            expand("a{domain", &v),
            Err(TemplateError::Unclosed)
        ));
        assert!(matches!(
            expand("{random_digit_0}", &v),
            Err(TemplateError::BadLength(_))
        ));
    }
}
