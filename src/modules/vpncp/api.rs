//! A typed client for the puqVPNcp v2 REST API (`/api/v1/…`, bearer token, JSON envelope).

use std::time::Duration;

use serde_json::{json, Value as Json};

use crate::http::{CallLog, Method, Request, Transport};

use super::envelope::{interpret, interpret_json};
use super::error::VpnError;
use super::server::PanelServer;
use super::shapes::{
    available_ip, text_payload, ClientInfo, NetworkInfo, Session, SystemStatus, TrafficDay,
};

/// Answer fields that carry credentials: masked in the module log although they are only
/// known once the panel answered (client password, WireGuard keys, profiles, links).
const SECRET_ANSWER_FIELDS: &[&str] = &[
    "password",
    "config",
    "profile",
    "qr",
    "url",
    "link",
    "private_key",
    "preshared_key",
    "ca_certificate",
];

pub struct VpnApi<'a> {
    transport: Transport<'a>,
    server: String,
    token: String,
}

/// Does a free address exist on a network?
#[derive(Debug, Clone, PartialEq)]
pub enum FreeIp {
    Yes(String),
    /// The panel's reason (full, unknown network, …).
    No(String),
}

impl<'a> VpnApi<'a> {
    /// A client for `server`, logging through `log`, masking `secrets` and the token.
    /// `limit` caps the answer timeout (discovery must not hang a page).
    pub fn new(
        server: &PanelServer,
        log: &'a dyn CallLog,
        mut secrets: Vec<String>,
        limit: Option<Duration>,
    ) -> Result<Self, VpnError> {
        let token = server.token();
        if token.is_empty() {
            return Err(VpnError::NoToken(server.label()));
        }
        crate::secret::push(&mut secrets, &token);
        let endpoint = server.endpoint(limit)?;
        Ok(VpnApi {
            transport: Transport::new(endpoint, log, secrets),
            server: server.label(),
            token,
        })
    }

    pub fn server(&self) -> &str {
        &self.server
    }

    /// Masks a value in every later log entry (e.g. a generated password).
    pub fn add_secret(&mut self, secret: &str) {
        self.transport.add_secret(secret);
    }

    /// A request to a JSON endpoint.
    fn call(
        &self,
        action: &str,
        method: Method,
        path: &str,
        body: Option<Json>,
    ) -> Result<Json, VpnError> {
        self.call_as(action, method, path, body, false)
    }

    /// `text_ok`: the endpoint may serve plain text (a config or profile).
    fn call_as(
        &self,
        action: &str,
        method: Method,
        path: &str,
        body: Option<Json>,
        text_ok: bool,
    ) -> Result<Json, VpnError> {
        let mut req = Request::new(method, format!("/api/v1/{path}"))
            .header("Authorization", format!("Bearer {}", self.token))
            .header("Accept", "application/json")
            .secret_response_fields(SECRET_ANSWER_FIELDS);
        if let Some(b) = body {
            req = req.json(b);
        }
        let resp = self.transport.send(action, &req)?;
        if text_ok {
            interpret(&self.server, action, &resp)
        } else {
            interpret_json(&self.server, action, &resp)
        }
    }

    pub fn system_status(&self) -> Result<SystemStatus, VpnError> {
        let data = self.call("system.status", Method::Get, "system/status", None)?;
        Ok(SystemStatus::from_json(&data))
    }

    /// Licence facts as the panel gives them (shape not documented).
    pub fn license(&self) -> Result<Json, VpnError> {
        self.call("license", Method::Get, "license", None)
    }

    pub fn networks(&self) -> Result<Vec<NetworkInfo>, VpnError> {
        let data = self.call("network.list", Method::Get, "network", None)?;
        Ok(NetworkInfo::list(&data))
    }

    /// A free address on `network`; the panel's refusals (full, unknown) are a `No`.
    pub fn free_ip(&self, network: &str) -> Result<FreeIp, VpnError> {
        let path = format!("network/{}/available_ip", segment(network));
        match self.call("network.available_ip", Method::Get, &path, None) {
            Ok(data) => Ok(match available_ip(&data) {
                Some(ip) => FreeIp::Yes(ip),
                // An OK answer is the panel's "yes": without an address in it, it is unreadable.
                None => {
                    return Err(VpnError::BadAnswer {
                        server: self.server.clone(),
                        action: "network.available_ip".into(),
                        detail: "no readable free `ip` in the answer".into(),
                    })
                }
            }),
            // The panel's refusal (full, unknown network); its own failure (5xx) is an error.
            Err(VpnError::Panel {
                message, status, ..
            }) if status < 500 => Ok(FreeIp::No(message)),
            Err(e) => Err(e),
        }
    }

