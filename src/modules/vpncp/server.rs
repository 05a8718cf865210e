//! A puqVPNcp server record: the one WHMCS passes with a call, or another server of the
//! product's group read from `tblservers` (its token decrypted through WHMCS).

use std::time::Duration;

use crate::http::Endpoint;
use crate::whmcs::{Array, Host, Params, Row, ServerParams};

use super::error::VpnError;

/// The panel's API port without TLS; with "Secure" ticked the default is 443.
pub const DEFAULT_PORT: u16 = 8098;
pub const DEFAULT_SECURE_PORT: u16 = 443;

#[derive(Debug, Clone, PartialEq)]
pub struct PanelServer {
    pub id: Option<i64>,
    pub name: String,
    pub params: ServerParams,
}

impl PanelServer {
    /// The server of this call.
    pub fn from_params(p: &Params) -> Self {
        let params = p.server();
        PanelServer {
            id: params.id,
            name: String::new(),
            params,
        }
    }

    /// A `tblservers` row (`id, name, ipaddress, hostname, password, accesshash, secure, port`);
    /// the password column is WHMCS-encrypted.
    pub fn from_row(host: &dyn Host, row: &Row) -> Result<Self, VpnError> {
        let encrypted = row.text("password");
        let password = if encrypted.is_empty() {
            String::new()
        } else {
            host.decrypt_password(&encrypted)?
        };
        let raw = Array::new()
            .with("serverid", row.int("id").unwrap_or(0))
            .with("serverip", row.text("ipaddress"))
            .with("serverhostname", row.text("hostname"))
            .with("serverpassword", password)
            .with("serveraccesshash", row.text("accesshash"))
            .with("serversecure", row.text("secure"))
            .with("serverport", row.text("port"));
        Ok(PanelServer {
            id: row.int("id"),
            name: row.text("name"),
            params: Params::new(raw).server(),
        })
    }

    /// The bearer token: the Password field, or a key line of the Access Hash.
    pub fn token(&self) -> String {
        if !self.params.password.is_empty() {
            self.params.password.clone()
        } else {
            self.params.access_hash_secret()
        }
    }

    /// How the admin knows this server in messages: `name (host)` or `#id host`.
    pub fn label(&self) -> String {
        let host = self.params.host();
        match (self.name.is_empty(), self.id) {
            (false, _) if self.name != host => format!("{} ({host})", self.name),
            (_, Some(id)) if self.name.is_empty() => format!("#{id} {host}"),
            _ => host.to_string(),
        }
    }

    /// Where to connect; `limit` caps the answer timeout (group discovery must not hang).
    pub fn endpoint(&self, limit: Option<Duration>) -> Result<Endpoint, VpnError> {
        let s = &self.params;
        let default_port = if s.secure {
            DEFAULT_SECURE_PORT
        } else {
            DEFAULT_PORT
        };
        let pin = s.pin();
        let mut e =
            Endpoint::from_server(s.host(), s.port, s.secure, default_port, pin.as_deref())?;
        if let Some(secs) = s.timeout_secs() {
            e = e.with_timeout(Duration::from_secs(secs));
        }
        if let Some(limit) = limit {
            let (timeout, connect) = (e.timeout.min(limit), e.connect_timeout.min(limit));
            e = e.with_timeout(timeout).with_connect_timeout(connect);
        }
        Ok(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ports_follow_secure_and_the_token_is_the_password() {
        let p = Params::new(
            Array::new()
                .with("serverid", 3)
                .with("serverhostname", "vpn.example.com")
                .with("serverpassword", "TOKEN")
                .with("serveraccesshash", "pin=AA:BB\ntimeout=5")
                .with("serversecure", false)
                .with("serverport", ""),
        );
        let s = PanelServer::from_params(&p);
        assert_eq!(s.token(), "TOKEN");
        assert_eq!(s.label(), "#3 vpn.example.com");
        let e = Endpoint::from_server("vpn.example.com", None, false, DEFAULT_PORT, None).unwrap();
        assert_eq!(e.port, 8098);
        let mut secure = s.clone();
        secure.params.secure = true;
        secure.params.access_hash = String::new();
        let e = secure.endpoint(Some(Duration::from_secs(2))).unwrap();
        assert_eq!((e.port, e.secure), (443, true));
        assert_eq!(e.timeout, Duration::from_secs(2));
    }
}
