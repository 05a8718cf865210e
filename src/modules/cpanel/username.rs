//! cPanel usernames: at most 16 characters of a-z and 0-9, not starting with a digit or
//! `test`, not ending in `assword`, not a reserved system or mail-alias name.

pub const MAX_LEN: usize = 16;

const RESERVED: &[&str] = &[
    "root",
    "admin",
    "abuse",
    "adm",
    "apache",
    "bin",
    "daemon",
    "ftp",
    "mail",
    "mysql",
    "named",
    "nobody",
    "postmaster",
    "cpanel",
    "whm",
    "webmaster",
    "httpd",
    "sshd",
    "games",
    "halt",
    "lp",
    "news",
    "operator",
    "shutdown",
    "sync",
    "uucp",
    "virtfs",
    "dovecot",
    "mailman",
    "postgres",
    "system",
    "all",
];

/// Why `name` cannot be a cPanel username (WHM lowercases, so upper case is fine).
pub fn problem(name: &str) -> Option<&'static str> {
    let n = name.to_ascii_lowercase();
    if n.is_empty() || n.len() > MAX_LEN {
        return Some("must be 1 to 16 characters");
    }
    if !n
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return Some("may contain only letters a-z and digits (no dots, dashes or underscores)");
    }
    if n.as_bytes()[0].is_ascii_digit() {
        return Some("must not start with a digit");
    }
    if n.starts_with("test") {
        return Some("must not start with `test`");
    }
    if n.ends_with("assword") {
        return Some("must not end with `assword`");
    }
    if RESERVED.contains(&n.as_str()) {
        return Some("is reserved by the system");
    }
    None
}

/// Turns any text (a domain, a template result) into a valid candidate.
pub fn normalize(raw: &str) -> String {
    let mut s: String = raw
        .to_ascii_lowercase()
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        .collect();
    loop {
        let before = s.len();
        s = s
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .to_string();
        if let Some(rest) = s.strip_prefix("test") {
            s = rest.to_string();
        }
        if s.len() == before {
            break;
        }
    }
    s.truncate(MAX_LEN);
    if s.is_empty() {
        s = "user".into();
    }
    if s.ends_with("assword") || RESERVED.contains(&s.as_str()) {
        s.truncate(MAX_LEN - 1);
        s.push('1');
    }
    s
}

/// `base` with a numeric suffix, still within 16 characters.
pub fn with_suffix(base: &str, n: u32) -> String {
    crate::modules::shared::names::with_suffix(base, "", n, MAX_LEN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_of_the_reference() {
        assert_eq!(problem("shopuser"), None);
        assert_eq!(problem("ShopUser"), None);
        for bad in [
            "",
            "john.doe",
            "a-b",
            "1abc",
            "testing",
            "mypassword",
            "root",
            "abcdefghijklmnopq",
        ] {
            assert!(problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn normalizes_into_valid_names() {
        assert_eq!(normalize("www.Hopper-Labs.example"), "wwwhopperlabsexa");
        assert_eq!(normalize("123test4shop"), "shop");
        assert_eq!(normalize("root"), "root1");
        assert_eq!(normalize("..."), "user");
        for raw in ["shop.example", "9", "testtest", "mypassword", "ünï", "a_b"] {
            assert_eq!(problem(&normalize(raw)), None, "{raw}");
        }
        assert_eq!(with_suffix("abcdefghijklmnop", 12), "abcdefghijklmn12");
    }
}
