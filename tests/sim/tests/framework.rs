//! Server framework: TLS, keep-alive, limits, faults, request log, control API, shutdown.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use oxide_sim::hestia::{HestiaPanel, DEFAULT_ACCESS_KEY_ID as KEY, DEFAULT_SECRET_KEY as SECRET};
use oxide_sim::{start, Fault, FaultKind, StartOptions};
use sha2::{Digest, Sha256};

fn https() -> (Arc<HestiaPanel>, oxide_sim::SimHandle) {
    let panel = Arc::new(HestiaPanel::new());
    let h = start(panel.clone(), StartOptions::default()).expect("start");
    (panel, h)
}

fn client() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .danger_accept_invalid_certs(true)
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

fn key_form(cmd: &str) -> Vec<(&'static str, String)> {
    vec![
        ("access_key", KEY.to_string()),
        ("secret_key", SECRET.to_string()),
        ("cmd", cmd.to_string()),
        ("arg1", "json".to_string()),
    ]
}

#[test]
fn tls_certificate_and_fingerprint() {
    let (_p, h) = https();
    assert!(h.base_url().starts_with("https://127.0.0.1:"));
    let fp = h.cert_sha256();
    let expect = Sha256::digest(h.cert_der())
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":");
    assert_eq!(fp, expect);
    assert_eq!(fp.len(), 32 * 3 - 1);
    assert!(h.cert_pem().starts_with("-----BEGIN CERTIFICATE-----"));
    let r = client()
        .post(format!("{}/api/", h.base_url()))
        .form(&key_form("v-list-sys-info"))
        .send()
        .expect("send");
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["hestia-exit-code"], "0");
    // A fresh server has a fresh certificate.
    let (_p2, h2) = https();
    assert_ne!(h2.cert_sha256(), fp);
}

#[test]
fn keep_alive_reuses_one_connection() {
    let (_p, h) = https();
    let c = client();
    for _ in 0..5 {
        let r = c
            .post(format!("{}/api/", h.base_url()))
            .form(&key_form("v-list-users"))
            .send()
            .expect("send");
        assert_eq!(r.status().as_u16(), 200);
        r.text().expect("body");
    }
    assert_eq!(h.connections_accepted(), 1);
    assert_eq!(h.requests().len(), 5);
    // Connection: close is honoured: each raw request is its own connection.
    let s = plain();
    for _ in 0..3 {
        api(s.h.addr, "v-list-users", &["json"]);
    }
    assert_eq!(s.h.connections_accepted(), 3);
}

#[test]
fn pipelined_keep_alive_on_raw_socket() {
    let s = plain();
    let body = form(&[
        ("access_key", KEY),
        ("secret_key", SECRET),
        ("cmd", "v-list-sys-info"),
        ("arg1", "json"),
    ]);
    let one = format!(
        "POST /api/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let last = one.replace("Host: x\r\n", "Host: x\r\nConnection: close\r\n");
    let raw_all = raw(s.h.addr, format!("{one}{one}{last}").as_bytes()).unwrap();
    let text = String::from_utf8_lossy(&raw_all);
    assert_eq!(text.matches("HTTP/1.1 200 OK").count(), 3);
    assert_eq!(s.h.connections_accepted(), 1);
}

#[test]
fn chunked_bodies_expect_continue_and_limits() {
    let s = plain();
    let body = form(&[
        ("access_key", KEY),
        ("secret_key", SECRET),
        ("cmd", "v-list-sys-info"),
        ("arg1", "json"),
    ]);
    let (a, b) = body.split_at(10);
    let req = format!(
        "POST /api/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\nExpect: 100-continue\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{a}\r\n{:x}\r\n{b}\r\n0\r\n\r\n",
        a.len(),
        b.len()
    );
    let out = String::from_utf8_lossy(&raw(s.h.addr, req.as_bytes()).unwrap()).into_owned();
    assert!(
        out.starts_with("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK"),
        "{out}"
    );
    let big = raw(
        s.h.addr,
        b"POST /api/ HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n",
    )
    .unwrap();
    assert!(String::from_utf8_lossy(&big).starts_with("HTTP/1.1 413"));
    let bad = raw(s.h.addr, b"garbage\r\n\r\n").unwrap();
    assert!(String::from_utf8_lossy(&bad).starts_with("HTTP/1.1 400"));
    let huge_head = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(70_000));
    let r = raw(s.h.addr, huge_head.as_bytes()).unwrap();
    assert!(String::from_utf8_lossy(&r).starts_with("HTTP/1.1 431"));
    // The server survived all of that.
    assert_eq!(api(s.h.addr, "v-list-users", &["json"]).status, 200);
}

