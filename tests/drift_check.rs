//! The drift check against in-process cPanel simulators, through dispatch and a SQLite WHMCS:
//! one odd record in a listing fails neither the server nor the other records (and makes no
//! false "missing"), and a server that cannot be reached is recorded as such while the other
//! is checked.

mod support;

use std::sync::Arc;

use oxide_sim::cpanel::{CpanelPanel, DEFAULT_ROOT_TOKEN};
use oxide_sim::panel::Panel;
use oxide_sim::reshape::Change;
use oxide_sim::{Fault, FaultKind};
use serde_json::json;
use support::plain_sim::plain_sim;
use support::sqlite_host::SqliteHost;
use whmcs_oxide::modules::cpanel::SPEC;
use whmcs_oxide::whmcs::dispatch::invoke;
use whmcs_oxide::whmcs::{Array, Host, Params, Reply, Value};

fn server(host: &SqliteHost, name: &str, port: u16) -> i64 {
    host.execute(
        "INSERT INTO tblservers (name, ipaddress, hostname, username, password, accesshash, secure, port, type, disabled) \
         VALUES (?, '127.0.0.1', '127.0.0.1', 'root', '', ?, '', ?, 'oxide_cpanel', 0)",
        &[
            Value::from(name),
            Value::from(format!("{DEFAULT_ROOT_TOKEN}\ntimeout=2")),
            Value::Int(i64::from(port)),
        ],
    )
    .unwrap();
    host.last_insert_id().unwrap()
}

fn service(host: &SqliteHost, product: i64, server: i64, user: &str, status: &str) {
    host.execute(
        "INSERT INTO tblhosting (userid, packageid, server, domain, username, domainstatus) VALUES (1, ?, ?, ?, ?, ?)",
        &[
            Value::Int(product),
            Value::Int(server),
            Value::from(format!("{user}.example")),
            Value::from(user),
            Value::from(status),
        ],
    )
    .unwrap();
}

fn stored(host: &SqliteHost) -> Vec<String> {
    host.query(
        "SELECT kind, account FROM mod_oxide_drift ORDER BY kind, account",
        &[],
    )
    .unwrap()
    .iter()
    .map(|r| format!("{} {}", r.text("kind"), r.text("account")))
    .collect()
}

#[test]
fn odd_records_and_a_dead_server_fail_nothing_else() {
    let panel = Arc::new(CpanelPanel::new());
    let acct = |plan: &str, suspended: bool, user: &str| json!({"domain": format!("{user}.example"), "plan": plan, "suspended": suspended, "email": "x@example.net"});
    panel
        .load_state(&json!({"accounts": {
            "alice": acct("basic", false, "alice"),
            "bob": acct("basic", true, "bob"),
            "carol": acct("pro", false, "carol"),
        }}))
        .unwrap();
    let sim = plain_sim(panel.clone());
    let host = SqliteHost::new();
    let product = basic_product(&host);
    let live = server(&host, "whm1", sim.port());
    let dead = server(&host, "whm2", 1);
    for (user, status) in [
        ("alice", "Active"),
        ("bob", "Active"),
        ("carol", "Active"),
        ("dave", "Active"),
    ] {
        service(&host, product, live, user, status);
    }
    service(&host, product, dead, "erin", "Active");
    let check = || {
        let f = SPEC.function("DriftCheck").unwrap();
        match invoke(&SPEC, f, Params::new(Array::new()), &host) {
            Reply::Value(Value::Array(a)) => a,
            other => panic!("unexpected reply {other:?}"),
        }
    };

    // Clean: bob's status, carol's package, dave missing; whm2 unreachable.
    let r = check();
    assert_eq!(r.get("success"), Some(&Value::Bool(true)), "{r:?}");
    assert_eq!(r.get("unreachable"), Some(&Value::Int(1)));
    assert_eq!(
        stored(&host),
        ["missing dave", "package carol", "status bob"]
    );
    let states = host
        .query(
            "SELECT serverid, state, error FROM mod_oxide_drift_servers ORDER BY serverid",
            &[],
        )
        .unwrap();
    assert_eq!(states[0].text("state"), "checked");
    assert_eq!(states[1].int("serverid"), Some(dead));
    assert_eq!(states[1].text("state"), "unreachable");
    assert!(!states[1].text("error").is_empty());

    // bob's `suspended` unreadable: his status is not compared, the others still are.
    sim.add_fault(
        Fault::new(
            "listaccts",
            FaultKind::Reshape {
                path: "/data/acct/1/suspended".into(),
                change: Change::Retype,
            },
        )
        .times(1),
    );
    check();
    assert_eq!(stored(&host), ["missing dave", "package carol"]);

    // alice's name unreadable: she is skipped, and nobody is called missing on a guess.
    sim.add_fault(
        Fault::new(
            "listaccts",
            FaultKind::Reshape {
                path: "/data/acct/0/user".into(),
                change: Change::Null,
            },
        )
        .times(1),
    );
    check();
    assert_eq!(stored(&host), ["package carol", "status bob"]);
    let skipped = host
        .query(
            "SELECT skipped FROM mod_oxide_drift_servers WHERE serverid = ?",
            &[Value::Int(live)],
        )
        .unwrap();
    assert_eq!(skipped[0].int("skipped"), Some(1));
    assert!(
        host.all_logs().contains("skipped 1 accounts"),
        "{}",
        host.all_logs()
    );
}

