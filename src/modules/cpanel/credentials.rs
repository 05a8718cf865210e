//! How the module authenticates to WHM, read from the WHMCS server record.
//!
//! Username = the WHM user (root or a reseller; `root` when empty). The API token goes in the
//! Access Hash field (beside `pin=`/`timeout=` lines) or the Password field. A long legacy
//! access hash still works (`WHM user:hash`), and a plain password falls back to HTTP Basic.

use crate::whmcs::ServerParams;

use super::error::CpanelError;

/// Legacy access hashes are hundreds of characters; API tokens are 32.
const MAX_TOKEN_LEN: usize = 64;

#[derive(Debug, Clone, PartialEq)]
pub enum Credentials {
    /// `Authorization: whm USER:TOKEN`.
    Token { user: String, token: String },
    /// `Authorization: WHM USER:ACCESSHASH` (newlines removed).
    AccessHash { user: String, hash: String },
    /// `Authorization: Basic …` with the WHM password.
    Password { user: String, password: String },
}

impl Credentials {
    pub fn from_server(server: &ServerParams) -> Result<Self, CpanelError> {
        let user = if server.username.trim().is_empty() {
            "root".to_string()
        } else {
            server.username.trim().to_string()
        };
        if user.contains([':', ' ', '\n', '\r']) {
            return Err(CpanelError::input(format!(
                "the server's Username `{user}` is not a WHM user name"
            )));
        }
        let hash = server.access_hash_secret();
        if !hash.is_empty() {
            return Ok(if hash.len() > MAX_TOKEN_LEN {
                Credentials::AccessHash { user, hash }
            } else {
                Credentials::Token { user, token: hash }
            });
        }
        let password = server.password.clone();
        if password.is_empty() {
            return Err(CpanelError::NoCredentials);
        }
        Ok(if looks_like_token(&password) {
            Credentials::Token {
                user,
                token: password,
            }
        } else {
            Credentials::Password { user, password }
        })
    }

    pub fn user(&self) -> &str {
        match self {
            Credentials::Token { user, .. }
            | Credentials::AccessHash { user, .. }
            | Credentials::Password { user, .. } => user,
        }
    }

    /// The `Authorization` header value (never logged by the transport).
    pub fn header(&self) -> String {
        match self {
            Credentials::Token { user, token } => format!("whm {user}:{token}"),
            Credentials::AccessHash { user, hash } => format!("WHM {user}:{hash}"),
            Credentials::Password { user, password } => {
                crate::http::basic_auth::header_value(user, password)
            }
        }
    }

    pub fn secrets(&self) -> Vec<String> {
        match self {
            Credentials::Token { token, .. } => vec![token.clone()],
            Credentials::AccessHash { hash, .. } => vec![hash.clone()],
            Credentials::Password { user, password } => {
                vec![
                    password.clone(),
                    crate::http::basic_auth::base64(format!("{user}:{password}").as_bytes()),
                ]
            }
        }
    }
}

/// WHM API tokens: 32 uppercase letters and digits.
fn looks_like_token(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(hash: &str, user: &str, pass: &str) -> ServerParams {
        ServerParams {
            access_hash: hash.into(),
            username: user.into(),
            password: pass.into(),
            ..ServerParams::default()
        }
    }

    #[test]
    fn token_hash_or_password() {
        let tok = "A".repeat(32);
        let c = Credentials::from_server(&server(&format!("{tok}\npin=AA"), "", "")).unwrap();
        assert_eq!(c.header(), format!("whm root:{tok}"));
        let long = "ab12\n".repeat(40);
        let c = Credentials::from_server(&server(&long, "reseller", "")).unwrap();
        assert!(matches!(c, Credentials::AccessHash { .. }));
        assert!(!c.header().contains('\n'));
        let c = Credentials::from_server(&server("", "root", &tok)).unwrap();
        assert!(matches!(c, Credentials::Token { .. }));
        let c = Credentials::from_server(&server("", "root", "RootPass-123")).unwrap();
        assert_eq!(c.header(), "Basic cm9vdDpSb290UGFzcy0xMjM=");
        assert!(Credentials::from_server(&server("", "root", "")).is_err());
        assert_eq!(crate::http::basic_auth::base64(b"ab"), "YWI=");
        assert_eq!(crate::http::basic_auth::base64(b"a"), "YQ==");
    }
}