fn add_user_raw(s: &Sim, user: &str) -> Vec<u8> {
    let body = form(&[
        ("access_key", KEY),
        ("secret_key", SECRET),
        ("cmd", "v-add-user"),
        ("arg1", user),
        ("arg2", "Passw0rd1"),
        ("arg3", "u@example.com"),
    ]);
    let req = format!(
        "POST /api/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    raw(s.h.addr, req.as_bytes()).unwrap_or_default()
}

#[test]
fn fault_status_html_malformed_auth_content_type() {
    let s = plain();
    s.h.add_fault(
        Fault::new(
            "v-list-users",
            FaultKind::Status {
                status: 503,
                body: "busy".into(),
            },
        )
        .times(1),
    );
    let r = api(s.h.addr, "v-list-users", &["json"]);
    assert_eq!((r.status, r.body.as_str()), (503, "busy"));
    assert_eq!(
        api(s.h.addr, "v-list-users", &["json"]).status,
        200,
        "times=1 used up"
    );

    s.h.add_fault(Fault::new("*", FaultKind::Html { status: 502 }).times(1));
    let r = api(s.h.addr, "v-list-sys-info", &["json"]);
    assert_eq!(r.status, 502);
    assert_eq!(r.header("Content-Type"), Some("text/html"));
    assert!(r.body.contains("<title>502 Bad Gateway</title>"));

    s.h.add_fault(Fault::new("v-list-sys-info", FaultKind::Malformed).times(1));
    let r = api(s.h.addr, "v-list-sys-info", &["json"]);
    assert_eq!((r.status, r.body.as_str()), (200, "{\"broken\": "));
    assert_eq!(r.header("Content-Type"), Some("application/json"));

    s.h.add_fault(Fault::new("v-list-sys-info", FaultKind::Auth).times(1));
    let r = api(s.h.addr, "v-list-sys-info", &["json"]);
    assert_eq!((r.status, r.exit()), (401, Some(9)));

    s.h.add_fault(Fault::new("v-list-sys-info", FaultKind::ContentType).times(1));
    let r = api(s.h.addr, "v-list-sys-info", &["json"]);
    assert_eq!(r.header("Content-Type"), Some("text/html"));
    assert_eq!(r.json()["sysinfo"]["HESTIA"], "1.10.3");

    // Other routes were untouched; every request was recorded with its status.
    let statuses: Vec<u16> = s.h.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![503, 200, 502, 200, 401, 200]);
    assert!(s.h.faults().is_empty());
}

#[test]
fn fault_refuse_and_timeout_do_not_run_the_handler() {
    let s = plain();
    s.h.add_fault(Fault::new("v-add-user", FaultKind::Refuse).times(1));
    assert!(add_user_raw(&s, "alice").is_empty());
    assert!(!s.panel.user_exists("alice"));
    s.h.add_fault(Fault::new("v-add-user", FaultKind::Timeout { ms: 300 }).times(1));
    let t = Instant::now();
    assert!(add_user_raw(&s, "alice").is_empty());
    assert!(t.elapsed() >= Duration::from_millis(300));
    assert!(!s.panel.user_exists("alice"));
    let recs = s.h.requests();
    assert_eq!(recs.len(), 2);
    assert!(recs
        .iter()
        .all(|r| r.status == 0 && r.route == "v-add-user"));
    assert_eq!(recs[0].field("arg1"), Some("alice"));
    assert_eq!(recs[0].field("secret_key"), Some(SECRET));
}

