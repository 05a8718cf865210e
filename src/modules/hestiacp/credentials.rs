//! How the module authenticates to HestiaCP, read from the WHMCS server record.

use crate::whmcs::ServerParams;

use super::error::HestiaError;

#[derive(Debug, Clone, PartialEq)]
pub enum Credentials {
    /// `hash=ACCESS_KEY_ID:SECRET` — the supported API (made with `v-add-access-key`).
    AccessKey { id: String, secret: String },
    /// Admin `user` + `password` — Hestia's deprecated legacy API, kept as a fallback.
    Legacy { user: String, password: String },
}

impl Credentials {
    /// An access key in the Access Hash field wins; then an access key typed into the password
    /// field; then the admin username and password.
    pub fn from_server(server: &ServerParams) -> Result<Self, HestiaError> {
        let hash = server.access_hash_secret();
        if let Some(key) = parse_access_key(&hash) {
            return Ok(key);
        }
        if let Some(key) = parse_access_key(&server.password) {
            return Ok(key);
        }
        if !hash.is_empty() {
            return Err(HestiaError::Input(
                "the Access Hash does not hold an access key of the form ACCESS_KEY_ID:SECRET (20 and 40 characters)"
                    .to_string(),
            ));
        }
        if !server.username.is_empty() && !server.password.is_empty() {
            return Ok(Credentials::Legacy {
                user: server.username.clone(),
                password: server.password.clone(),
            });
        }
        Err(HestiaError::NoCredentials)
    }

    /// Form fields carrying the credentials.
    pub fn fields(&self) -> Vec<(String, String)> {
        match self {
            Credentials::AccessKey { id, secret } => {
                vec![("hash".into(), format!("{id}:{secret}"))]
            }
            Credentials::Legacy { user, password } => vec![
                ("user".into(), user.clone()),
                ("password".into(), password.clone()),
            ],
        }
    }

    pub fn secrets(&self) -> Vec<String> {
        match self {
            Credentials::AccessKey { id, secret } => vec![format!("{id}:{secret}"), secret.clone()],
            Credentials::Legacy { password, .. } => vec![password.clone()],
        }
    }
}

/// Characters HestiaCP's own check allows in a secret (`is_secret_access_key_format_valid`
/// in `func/main.sh`: `[[:alnum:]|_|\.|\+|/|\^|~|=|%|\-]{40}`, so `|` too);
/// `v-add-access-key` itself draws from alphanumerics and `_-=`.
const SECRET_SYMBOLS: &str = "_.+/^~=%|-";

fn parse_access_key(text: &str) -> Option<Credentials> {
    let (id, secret) = text.trim().split_once(':')?;
    // The ID is 20 alphanumerics (`is_access_key_id_format_valid`).
    let id_ok = id.len() == 20 && id.chars().all(|c| c.is_ascii_alphanumeric());
    let secret_ok = secret.len() == 40
        && secret
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || SECRET_SYMBOLS.contains(c));
    (id_ok && secret_ok).then(|| Credentials::AccessKey {
        id: id.to_string(),
        secret: secret.to_string(),
    })
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
    fn prefers_access_key() {
        let key = format!("{}:{}", "A".repeat(20), "b".repeat(40));
        let c =
            Credentials::from_server(&server(&format!("{key}\npin=AA"), "admin", "pw")).unwrap();
        assert!(matches!(c, Credentials::AccessKey { .. }));
        let c = Credentials::from_server(&server("", "admin", &key)).unwrap();
        assert!(matches!(c, Credentials::AccessKey { .. }));
        let c = Credentials::from_server(&server("", "admin", "pw")).unwrap();
        assert!(matches!(c, Credentials::Legacy { .. }));
        assert!(Credentials::from_server(&server("garbage", "admin", "pw")).is_err());
        assert!(Credentials::from_server(&server("", "", "")).is_err());
    }

    #[test]
    fn accepts_every_secret_character_hestiacp_allows() {
        // v-add-access-key's alphabet (with its special characters) and the rest of the check's.
        let alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-=.+/^~%|";
        let chars: Vec<char> = alphabet.chars().collect();
        for start in 0..chars.len() {
            let secret: String = (0..40).map(|i| chars[(start + i) % chars.len()]).collect();
            let key = format!("A1b2C3d4E5f6G7h8I9j0:{secret}");
            let c = Credentials::from_server(&server(&format!("{key}\npin=AA"), "", ""));
            assert_eq!(
                c.ok(),
                Some(Credentials::AccessKey {
                    id: "A1b2C3d4E5f6G7h8I9j0".into(),
                    secret
                })
            );
        }
    }

    #[test]
    fn refuses_what_hestiacp_refuses() {
        let good = "s".repeat(40);
        for bad in [
            format!("A1b2C3d4E5f6G7h8I9j_:{good}"), // `_` is not in an ID
            format!("A1b2C3d4E5f6G7h8I9j0:{}", "s".repeat(39)),
            format!("A1b2C3d4E5f6G7h8I9j0:{}\"", "s".repeat(39)),
            format!("A1b2C3d4E5f6G7h8I9j0:{}:", "s".repeat(39)),
            format!("A1b2C3d4E5f6G7h8I9j0:{} {}", "s".repeat(20), "s".repeat(19)),
        ] {
            assert!(parse_access_key(&bad).is_none(), "{bad}");
        }
    }
}
