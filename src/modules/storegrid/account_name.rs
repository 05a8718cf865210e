//! Account names as the backup server accepts them (see the contract): 3–32 characters of
//! `a-z 0-9 . _ -`, starting with a letter or digit. Names the module derives are normalised
//! to that; names the admin chose (Reseller Name) are only checked.

pub const MIN_LEN: usize = 3;
pub const MAX_LEN: usize = 32;

/// What is wrong with `name`, worded to follow it in a message.
pub fn problem(name: &str) -> Option<&'static str> {
    let n = name.len();
    if !(MIN_LEN..=MAX_LEN).contains(&n) {
        return Some("must be 3 to 32 characters long");
    }
    if !name.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Some("must start with a letter or digit");
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    {
        return Some("may contain only letters, digits, `.`, `_` and `-`");
    }
    None
}

/// Lowercase, only allowed characters, starting with a letter or digit, at most 32 long,
/// padded to 3 with `0` — so any seed (a username, an e-mail's local part) gives a valid name.
pub fn normalize(seed: &str) -> String {
    let mut out: String = seed
        .trim()
        .to_ascii_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        .skip_while(|c| !c.is_ascii_alphanumeric())
        .take(MAX_LEN)
        .collect();
    if out.is_empty() {
        out.push_str("backup");
    }
    while out.len() < MIN_LEN {
        out.push('0');
    }
    out
}

/// `base` with a numeric suffix, cut so the result still fits.
pub fn with_suffix(base: &str, n: u32) -> String {
    crate::modules::shared::names::with_suffix(base, "", n, MAX_LEN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_any_seed() {
        assert_eq!(normalize("Ada.Lovelace"), "ada.lovelace");
        assert_eq!(normalize("-x"), "x00");
        assert_eq!(normalize("élodie"), "lodie");
        assert_eq!(normalize(""), "backup");
        assert_eq!(normalize(&"a".repeat(40)).len(), 32);
        for s in ["Ada.Lovelace", "-x", "", "___", "ü"] {
            assert_eq!(problem(&normalize(s)), None, "{s}");
        }
        assert_eq!(with_suffix(&"a".repeat(32), 12).len(), 32);
        assert_eq!(with_suffix("ada", 2), "ada2");
    }

    #[test]
    fn checks_names() {
        assert!(problem("acme").is_none());
        assert!(problem("ab").is_some());
        assert!(problem(".acme").is_some());
        assert!(problem("ac me").is_some());
        assert!(problem("Acme-Reseller_1").is_none());
    }
}
