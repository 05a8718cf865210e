//! Fault matrix for oxide_vpncp: every lifecycle function (and the state-changing custom
//! functions ReapplyCaps and OneTimeLink) × every fault the simulator can inject, at every
//! request the function makes — for CreateAccount including the server selection (system
//! status, free IP), the caps PUT and the rollback DELETE. Each cell: no panic, a one-line
//! WHMCS error naming the operation (or success), no secret in the reply or the module log,
//! and the panel either as it was before or fully done — never a half-created client.

mod support;

use std::sync::Arc;

use oxide_sim::vpncp::{VpncpPanel, DEFAULT_TOKEN};
use oxide_sim::{start, Fault, FaultKind, Panel, SimHandle, StartOptions};
use serde_json::{json, Value as Json};
use support::faults::every_fault;
use support::hostile::check_every_hostile;
use support::params::server;
use support::replies::{is_success, message, skipped_some};
use support::reshape::check_every;
use support::sqlite_host::SqliteHost;
use whmcs_oxide::modules::vpncp::client_area::OTL_FIELD;
use whmcs_oxide::modules::vpncp::usage::{Month, BYTES_PER_MB};
use whmcs_oxide::modules::vpncp::SPEC;
use whmcs_oxide::whmcs::dispatch::invoke;
use whmcs_oxide::whmcs::{Array, Host, HostError, Input, LogEntry, Params, Reply, Row, Value};

const OLD_PASSWORD: &str = "OldPassw0rdFault";
const NEW_PASSWORD: &str = "NewPassw0rdFault";
/// The client of service 7 (and 8, for usage), as the default name rule makes them.
const CLIENT: &str = "vpn-3-7-abcd";
const OTHER_CLIENT: &str = "vpn-3-8-efgh";
/// The product's caps (Mbit/s).
const DOWN: u64 = 20;
const UP: u64 = 10;
/// This month's traffic of the two usage clients (bytes).
const TRAFFIC: [(u64, u64); 2] = [(3 << 30, 512 << 20), (5 << 20, 1 << 20)];

fn settings() -> String {
    json!({"download_mbps": DOWN, "upload_mbps": UP,
           "networks": [{"server_id": 1, "network": "default"}]})
    .to_string()
}

/// What the panel and WHMCS hold before the call.
#[derive(Clone, Copy, PartialEq)]
enum Setup {
    /// No client yet: a pending service.
    Fresh,
    /// Service 7's client exists, enabled or not, uncapped.
    Client { enabled: bool },
    /// Services 7 and 8 with this month's traffic.
    Usage,
}

/// A SQLite WHMCS whose current request is the client area's one-time-link form POST.
struct WhmcsHost(SqliteHost);

impl Host for WhmcsHost {
    fn log_call(&self, e: &LogEntry<'_>) {
        self.0.log_call(e)
    }
    fn query(&self, sql: &str, binds: &[Value]) -> Result<Vec<Row>, HostError> {
        self.0.query(sql, binds)
    }
    fn execute(&self, sql: &str, binds: &[Value]) -> Result<u64, HostError> {
        self.0.execute(sql, binds)
    }
    fn execute_many(&self, sql: &str, rows: &[Vec<Value>]) -> Result<u64, HostError> {
        self.0.execute_many(sql, rows)
    }
    fn last_insert_id(&self) -> Result<i64, HostError> {
        self.0.last_insert_id()
    }
    fn begin(&self) -> Result<(), HostError> {
        self.0.begin()
    }
    fn commit(&self) -> Result<(), HostError> {
        self.0.commit()
    }
    fn rollback(&self) -> Result<(), HostError> {
        self.0.rollback()
    }
    fn log_activity(&self, message: &str) {
        self.0.log_activity(message)
    }
    fn encrypt_password(&self, plain: &str) -> Result<String, HostError> {
        self.0.encrypt_password(plain)
    }
    fn decrypt_password(&self, encrypted: &str) -> Result<String, HostError> {
        self.0.decrypt_password(encrypted)
    }
    fn request_input(&self, from: Input, name: &str) -> Option<String> {
        (from == Input::Form && name == OTL_FIELD).then(|| "1".to_string())
    }
}

