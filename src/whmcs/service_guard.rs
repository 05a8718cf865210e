//! One state-changing module call per service at a time, across PHP processes.
//!
//! WHMCS can run two lifecycle calls for one service at the same moment (an admin presses
//! Create while the module queue retries it; a cron suspend meets a payment's unsuspend). Both
//! would read the panel, decide, and act: the loser then reports a panel error about the very
//! account the winner just made. The guard is a row in the WHMCS database, because that is the
//! one thing every PHP worker and the cron share, on MySQL/MariaDB and on SQLite alike:
//!
//! - `mod_oxide_service_locks` (service id primary key) is created with
//!   `CREATE TABLE IF NOT EXISTS`, never inside a transaction (MySQL commits DDL implicitly);
//! - taking it is a plain `INSERT`; the primary key refuses a second one, which is read back
//!   as "held" rather than as a database error;
//! - a holder that died (PHP killed, fatal error, lost connection) leaves its row; once the
//!   row's `expires_at` has passed, a conditional `UPDATE … WHERE expires_at < now` takes it
//!   over, and only the caller whose update changed the row wins;
//! - [`ServiceGuard`]'s `Drop` deletes the row, but only while it still carries our owner
//!   token, so a call that outlived its lease never frees someone else's.
//!
//! Only portable SQL is used: no `GET_LOCK`, `ON CONFLICT` or `INSERT IGNORE`.

use std::time::{SystemTime, UNIX_EPOCH};

use super::host::{Host, HostError};
use super::schema::{self, TableSchema};
use super::server::ServerParams;
use super::value::Value;

pub const TABLE: &str = "mod_oxide_service_locks";

pub const LOCKS_TABLE: TableSchema = TableSchema {
    name: TABLE,
    create: "CREATE TABLE IF NOT EXISTS mod_oxide_service_locks (\
     serviceid INTEGER NOT NULL PRIMARY KEY, operation VARCHAR(64) NOT NULL, \
     owner VARCHAR(64) NOT NULL, acquired_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
    upgrades: &[],
};

/// The shortest lease: far above the slowest lifecycle call measured on a real panel (HestiaCP
/// create with web, DNS and mail: about 11 s) and above a call whose every request runs into
/// the default 60 s timeout; short enough that a crashed call blocks its service for minutes,
/// not hours.
pub const MIN_LEASE_SECS: i64 = 600;

/// Requests one slow call may wait for in full before its lease is at risk, when the server
/// record sets a longer `timeout=`.
const LEASE_REQUESTS: i64 = 10;

/// An INSERT refused while no row could be read back means the row was released in between;
/// try again a few times before calling it a database error.
const ATTEMPTS: usize = 3;

/// How long a call on this server may hold its service's lock before others may take it over.
pub fn lease_secs(server: &ServerParams) -> i64 {
    let timeout = server
        .timeout_secs()
        .and_then(|t| i64::try_from(t).ok())
        .unwrap_or(0);
    timeout.saturating_mul(LEASE_REQUESTS).max(MIN_LEASE_SECS)
}

/// Who holds a service's lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub operation: String,
    /// Seconds since it was taken.
    pub age_secs: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum GuardError {
    #[error(
        "another operation on this service ({}, started {} s ago) is still in progress; \
         try again when it has finished",
        .0.operation,
        .0.age_secs
    )]
    Held(Holder),
    #[error("cannot take this service's lock in the WHMCS database ({TABLE}): {0}")]
    Host(#[from] HostError),
}

/// The lock of one service, released when dropped (also while a panic unwinds).
pub struct ServiceGuard<'a> {
    host: &'a dyn Host,
    service_id: i64,
    owner: String,
    /// An expired lock this guard replaced: the call that held it died without releasing it.
    pub took_over: Option<Holder>,
}

impl<'a> ServiceGuard<'a> {
    /// Takes the lock of `service_id` for `operation`, or says who holds it. Never waits: a
    /// waiting call would tie up a PHP worker (and the admin's browser) for as long as the
    /// other call runs, and WHMCS's own retry (module queue, the admin's next click) comes
    /// anyway.
    pub fn acquire(
        host: &'a dyn Host,
        service_id: i64,
        operation: &str,
        lease_secs: i64,
    ) -> Result<Self, GuardError> {
        schema::ensure(host, &LOCKS_TABLE)?;
        let owner = owner_token();
        let mut last_error = None;
        for _ in 0..ATTEMPTS {
            let now = now_secs();
            let expires = now.saturating_add(lease_secs);
            let inserted = host.execute(
                "INSERT INTO mod_oxide_service_locks \
                 (serviceid, operation, owner, acquired_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                &[
                    Value::Int(service_id),
                    Value::from(operation),
                    Value::from(owner.as_str()),
                    Value::Int(now),
                    Value::Int(expires),
                ],
            );
            let refusal = match inserted {
                Ok(_) => return Ok(Self::new(host, service_id, owner, None)),
                Err(e) => e,
            };
            let Some((holder, expires_at)) = current(host, service_id, now)? else {
                // Released between our INSERT and the read: try again.
                last_error = Some(refusal);
                continue;
            };
            if expires_at >= now {
                return Err(GuardError::Held(holder));
            }
            let taken = host.execute(
                "UPDATE mod_oxide_service_locks SET operation = ?, owner = ?, acquired_at = ?, \
                 expires_at = ? WHERE serviceid = ? AND expires_at < ?",
                &[
                    Value::from(operation),
                    Value::from(owner.as_str()),
                    Value::Int(now),
                    Value::Int(expires),
                    Value::Int(service_id),
                    Value::Int(now),
                ],
            )?;
            if taken == 1 {
                return Ok(Self::new(host, service_id, owner, Some(holder)));
            }
            // Someone else took the expired lock first; the next round reports them.
        }
        Err(GuardError::Host(last_error.unwrap_or_else(|| {
            HostError::Database("the lock row kept changing".into())
        })))
    }

    fn new(host: &'a dyn Host, service_id: i64, owner: String, took_over: Option<Holder>) -> Self {
        ServiceGuard {
            host,
            service_id,
            owner,
            took_over,
        }
    }
}

impl Drop for ServiceGuard<'_> {
    fn drop(&mut self) {
        // A failed release cannot be reported from here; the lease ends it.
        let _ = self.host.execute(
            "DELETE FROM mod_oxide_service_locks WHERE serviceid = ? AND owner = ?",
            &[
                Value::Int(self.service_id),
                Value::from(self.owner.as_str()),
            ],
        );
    }
}

/// The lock row of a service: who holds it and until when, `None` when there is none.
fn current(host: &dyn Host, service_id: i64, now: i64) -> Result<Option<(Holder, i64)>, HostError> {
    let rows = host.query(
        "SELECT operation, acquired_at, expires_at FROM mod_oxide_service_locks WHERE serviceid = ?",
        &[Value::Int(service_id)],
    )?;
    Ok(rows.first().map(|r| {
        let holder = Holder {
            operation: r.text("operation"),
            age_secs: now
                .saturating_sub(r.int("acquired_at").unwrap_or(now))
                .max(0),
        };
        (holder, r.int("expires_at").unwrap_or(0))
    }))
}

/// Unique per call, also across the web servers of one WHMCS: the process id (to find the
/// holder on a host) and random bytes.
fn owner_token() -> String {
    let mut bytes = [0u8; 8];
    if getrandom::getrandom(&mut bytes).is_err() {
        // Without OS randomness the clock still separates calls of one process.
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        bytes = (nanos as u64).to_le_bytes();
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{hex}", std::process::id())
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
