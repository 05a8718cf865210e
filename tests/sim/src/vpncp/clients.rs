//! Client create, read, update, delete. Create takes no bandwidth fields (they are set by a
//! later update); the panel fills the address, username and password when not given.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::http::Response;

use super::api::{text, whole};
use super::clock::now_text;
use super::envelope::{invalid, not_found, ok, ok_with};
use super::keys::hex;
use super::state::{Client, State};
use super::VpncpPanel;

pub const NOT_FOUND: &str = "Account not found";

pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

pub fn client_json(st: &State, c: &Client) -> Value {
    let protocols = st
        .network(&c.network)
        .map(|n| json!(n.protocols))
        .unwrap_or(Value::Null);
    json!({
        "name": c.name,
        "network": c.network,
        "ipv4": c.ipv4,
        "username": c.username,
        "password": c.password,
        "status": c.status,
        "b_download": c.b_download,
        "b_upload": c.b_upload,
        "protocols": protocols,
        "created_at": c.created_at,
    })
}

pub fn create(panel: &VpncpPanel, f: &Map<String, Value>) -> Response {
    let mut st = panel.lock();
    let name = f.get("name").and_then(text).unwrap_or_default();
    if name.is_empty() {
        return invalid("name", "The name field is required.");
    }
    if !valid_name(&name) {
        return invalid(
            "name",
            "The name may only contain letters, numbers, dashes and underscores (64 at most).",
        );
    }
    if st.clients.contains_key(&name) {
        return invalid("name", "The name is already in use");
    }
    if st.clients.len() as u64 >= st.license.max_accounts {
        return invalid("name", "VPN account limit exceeded");
    }
    let requested = f
        .get("network_name")
        .and_then(text)
        .filter(|n| !n.is_empty());
    let network = match requested {
        Some(n) if st.network(&n).is_none() => {
            return invalid("network_name", "The selected network name is invalid.")
        }
        Some(n) => n,
        // The panel decides: the first network with a free address.
        None => match st.networks.iter().find(|n| st.free_ip(&n.name).is_some()) {
            Some(n) => n.name.clone(),
            None => return invalid("network_name", "No available IP address"),
        },
    };
    let Some(ipv4) = st.free_ip(&network) else {
        return invalid(
            "network_name",
            &format!("No available IP address in network {network}"),
        );
    };
    let username = f
        .get("username")
        .and_then(text)
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| name.clone());
    let password = f
        .get("password")
        .and_then(text)
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| hex(&format!("{name}{}", now_text()))[..16].to_string());
    let client = Client {
        name: name.clone(),
        network,
        ipv4,
        username,
        password,
        status: "enable".into(),
        b_download: 0,
        b_upload: 0,
        created_at: now_text(),
        traffic: BTreeMap::new(),
    };
    let body = client_json(&st, &client);
    st.clients.insert(name, client);
    ok_with(201, "Client created", body)
}

pub fn read(panel: &VpncpPanel, name: &str) -> Response {
    let st = panel.lock();
    match st.clients.get(name) {
        Some(c) => ok(client_json(&st, c)),
        None => not_found(NOT_FOUND),
    }
}

pub fn update(panel: &VpncpPanel, name: &str, f: &Map<String, Value>) -> Response {
    let mut st = panel.lock();
    let Some(current) = st.clients.get(name) else {
        return not_found(NOT_FOUND);
    };
    // Validate everything first: a refused update changes nothing.
    let mut next = current.clone();
    for field in ["b_download", "b_upload"] {
        if let Some(v) = f.get(field) {
            let Some(n) = whole(v).filter(|n| *n <= 100_000) else {
                return invalid(
                    field,
                    &format!("The {field} must be a whole number of Mbit/s from 0 to 100000."),
                );
            };
            if field == "b_download" {
                next.b_download = n;
            } else {
                next.b_upload = n;
            }
        }
    }
    if let Some(v) = f.get("status") {
        match text(v).as_deref() {
            Some("enable") | Some("disable") => next.status = text(v).unwrap_or_default(),
            _ => return invalid("status", "The status must be enable or disable."),
        }
    }
    if let Some(v) = f.get("password") {
        match text(v) {
            Some(p) if p.chars().count() >= 6 => next.password = p,
            _ => return invalid("password", "The password must be at least 6 characters."),
        }
    }
    let body = client_json(&st, &next);
    st.clients.insert(name.to_string(), next);
    ok_with(200, "Client updated", body)
}

pub fn delete(panel: &VpncpPanel, name: &str) -> Response {
    let mut st = panel.lock();
    if st.clients.remove(name).is_none() {
        return not_found(NOT_FOUND);
    }
    st.online.retain(|s| s.name != name);
    st.links.retain(|l| l.client != name);
    ok_with(200, "Client deleted", Value::Null)
}
