//! What WHM validates before it touches an account: usernames, domains, passwords, e-mail
//! addresses and limit values (per /work/shared/reference/cpanel-whm-api.md).

/// Names WHM refuses because a system user or mail alias has them.
pub const RESERVED: &[&str] = &[
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
    "cpanelphpmyadmin",
    "cpanelroundcube",
    "cpaneleximfilter",
    "dovecot",
    "mailman",
    "postgres",
    "system",
    "all",
];

/// Why `user` (already lowercased) cannot be a cPanel username, in WHM's words.
pub fn username_problem(user: &str) -> Option<String> {
    if user.is_empty() {
        return Some("You must specify a username.".into());
    }
    if user.len() > 16 {
        return Some(format!(
            "The username “{user}” is too long. Usernames cannot exceed 16 characters."
        ));
    }
    if !user
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return Some(format!(
            "The username “{user}” is invalid. Usernames may only contain lowercase letters (a-z) and digits (0-9)."
        ));
    }
    if user.as_bytes()[0].is_ascii_digit() {
        return Some(format!(
            "The username “{user}” is invalid. Usernames cannot begin with a digit."
        ));
    }
    if user.starts_with("test") {
        return Some(format!(
            "The username “{user}” is invalid. Usernames cannot begin with the string “test”."
        ));
    }
    if user.ends_with("assword") {
        return Some(format!(
            "The username “{user}” is invalid. Usernames cannot end with the string “assword”."
        ));
    }
    if RESERVED.contains(&user) {
        return Some(format!(
            "The username “{user}” is reserved by the system and cannot be used."
        ));
    }
    None
}

/// A main domain as createacct accepts it: lowercase labels of a-z0-9 and inner hyphens, at
/// least two labels, not all digits.
pub fn domain_problem(domain: &str) -> Option<String> {
    let bad = || Some(format!("“{domain}” is not a valid domain name."));
    if domain.is_empty() {
        return Some("You must specify a domain name.".into());
    }
    if domain.len() > 253 || !domain.contains('.') || domain.starts_with("www.") {
        return bad();
    }
    for label in domain.split('.') {
        if label.is_empty()
            || label.len() > 63
            || label.starts_with('-')
            || label.ends_with('-')
            || !label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return bad();
        }
    }
    if domain.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return bad();
    }
    None
}

/// WHM's password strength check, simplified: 8+ characters from at least three of lower,
/// upper, digit and other (a rating of 65 and up on the real meter).
pub fn password_problem(password: &str) -> Option<String> {
    if password.is_empty() {
        return Some("You must specify a password.".into());
    }
    let classes = [
        password.chars().any(|c| c.is_ascii_lowercase()),
        password.chars().any(|c| c.is_ascii_uppercase()),
        password.chars().any(|c| c.is_ascii_digit()),
        password.chars().any(|c| !c.is_ascii_alphanumeric()),
    ]
    .iter()
    .filter(|x| **x)
    .count();
    if password.chars().count() < 8 || classes < 3 {
        return Some(
            "Sorry, the password you selected cannot be used because it is too weak and would be too easy to guess. Please select a password with strength rating of 65 or higher."
                .into(),
        );
    }
    None
}

pub fn email_ok(email: &str) -> bool {
    email.split_once('@').is_some_and(|(l, h)| {
        !l.is_empty()
            && h.contains('.')
            && !h.starts_with('.')
            && !email.contains(char::is_whitespace)
    })
}

/// A WHM limit: a number or unlimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Unlimited,
    N(u64),
}

impl Limit {
    /// `unlimited` (any case) or digits; for sizes 0 also means unlimited.
    pub fn parse(raw: &str, zero_is_unlimited: bool) -> Option<Limit> {
        let t = raw.trim();
        if t.eq_ignore_ascii_case("unlimited") {
            return Some(Limit::Unlimited);
        }
        let n = t.parse::<u64>().ok()?;
        Some(if n == 0 && zero_is_unlimited {
            Limit::Unlimited
        } else {
            Limit::N(n)
        })
    }

    pub fn text(self) -> String {
        match self {
            Limit::Unlimited => "unlimited".into(),
            Limit::N(n) => n.to_string(),
        }
    }

    pub fn json(self) -> serde_json::Value {
        match self {
            Limit::Unlimited => serde_json::Value::from("unlimited"),
            Limit::N(n) => serde_json::Value::from(n),
        }
    }

    pub fn map(self, f: impl Fn(u64) -> u64) -> Limit {
        match self {
            Limit::Unlimited => Limit::Unlimited,
            Limit::N(n) => Limit::N(f(n)),
        }
    }

    /// From the state JSON: a number, a numeric string or "unlimited".
    pub fn from_json(v: &serde_json::Value, zero_is_unlimited: bool) -> Option<Limit> {
        match v {
            serde_json::Value::Number(n) => n
                .as_u64()
                .map(|n| Limit::parse(&n.to_string(), zero_is_unlimited))?,
            serde_json::Value::String(s) => Limit::parse(s, zero_is_unlimited),
            _ => None,
        }
    }
}

pub const MB: u64 = 1024 * 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_follow_the_reference() {
        assert_eq!(username_problem("alice"), None);
        assert_eq!(username_problem("a1234567890abcde"), None);
        for bad in [
            "",
            "a1234567890abcdef",
            "john.doe",
            "john-doe",
            "Alice",
            "1abc",
            "tester",
            "mypassword",
            "root",
            "postmaster",
        ] {
            assert!(username_problem(bad).is_some(), "{bad} accepted");
        }
    }

    #[test]
    fn domains_passwords_limits() {
        assert!(domain_problem("shop.example").is_none());
        assert!(domain_problem("shop").is_some());
        assert!(domain_problem("a_b.example").is_some());
        assert!(domain_problem("www.shop.example").is_some());
        assert!(password_problem("Abcdefg1").is_none());
        assert!(password_problem("abcdefgh").is_some());
        assert_eq!(Limit::parse("0", true), Some(Limit::Unlimited));
        assert_eq!(Limit::parse("0", false), Some(Limit::N(0)));
        assert_eq!(Limit::parse("Unlimited", false), Some(Limit::Unlimited));
        assert_eq!(Limit::parse("ten", false), None);
    }
}