struct Fixture {
    panel: Arc<VpncpPanel>,
    sim: SimHandle,
    host: WhmcsHost,
}

/// Words of which a failure message must contain one when `fault` caused it (so the admin
/// learns what went wrong, not just that something did).
fn cause_words(fault: &str) -> &'static [&'static str] {
    match fault {
        "refused" | "reset mid-body" | "truncated" => &["broke", "cannot connect", "no answer"],
        "timeout" | "timeout after the panel acted" => &["no answer"],
        "HTTP 500" => &["HTTP 500"],
        "HTML error page" => &["HTML page"],
        "malformed JSON" => &["cannot read"],
        "auth failure" => &["refused the API token"],
        _ => &[""],
    }
}

fn client_json(enabled: bool, traffic: Option<(u64, u64)>) -> Json {
    let mut c = json!({"network": "default", "password": OLD_PASSWORD,
                       "status": if enabled { "enable" } else { "disable" }});
    if let Some((down, up)) = traffic {
        c["traffic"] = json!({format!("{}-01", Month::current().key()):
                              {"download": down, "upload": up}});
    }
    c
}

fn fixture(setup: Setup) -> Fixture {
    let panel = Arc::new(VpncpPanel::new());
    let clients = match setup {
        Setup::Fresh => json!({}),
        Setup::Client { enabled } => json!({ CLIENT: client_json(enabled, None) }),
        Setup::Usage => json!({
            CLIENT: client_json(true, Some(TRAFFIC[0])),
            OTHER_CLIENT: client_json(true, Some(TRAFFIC[1])),
        }),
    };
    panel
        .merge(&json!({ "clients": clients }))
        .expect("panel state");
    let sim = start(panel.clone(), StartOptions::default()).expect("simulator");
    let host = WhmcsHost(SqliteHost::new());
    let token = host.encrypt_password(DEFAULT_TOKEN).expect("encrypt");
    let db = host.0.conn();
    db.execute(
        "INSERT INTO tblservers (id, name, ipaddress, hostname, password, accesshash, secure, port, type, disabled) \
         VALUES (1, 'vpn1', '127.0.0.1', '127.0.0.1', ?1, ?2, 'on', ?3, 'oxide_vpncp', 0)",
        rusqlite::params![token, access_hash(&sim), sim.port()],
    )
    .expect("server row");
    db.execute_batch(
        "INSERT INTO tblservergroups (id, name, filltype) VALUES (1, 'VPN', 1);
         INSERT INTO tblservergroupsrel (groupid, serverid) VALUES (1, 1);",
    )
    .expect("group");
    db.execute(
        "INSERT INTO tblproducts (id, type, name, servertype, servergroup, configoption24) \
         VALUES (1, 'other', 'VPN', 'oxide_vpncp', 1, ?1)",
        [settings()],
    )
    .expect("product");
    let services: Vec<(i64, &str, &str)> = match setup {
        Setup::Fresh => vec![(7, "", "Pending")],
        Setup::Client { enabled: true } => vec![(7, CLIENT, "Active")],
        Setup::Client { enabled: false } => vec![(7, CLIENT, "Suspended")],
        Setup::Usage => vec![(7, CLIENT, "Active"), (8, OTHER_CLIENT, "Active")],
    };
    for (id, username, status) in services {
        db.execute(
            "INSERT INTO tblhosting (id, userid, packageid, server, username, domainstatus) \
             VALUES (?1, 3, 1, 1, ?2, ?3)",
            rusqlite::params![id, username, status],
        )
        .expect("service row");
    }
    Fixture { panel, sim, host }
}

fn access_hash(sim: &SimHandle) -> String {
    format!("pin={}\ntimeout=1", sim.cert_sha256())
}

