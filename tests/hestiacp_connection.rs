//! HestiaCP TestConnection end to end against the simulator over TLS: access-key auth, the
//! certificate pin, masking and error mapping.

mod support;

use std::sync::Arc;

use oxide_sim::hestia::HestiaPanel;
use oxide_sim::{start, Fault, FaultKind, SimHandle, StartOptions};
use support::params::{params, server};
use support::sqlite_host::SqliteHost;
use whmcs_oxide::modules::hestiacp::SPEC;
use whmcs_oxide::whmcs::dispatch::invoke;
use whmcs_oxide::whmcs::{Array, Reply, Value};

const KEY_ID: &str = "AKIAOXIDETEST0000001";
const SECRET: &str = "s3cretS3cretS3cretS3cretS3cretS3cret0042";

fn sim() -> (Arc<HestiaPanel>, SimHandle) {
    let panel = Arc::new(HestiaPanel::new());
    panel.add_access_key(KEY_ID, SECRET, &[]);
    let handle = start(panel.clone(), StartOptions::default()).expect("simulator starts");
    (panel, handle)
}

fn hash(extra: &str) -> String {
    format!("{KEY_ID}:{SECRET}\n{extra}")
}

fn test_connection(host: &SqliteHost, p: Array) -> Array {
    let f = SPEC.function("TestConnection").expect("exported");
    match invoke(&SPEC, f, params(p), host) {
        Reply::Value(Value::Array(a)) => a,
        other => panic!("TestConnection returned {other:?}"),
    }
}

fn error_of(a: &Array) -> String {
    assert_eq!(
        a.get("success"),
        Some(&Value::Bool(false)),
        "expected a failure: {a:?}"
    );
    a.get("error")
        .and_then(Value::as_text)
        .unwrap_or_default()
        .into_owned()
}

fn assert_no_secret(host: &SqliteHost, message: &str) {
    assert!(!message.contains(SECRET), "secret in message: {message}");
    let logs = host.all_logs();
    assert!(!logs.contains(SECRET), "secret in module log: {logs}");
}

#[test]
fn succeeds_with_the_right_pin_and_reports_the_version() {
    let (_panel, sim) = sim();
    let host = SqliteHost::new();
    let pin = format!("pin={}", sim.cert_sha256());
    let r = test_connection(&host, server(sim.port(), &hash(&pin)));
    assert_eq!(r.get("success"), Some(&Value::Bool(true)), "{r:?}");
    assert_eq!(r.get("version"), Some(&Value::from("1.10.3")));
    // One call for the version, one to prove the key may manage packages: nothing redundant.
    // They run at once, so they arrive in either order.
    let mut cmds: Vec<String> = sim.requests().iter().map(|r| r.route.clone()).collect();
    cmds.sort();
    assert_eq!(cmds, vec!["v-list-sys-info", "v-list-user-packages"]);
    assert!(sim.requests().iter().all(|r| r.auth_kind == "access_key"));
    assert_no_secret(&host, "");
    assert!(
        host.all_logs().contains("v-list-sys-info"),
        "exchanges are logged"
    );
}

#[test]
fn wrong_pin_is_refused_and_names_the_presented_fingerprint() {
    let (_panel, sim) = sim();
    let host = SqliteHost::new();
    let wrong = format!("pin={}", "AB:".repeat(31) + "AB");
    let msg = error_of(&test_connection(&host, server(sim.port(), &hash(&wrong))));
    assert!(
        msg.contains("does not match the pinned fingerprint"),
        "{msg}"
    );
    assert!(msg.contains(&sim.cert_sha256()), "{msg}");
    assert!(
        sim.requests().is_empty(),
        "nothing may be sent to an unverified server"
    );
    assert_no_secret(&host, &msg);
}

#[test]
fn self_signed_without_pin_says_how_to_pin() {
    let (_panel, sim) = sim();
    let host = SqliteHost::new();
    let msg = error_of(&test_connection(&host, server(sim.port(), &hash(""))));
    assert!(msg.contains("not trusted"), "{msg}");
    assert!(msg.contains(&format!("pin={}", sim.cert_sha256())), "{msg}");
    assert!(sim.requests().is_empty());
    assert_no_secret(&host, &msg);
}

#[test]
fn bad_key_is_a_clear_credentials_error() {
    let (_panel, sim) = sim();
    let host = SqliteHost::new();
    let pin = format!("pin={}", sim.cert_sha256());
    let bad = format!("{KEY_ID}:{}\n{pin}", "x".repeat(40));
    let msg = error_of(&test_connection(&host, server(sim.port(), &bad)));
    assert!(msg.contains("refused the credentials"), "{msg}");
    assert!(msg.starts_with("TestConnection failed: "), "{msg}");
    assert!(
        !msg.contains(&"x".repeat(40)),
        "the bad secret is a secret too: {msg}"
    );
    assert_eq!(sim.requests()[0].status, 401);
}

#[test]
fn closed_port_says_cannot_connect() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let host = SqliteHost::new();
    let msg = error_of(&test_connection(&host, server(port, &hash(""))));
    assert!(msg.contains("cannot connect"), "{msg}");
    assert!(msg.contains(&format!("127.0.0.1:{port}")), "{msg}");
    assert!(msg.contains("refused"), "{msg}");
}

#[test]
fn billing_key_is_told_it_lacks_permissions() {
    let panel = Arc::new(HestiaPanel::new());
    panel.add_access_key(KEY_ID, SECRET, &["billing"]);
    let sim = start(panel.clone(), StartOptions::default()).expect("starts");
    let host = SqliteHost::new();
    let pin = format!("pin={}", sim.cert_sha256());
    let msg = error_of(&test_connection(&host, server(sim.port(), &hash(&pin))));
    assert!(msg.contains("admin key"), "{msg}");
}

#[test]
fn html_error_page_and_timeout_are_named() {
    let (_panel, sim) = sim();
    let host = SqliteHost::new();
    let settings = format!("pin={}\ntimeout=1", sim.cert_sha256());
    sim.add_fault(Fault::new("*", FaultKind::Html { status: 502 }).times(1));
    let msg = error_of(&test_connection(
        &host,
        server(sim.port(), &hash(&settings)),
    ));
    assert!(msg.contains("HTML page") && msg.contains("502"), "{msg}");
    sim.add_fault(Fault::new("*", FaultKind::Timeout { ms: 3000 }).times(1));
    let msg = error_of(&test_connection(
        &host,
        server(sim.port(), &hash(&settings)),
    ));
    assert!(
        msg.contains("no answer") && msg.contains("within 1 s"),
        "{msg}"
    );
}

#[test]
fn legacy_admin_password_still_works() {
    let (panel, sim) = sim();
    panel.set_admin_password("Adm1nPassw0rd");
    let host = SqliteHost::new();
    let mut p = server(sim.port(), &format!("pin={}", sim.cert_sha256()));
    p.set("serverpassword", "Adm1nPassw0rd");
    let r = test_connection(&host, p);
    assert_eq!(r.get("success"), Some(&Value::Bool(true)), "{r:?}");
    assert!(!host.all_logs().contains("Adm1nPassw0rd"));
}
