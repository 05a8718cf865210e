//! `/api/v1/…`: bearer-token check, then the handler for the route.

use serde_json::{Map, Value};

use crate::http::{Request, Response};

use super::clients;
use super::envelope::{error, not_found};
use super::files;
use super::routes::Route;
use super::system;
use super::VpncpPanel;

pub fn handle(panel: &VpncpPanel, req: &Request) -> Response {
    let route = Route::of(req);
    if route == Route::Unknown {
        return not_found("Not found");
    }
    if route == Route::OpenApi {
        return system::openapi();
    }
    if let Err(resp) = authenticate(panel, req) {
        return resp;
    }
    let method = req.method.to_ascii_uppercase();
    match (method.as_str(), route) {
        ("GET", Route::SystemStatus) => system::status(panel),
        ("GET", Route::License) => system::license(panel),
        ("GET", Route::Networks) => system::networks(panel),
        ("GET", Route::Network(n)) => system::network(panel, &n),
        ("GET", Route::AvailableIp(n)) => system::available_ip(panel, &n),
        ("POST", Route::CreateClient) => clients::create(panel, &fields(req)),
        ("GET", Route::Online) => files::online(panel),
        ("GET", Route::Client(n)) => clients::read(panel, &n),
        ("PUT" | "PATCH", Route::Client(n)) => clients::update(panel, &n, &fields(req)),
        ("DELETE", Route::Client(n)) => clients::delete(panel, &n),
        ("GET", Route::ConfigText(n)) => files::wireguard_config(panel, &n),
        ("GET", Route::ConfigQr(n)) => files::wireguard_qr(panel, &n),
        ("GET", Route::OpenVpnProfile(n)) => files::openvpn_profile(panel, &n),
        ("GET", Route::Ikev2Profile(n)) => files::ikev2_profile(panel, &n),
        ("POST", Route::OneTimeLink(n)) => files::one_time_link(panel, &n),
        ("GET", Route::Traffic(n, y, m)) => files::traffic(panel, &n, &y, &m),
        _ => error(405, "Method not allowed"),
    }
}

/// `Authorization: Bearer <token>`; tokens may be expired or limited to some addresses.
fn authenticate(panel: &VpncpPanel, req: &Request) -> Result<(), Response> {
    let Some(given) = bearer(req) else {
        return Err(error(401, "Unauthenticated."));
    };
    let st = panel.lock();
    let Some(token) = st.tokens.iter().find(|t| t.token == given) else {
        return Err(error(401, "Invalid API token"));
    };
    if token.expired {
        return Err(error(401, "API token expired"));
    }
    let ip = req.peer.ip().to_string();
    if !token.allowed_ips.is_empty() && !token.allowed_ips.contains(&ip) {
        return Err(error(403, &format!("Access from IP {ip} is not allowed")));
    }
    Ok(())
}

pub fn bearer(req: &Request) -> Option<String> {
    let h = req.header("authorization")?;
    let (scheme, token) = h.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_string())
        .filter(|t| !t.is_empty())
}

/// The request's fields: a JSON object body, else form fields, else the query string.
pub fn fields(req: &Request) -> Map<String, Value> {
    if let Some(Value::Object(m)) = req.json() {
        return m;
    }
    req.fields()
        .into_iter()
        .map(|(k, v)| (k, Value::String(v)))
        .collect()
}

/// A non-negative whole number given as a JSON number or digits.
pub fn whole(v: &Value) -> Option<u64> {
    match v {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

pub fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