/// A repair button lists its server once (the repair decides from that listing and the
/// re-check stores it), and waits no longer than the server's `timeout=` line allows.
#[test]
fn a_button_lists_its_server_once_within_the_servers_timeout() {
    let (sim, host, product, live) = one_server(json!({
        "bob": {"domain": "bob.example", "plan": "basic", "suspended": true, "email": "x@example.net"},
    }));
    service(&host, product, live, "bob", "Active");
    let bob = host.last_insert_id().unwrap();
    let press = |button: &str| press(&host, button, (bob, "bob", product), (live, sim.port()));
    let routes = || -> Vec<String> { sim.requests().into_iter().map(|r| r.route).collect() };

    sim.clear_requests();
    assert_eq!(press("DriftApplyStatus"), Reply::success());
    assert_eq!(routes(), ["listaccts", "unsuspendacct"]);
    // The re-check was stored from that listing, with the button's own repair in it.
    assert_eq!(stored(&host), Vec::<String>::new());
    let state = host
        .query("SELECT state, accounts FROM mod_oxide_drift_servers", &[])
        .unwrap();
    assert_eq!(
        (state[0].text("state"), state[0].int("accounts")),
        ("checked".into(), Some(1))
    );
    sim.clear_requests();
    assert_eq!(press("DriftApplyStatus"), Reply::success());
    assert_eq!(
        routes(),
        ["listaccts"],
        "pressed again: one listing, no change"
    );
    sim.clear_requests();
    assert_eq!(press("DriftReapplyPackage"), Reply::success());
    assert_eq!(
        routes(),
        ["listaccts"],
        "already on the product's package: nothing to apply"
    );

    // A panel slower than the server's timeout=2: the button gives up after about 2 s.
    sim.add_fault(Fault::new("listaccts", FaultKind::Latency { ms: 6000 }).times(1));
    let started = std::time::Instant::now();
    let reply = press("DriftApplyStatus");
    let took = started.elapsed();
    assert!(
        matches!(&reply, Reply::Value(Value::Str(t)) if t != "success"),
        "{reply:?}"
    );
    assert!(took.as_secs_f64() < 4.5, "waited {took:?}");
}

/// Presses a service button of `service` (id, username, product) on `server` (id, port).
fn press(host: &SqliteHost, button: &str, service: (i64, &str, i64), server: (i64, u16)) -> Reply {
    let (id, user, product) = service;
    let params = Array::new()
        .with("serviceid", id)
        .with("pid", product)
        .with("serverid", server.0)
        .with("serverip", "127.0.0.1")
        .with("serverhostname", "127.0.0.1")
        .with("serverusername", "root")
        .with(
            "serveraccesshash",
            format!("{DEFAULT_ROOT_TOKEN}\ntimeout=2"),
        )
        .with("serversecure", "")
        .with("serverport", i64::from(server.1))
        .with("username", user)
        .with("domain", format!("{user}.example"))
        .with("status", "Active")
        .with("configoption1", "basic");
    let f = SPEC.function(button).unwrap();
    invoke(&SPEC, f, Params::new(params), host)
}

/// A client whose own account is gone sets their email to another tenant's contact address
/// and orders with that tenant's domain: the check must not pair their service with the
/// tenant's account, and "re-link" must not hand it to them.
#[test]
fn a_client_cannot_get_another_tenants_account_relinked() {
    let (sim, host, product, live) = one_server(json!({
        "victim": {"domain": "mallory.example", "plan": "basic", "suspended": false, "email": "owner@victim.example"},
    }));
    host.execute(
        "INSERT INTO tblclients (id, firstname, lastname, email) VALUES (1, 'Mal', 'Lory', 'owner@victim.example')",
        &[],
    )
    .unwrap();
    service(&host, product, live, "mallory", "Active"); // domain mallory.example
    let id = host.last_insert_id().unwrap();
    let f = SPEC.function("DriftCheck").unwrap();
    invoke(&SPEC, f, Params::new(Array::new()), &host);
    assert_eq!(stored(&host), ["missing mallory", "orphan victim"]);

    let reply = press(
        &host,
        "DriftRelink",
        (id, "mallory", product),
        (live, sim.port()),
    );
    assert!(
        matches!(&reply, Reply::Value(Value::Str(t)) if t.contains("no proof")),
        "{reply:?}"
    );
    let name = host
        .query(
            "SELECT username FROM tblhosting WHERE id = ?",
            &[Value::Int(id)],
        )
        .unwrap();
    assert_eq!(name[0].text("username"), "mallory");

    // The account the module's create recorded for the service is proof: that one is linked.
    host.execute(
        "INSERT INTO mod_oxide_accounts (module, serviceid, remote_id, created_at) VALUES ('oxide_cpanel', ?, 'victim', '')",
        &[Value::Int(id)],
    )
    .unwrap();
    assert_eq!(
        press(
            &host,
            "DriftRelink",
            (id, "mallory", product),
            (live, sim.port())
        ),
        Reply::success()
    );
}

/// One simulated WHM with `accounts`, a product on package `basic` and the server (timeout=2).
fn one_server(accounts: serde_json::Value) -> (oxide_sim::SimHandle, SqliteHost, i64, i64) {
    let panel = Arc::new(CpanelPanel::new());
    panel.load_state(&json!({ "accounts": accounts })).unwrap();
    let sim = plain_sim(panel);
    let host = SqliteHost::new();
    let product = basic_product(&host);
    let server = server(&host, "whm1", sim.port());
    (sim, host, product, server)
}

/// A cPanel product on package `basic`.
fn basic_product(host: &SqliteHost) -> i64 {
    host.execute(
        "INSERT INTO tblproducts (type, name, servertype, configoption1) VALUES ('hostingaccount', 'Basic', 'oxide_cpanel', 'basic')",
        &[],
    )
    .unwrap();
    host.last_insert_id().unwrap()
}
