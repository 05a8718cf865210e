//! What a client downloads and sees: WireGuard config and QR, OpenVPN and IKEv2 profiles,
//! one-time links, who is online, daily traffic.

use serde_json::{json, Map, Value};

use crate::http::Response;

use super::clients::NOT_FOUND;
use super::clock::{days_in_month, now_secs};
use super::envelope::{error, invalid, not_found, ok};
use super::keys::{base64, hex, key, qr_svg};
use super::state::{Client, OneTimeLink, Protocols, State};
use super::VpncpPanel;

/// The client and its network's protocols, or the error answer.
fn client_and_protocols(st: &State, name: &str) -> Result<(Client, Protocols), Response> {
    let c = st
        .clients
        .get(name)
        .cloned()
        .ok_or_else(|| not_found(NOT_FOUND))?;
    let p = st
        .network(&c.network)
        .map(|n| n.protocols)
        .unwrap_or_default();
    Ok((c, p))
}

fn disabled(protocol: &str, network: &str) -> Response {
    error(
        422,
        &format!("{protocol} is not enabled on network {network}"),
    )
}

pub fn wireguard_text(st: &State, c: &Client) -> String {
    let dns = st
        .network(&c.network)
        .map(|n| n.dns.clone())
        .unwrap_or_default();
    format!(
        "[Interface]\nPrivateKey = {}\nAddress = {}/32\nDNS = {dns}\n\n[Peer]\nPublicKey = {}\nPresharedKey = {}\nEndpoint = {}:51820\nAllowedIPs = 0.0.0.0/0, ::/0\nPersistentKeepalive = 25\n",
        key(&format!("private:{}", c.name)),
        c.ipv4,
        key(&format!("server:{}", st.hostname)),
        key(&format!("psk:{}", c.name)),
        st.hostname,
    )
}

pub fn wireguard_config(panel: &VpncpPanel, name: &str) -> Response {
    let st = panel.lock();
    match client_and_protocols(&st, name) {
        Ok((c, p)) if p.wireguard => ok(json!({"name": c.name, "config": wireguard_text(&st, &c)})),
        Ok((c, _)) => disabled("WireGuard", &c.network),
        Err(r) => r,
    }
}

pub fn wireguard_qr(panel: &VpncpPanel, name: &str) -> Response {
    let st = panel.lock();
    match client_and_protocols(&st, name) {
        Ok((c, p)) if p.wireguard => {
            let svg = qr_svg(&wireguard_text(&st, &c));
            ok(json!({
                "name": c.name,
                "qr": format!("data:image/svg+xml;base64,{}", base64(svg.as_bytes())),
            }))
        }
        Ok((c, _)) => disabled("WireGuard", &c.network),
        Err(r) => r,
    }
}

pub fn openvpn_profile(panel: &VpncpPanel, name: &str) -> Response {
    let st = panel.lock();
    match client_and_protocols(&st, name) {
        Ok((c, p)) if p.openvpn => {
            let profile = format!(
                "client\ndev tun\nproto udp\nremote {} 1194\nnobind\npersist-key\npersist-tun\nauth-user-pass\nremote-cert-tls server\n<ca>\n-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----\n</ca>\n<tls-crypt>\n{}\n</tls-crypt>\n",
                st.hostname,
                key(&format!("ca:{}", st.hostname)),
                hex(&format!("tls-crypt:{}", c.name)),
            );
            ok(json!({"name": c.name, "profile": profile}))
        }
        Ok((c, _)) => disabled("OpenVPN", &c.network),
        Err(r) => r,
    }
}

pub fn ikev2_profile(panel: &VpncpPanel, name: &str) -> Response {
    let st = panel.lock();
    match client_and_protocols(&st, name) {
        Ok((c, p)) if p.ikev2 => ok(json!({
            "server": st.hostname,
            "remote_id": st.hostname,
            "username": c.username,
            "password": c.password,
            "ca_certificate": key(&format!("ca:{}", st.hostname)),
        })),
        Ok((c, _)) => disabled("IKEv2", &c.network),
        Err(r) => r,
    }
}

pub fn one_time_link(panel: &VpncpPanel, name: &str) -> Response {
    let mut st = panel.lock();
    if !st.clients.contains_key(name) {
        return not_found(NOT_FOUND);
    }
    let token = hex(&format!("otl:{name}:{}:{}", now_secs(), st.links.len()));
    let url = format!("https://{}/otl/{}", st.hostname, &token[..32]);
    st.links.push(OneTimeLink {
        client: name.to_string(),
        url: url.clone(),
    });
    ok(json!({"url": url, "expires_in": 3600}))
}

/// `[]` when nobody is online, else sessions grouped by protocol.
pub fn online(panel: &VpncpPanel) -> Response {
    let st = panel.lock();
    if st.online.is_empty() {
        return ok(json!([]));
    }
    let mut by_protocol: Map<String, Value> = Map::new();
    for s in &st.online {
        let (network, ip) = st
            .clients
            .get(&s.name)
            .map(|c| (c.network.clone(), c.ipv4.clone()))
            .unwrap_or_default();
        let entry = json!({
            "name": s.name,
            "network": network,
            "ip": ip,
            "endpoint": s.endpoint,
            "last_handshake": s.last_handshake,
            "bytes_download": s.bytes_download,
            "bytes_upload": s.bytes_upload,
        });
        match by_protocol
            .entry(s.protocol.clone())
            .or_insert_with(|| json!([]))
        {
            Value::Array(a) => a.push(entry),
            other => *other = json!([entry]),
        }
    }
    ok(Value::Object(by_protocol))
}

/// Every day of the month with its download/upload bytes (0 when nothing was recorded).
pub fn traffic(panel: &VpncpPanel, name: &str, year: &str, month: &str) -> Response {
    let st = panel.lock();
    let Some(c) = st.clients.get(name) else {
        return not_found(NOT_FOUND);
    };
    let y = year
        .parse::<i64>()
        .ok()
        .filter(|y| (2000..=2100).contains(y));
    let m = month.parse::<u32>().ok().filter(|m| (1..=12).contains(m));
    let (Some(y), Some(m)) = (y, m) else {
        return invalid("month", "The year and month are invalid.");
    };
    let days: Vec<Value> = (1..=days_in_month(y, m))
        .map(|d| {
            let date = format!("{y:04}-{m:02}-{d:02}");
            let t = c.traffic.get(&date).copied().unwrap_or_default();
            json!({"date": date, "download": t.download, "upload": t.upload})
        })
        .collect();
    ok(Value::Array(days))
}
