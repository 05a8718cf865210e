//! Fault matrix for oxide_hestiacp: every lifecycle function × every fault the simulator can
//! inject, at every request the function makes. Each cell: no panic, a one-line WHMCS error
//! naming the operation (or success), no secret in the reply or the module log, and the panel
//! either as it was before or fully done — never half-created.

mod support;

use std::sync::Arc;

use oxide_sim::hestia::HestiaPanel;
use oxide_sim::{start, Fault, SimHandle, StartOptions};
use support::faults::every_fault;
use support::hostile::check_every_hostile;
use support::params::server;
use support::replies::{is_success, message, skipped_some};
use support::reshape::check_every;
use support::sqlite_host::SqliteHost;
use whmcs_oxide::modules::hestiacp::{settings, SPEC};
use whmcs_oxide::whmcs::dispatch::invoke;
use whmcs_oxide::whmcs::{Array, Params, Reply, Value};

const KEY_ID: &str = "FAULTMATRIXKEY000001";
const SECRET: &str = "faultMatrixSecret00000000000000000000042";
const OLD_PASSWORD: &str = "OldPassw0rdFault";
const NEW_PASSWORD: &str = "NewPassw0rdFault";

struct Fixture {
    panel: Arc<HestiaPanel>,
    sim: SimHandle,
    host: SqliteHost,
}

fn fixture(user_state: Option<&str>) -> Fixture {
    let panel = Arc::new(HestiaPanel::new());
    panel.add_access_key(KEY_ID, SECRET, &[]);
    if let Some(suspended) = user_state {
        let (code, out) = panel.exec(
            "v-add-user",
            &["alice", OLD_PASSWORD, "ada@example.com", "default"],
        );
        assert_eq!(code, 0, "{out}");
        if suspended == "suspended" {
            panel.exec("v-suspend-user", &["alice"]);
        }
    }
    let sim = start(panel.clone(), StartOptions::default()).expect("simulator");
    let host = SqliteHost::new();
    host.conn()
        .execute_batch(
            "INSERT INTO tblhosting (id, userid, packageid, server, domain, username, domainstatus) \
             VALUES (7, 3, 1, 1, 'shop.example', 'alice', 'Active')",
        )
        .expect("service row");
    Fixture { panel, sim, host }
}

fn params(f: &Fixture, password: &str) -> Params {
    let defs = settings::definitions();
    let mut a = server(
        f.sim.port(),
        &format!("{KEY_ID}:{SECRET}\npin={}\ntimeout=1", f.sim.cert_sha256()),
    );
    a.set("serviceid", 7)
        .set("userid", 3)
        .set("pid", 1)
        .set("domain", "shop.example")
        .set("username", "alice")
        .set("password", password)
        .set(
            "clientsdetails",
            Array::new()
                .with("userid", 3)
                .with("firstname", "Ada")
                .with("lastname", "L")
                .with("email", "ada@example.com"),
        );
    let pos = |n: &str| format!("configoption{}", defs.position(n).expect("setting"));
    a.set(pos(settings::PACKAGE), "default")
        .set(pos(settings::AFTER_CREATE), "domain");
    Params::new(a)
}

fn call(f: &Fixture, op: &str, password: &str) -> Reply {
    let func = SPEC.function(op).expect("exported");
    invoke(&SPEC, func, params(f, password), &f.host)
}

/// The request routes a clean run of `op` makes.
fn routes(op: &str, user_state: Option<&str>, password: &str) -> Vec<String> {
    let f = fixture(user_state);
    let r = call(&f, op, password);
    assert!(is_success(&r), "{op} must succeed without faults: {r:?}");
    f.sim.requests().iter().map(|r| r.route.clone()).collect()
}

/// One function of the matrix: how it is called and what a cell must leave behind.
struct Case {
    op: &'static str,
    user_state: Option<&'static str>,
    password: &'static str,
    /// `(fixture, reported success, reply text)` → the state is before or fully done.
    state_ok: fn(&Fixture, bool, &str) -> Result<(), String>,
    /// The answer fields the function needs: only these may fail it when unreadable.
    needed: &'static [&'static str],
}

