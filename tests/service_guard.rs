//! The per-service lock (`whmcs::service_guard`) on the SQLite WHMCS host: taking, refusing,
//! releasing, taking over an expired lock, never releasing someone else's; and dispatch
//! holding it around exclusive functions only, releasing it after errors and panics.

mod support;

use support::sqlite_host::SqliteHost;
use whmcs_oxide::whmcs::dispatch::invoke;
use whmcs_oxide::whmcs::module_spec::{function, service_button};
use whmcs_oxide::whmcs::service_guard::{lease_secs, GuardError, ServiceGuard, MIN_LEASE_SECS};
use whmcs_oxide::whmcs::{Array, Call, Failure, ModuleSpec, Params, Reply, Shape, Value};

const LEASE: i64 = 600;

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// `(operation, owner)` of every lock row of `service`.
fn rows(host: &SqliteHost, service: i64) -> Vec<(String, String)> {
    let mut stmt = host
        .conn()
        .prepare("SELECT operation, owner FROM mod_oxide_service_locks WHERE serviceid = ?")
        .expect("table exists");
    stmt.query_map([service], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

/// Takes the lock, which must be free (or expired).
fn take<'a>(host: &'a SqliteHost, service: i64, operation: &str) -> ServiceGuard<'a> {
    match ServiceGuard::acquire(host, service, operation, LEASE) {
        Ok(guard) => guard,
        Err(e) => panic!("{operation} on {service}: the lock expected, got {e}"),
    }
}

/// Tries the lock, which must be held: who holds it and for how long.
fn refused(host: &SqliteHost, service: i64, operation: &str) -> (String, i64) {
    match ServiceGuard::acquire(host, service, operation, LEASE) {
        Err(GuardError::Held(h)) => (h.operation, h.age_secs),
        Err(e) => panic!("held expected, got error {e}"),
        Ok(_) => panic!("held expected, got the lock"),
    }
}

/// Makes the lock of `service` look as if it had been taken `age` seconds ago and ran out.
fn expire(host: &SqliteHost, service: i64, age: i64) {
    host.conn()
        .execute(
            "UPDATE mod_oxide_service_locks SET acquired_at = ?, expires_at = ? WHERE serviceid = ?",
            [now() - age, now() - 1, service],
        )
        .expect("update");
}

#[test]
fn acquire_hold_release() {
    let host = SqliteHost::new();
    let guard = take(&host, 7, "CreateAccount");
    assert!(guard.took_over.is_none());
    assert_eq!(rows(&host, 7).len(), 1);
    assert_eq!(rows(&host, 7)[0].0, "CreateAccount");

    let (operation, age) = refused(&host, 7, "TerminateAccount");
    assert_eq!(operation, "CreateAccount");
    assert!((0..5).contains(&age), "age {age}");
    // Another service is independent.
    let other = take(&host, 8, "SuspendAccount");

    drop(guard);
    assert!(rows(&host, 7).is_empty(), "released on drop");
    assert_eq!(rows(&host, 8).len(), 1, "service 8 untouched");
    drop(other);
    let again = take(&host, 7, "TerminateAccount");
    assert_eq!(rows(&host, 7)[0].0, "TerminateAccount");
    drop(again);
}

#[test]
fn the_held_message_names_the_other_operation() {
    let host = SqliteHost::new();
    let _guard = take(&host, 3, "SuspendAccount");
    let Err(e) = ServiceGuard::acquire(&host, 3, "UnsuspendAccount", LEASE) else {
        panic!("held expected");
    };
    assert_eq!(
        e.to_string(),
        "another operation on this service (SuspendAccount, started 0 s ago) is still in \
         progress; try again when it has finished"
    );
}

#[test]
fn an_expired_lock_is_taken_over() {
    let host = SqliteHost::new();
    let crashed = take(&host, 5, "CreateAccount");
    // The holder died without releasing (no Drop ran) and its lease ran out.
    std::mem::forget(crashed);
    refused(&host, 5, "CreateAccount");
    expire(&host, 5, 700);

    let guard = take(&host, 5, "TerminateAccount");
    let old = guard.took_over.clone().expect("reports what it replaced");
    assert_eq!(old.operation, "CreateAccount");
    assert!((700..705).contains(&old.age_secs), "age {}", old.age_secs);
    assert_eq!(rows(&host, 5)[0].0, "TerminateAccount");
    // The new lease holds.
    refused(&host, 5, "CreateAccount");
    drop(guard);
    assert!(rows(&host, 5).is_empty());
}