#[test]
fn fault_timeout_after_and_partial_bodies_run_the_handler() {
    let s = plain();
    s.h.add_fault(Fault::new("v-add-user", FaultKind::TimeoutAfter { ms: 200 }).times(1));
    assert!(add_user_raw(&s, "alice").is_empty());
    assert!(s.panel.user_exists("alice"), "the panel did it");

    s.h.add_fault(Fault::new("v-list-users", FaultKind::ResetMidBody).times(1));
    s.h.add_fault(Fault::new("v-list-users", FaultKind::Truncate).times(1));
    for _ in 0..2 {
        let body = form(&[
            ("access_key", KEY),
            ("secret_key", SECRET),
            ("cmd", "v-list-users"),
            ("arg1", "json"),
        ]);
        let req = format!(
            "POST /api/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        let r = parse(raw(s.h.addr, req.as_bytes()).unwrap());
        assert_eq!(r.status, 200);
        let declared: usize = r.header("Content-Length").unwrap().parse().unwrap();
        assert!(
            r.body.len() < declared && !r.body.is_empty(),
            "{} of {declared}",
            r.body.len()
        );
    }
    // reset_mid_body on a state-changing command: the change happened.
    s.h.add_fault(Fault::new("v-add-user", FaultKind::ResetMidBody).times(1));
    add_user_raw(&s, "bob");
    assert!(s.panel.user_exists("bob"));
}

#[test]
fn fault_latency_and_global_latency() {
    let s = plain();
    s.h.add_fault(Fault::new("v-list-users", FaultKind::Latency { ms: 250 }));
    let t = Instant::now();
    assert_eq!(api(s.h.addr, "v-list-users", &["json"]).status, 200);
    assert!(t.elapsed() >= Duration::from_millis(250));
    let t = Instant::now();
    api(s.h.addr, "v-list-sys-info", &["json"]);
    assert!(t.elapsed() < Duration::from_millis(250));
    s.h.clear_faults();
    assert!(s.h.faults().is_empty());

    let panel = Arc::new(HestiaPanel::new());
    let h = start(
        panel,
        StartOptions {
            tls: false,
            latency_ms: 200,
            ..StartOptions::default()
        },
    )
    .unwrap();
    let t = Instant::now();
    api(h.addr, "v-list-sys-info", &["json"]);
    assert!(t.elapsed() >= Duration::from_millis(200));
}

#[test]
fn control_api_round_trip() {
    let s = plain();
    let h = &s.h;
    let st = control(
        h,
        "POST",
        "/state",
        r#"{"users":{"alice":{"password":"Pw1234567","PACKAGE":"gold","U_DISK":300,"web_domains":["alice.com"]}},"letsencrypt":{"delay_ms":5},"api_allowed_ip":["127.0.0.1","10.1.1.1"],"tmp_files":{"/tmp/seed":"x\n"}}"#,
    );
    assert_eq!(st.status, 200, "{}", st.body);
    let v = control(h, "GET", "/state", "").json();
    assert_eq!(v["users"]["alice"]["PACKAGE"], "gold");
    assert_eq!(v["users"]["alice"]["DISK_QUOTA"], "10240");
    assert_eq!(v["users"]["alice"]["U_DISK"], "300");
    assert_eq!(v["users"]["alice"]["U_WEB_DOMAINS"], "1");
    assert_eq!(v["letsencrypt"]["delay_ms"], 5);
    assert_eq!(v["api_allowed_ip"], "127.0.0.1,10.1.1.1");
    assert_eq!(v["tmp_files"]["/tmp/seed"], "x\n");
    let listed = api(h.addr, "v-list-web-domains", &["alice", "json"]).json();
    assert!(listed.get("alice.com").is_some());
    // Bad documents change nothing.
    let bad = control(h, "POST", "/state", r#"{"users":{"bob":{}},"nonsense":1}"#);
    assert_eq!(bad.status, 400);
    assert!(!s.panel.user_exists("bob"));

    let f = control(
        h,
        "POST",
        "/faults",
        r#"{"route":"v-list-users","kind":"status","status":500,"body":"boom","times":2}"#,
    );
    assert_eq!(f.status, 200);
    assert_eq!(control(h, "GET", "/faults", "").json()[0]["times"], 2);
    assert_eq!(api(h.addr, "v-list-users", &["json"]).body, "boom");
    assert_eq!(control(h, "GET", "/faults", "").json()[0]["times"], 1);
    assert_eq!(control(h, "DELETE", "/faults", "").status, 200);
    assert_eq!(api(h.addr, "v-list-users", &["json"]).status, 200);

    let reqs = control(h, "GET", "/requests", "").json();
    assert_eq!(reqs.as_array().unwrap().len(), 3);
    assert_eq!(reqs[0]["route"], "v-list-web-domains");
    assert_eq!(reqs[0]["auth_kind"], "access_key");
    let stats = control(h, "GET", "/stats", "").json();
    assert_eq!(stats["connections_accepted"], 3);
    control(h, "DELETE", "/requests", "");
    assert!(h.requests().is_empty());

    assert_eq!(control(h, "POST", "/reset", "").status, 200);
    assert!(!s.panel.user_exists("alice"));
    assert_eq!(control(h, "GET", "/nope", "").status, 404);
    assert!(!h.shutdown_requested());
    control(h, "POST", "/shutdown", "");
    assert!(h.shutdown_requested());
}

#[test]
fn drop_shuts_the_server_down() {
    let (addr, caddr, idle) = {
        let s = plain();
        let idle = TcpStream::connect(s.h.addr).unwrap();
        let caddr = s.h.control_url().unwrap();
        (s.h.addr, caddr, idle)
        // dropped here
    };
    let t = Instant::now();
    assert!(TcpStream::connect(addr).is_err(), "listener closed");
    let c: std::net::SocketAddr = caddr.trim_start_matches("http://").parse().unwrap();
    assert!(TcpStream::connect(c).is_err());
    // The idle keep-alive connection is closed by its thread soon after.
    let mut idle = idle;
    idle.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
    let mut buf = [0u8; 1];
    let n = idle.read(&mut buf).unwrap_or(0);
    assert_eq!(n, 0);
    assert!(t.elapsed() < Duration::from_secs(2));
    let _ = idle.write_all(b"x");
}

#[test]
fn panics_in_handlers_become_500() {
    // A panel that always panics: the server answers 500 and keeps serving.
    struct Boom;
    impl oxide_sim::Panel for Boom {
        fn name(&self) -> &'static str {
            "boom"
        }
        fn route(&self, _r: &oxide_sim::Request) -> String {
            "-".into()
        }
        fn handle(&self, _r: &oxide_sim::Request) -> oxide_sim::Response {
            panic!("boom")
        }
        fn auth_failure(&self) -> oxide_sim::Response {
            oxide_sim::Response::empty(401)
        }
        fn state_json(&self) -> serde_json::Value {
            serde_json::Value::Null
        }
        fn load_state(&self, _v: &serde_json::Value) -> Result<(), String> {
            Ok(())
        }
        fn reset(&self) {}
    }
    let h = start(
        Arc::new(Boom),
        StartOptions {
            tls: false,
            ..StartOptions::default()
        },
    )
    .unwrap();
    assert_eq!(request(h.addr, "GET", "/", "", b"").status, 500);
    assert_eq!(request(h.addr, "GET", "/", "", b"").status, 500);
}
