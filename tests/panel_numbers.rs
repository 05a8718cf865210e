//! A panel's odd number, end to end: a negative, fraction or garbage figure is refused and named
//! (field and value) for that one record, never clamped to 0 and never guessed; every other
//! record goes on. One test per behaviour the shared number reader changed.

mod support;

use std::sync::Arc;

use oxide_sim::cpanel::CpanelPanel;
use oxide_sim::hestia::HestiaPanel;
use oxide_sim::{start, Fault, FaultKind, Panel, SimHandle, StartOptions};
use serde_json::json;
use support::params::server;
use support::replies::{message, skipped_some};
use support::sqlite_host::SqliteHost;
use whmcs_oxide::whmcs::dispatch::invoke;
use whmcs_oxide::whmcs::value::Key;
use whmcs_oxide::whmcs::{Array, Params, Reply, Value};

const HESTIA_KEY: &str = "NUMBERSKEY0000000001";
const HESTIA_SECRET: &str = "numbersSecret000000000000000000000000042";
const CPANEL_TOKEN: &str = "NUMBERSTOKEN00000000000000000042";

fn services(host: &SqliteHost, names: &[&str]) {
    for (i, name) in names.iter().enumerate() {
        host.conn()
            .execute(
                "INSERT INTO tblhosting (id, userid, packageid, server, domain, username, domainstatus, \
                 disklimit) VALUES (?1, 3, 1, 1, ?2, ?3, 'Active', 777)",
                rusqlite::params![7 + i as i64, format!("{name}.example"), name],
            )
            .expect("service row");
    }
}

/// `(disklimit, lastupdate)` of `user`'s service.
fn usage_of(host: &SqliteHost, user: &str) -> (Option<i64>, String) {
    host.conn()
        .query_row(
            "SELECT disklimit, COALESCE(lastupdate, '') FROM tblhosting WHERE username = ?1",
            [user],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("service")
}

fn hestia() -> (Arc<HestiaPanel>, SimHandle, SqliteHost) {
    let panel = Arc::new(HestiaPanel::new());
    panel.add_access_key(HESTIA_KEY, HESTIA_SECRET, &[]);
    for user in ["alice", "bob"] {
        let (code, out) = panel.exec(
            "v-add-user",
            &[
                user,
                "Passw0rd-Numbers",
                &format!("{user}@example.com"),
                "default",
            ],
        );
        assert_eq!(code, 0, "{out}");
    }
    let sim = start(panel.clone(), StartOptions::default()).expect("simulator");
    let host = SqliteHost::new();
    services(&host, &["alice", "bob"]);
    (panel, sim, host)
}

fn hestia_call(sim: &SimHandle, host: &SqliteHost, op: &str) -> Reply {
    use whmcs_oxide::modules::hestiacp::SPEC;
    let a = server(
        sim.port(),
        &format!(
            "{HESTIA_KEY}:{HESTIA_SECRET}\npin={}\ntimeout=2",
            sim.cert_sha256()
        ),
    );
    invoke(
        &SPEC,
        SPEC.function(op).expect("exported"),
        Params::new(a),
        host,
    )
}

/// A negative quota was clamped to 0, which WHMCS reads as "unlimited"; a negative usage was
/// written as it came. Now that user is skipped and named with the value; the other is updated.
#[test]
fn hestia_usage_names_a_negative_figure_and_updates_the_others() {
    for (field, value) in [
        ("DISK_QUOTA", "-1"),
        ("U_DISK", "-3"),
        ("BANDWIDTH", "-2048"),
        ("U_BANDWIDTH", "12.5.1"),
    ] {
        let (_panel, sim, host) = hestia();
        sim.add_fault(Fault::new(
            "v-list-users",
            FaultKind::Set {
                path: format!("/alice/{field}"),
                value: json!(value),
            },
        ));
        let msg = message(&hestia_call(&sim, &host, "UsageUpdate"));
        assert!(skipped_some(&msg), "{field}={value}: {msg}");
        let named = format!("alice (no readable `{field}` (`{value}` is ");
        assert!(msg.contains(&named), "{field}={value} not named: {msg}");
        assert!(!msg.contains("bob"), "{msg}");
        let (alice_limit, alice_updated) = usage_of(&host, "alice");
        assert_eq!(
            alice_updated, "",
            "{field}={value}: alice's row was written"
        );
        assert_eq!(
            alice_limit,
            Some(777),
            "{field}={value}: a guessed 0 (unlimited)?"
        );
        let (bob_limit, bob_updated) = usage_of(&host, "bob");
        assert!(!bob_updated.is_empty(), "bob was not updated: {msg}");
        assert!(bob_limit.is_some());
    }
}

/// Numbers as strings with blanks, whole floats and MB fractions are read, not refused.
#[test]
fn hestia_usage_reads_numbers_written_oddly_but_exactly() {
    let (_panel, sim, host) = hestia();
    for (field, value, column, want) in [
        ("U_DISK", json!(" 312 "), "diskusage", 312),
        ("DISK_QUOTA", json!(2048.0), "disklimit", 2048),
        ("U_BANDWIDTH", json!("99.6"), "bwusage", 100),
        ("BANDWIDTH", json!("unlimited"), "bwlimit", 0),
    ] {
        sim.add_fault(
            Fault::new(
                "v-list-users",
                FaultKind::Set {
                    path: format!("/alice/{field}"),
                    value: value.clone(),
                },
            )
            .times(1),
        );
        let r = hestia_call(&sim, &host, "UsageUpdate");
        assert_eq!(message(&r), "success", "{field}={value}");
        let got: i64 = host
            .conn()
            .query_row(
                &format!("SELECT {column} FROM tblhosting WHERE username = 'alice'"),
                [],
                |r| r.get(0),
            )
            .expect("alice");
        assert_eq!(got, want, "{field}={value}");
    }
}

fn cpanel() -> (Arc<CpanelPanel>, SimHandle, SqliteHost) {
    let panel = Arc::new(CpanelPanel::new());
    panel.add_token("root", CPANEL_TOKEN, &[]);
    panel
        .load_state(&json!({
            "current_month": "2026-05",
            "accounts": {
                "alice": {"domain": "alice.example", "plan": "pro", "disk_used_mb": 120,
                          "stats": {"emailaccounts": 4, "subdomains": 2}},
                "bob": {"domain": "bob.example", "plan": "pro", "disk_used_mb": 80,
                        "stats": {"emailaccounts": 1}},
            },
        }))
        .expect("state");
    let sim = start(panel.clone(), StartOptions::default()).expect("simulator");
    let host = SqliteHost::new();
    services(&host, &["alice", "bob"]);
    (panel, sim, host)
}

fn cpanel_call(sim: &SimHandle, host: &SqliteHost, op: &str) -> Reply {
    use whmcs_oxide::modules::cpanel::SPEC;
    let mut a = server(
        sim.port(),
        &format!("{CPANEL_TOKEN}\npin={}\ntimeout=2", sim.cert_sha256()),
    );
    a.set("serverusername", "root");
    invoke(
        &SPEC,
        SPEC.function(op).expect("exported"),
        Params::new(a),
        host,
    )
}

fn array<'a>(r: &'a Reply, key: &str) -> &'a Array {
    match r {
        Reply::Value(Value::Array(a)) => match a.get(key) {
            Some(Value::Array(inner)) => inner,
            other => panic!("no `{key}` array in {r:?}: {other:?}"),
        },
        other => panic!("not an array: {other:?}"),
    }
}

