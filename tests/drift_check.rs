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
    host.execute(
        "INSERT INTO tblproducts (type, name, servertype, configoption1) VALUES ('hostingaccount', 'Basic', 'oxide_cpanel', 'basic')",
        &[],
    )
    .unwrap();
    let product = host.last_insert_id().unwrap();
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
