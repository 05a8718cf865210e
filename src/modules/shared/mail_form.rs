//! The client area's quick e-mail account form (WHMCS's cPanel form fields `email_prefix`,
//! `email_pw`, `email_quota` in MB), checked before anything reaches a panel. A refusal names
//! the field through a language key (see docs/lang.md), so the client reads it in their
//! language; nothing is created.

use crate::whmcs::{Call, Input};

pub const PREFIX_FIELD: &str = "email_prefix";
pub const PASSWORD_FIELD: &str = "email_pw";
pub const QUOTA_FIELD: &str = "email_quota";

/// Largest quota the form accepts (1 TB in MB).
pub const MAX_QUOTA_MB: u64 = 1_048_576;

#[derive(Debug, Clone, PartialEq)]
pub struct MailForm {
    /// Lower-cased local part.
    pub prefix: String,
    pub password: String,
    /// MB; `None` = unlimited (empty or 0).
    pub quota_mb: Option<u64>,
}

/// Why the form was refused: each is a language key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormRefusal {
    BadName,
    WeakPassword,
    BadQuota,
}

impl FormRefusal {
    pub fn key(self) -> &'static str {
        match self {
            FormRefusal::BadName => "mailBadName",
            FormRefusal::WeakPassword => "mailWeakPassword",
            FormRefusal::BadQuota => "mailBadQuota",
        }
    }
}

impl MailForm {
    /// The POSTed form (a link cannot submit it).
    pub fn from_request(call: &Call<'_>) -> Result<MailForm, FormRefusal> {
        let field = |name| {
            call.host
                .request_input(Input::Form, name)
                .unwrap_or_default()
        };
        let form = MailForm::check(
            &field(PREFIX_FIELD),
            &field(PASSWORD_FIELD),
            &field(QUOTA_FIELD),
        );
        if let Ok(f) = &form {
            call.add_secret(&f.password);
        }
        form
    }

    pub fn check(prefix: &str, password: &str, quota: &str) -> Result<MailForm, FormRefusal> {
        let prefix = prefix.trim().to_ascii_lowercase();
        if !good_local_part(&prefix) {
            return Err(FormRefusal::BadName);
        }
        if !strong(password) {
            return Err(FormRefusal::WeakPassword);
        }
        let quota = quota.trim();
        let quota_mb = if quota.is_empty() {
            None
        } else {
            match quota.parse::<u64>() {
                Ok(0) => None,
                Ok(n) if n <= MAX_QUOTA_MB => Some(n),
                _ => return Err(FormRefusal::BadQuota),
            }
        };
        Ok(MailForm {
            prefix,
            password: password.to_string(),
            quota_mb,
        })
    }
}

/// 1–64 of `a-z 0-9 . _ -`, starting and ending with a letter or digit, no `..`: a local part
/// every mail client and panel takes.
fn good_local_part(p: &str) -> bool {
    let edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    (1..=64).contains(&p.len())
        && p.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
        && edge(p.chars().next())
        && edge(p.chars().last())
        && !p.contains("..")
}

/// 8–128 characters with a lower-case letter, an upper-case letter and a digit; no control
/// characters; not starting with `/` (HestiaCP reads a `/tmp/…` password as a file name).
fn strong(pw: &str) -> bool {
    let n = pw.chars().count();
    (8..=128).contains(&n)
        && pw.chars().any(|c| c.is_lowercase())
        && pw.chars().any(|c| c.is_uppercase())
        && pw.chars().any(|c| c.is_ascii_digit())
        && !pw.chars().any(char::is_control)
        && !pw.starts_with('/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_name_password_and_quota() {
        let ok = MailForm::check(" Info.Desk ", "Good-Pass-9", "250").unwrap();
        assert_eq!((ok.prefix.as_str(), ok.quota_mb), ("info.desk", Some(250)));
        assert_eq!(
            MailForm::check("a", "Good-Pass-9", "").unwrap().quota_mb,
            None
        );
        assert_eq!(
            MailForm::check("a", "Good-Pass-9", "0").unwrap().quota_mb,
            None
        );
        for bad in [
            "",
            ".a",
            "a.",
            "a..b",
            "a b",
            "a@b",
            "ä",
            "a\nb",
            &"a".repeat(65),
        ] {
            assert_eq!(
                MailForm::check(bad, "Good-Pass-9", ""),
                Err(FormRefusal::BadName),
                "{bad:?}"
            );
        }
        for weak in [
            "short1A",
            "alllowercase1",
            "ALLUPPER1",
            "NoDigitsHere",
            "/tmp/Abc12345",
            "Tab\tAbc123",
        ] {
            assert_eq!(
                MailForm::check("a", weak, ""),
                Err(FormRefusal::WeakPassword),
                "{weak:?}"
            );
        }
        for q in ["-1", "1.5", "lots", "1048577"] {
            assert_eq!(
                MailForm::check("a", "Good-Pass-9", q),
                Err(FormRefusal::BadQuota),
                "{q:?}"
            );
        }
    }
}