/// `$params` of service 7 as WHMCS passes them (its username as tblhosting has it now).
fn params(f: &Fixture, password: &str) -> Params {
    let username: String = f
        .host
        .0
        .conn()
        .query_row("SELECT username FROM tblhosting WHERE id = 7", [], |r| {
            r.get(0)
        })
        .unwrap_or_default();
    let mut a = server(f.sim.port(), &access_hash(&f.sim));
    a.set("serverpassword", DEFAULT_TOKEN)
        .set("serviceid", 7)
        .set("userid", 3)
        .set("pid", 1)
        .set("domain", "")
        .set("username", username)
        .set("password", password)
        .set("configoption24", settings())
        .set(
            "clientsdetails",
            Array::new()
                .with("userid", 3)
                .with("firstname", "Ada")
                .with("lastname", "L")
                .with("email", "ada@example.com"),
        );
    Params::new(a)
}

fn call(f: &Fixture, op: &str, password: &str) -> Reply {
    let func = SPEC.function(op).expect("exported");
    invoke(&SPEC, func, params(f, password), &f.host)
}

/// Values that must never reach a reply or the module log: the API token, the passwords and
/// every one-time link the panel handed out.
fn secrets(f: &Fixture) -> Vec<String> {
    let mut out = vec![
        DEFAULT_TOKEN.to_string(),
        OLD_PASSWORD.to_string(),
        NEW_PASSWORD.to_string(),
    ];
    if let Some(links) = f.panel.state_json().get("links").and_then(Json::as_array) {
        out.extend(
            links
                .iter()
                .filter_map(|l| l.get("url").and_then(Json::as_str).map(str::to_string)),
        );
    }
    out
}

type Check = fn(&Fixture, &Reply, bool) -> Result<(), String>;

struct Case {
    op: &'static str,
    setup: Setup,
    password: &'static str,
    /// Faults present in every cell (the failed caps PUT that leads to the rollback DELETE).
    base: Vec<Fault>,
    /// What the base faults make the message say (the cause of the failure WHMCS sees).
    base_cause: &'static [&'static str],
    /// Routes already covered by another case (faulted only where this case differs).
    skip: Vec<String>,
    check: Check,
    /// Run only the cell [`AWAITING_FIX`] (and no reshaped answers) instead of every other.
    awaiting_fix: bool,
}

/// A gateway's JSON 404 on the client DELETE: today's `is_not_found` takes any 404 for "the
/// client is already gone", so TerminateAccount (and CreateAccount's rollback) report a client
/// as gone that is still live. The fix is on another branch (issue 21, secrets/vpncp); until it
/// is merged this cell runs only in the ignored `gateway_json_404_on_delete_proves_nothing`.
const AWAITING_FIX: (&str, &str) = ("gateway JSON 404", "client.delete");

impl Case {
    fn new(op: &'static str, setup: Setup, password: &'static str, check: Check) -> Case {
        Case {
            op,
            setup,
            password,
            base: Vec::new(),
            base_cause: &[],
            skip: Vec::new(),
            check,
            awaiting_fix: false,
        }
    }

    fn fixture(&self) -> Fixture {
        let f = fixture(self.setup);
        for b in &self.base {
            f.sim.add_fault(b.clone());
        }
        f
    }

    /// The distinct request routes of a run with only the base faults, in order.
    fn routes(&self) -> Vec<String> {
        let f = self.fixture();
        let r = call(&f, self.op, self.password);
        if self.base.is_empty() {
            assert!(
                is_success(&r),
                "{} must succeed without faults: {r:?}",
                self.op
            );
        }
        let mut seen: Vec<String> = Vec::new();
        for req in f.sim.requests() {
            if !seen.contains(&req.route) && !self.skip.contains(&req.route) {
                seen.push(req.route);
            }
        }
        seen
    }
}