/// Runs the case with each fault at each of its requests, then with each field of each answer
/// changed ([`support::reshape`]), and checks every cell.
fn matrix(case: Case) {
    let mut failures = Vec::new();
    let mut unique = routes(case.op, case.user_state, case.password);
    unique.dedup();
    for route in &unique {
        for (name, kind) in every_fault() {
            let f = fixture(case.user_state);
            f.sim.add_fault(Fault::new(route, kind).times(1));
            let cell = format!("{} × {name} at {route}", case.op);
            run_cell(&f, &case, &cell, &mut failures);
        }
    }
    let clean = {
        let f = fixture(case.user_state);
        f.sim.keep_answers(true);
        let r = call(&f, case.op, case.password);
        assert!(is_success(&r), "{} must succeed unchanged: {r:?}", case.op);
        f.sim.requests()
    };
    check_every(
        case.op,
        &clean,
        case.needed,
        &mut failures,
        |c, cell, failures| {
            let f = fixture(case.user_state);
            f.sim.add_fault(c.fault());
            run_cell(&f, &case, cell, failures)
        },
    );
    check_every_hostile(case.op, &clean, &mut failures, |c, cell, failures| {
        let f = fixture(case.user_state);
        f.sim.add_fault(c.fault());
        run_cell(&f, &case, cell, failures)
    });
    assert!(
        failures.is_empty(),
        "{} failing cells:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Calls the case's function on a fixture with its fault set and checks what every cell must
/// hold; `(success, message)`.
fn run_cell(f: &Fixture, case: &Case, cell: &str, failures: &mut Vec<String>) -> (bool, String) {
    let r = call(f, case.op, case.password);
    let ok = is_success(&r);
    let msg = message(&r);
    if !ok && !msg.starts_with(&format!("{} failed: ", case.op)) && !skipped_some(&msg) {
        failures.push(format!(
            "{cell}: message does not name the operation: {msg}"
        ));
    }
    if msg.contains('\n') {
        failures.push(format!("{cell}: message is not one line"));
    }
    let logs = f.host.all_logs();
    for secret in [SECRET, OLD_PASSWORD, NEW_PASSWORD] {
        if msg.contains(secret) || logs.contains(secret) {
            failures.push(format!("{cell}: a secret leaked"));
        }
    }
    if let Err(e) = (case.state_ok)(f, ok, &msg) {
        failures.push(format!("{cell}: {e} (reply: {msg})"));
    }
    (ok, msg)
}

#[test]
fn create_account() {
    matrix(Case {
        op: "CreateAccount",
        user_state: None,
        password: OLD_PASSWORD,
        needed: &["CONTACT"],
        state_ok: created_ok,
    });
}

/// A retried create: the user is there already (the contact e-mail says it is this
/// service's), the domain is added.
#[test]
fn create_account_retried() {
    matrix(Case {
        op: "CreateAccount",
        user_state: Some("active"),
        password: OLD_PASSWORD,
        needed: &["CONTACT"],
        state_ok: |f, ok, msg| match f.panel.user("alice") {
            None => Err("the existing user is gone".into()),
            // As before (the user without its domain) unless it reports success.
            Some(_) if !ok => Ok(()),
            Some(_) => created_ok(f, ok, msg),
        },
    });
}

/// No user, or one with its domain; reported success needs the complete one.
fn created_ok(f: &Fixture, ok: bool, _: &str) -> Result<(), String> {
    match f.panel.user("alice") {
        None if ok => Err("success reported but no user".into()),
        None => Ok(()),
        Some(u) => {
            let has_domain = u
                .get("web_domains")
                .and_then(|d| d.get("shop.example"))
                .is_some()
                || u.get("U_WEB_DOMAINS")
                    .and_then(Value::from_json_str)
                    .unwrap_or(0)
                    > 0;
            if has_domain {
                Ok(())
            } else {
                Err("user left without its domain (half-created)".into())
            }
        }
    }
}

/// The reads: they change nothing, and need nothing from an answer but its shape.
#[test]
fn pages_and_listings() {
    for op in [
        "TestConnection",
        "ListAccounts",
        "AdminServicesTabFields",
        "ClientArea",
    ] {
        matrix(Case {
            op,
            user_state: Some("active"),
            password: OLD_PASSWORD,
            needed: &[],
            state_ok: |f, _, _| match f.panel.user("alice") {
                Some(_) => Ok(()),
                None => Err("a read removed the user".into()),
            },
        });
    }
}

fn is_suspended(f: &Fixture) -> bool {
    f.panel
        .user("alice")
        .is_some_and(|u| u.get("SUSPENDED").and_then(|v| v.as_str()) == Some("yes"))
}

#[test]
fn suspend_and_unsuspend() {
    matrix(Case {
        op: "SuspendAccount",
        user_state: Some("active"),
        password: OLD_PASSWORD,
        needed: &[],
        state_ok: |f, ok, _| {
            let suspended = is_suspended(f);
            if ok && !suspended {
                Err("success but not suspended".into())
            } else {
                Ok(())
            }
        },
    });
    matrix(Case {
        op: "UnsuspendAccount",
        user_state: Some("suspended"),
        password: OLD_PASSWORD,
        needed: &[],
        state_ok: |f, ok, _| {
            let suspended = is_suspended(f);
            if ok && suspended {
                Err("success but still suspended".into())
            } else {
                Ok(())
            }
        },
    });
}

#[test]
fn terminate_account() {
    matrix(Case {
        op: "TerminateAccount",
        user_state: Some("active"),
        password: OLD_PASSWORD,
        needed: &[],
        state_ok: |f, ok, _| {
            if ok && f.panel.user("alice").is_some() {
                Err("success but the user is still there".into())
            } else {
                Ok(())
            }
        },
    });
}

#[test]
fn change_password_and_package() {
    matrix(Case {
        op: "ChangePassword",
        user_state: Some("active"),
        password: NEW_PASSWORD,
        needed: &[],
        state_ok: |f, ok, _| {
            let pw = f.panel.user_password("alice").unwrap_or_default();
            if pw != OLD_PASSWORD && pw != NEW_PASSWORD {
                return Err(format!("password is neither old nor new: {}", pw.len()));
            }
            if ok && pw != NEW_PASSWORD {
                Err("success but the password is unchanged".into())
            } else {
                Ok(())
            }
        },
    });
    matrix(Case {
        op: "ChangePackage",
        user_state: Some("active"),
        password: OLD_PASSWORD,
        needed: &[],
        state_ok: |f, ok, _| {
            let pkg = f.panel.user("alice").and_then(|u| {
                u.get("PACKAGE")
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            });
            if ok && pkg.as_deref() != Some("default") {
                Err(format!("success but package is {pkg:?}"))
            } else {
                Ok(())
            }
        },
    });
}

#[test]
fn usage_update_is_all_or_nothing() {
    matrix(Case {
        op: "UsageUpdate",
        user_state: Some("active"),
        password: OLD_PASSWORD,
        needed: &["U_DISK", "DISK_QUOTA", "U_BANDWIDTH", "BANDWIDTH"],
        state_ok: |f, ok, _| {
            let updated: i64 = f
            .host
            .conn()
            .query_row(
                "SELECT COUNT(*) FROM tblhosting WHERE lastupdate IS NOT NULL AND lastupdate <> ''",
                [],
                |r| r.get(0),
            )
            .unwrap_or(-1);
            match (ok, updated) {
                (true, 1) | (false, 0) => Ok(()),
                _ => Err(format!("ok={ok} but {updated} rows updated")),
            }
        },
    });
}

/// `serde_json::Value` string → number, for Hestia's string counters.
trait FromJsonStr {
    fn from_json_str(v: &serde_json::Value) -> Option<i64>;
}

impl FromJsonStr for Value {
    fn from_json_str(v: &serde_json::Value) -> Option<i64> {
        v.as_str()
            .and_then(|s| s.parse().ok())
            .or_else(|| v.as_i64())
    }
}
