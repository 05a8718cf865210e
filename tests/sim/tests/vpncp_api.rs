//! The puqVPNcp simulator over HTTP, per the reference: bearer auth, the result/message/data
//! envelope, licence slots, IP pools, clients with caps and status, configs, online list,
//! daily traffic, and faults per route.

use std::sync::Arc;
use std::time::{Duration, Instant};

use oxide_sim::vpncp::{VpncpPanel, DEFAULT_TOKEN};
use oxide_sim::{start, Fault, FaultKind, Panel, SimHandle, StartOptions};
use reqwest::blocking::Client;
use serde_json::{json, Value};

fn sim() -> (Arc<VpncpPanel>, SimHandle) {
    let panel = Arc::new(VpncpPanel::new());
    let h = start(
        panel.clone(),
        StartOptions {
            tls: false,
            ..StartOptions::default()
        },
    )
    .expect("start");
    (panel, h)
}

fn call(h: &SimHandle, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    call_as(h, DEFAULT_TOKEN, method, path, body)
}

fn call_as(
    h: &SimHandle,
    token: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let client = Client::new();
    let url = format!("{}/api/v1/{path}", h.base_url());
    let mut req = client
        .request(method.parse().unwrap(), url)
        .bearer_auth(token)
        .timeout(Duration::from_secs(10));
    if let Some(b) = body {
        req = req
            .header("Content-Type", "application/json")
            .body(b.to_string());
    }
    let resp = req.send().expect("answer");
    let status = resp.status().as_u16();
    let text = resp.text().unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[test]
fn bearer_auth_and_envelope() {
    let (_p, h) = sim();
    let (s, v) = call_as(&h, "wrong", "GET", "system/status", None);
    assert_eq!((s, v["result"].as_str()), (401, Some("ERROR")));
    let client = Client::new();
    let r = client
        .get(format!("{}/api/v1/system/status", h.base_url()))
        .send()
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let (s, v) = call(&h, "GET", "system/status", None);
    assert_eq!(s, 200);
    assert_eq!(v["result"], "OK");
    assert_eq!(v["data"]["count_accounts"], 0);
    assert_eq!(v["data"]["count_accounts_available"], 50);
}

#[test]
fn client_lifecycle_with_caps_and_status() {
    let (p, h) = sim();
    p.merge(&json!({"networks": {"eu1": {"subnet": "10.8.0.0/29"}}}))
        .unwrap();
    // Bandwidth fields on create are ignored: the caps come with the update.
    let (s, v) = call(
        &h,
        "POST",
        "client",
        Some(json!({"name":"vpn-1","network_name":"eu1","password":"secret123","b_download":5})),
    );
    assert_eq!(s, 201, "{v}");
    assert_eq!(v["data"]["ipv4"], "10.8.0.2");
    assert_eq!(v["data"]["b_download"], 0);
    let (s, v) = call(&h, "POST", "client", Some(json!({"name":"vpn-1"})));
    assert_eq!(s, 422);
    assert_eq!(v["errors"]["name"], "The name is already in use");
    let (s, _) = call(
        &h,
        "PUT",
        "client/vpn-1",
        Some(json!({"b_download":100,"b_upload":"50","status":"disable"})),
    );
    assert_eq!(s, 200);
    let c = p.client("vpn-1").unwrap();
    assert_eq!(
        (c["b_download"].as_u64(), c["b_upload"].as_u64()),
        (Some(100), Some(50))
    );
    assert_eq!(c["status"], "disable");
    let (s, v) = call(&h, "PUT", "client/vpn-1", Some(json!({"b_upload":-1})));
    assert_eq!(s, 422, "{v}");
    assert!(v["errors"]["b_upload"].is_string());
    let (s, v) = call(&h, "DELETE", "client/vpn-1", None);
    assert_eq!(s, 200, "{v}");
    let (s, v) = call(&h, "DELETE", "client/vpn-1", None);
    assert_eq!((s, v["message"].as_str()), (404, Some("Account not found")));
}

#[test]
fn pools_and_licence_slots_run_out() {
    let (p, h) = sim();
    p.merge(&json!({"networks": {"tiny": {"subnet": "10.9.0.0/30"}}, "max_accounts": 2}))
        .unwrap();
    let (s, v) = call(&h, "GET", "network/tiny/available_ip", None);
    assert_eq!((s, v["data"]["ip"].as_str()), (200, Some("10.9.0.2")));
    assert_eq!(
        call(
            &h,
            "POST",
            "client",
            Some(json!({"name":"a","network_name":"tiny"}))
        )
        .0,
        201
    );
    let (s, v) = call(&h, "GET", "network/tiny/available_ip", None);
    assert_eq!(s, 404, "{v}");
    let (s, _) = call(
        &h,
        "POST",
        "client",
        Some(json!({"name":"b","network_name":"tiny"})),
    );
    assert_eq!(s, 422);
    // Without network_name the panel chooses one with room.
    let (s, v) = call(&h, "POST", "client", Some(json!({"name":"b"})));
    assert_eq!((s, v["data"]["network"].as_str()), (201, Some("default")));
    let (s, v) = call(&h, "POST", "client", Some(json!({"name":"c"})));
    assert_eq!(
        (s, v["message"].as_str()),
        (422, Some("VPN account limit exceeded"))
    );
    let (_, v) = call(&h, "GET", "network", None);
    let names: Vec<&str> = v["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["default", "tiny"]);
}

#[test]
fn configs_online_traffic_and_one_time_links() {
    let (p, h) = sim();
    call(&h, "POST", "client", Some(json!({"name":"vpn-2"})));
    let (_, v) = call(&h, "GET", "client/vpn-2/config/text", None);
    assert!(v["data"]["config"]
        .as_str()
        .unwrap()
        .starts_with("[Interface]"));
    let (_, v) = call(&h, "GET", "client/vpn-2/config/qr", None);
    assert!(v["data"]["qr"]
        .as_str()
        .unwrap()
        .starts_with("data:image/svg+xml;base64,"));
    let (_, v) = call(&h, "GET", "client/vpn-2/openvpn/profile", None);
    assert!(v["data"]["profile"].as_str().unwrap().contains("<ca>"));
    let (s, _) = call(&h, "GET", "client/vpn-2/otl", None);
    assert_eq!(s, 405, "one-time links only by POST");
    let (_, v) = call(&h, "POST", "client/vpn-2/otl", None);
    assert!(v["data"]["url"].as_str().unwrap().starts_with("https://"));
    assert_eq!(p.links(), 1);
    let (_, v) = call(&h, "GET", "client/online", None);
    assert_eq!(v["data"], json!([]), "nobody online is an empty list");
    p.merge(&json!({
        "online": [{"protocol":"wireguard","name":"vpn-2","endpoint":"203.0.113.5:4500","bytes_download":10}],
        "clients": {"vpn-2": {"traffic": {"2026-02-03": {"download": 1000, "upload": 10}}}},
        "networks": {"default": {"protocols": {"openvpn": false}}}
    }))
    .unwrap();
    let (_, v) = call(&h, "GET", "client/online", None);
    assert_eq!(v["data"]["wireguard"][0]["ip"], "10.10.0.2");
    let (_, v) = call(&h, "GET", "client/vpn-2/traffic/2026/02", None);
    let days = v["data"].as_array().unwrap();
    assert_eq!(days.len(), 28);
    assert_eq!(
        days[2],
        json!({"date":"2026-02-03","download":1000,"upload":10})
    );
    let (s, v) = call(&h, "GET", "client/vpn-2/openvpn/profile", None);
    assert_eq!(s, 422, "{v}");
}

#[test]
fn faults_match_named_routes() {
    let (_p, h) = sim();
    h.add_fault(
        Fault::new(
            "client.update",
            FaultKind::Status {
                status: 500,
                body: "boom".into(),
            },
        )
        .times(1),
    );
    h.add_fault(Fault::new("system.status", FaultKind::Latency { ms: 300 }).times(1));
    call(&h, "POST", "client", Some(json!({"name":"x"})));
    assert_eq!(
        call(&h, "PUT", "client/x", Some(json!({"b_upload":1}))).0,
        500
    );
    assert_eq!(
        call(&h, "PUT", "client/x", Some(json!({"b_upload":1}))).0,
        200
    );
    let t = Instant::now();
    call(&h, "GET", "system/status", None);
    assert!(t.elapsed() >= Duration::from_millis(300));
    let routes: Vec<String> = h.requests().iter().map(|r| r.route.clone()).collect();
    assert_eq!(
        routes,
        [
            "client.create",
            "client.update",
            "client.update",
            "system.status"
        ]
    );
    assert_eq!(h.requests()[0].field("name"), Some("x"));
    assert_eq!(h.panel().name(), "vpncp");
}

#[test]
fn state_documents_merge_and_bad_ones_change_nothing() {
    let (p, _h) = sim();
    assert!(p.load_state(&json!({"nope": 1})).is_err());
    assert!(p
        .load_state(&json!({"networks": {"x": {"subnet": "bad"}}}))
        .is_err());
    assert_eq!(p.state_json()["networks"].as_object().unwrap().len(), 1);
    p.load_state(&json!({"tokens": [{"token": "t2", "expired": true}]}))
        .unwrap();
    assert_eq!(p.state_json()["tokens"][0]["token"], "t2");
}
