//! System status (licence slots), licence, networks and their free addresses.

use serde_json::{json, Value};

use crate::http::Response;

use super::envelope::{not_found, ok};
use super::state::{Network, State};
use super::VpncpPanel;

pub fn status(panel: &VpncpPanel) -> Response {
    let st = panel.lock();
    ok(json!({
        "version": st.version,
        "hostname": st.hostname,
        "count_accounts": st.clients.len(),
        "count_accounts_available": st.license.max_accounts,
        "count_networks": st.networks.len(),
        "count_online": st.online.len(),
    }))
}

pub fn license(panel: &VpncpPanel) -> Response {
    let st = panel.lock();
    ok(json!({
        "status": st.license.status,
        "type": st.license.kind,
        "max_accounts": st.license.max_accounts,
        "expires_at": st.license.expires_at,
    }))
}

pub fn network_json(st: &State, n: &Network) -> Value {
    json!({
        "name": n.name,
        "subnet": n.subnet.to_string(),
        "gateway": n.subnet.gateway(),
        "dns": n.dns,
        "protocols": n.protocols,
        "count_clients": st.used_ips(&n.name).len(),
        "count_available_ip": st.free_ip_count(&n.name),
    })
}

pub fn networks(panel: &VpncpPanel) -> Response {
    let st = panel.lock();
    let list: Vec<Value> = st.networks.iter().map(|n| network_json(&st, n)).collect();
    ok(Value::Array(list))
}

pub fn network(panel: &VpncpPanel, name: &str) -> Response {
    let st = panel.lock();
    match st.network(name) {
        Some(n) => ok(network_json(&st, n)),
        None => not_found("Network not found"),
    }
}

pub fn available_ip(panel: &VpncpPanel, name: &str) -> Response {
    let st = panel.lock();
    if st.network(name).is_none() {
        return not_found("Network not found");
    }
    match st.free_ip(name) {
        Some(ip) => ok(json!({"network": name, "ip": ip})),
        None => not_found(&format!("No available IP address in network {name}")),
    }
}

pub fn openapi() -> Response {
    Response::json(
        200,
        &json!({"openapi": "3.0.0", "info": {"title": "puqVPNcp API (simulator)", "version": "2"}}),
    )
}