/// Runs the case with each fault at each of its requests, then (without base faults) with each
/// field of each answer changed ([`support::reshape`]); returns (cells, failures).
fn matrix(case: &Case) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let routes = case.routes();
    assert!(!routes.is_empty(), "{}: no requests to fault", case.op);
    let mut cells = 0;
    let label = if case.base.is_empty() {
        case.op.to_string()
    } else {
        format!("{} (after a failed caps PUT)", case.op)
    };
    for route in &routes {
        for (name, kind) in every_fault() {
            if ((name, route.as_str()) == AWAITING_FIX) != case.awaiting_fix {
                continue;
            }
            cells += 1;
            let f = case.fixture();
            f.sim.add_fault(Fault::new(route, kind).times(1));
            let cell = format!("{label} × {name} at {route}");
            let (ok, msg) = run_cell(&f, case, &cell, &mut failures);
            if !ok
                && msg.starts_with(&format!("{} failed: ", case.op))
                && !cause_words(name)
                    .iter()
                    .chain(case.base_cause)
                    .any(|w| msg.contains(w))
            {
                failures.push(format!("{cell}: message does not name the cause: {msg}"));
            }
        }
    }
    eprintln!(
        "{label}: {} route(s) {:?} × {} faults = {cells} cells, {} failing",
        routes.len(),
        routes,
        every_fault().len(),
        failures.len()
    );
    if case.base.is_empty() && !case.awaiting_fix {
        let clean = {
            let f = case.fixture();
            f.sim.keep_answers(true);
            let r = call(&f, case.op, case.password);
            assert!(is_success(&r), "{} must succeed unchanged: {r:?}", case.op);
            f.sim.requests()
        };
        cells += check_every(
            case.op,
            &clean,
            needed(case.op),
            &mut failures,
            |c, cell, failures| {
                let f = case.fixture();
                f.sim.add_fault(c.fault());
                run_cell(&f, case, cell, failures)
            },
        );
        cells += check_every_hostile(case.op, &clean, &mut failures, |c, cell, failures| {
            let f = case.fixture();
            f.sim.add_fault(c.fault());
            run_cell(&f, case, cell, failures)
        });
    }
    (cells, failures)
}

/// The answer fields each function needs: only these may fail it when unreadable.
fn needed(op: &str) -> &'static [&'static str] {
    // Every function needs the envelope's verdict (`result`).
    match op {
        // Placement needs the licence slots and a free address.
        "CreateAccount" => &["result", "count_accounts", "count_accounts_available", "ip"],
        // Every day's two figures.
        "UsageUpdate" | "MetricUsage" => &["result", "download", "upload"],
        "OneTimeLink" => &["result", "url"],
        _ => &["result"],
    }
}

/// Calls the case's function on a fixture with its faults set and checks what every cell must
/// hold; `(success, message)`.
fn run_cell(f: &Fixture, case: &Case, cell: &str, failures: &mut Vec<String>) -> (bool, String) {
    let r = call(f, case.op, case.password);
    let ok = is_success(&r);
    let msg = message(&r);
    // MATRIX_VERBOSE=1 (with --nocapture) prints every cell's outcome.
    if std::env::var_os("MATRIX_VERBOSE").is_some() {
        eprintln!("{cell}: {}", if ok { "success" } else { &msg });
    }
    if !ok {
        if !msg.starts_with(&format!("{} failed: ", case.op)) && !skipped_some(&msg) {
            failures.push(format!(
                "{cell}: message does not name the operation: {msg}"
            ));
        }
        if msg.contains("internal error") {
            failures.push(format!("{cell}: a panic: {msg}"));
        }
    }
    if msg.contains('\n') {
        failures.push(format!("{cell}: message is not one line"));
    }
    let logs = f.host.0.all_logs();
    for secret in secrets(f) {
        if msg.contains(&secret) || logs.contains(&secret) {
            failures.push(format!("{cell}: a secret leaked ({} chars)", secret.len()));
        }
    }
    if let Err(e) = (case.check)(f, &r, ok) {
        failures.push(format!("{cell}: {e} (reply: {msg})"));
    }
    (ok, msg)
}

fn run(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        failures.extend(matrix(case).1);
    }
    assert!(
        failures.is_empty(),
        "{} failing cells:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn client_field(f: &Fixture, name: &str, field: &str) -> Option<Json> {
    f.panel.client(name).and_then(|c| c.get(field).cloned())
}

fn caps(f: &Fixture, name: &str) -> (u64, u64) {
    let n = |k| {
        client_field(f, name, k)
            .and_then(|v| v.as_u64())
            .unwrap_or(0)
    };
    (n("b_download"), n("b_upload"))
}

