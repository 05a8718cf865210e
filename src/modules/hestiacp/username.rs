//! HestiaCP usernames: `^[a-zA-Z][-_a-zA-Z0-9]{0,28}[a-zA-Z0-9]$`, generated lowercase, not
//! purely numeric, not one of the names Hestia reserves for system accounts.

const RESERVED: &[&str] = &[
    "aria",
    "aria_log",
    "mysql",
    "mysql_upgrade",
    "ib",
    "ib_buffer",
    "ddl",
    "ddl_recovery",
    "performance",
    "sudo",
    "admin",
    "root",
    "www-data",
    "nobody",
];

pub const MAX_LEN: usize = 30;

/// Why a username cannot be used as it is.
pub fn problem(name: &str) -> Option<&'static str> {
    let bytes = name.as_bytes();
    if name.len() < 2 || name.len() > MAX_LEN {
        return Some("must be 2 to 30 characters");
    }
    if !bytes[0].is_ascii_alphabetic() {
        return Some("must start with a letter");
    }
    if !bytes[bytes.len() - 1].is_ascii_alphanumeric() {
        return Some("must end with a letter or digit");
    }
    if !bytes
        .iter()
        .all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
    {
        return Some("may contain only letters, digits, - and _");
    }
    if is_reserved(name) {
        return Some("is reserved by HestiaCP");
    }
    None
}

/// The characters of `raw` a HestiaCP username may hold: lowercase, dots and other characters
/// dropped, a letter first, cut to the maximum length, no trailing `-`/`_`. May be empty or
/// reserved; [`normalize`] makes it usable.
pub fn clean(raw: &str) -> String {
    let mut s: String = raw
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    while s.starts_with(|c: char| !c.is_ascii_alphabetic()) {
        s.remove(0);
    }
    s.truncate(MAX_LEN);
    while s.ends_with(['-', '_']) {
        s.pop();
    }
    s
}

/// Turns any text (an e-mail local part, a domain) into a valid candidate: [`clean`], then
/// padded when too short and moved off a reserved name.
pub fn normalize(raw: &str) -> String {
    let mut s = clean(raw);
    if s.len() < 2 {
        s = format!("u{s}");
        while s.len() < 2 {
            s.push('0');
        }
    }
    if is_reserved(&s) {
        s.truncate(MAX_LEN - 1);
        s.push('1');
    }
    s
}

pub fn is_reserved(name: &str) -> bool {
    RESERVED.iter().any(|r| r.eq_ignore_ascii_case(name))
}

/// A variant of `base` with a numeric suffix that keeps within the length limit.
pub fn with_suffix(base: &str, n: u32) -> String {
    crate::modules::shared::names::with_suffix(base, "", n, MAX_LEN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_per_reference() {
        assert_eq!(problem("alice"), None);
        assert_eq!(problem("a1"), None);
        assert!(problem("a").is_some());
        assert!(problem("1abc").is_some());
        assert!(problem("john.doe").is_some());
        assert!(problem("abc-").is_some());
        assert!(problem("Mysql").is_some());
        assert!(problem(&"a".repeat(31)).is_some());
    }

    #[test]
    fn normalizes_anything_into_a_valid_name() {
        assert_eq!(normalize("John.Doe+x"), "johndoex");
        assert_eq!(normalize("123shop.example.com"), "shopexamplecom");
        assert_eq!(normalize("9"), "u0");
        assert_eq!(normalize("mysql"), "mysql1");
        assert_eq!(normalize(&"x".repeat(40)).len(), 30);
        for raw in ["John.Doe+x", "123", "-_-", "ünïcode", "mysql", "a"] {
            assert_eq!(problem(&normalize(raw)), None, "{raw}");
        }
        assert_eq!(with_suffix(&"a".repeat(30), 12).len(), 30);
        assert_eq!(clean("123456"), "");
        assert_eq!(clean("Web_{x}.42-"), "web_x42");
    }
}