/// A negative StatsBar count was clamped to 0 and billed; now that tenant's metrics are an
/// error naming the count and its value, and the other tenant is billed.
#[test]
fn cpanel_metrics_refuse_a_negative_count() {
    let (_panel, sim, host) = cpanel();
    let clean = cpanel_call(&sim, &host, "MetricUsage");
    let tenants = array(&clean, "tenants");
    assert_eq!(tenants.len(), 2, "{clean:?}");
    let names: Vec<String> = tenants
        .iter()
        .map(|(k, _)| match k {
            Key::Str(s) => s.clone(),
            Key::Int(i) => i.to_string(),
        })
        .collect();
    let (first, other) = (names[0].clone(), names[1].clone());
    sim.add_fault(Fault::new(
        "batch",
        FaultKind::Set {
            path: "/data/result/0/data/uapi/data/0/_count".into(),
            value: json!(-3),
        },
    ));
    let r = cpanel_call(&sim, &host, "MetricUsage");
    let errors = array(&r, "errors");
    let why = errors
        .get(&first)
        .and_then(Value::as_text)
        .unwrap_or_else(|| panic!("{first} not in the errors: {r:?}"));
    assert!(
        why.contains("`_count` is `-3`, a negative"),
        "not named: {why}"
    );
    assert!(array(&r, "tenants").get(&other).is_some(), "{r:?}");
    assert!(array(&r, "tenants").get(&first).is_none(), "{r:?}");
}

/// An account without a readable start date was listed as created `1970-01-01 00:00:00` (a
/// guessed 0); now its creation date is left empty, and the account is still listed.
#[test]
fn cpanel_listing_leaves_an_unknown_start_date_empty() {
    for value in [json!(null), json!(-86400), json!("soon")] {
        let (_panel, sim, host) = cpanel();
        sim.add_fault(Fault::new(
            "listaccts",
            FaultKind::Set {
                path: "/data/acct/0/unix_startdate".into(),
                value: value.clone(),
            },
        ));
        let r = cpanel_call(&sim, &host, "ListAccounts");
        let accounts = array(&r, "accounts");
        assert_eq!(accounts.len(), 2, "{value}: {r:?}");
        let created: Vec<String> = accounts
            .values()
            .map(|a| match a {
                Value::Array(a) => a
                    .get("created")
                    .and_then(Value::as_text)
                    .map(|t| t.into_owned())
                    .unwrap_or_default(),
                _ => String::new(),
            })
            .collect();
        assert!(
            created.iter().all(|c| !c.starts_with("1970-01-01")),
            "{value}: {created:?}"
        );
        assert_eq!(
            created.iter().filter(|c| c.is_empty()).count(),
            1,
            "{value}: {created:?}"
        );
    }
}