fn service_username(f: &Fixture) -> String {
    f.host
        .0
        .conn()
        .query_row("SELECT username FROM tblhosting WHERE id = 7", [], |r| {
            r.get(0)
        })
        .unwrap_or_default()
}

/// No client, or one with its caps; a failed create can be retried into exactly one client.
fn create_state(f: &Fixture, _: &Reply, ok: bool) -> Result<(), String> {
    let whole = |f: &Fixture, ok: bool| -> Result<(), String> {
        let names = f.panel.client_names();
        match names.as_slice() {
            [] if ok => Err("success reported but no client".into()),
            [] => Ok(()),
            [name] => {
                if caps(f, name) != (DOWN, UP) {
                    return Err(format!(
                        "client {name} left with caps {:?} (half-created)",
                        caps(f, name)
                    ));
                }
                if ok && service_username(f) != *name {
                    return Err(format!(
                        "tblhosting.username {} is not the client {name}",
                        service_username(f)
                    ));
                }
                Ok(())
            }
            many => Err(format!("{} clients: {many:?}", many.len())),
        }
    };
    whole(f, ok)?;
    if !ok {
        f.sim.clear_faults();
        let retry = call(f, "CreateAccount", OLD_PASSWORD);
        if !is_success(&retry) {
            return Err(format!("the retry failed: {}", message(&retry)));
        }
        whole(f, true).map_err(|e| format!("after the retry: {e}"))?;
    }
    Ok(())
}

fn status_is(f: &Fixture, want: &str, ok: bool) -> Result<(), String> {
    let status = client_field(f, CLIENT, "status");
    match status.as_ref().and_then(Json::as_str) {
        None => Err("the client is gone".into()),
        Some(s) if ok && s != want => Err(format!("success but the status is {s}")),
        Some(_) => Ok(()),
    }
}

/// CreateAccount, and CreateAccount whose caps PUT fails (so it rolls back with a DELETE).
fn create_cases() -> [Case; 2] {
    let clean = Case::new("CreateAccount", Setup::Fresh, OLD_PASSWORD, create_state);
    let mut rollback = Case::new("CreateAccount", Setup::Fresh, OLD_PASSWORD, create_state);
    rollback.base = vec![Fault::new(
        "client.update",
        FaultKind::Status {
            status: 500,
            body: "Internal Server Error".into(),
        },
    )
    .times(1)];
    rollback.base_cause = &["HTTP 500"];
    rollback.skip = clean.routes();
    [clean, rollback]
}

#[test]
fn create_account() {
    run(&create_cases());
}

fn terminate_case() -> Case {
    Case::new(
        "TerminateAccount",
        Setup::Client { enabled: true },
        OLD_PASSWORD,
        |f, _, ok| {
            if ok && f.panel.client(CLIENT).is_some() {
                Err("success but the client is still there".into())
            } else {
                Ok(())
            }
        },
    )
}

/// The right behaviour for [`AWAITING_FIX`]: a 404 that is not puqVPNcp's own "client not
/// found" proves nothing, so TerminateAccount fails and the rollback does not call the client
/// gone. Fails on this branch until the `is_not_found` fix is merged; then drop the `ignore`.
#[test]
#[ignore = "needs the vpncp is_not_found fix from the issue-21 secrets branch"]
fn gateway_json_404_on_delete_proves_nothing() {
    let [_, mut rollback] = create_cases();
    let mut terminate = terminate_case();
    rollback.awaiting_fix = true;
    terminate.awaiting_fix = true;
    run(&[terminate, rollback]);
}

#[test]
fn suspend_and_unsuspend() {
    run(&[
        Case::new(
            "SuspendAccount",
            Setup::Client { enabled: true },
            OLD_PASSWORD,
            |f, _, ok| status_is(f, "disable", ok),
        ),
        Case::new(
            "UnsuspendAccount",
            Setup::Client { enabled: false },
            OLD_PASSWORD,
            |f, _, ok| status_is(f, "enable", ok),
        ),
    ]);
}

#[test]
fn terminate_account() {
    run(&[terminate_case()]);
}

