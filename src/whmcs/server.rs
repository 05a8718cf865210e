//! The server record WHMCS passes with every call (`server*` keys).

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServerParams {
    pub id: Option<i64>,
    pub ip: String,
    pub hostname: String,
    pub username: String,
    pub password: String,
    /// The Access Hash textarea, raw.
    pub access_hash: String,
    pub secure: bool,
    pub port: Option<u16>,
}

impl ServerParams {
    /// The address to connect to: the hostname when set, else the IP.
    pub fn host(&self) -> &str {
        if self.hostname.is_empty() {
            &self.ip
        } else {
            &self.hostname
        }
    }

    /// Whether requests go over TLS: "Secure" ticked, or an `https://` URL in the hostname
    /// field (as [`crate::http::Endpoint::from_server`] reads it).
    pub fn uses_tls(&self) -> bool {
        self.secure
            || self
                .host()
                .trim()
                .get(..8)
                .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
    }

    /// Lines of the Access Hash that are not `name=value` settings (an API key, a token).
    pub fn access_hash_key_lines(&self) -> Vec<&str> {
        self.access_hash
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && setting(l).is_none())
            .collect()
    }

    /// The key held in the Access Hash: its non-setting lines joined (WHM puts a long hash
    /// over several lines).
    pub fn access_hash_secret(&self) -> String {
        self.access_hash_key_lines().join("")
    }

    /// A `name=value` line of the Access Hash, e.g. `pin=AB:CD:…`.
    ///
    /// WHMCS's server record has no field for a certificate pin, so settings the modules need
    /// beyond WHMCS's fields live as lines in the Access Hash textarea (documented in the README).
    pub fn access_hash_setting(&self, name: &str) -> Option<String> {
        self.access_hash
            .lines()
            .filter_map(|l| setting(l.trim()))
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.to_string())
            .filter(|v| !v.is_empty())
    }

    /// The certificate pin, if the admin set one.
    pub fn pin(&self) -> Option<String> {
        self.access_hash_setting("pin")
    }

    /// A per-server answer timeout in seconds (`timeout=N`), for slow panels.
    pub fn timeout_secs(&self) -> Option<u64> {
        self.access_hash_setting("timeout")
            .and_then(|v| v.parse::<u64>().ok())
            .filter(|n| (1..=3600).contains(n))
    }
}

/// The settings the Access Hash may carry besides a key.
const SETTINGS: &[&str] = &["pin", "timeout", "letsencrypt_wait"];

/// `name=value` for a known setting name only, so a base64 token ending in `=` stays a key.
fn setting(line: &str) -> Option<(&str, &str)> {
    let (k, v) = line.split_once('=')?;
    let k = k.trim();
    SETTINGS
        .iter()
        .any(|s| s.eq_ignore_ascii_case(k))
        .then_some((k, v.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::whmcs::params::Params;
    use crate::whmcs::value::Array;

    #[test]
    fn access_hash_holds_key_and_settings() {
        let p = Params::new(
            Array::new()
                .with("serveraccesshash", "AKEY:SECRET\n pin = AA:BB \n")
                .with("serverip", "10.0.0.1")
                .with("serverport", "8083")
                .with("serversecure", true),
        );
        let s = p.server();
        assert_eq!(s.access_hash_secret(), "AKEY:SECRET");
        assert_eq!(s.pin().as_deref(), Some("AA:BB"));
        assert_eq!(s.host(), "10.0.0.1");
        assert_eq!(s.port, Some(8083));
        assert!(s.secure);
    }

    #[test]
    fn base64_padding_is_not_a_setting() {
        assert!(setting("abc==").is_none());
        assert!(setting("ID:SECRET=").is_none());
        assert_eq!(setting("PIN=x"), Some(("PIN", "x")));
    }
}