#[test]
fn releasing_never_frees_someone_elses_lock() {
    let host = SqliteHost::new();
    let slow = take(&host, 9, "ChangePackage");
    // `slow` outlives its lease and another call takes the lock over.
    expire(&host, 9, 700);
    let next = take(&host, 9, "SuspendAccount");
    let owner = rows(&host, 9)[0].1.clone();

    drop(slow);
    assert_eq!(rows(&host, 9), vec![("SuspendAccount".to_string(), owner)]);
    refused(&host, 9, "CreateAccount");
    drop(next);
    assert!(rows(&host, 9).is_empty());
}

#[test]
fn owners_are_unique_per_call() {
    let host = SqliteHost::new();
    let a = take(&host, 1, "CreateAccount");
    let b = take(&host, 2, "CreateAccount");
    let (oa, ob) = (rows(&host, 1)[0].1.clone(), rows(&host, 2)[0].1.clone());
    assert_ne!(oa, ob);
    assert!(oa.starts_with(&format!("{}-", std::process::id())), "{oa}");
    drop((a, b));
}

#[test]
fn the_lease_follows_the_server_timeout() {
    let server =
        |hash: &str| Params::new(Array::new().with("serveraccesshash", hash.to_string())).server();
    assert_eq!(lease_secs(&server("")), MIN_LEASE_SECS);
    assert_eq!(
        lease_secs(&server("KEY:SECRET\ntimeout=30")),
        MIN_LEASE_SECS
    );
    assert_eq!(lease_secs(&server("KEY:SECRET\ntimeout=180")), 1800);
}

// ---- dispatch ------------------------------------------------------------------------------

/// What the handlers saw of the lock table while they ran.
fn lock_rows(call: &Call<'_>) -> usize {
    call.host
        .query("SELECT serviceid FROM mod_oxide_service_locks", &[])
        .map(|r| r.len())
        .unwrap_or(0)
}

/// How many services are locked while the function runs.
fn report(call: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::text(format!("locks {}", lock_rows(call))))
}

fn suspend(_: &Call<'_>) -> Result<Reply, Failure> {
    Err("the panel said no".into())
}

fn terminate(_: &Call<'_>) -> Result<Reply, Failure> {
    panic!("bug in terminate")
}

static SPEC: ModuleSpec = ModuleSpec {
    name: "oxide_guardtest",
    display_name: "guard test",
    functions: &[
        function("CreateAccount", Shape::Status, report, ""),
        function("SuspendAccount", Shape::Status, suspend, ""),
        function("TerminateAccount", Shape::Status, terminate, ""),
        function("UsageUpdate", Shape::Status, report, ""),
        service_button("Reapply", report, ""),
    ],
    shared: &[],
    settings_check: None,
    english: "",
};

fn call(host: &SqliteHost, name: &str, service: Option<i64>) -> String {
    let f = SPEC.function(name).expect("declared");
    let mut params = Array::new();
    if let Some(id) = service {
        params.set("serviceid", id);
    }
    match invoke(&SPEC, f, Params::new(params), host) {
        Reply::Value(Value::Str(s)) => s,
        other => panic!("text expected, got {other:?}"),
    }
}

#[test]
fn dispatch_holds_the_lock_around_exclusive_functions_only() {
    let host = SqliteHost::new();
    assert!(SPEC.function("CreateAccount").is_some_and(|f| f.exclusive));
    assert!(SPEC.function("Reapply").is_some_and(|f| f.exclusive));
    assert!(SPEC.function("UsageUpdate").is_some_and(|f| !f.exclusive));

    // Exclusive functions run holding their service's lock; reads do not take it.
    assert_eq!(call(&host, "CreateAccount", Some(4)), "locks 1");
    assert_eq!(call(&host, "Reapply", Some(4)), "locks 1");
    assert_eq!(call(&host, "UsageUpdate", Some(4)), "locks 0");
    assert!(rows(&host, 4).is_empty(), "released after success");

    // Released after an error and after a panic.
    assert_eq!(
        call(&host, "SuspendAccount", Some(4)),
        "SuspendAccount failed: the panel said no"
    );
    let panicked = call(&host, "TerminateAccount", Some(4));
    assert!(
        panicked.starts_with("TerminateAccount failed: internal error"),
        "{panicked}"
    );
    assert!(
        rows(&host, 4).is_empty(),
        "released after an error and a panic"
    );

    // While another call holds it: exclusive functions say so, reads run.
    let other = take(&host, 4, "ChangePackage");
    assert_eq!(
        call(&host, "CreateAccount", Some(4)),
        "CreateAccount: another operation on this service (ChangePackage, started 0 s ago) \
         is still in progress; try again when it has finished"
    );
    assert!(call(&host, "Reapply", Some(4)).contains("(ChangePackage, started"));
    assert_eq!(call(&host, "UsageUpdate", Some(4)), "locks 1");
    // Other services and calls without a service are not held up.
    assert_eq!(call(&host, "CreateAccount", Some(5)), "locks 2");
    assert_eq!(call(&host, "CreateAccount", None), "locks 1");
    drop(other);
}