#[test]
fn change_password() {
    run(&[Case::new(
        "ChangePassword",
        Setup::Client { enabled: true },
        NEW_PASSWORD,
        |f, _, ok| {
            let pw = client_field(f, CLIENT, "password")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            if pw != OLD_PASSWORD && pw != NEW_PASSWORD {
                Err(format!(
                    "password is neither old nor new ({} chars)",
                    pw.len()
                ))
            } else if ok && pw != NEW_PASSWORD {
                Err("success but the password is unchanged".into())
            } else {
                Ok(())
            }
        },
    )]);
}

#[test]
fn change_package_and_reapply_caps() {
    let check: Check = |f, _, ok| match caps(f, CLIENT) {
        (DOWN, UP) => Ok(()),
        c if ok => Err(format!("success but the caps are {c:?}")),
        (0, 0) => Ok(()),
        c => Err(format!("caps half-applied: {c:?}")),
    };
    run(&[
        Case::new(
            "ChangePackage",
            Setup::Client { enabled: true },
            OLD_PASSWORD,
            check,
        ),
        Case::new(
            "ReapplyCaps",
            Setup::Client { enabled: true },
            OLD_PASSWORD,
            check,
        ),
    ]);
}

#[test]
fn usage_update_writes_only_what_it_read() {
    run(&[Case::new(
        "UsageUpdate",
        Setup::Usage,
        OLD_PASSWORD,
        |f, _, ok| {
            let mut written = 0;
            for (i, id) in [7, 8].into_iter().enumerate() {
                let (bw, last): (i64, Option<String>) = f
                    .host
                    .0
                    .conn()
                    .query_row(
                        "SELECT bwusage, lastupdate FROM tblhosting WHERE id = ?1",
                        [id],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .map_err(|e| e.to_string())?;
                let (down, up) = TRAFFIC[i];
                let want = ((down + up) as f64 / BYTES_PER_MB).round() as i64;
                match (bw, last.filter(|l| !l.is_empty())) {
                    (0, None) => {}
                    (b, Some(_)) if b == want => written += 1,
                    other => return Err(format!("service {id}: half-written row {other:?}")),
                }
            }
            // One client's read failing leaves its row alone and is reported; the others are
            // written (each row all-or-nothing, the update one transaction).
            if ok && written != 2 {
                Err(format!("success but {written} of 2 rows written"))
            } else {
                Ok(())
            }
        },
    )]);
}

#[test]
fn test_connection() {
    run(&[Case::new(
        "TestConnection",
        Setup::Client { enabled: true },
        OLD_PASSWORD,
        |_, _, _| Ok(()),
    )]);
}

#[test]
fn one_time_link() {
    run(&[Case::new(
        "OneTimeLink",
        Setup::Client { enabled: true },
        OLD_PASSWORD,
        |f, r, ok| {
            let links = f.panel.links();
            if !ok {
                return if links <= 1 {
                    Ok(())
                } else {
                    Err(format!("{links} links made"))
                };
            }
            let given = match r {
                Reply::Value(Value::Array(a)) => a
                    .get("vars")
                    .and_then(Value::as_array)
                    .and_then(|v| v.get("link"))
                    .and_then(Value::as_text)
                    .map(|s| s.into_owned()),
                _ => None,
            };
            let made = f.panel.state_json()["links"][0]["url"]
                .as_str()
                .map(str::to_string);
            if links == 1 && given.is_some() && given == made {
                Ok(())
            } else {
                Err(format!(
                    "success but {links} links and the reply's link differs"
                ))
            }
        },
    )]);
}

/// The pages and the usage-billing read: they change nothing.
#[test]
fn pages_and_metrics() {
    run(&[
        Case::new(
            "AdminServicesTabFields",
            Setup::Client { enabled: true },
            OLD_PASSWORD,
            |_, _, _| Ok(()),
        ),
        Case::new(
            "ClientArea",
            Setup::Client { enabled: true },
            OLD_PASSWORD,
            |_, _, _| Ok(()),
        ),
        Case::new("MetricUsage", Setup::Usage, OLD_PASSWORD, |_, _, _| Ok(())),
    ]);
}
