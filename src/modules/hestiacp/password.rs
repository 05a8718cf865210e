//! Account passwords: what HestiaCP's web UI demands, generated when WHMCS has none.

use super::error::HestiaError;

/// 8+ characters with lower, upper and digit (HestiaCP's UI rule); nothing the API would
/// misread (a value starting `/tmp/` is read as a file name by v-add-user).
pub fn check(password: &str) -> Result<(), HestiaError> {
    let problem = if password.starts_with("/tmp/") {
        Some("must not start with /tmp/ (HestiaCP would read it as a file name)")
    } else if password.contains(['\n', '\r', '\0']) {
        Some("must not contain line breaks")
    } else if password.starts_with(char::is_whitespace) || password.ends_with(char::is_whitespace) {
        Some("must not start or end with a space (HestiaCP's API trims its arguments)")
    } else if password.chars().count() < 8 {
        Some("must be at least 8 characters")
    } else if !password.chars().any(|c| c.is_ascii_lowercase())
        || !password.chars().any(|c| c.is_ascii_uppercase())
        || !password.chars().any(|c| c.is_ascii_digit())
    {
        Some("must contain a lowercase letter, an uppercase letter and a digit")
    } else {
        None
    };
    match problem {
        Some(p) => Err(HestiaError::Input(format!("the password {p}"))),
        None => Ok(()),
    }
}

pub fn generate() -> Result<String, HestiaError> {
    crate::modules::shared::random::password(16).map_err(|e| HestiaError::Input(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy() {
        assert!(check("Abcdefg1").is_ok());
        assert!(check("abcdefg1").is_err());
        assert!(check("Abc1").is_err());
        assert!(check("/tmp/Abcdefg1").is_err());
        assert!(check("Abcd\nefg1").is_err());
        assert!(check(" Abcdefg1").is_err());
        assert!(check("Abcdefg1 ").is_err());
        assert!(check("Abc defg1").is_ok());
        assert!(check(&generate().unwrap()).is_ok());
    }
}
