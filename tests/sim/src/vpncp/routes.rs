//! `/api/v1/…` paths → what is asked, and the route key faults match on.

use crate::http::Request;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    SystemStatus,
    License,
    OpenApi,
    Networks,
    Network(String),
    AvailableIp(String),
    CreateClient,
    Online,
    Client(String),
    ConfigText(String),
    ConfigQr(String),
    OpenVpnProfile(String),
    Ikev2Profile(String),
    OneTimeLink(String),
    Traffic(String, String, String),
    Unknown,
}

impl Route {
    /// The route for a method and path; a known path with the wrong method is `Unknown`
    /// only when no method fits (405 is decided by the handler).
    pub fn of(req: &Request) -> Route {
        let path = req.path.trim_end_matches('/');
        let Some(rest) = path.strip_prefix("/api/v1/") else {
            return Route::Unknown;
        };
        let parts: Vec<String> = rest.split('/').map(percent_decode).collect();
        let p: Vec<&str> = parts.iter().map(String::as_str).collect();
        match p.as_slice() {
            ["system", "status"] => Route::SystemStatus,
            ["license"] => Route::License,
            ["openapi.json"] => Route::OpenApi,
            ["network"] => Route::Networks,
            ["network", n] => Route::Network(n.to_string()),
            ["network", n, "available_ip"] => Route::AvailableIp(n.to_string()),
            ["client"] => Route::CreateClient,
            ["client", "online"] => Route::Online,
            ["client", n] => Route::Client(n.to_string()),
            ["client", n, "config", "text"] => Route::ConfigText(n.to_string()),
            ["client", n, "config", "qr"] => Route::ConfigQr(n.to_string()),
            ["client", n, "openvpn", "profile"] => Route::OpenVpnProfile(n.to_string()),
            ["client", n, "ikev2", "profile"] => Route::Ikev2Profile(n.to_string()),
            ["client", n, "otl"] => Route::OneTimeLink(n.to_string()),
            ["client", n, "traffic", y, m] => {
                Route::Traffic(n.to_string(), y.to_string(), m.to_string())
            }
            _ => Route::Unknown,
        }
    }

    /// Fault-injection key, e.g. `client.update`; `-` for unknown paths.
    pub fn key(&self, method: &str) -> String {
        let m = method.to_ascii_uppercase();
        match self {
            Route::SystemStatus => "system.status".into(),
            Route::License => "license".into(),
            Route::OpenApi => "openapi".into(),
            Route::Networks => "network.list".into(),
            Route::Network(_) => "network.get".into(),
            Route::AvailableIp(_) => "network.available_ip".into(),
            Route::CreateClient => "client.create".into(),
            Route::Online => "client.online".into(),
            Route::Client(_) => match m.as_str() {
                "PUT" | "PATCH" => "client.update".into(),
                "DELETE" => "client.delete".into(),
                _ => "client.get".into(),
            },
            Route::ConfigText(_) => "client.config_text".into(),
            Route::ConfigQr(_) => "client.config_qr".into(),
            Route::OpenVpnProfile(_) => "client.openvpn".into(),
            Route::Ikev2Profile(_) => "client.ikev2".into(),
            Route::OneTimeLink(_) => "client.otl".into(),
            Route::Traffic(..) => "client.traffic".into(),
            Route::Unknown => "-".into(),
        }
    }
}

fn percent_decode(s: &str) -> String {
    form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::SocketAddr;

    fn route(method: &str, path: &str) -> (Route, String) {
        let peer: SocketAddr = "127.0.0.1:1".parse().unwrap();
        let r = Route::of(&Request::new(method, path, peer));
        let k = r.key(method);
        (r, k)
    }

    #[test]
    fn paths_and_keys() {
        assert_eq!(route("GET", "/api/v1/client/online").1, "client.online");
        assert_eq!(
            route("PUT", "/api/v1/client/vpn-1").0,
            Route::Client("vpn-1".into())
        );
        assert_eq!(route("PUT", "/api/v1/client/vpn-1").1, "client.update");
        assert_eq!(
            route("GET", "/api/v1/client/a/traffic/2026/05").0,
            Route::Traffic("a".into(), "2026".into(), "05".into())
        );
        assert_eq!(
            route("GET", "/api/v1/network/eu%201/available_ip").0,
            Route::AvailableIp("eu 1".into())
        );
        assert_eq!(route("GET", "/nope").1, "-");
    }
}