    /// `POST /api/v1/client`; no bandwidth fields (the panel takes none on create).
    pub fn create_client(
        &self,
        name: &str,
        network: Option<&str>,
        username: &str,
        password: &str,
    ) -> Result<(), VpnError> {
        let mut body = json!({"name": name, "username": username, "password": password});
        if let Some(n) = network {
            body["network_name"] = Json::String(n.to_string());
        }
        self.call("client.create", Method::Post, "client", Some(body))?;
        Ok(())
    }

    /// `PUT /api/v1/client/{name}` with any of `b_download`, `b_upload`, `status`, `password`.
    pub fn update_client(&self, action: &str, name: &str, fields: Json) -> Result<(), VpnError> {
        let path = format!("client/{}", segment(name));
        self.call(action, Method::Put, &path, Some(fields))?;
        Ok(())
    }

    pub fn delete_client(&self, name: &str) -> Result<(), VpnError> {
        let path = format!("client/{}", segment(name));
        self.call("client.delete", Method::Delete, &path, None)?;
        Ok(())
    }

    /// The client, or `None` when the panel has no such client.
    pub fn client(&self, name: &str) -> Result<Option<ClientInfo>, VpnError> {
        let path = format!("client/{}", segment(name));
        match self.call("client.get", Method::Get, &path, None) {
            Ok(data) => Ok(Some(ClientInfo::from_json(name, &data))),
            Err(e) if e.is_not_found() => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn online(&self) -> Result<Vec<Session>, VpnError> {
        let data = self.call("client.online", Method::Get, "client/online", None)?;
        Ok(Session::list(&data))
    }

    fn text_file(&self, action: &str, path: &str, keys: &[&str]) -> Result<String, VpnError> {
        let data = self.call_as(action, Method::Get, path, None, true)?;
        text_payload(&data, keys).ok_or_else(|| VpnError::BadAnswer {
            server: self.server.clone(),
            action: action.to_string(),
            detail: format!("no {} in the answer", keys.first().unwrap_or(&"text")),
        })
    }

    pub fn wireguard_config(&self, name: &str) -> Result<String, VpnError> {
        let path = format!("client/{}/config/text", segment(name));
        self.text_file("client.config_text", &path, &["config", "text", "content"])
    }

    /// The QR code as an image URI (`data:image/…`), or base64 PNG turned into one.
    pub fn wireguard_qr(&self, name: &str) -> Result<String, VpnError> {
        let path = format!("client/{}/config/qr", segment(name));
        let raw = self.text_file("client.config_qr", &path, &["qr", "image", "content"])?;
        let raw = raw.trim();
        Ok(if raw.starts_with("data:image/") {
            raw.to_string()
        } else if raw.starts_with("<svg") || raw.starts_with("<?xml") {
            format!(
                "data:image/svg+xml;base64,{}",
                super::encode::base64(raw.as_bytes())
            )
        } else {
            format!("data:image/png;base64,{raw}")
        })
    }

    pub fn openvpn_profile(&self, name: &str) -> Result<String, VpnError> {
        let path = format!("client/{}/openvpn/profile", segment(name));
        self.text_file("client.openvpn", &path, &["profile", "config", "content"])
    }

    /// The IKEv2 profile as the panel gives it (JSON).
    pub fn ikev2_profile(&self, name: &str) -> Result<Json, VpnError> {
        let path = format!("client/{}/ikev2/profile", segment(name));
        self.call("client.ikev2", Method::Get, &path, None)
    }

    /// `POST …/otl`: a link the client can open once.
    pub fn one_time_link(&self, name: &str) -> Result<String, VpnError> {
        let path = format!("client/{}/otl", segment(name));
        let data = self.call("client.otl", Method::Post, &path, None)?;
        text_payload(&data, &["url", "link", "otl"])
            .filter(|u| crate::modules::shared::link::is_plain_web_url(u))
            .ok_or_else(|| VpnError::BadAnswer {
                server: self.server.clone(),
                action: "client.otl".into(),
                detail: "no readable link (`url`) in the answer".into(),
            })
    }

    pub fn traffic(&self, name: &str, year: i64, month: u32) -> Result<Vec<TrafficDay>, VpnError> {
        let path = format!("client/{}/traffic/{year:04}/{month:02}", segment(name));
        let data = self.call("client.traffic", Method::Get, &path, None)?;
        TrafficDay::list(&data).map_err(|why| VpnError::BadAnswer {
            server: self.server.clone(),
            action: "client.traffic".into(),
            detail: why.to_string(),
        })
    }
}

/// Percent-encodes one path segment (network names are the admin's choice).
pub fn segment(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn segments_are_encoded() {
        assert_eq!(super::segment("eu 1/x"), "eu%201%2Fx");
        assert_eq!(super::segment("vpn-1_a"), "vpn-1_a");
    }
}
