//! VPN client names: the product's rule expanded (`vpn-{client_id}-{service_id}-{random_letter_4}`),
//! then `-1`, `-2`, … appended while `tblhosting.username` already has it.

use crate::modules::shared::template::{expand, TemplateVars};
use crate::whmcs::{tables, Host};

use super::error::VpnError;

/// Longest name accepted (the panel's limit is not documented; 64 is a safe assumption).
pub const MAX_LEN: usize = 64;
/// Suffixes tried before giving up.
const MAX_SUFFIX: u32 = 100;

/// Why a name cannot be a client name (letters, digits, `_`, `-`).
pub fn problem(name: &str) -> Option<&'static str> {
    if name.is_empty() {
        return Some("is empty");
    }
    if name.len() > MAX_LEN {
        return Some("is longer than 64 characters");
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Some("may contain only letters, digits, `_` and `-`");
    }
    None
}

/// The rule expanded with a service's values ([`super::service::Service::template_vars`]),
/// validated.
pub fn from_rule(rule: &str, vars: &TemplateVars) -> Result<String, VpnError> {
    let name = expand(rule, vars)
        .map_err(|e| VpnError::Input(format!("client_name_rule `{rule}`: {e}")))?;
    match problem(&name) {
        None => Ok(name),
        Some(p) => Err(VpnError::Input(format!(
            "client_name_rule `{rule}` gives `{name}`, which {p}; change the rule in the product settings"
        ))),
    }
}

/// `base-n`, cutting `base` so the result stays within the length limit.
pub fn with_suffix(base: &str, n: u32) -> String {
    crate::modules::shared::names::with_suffix(base, "-", n, MAX_LEN)
}

/// `base`, or the first `base-n` no other service has as its username.
pub fn first_free(host: &dyn Host, base: &str, service_id: i64) -> Result<String, VpnError> {
    first_free_from(host, base, service_id, 0)
}

/// Like [`first_free`], starting at suffix `start` (0 = the bare name).
pub fn first_free_from(
    host: &dyn Host,
    base: &str,
    service_id: i64,
    start: u32,
) -> Result<String, VpnError> {
    for n in start..=MAX_SUFFIX {
        let candidate = if n == 0 {
            base.to_string()
        } else {
            with_suffix(base, n)
        };
        if !tables::hosting_username_taken(host, &candidate, Some(service_id))? {
            return Ok(candidate);
        }
    }
    Err(VpnError::Input(format!(
        "no free client name from `{base}` after {MAX_SUFFIX} suffixes; change client_name_rule"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(now: Option<u64>) -> TemplateVars {
        TemplateVars {
            domain: String::new(),
            client_id: 7,
            service_id: 42,
            now,
        }
    }

    #[test]
    fn every_macro_of_the_seed() {
        let now = Some(1_787_400_123); // 2026-08-22 12:02:03 UTC
        let n = from_rule(
            "vpn-{client_id}-{service_id}-{unixtime}-{year}{month}{day}{hour}{minute}{second}",
            &vars(now),
        )
        .unwrap();
        assert_eq!(n, "vpn-7-42-1787400123-20260822120203");
        let r = from_rule("c{random_letter_4}_{random_digit_5}", &vars(now)).unwrap();
        assert_eq!(r.len(), 1 + 4 + 1 + 5);
        assert!(r[1..5].chars().all(|c| c.is_ascii_lowercase()));
        assert!(r[6..].chars().all(|c| c.is_ascii_digit()));
    }

    #[test]
    fn rules_giving_bad_names_are_refused() {
        assert!(from_rule("vpn.{client_id}", &vars(None)).is_err());
        assert!(from_rule("{domain}", &vars(None)).is_err());
        assert!(from_rule(&"x".repeat(65), &vars(None)).is_err());
        assert_eq!(with_suffix(&"a".repeat(64), 12).len(), 64);
        assert_eq!(with_suffix("vpn-1", 2), "vpn-1-2");
    }
}
