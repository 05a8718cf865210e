//! The seed's traffic accounting (GetStats): per service and month, the panel's total, what
//! billing already recorded, and the difference booked now — in a module-owned table created
//! on first use (portable SQL: SQLite and MySQL/MariaDB). The table is created before any
//! transaction: MySQL commits an open transaction on DDL.
//!
//! WHM resets its counters on the 1st. When the table's newest month for this server is
//! older than the server's current month, those months are closed first with `showbw` for
//! that month (their final totals), so traffic between the last run and the month's end is
//! not lost however late the first run of a new month is. A booked byte is never booked
//! again: the difference is taken against what is recorded, never against zero.

use std::collections::HashMap;

use crate::whmcs::clock;
use crate::whmcs::schema::{self, TableSchema};
use crate::whmcs::{Host, HostError, Value};

use super::api::WhmApi;
use super::bandwidth::{self, Month, MonthTraffic};
use super::error::CpanelError;
use super::hosting;

pub const TABLE: TableSchema = TableSchema {
    name: "mod_oxide_cpanel_traffic",
    create: "CREATE TABLE IF NOT EXISTS mod_oxide_cpanel_traffic (\
     serverid INTEGER NOT NULL, serviceid INTEGER NOT NULL, period CHAR(7) NOT NULL, \
     username VARCHAR(32) NOT NULL, panel_bytes BIGINT NOT NULL DEFAULT 0, \
     recorded_bytes BIGINT NOT NULL DEFAULT 0, last_delta_bytes BIGINT NOT NULL DEFAULT 0, \
     updated_at VARCHAR(32) NOT NULL, PRIMARY KEY (serverid, serviceid, period))",
    upgrades: &[],
};

/// Months closed late are fetched one showbw each, at most this many back.
const MAX_CATCH_UP: usize = 12;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Earlier months closed with their final totals.
    pub closed: Vec<String>,
    pub rows: usize,
    pub booked_bytes: u64,
}

/// One service-month after this run.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    service_id: i64,
    period: String,
    username: String,
    panel: u64,
    recorded: u64,
    delta: u64,
}

pub fn ensure_table(host: &dyn Host) -> Result<(), HostError> {
    schema::ensure(host, &TABLE)
}

/// What a run will book: the server's services and every month it needs from WHM (the
/// months to close, then the current one), all fetched before anything is written.
#[derive(Debug, Clone, Default)]
pub struct Fetched {
    services: Vec<(i64, String)>,
    months: Vec<MonthTraffic>,
}

/// Asks WHM for the months to close (`current` is the server's showbw for its current month).
/// Every request of the run happens here, so a failure leaves the database untouched.
pub fn fetch(
    host: &dyn Host,
    api: &WhmApi<'_>,
    server_id: i64,
    current: &MonthTraffic,
) -> Result<Fetched, CpanelError> {
    ensure_table(host)?;
    let services = hosting::services_on_server(host, server_id)?;
    if services.is_empty() {
        return Ok(Fetched::default());
    }
    let mut months: Vec<MonthTraffic> = Vec::new();
    for m in months_to_close(host, server_id, current.month)? {
        months.push(bandwidth::show(api, Some(m), None)?);
    }
    months.push(current.clone());
    Ok(Fetched { services, months })
}

/// Books what [`fetch`] found. Opens no transaction: the caller runs it in the one that also
/// writes `tblhosting`'s usage, so a run is booked whole or not at all.
pub fn book(host: &dyn Host, server_id: i64, fetched: &Fetched) -> Result<Summary, HostError> {
    let Some((current, earlier)) = fetched.months.split_last() else {
        return Ok(Summary::default());
    };
    let closed: Vec<String> = earlier.iter().map(|m| m.month.key()).collect();
    let oldest = earlier.first().unwrap_or(current).month.key();
    let recorded = recorded_since(host, server_id, &oldest)?;

    let mut rows = Vec::new();
    for month in &fetched.months {
        let period = month.month.key();
        for (service_id, user) in &fetched.services {
            let Some(t) = month.of(user) else {
                continue;
            };
            let before = recorded
                .get(&(*service_id, period.clone()))
                .copied()
                .unwrap_or(0);
            // A counter below what is recorded (a reset, a restored log) books nothing and
            // takes nothing back.
            let delta = t.bytes.saturating_sub(before);
            rows.push(Row {
                service_id: *service_id,
                period: period.clone(),
                username: user.clone(),
                panel: t.bytes,
                recorded: before + delta,
                delta,
            });
        }
    }
    write(host, server_id, &rows)?;
    Ok(Summary {
        closed,
        rows: rows.len(),
        booked_bytes: rows.iter().map(|r| r.delta).sum(),
    })
}

/// Months before `current` not yet closed for this server: from the newest recorded month
/// up to the month before `current`.
fn months_to_close(
    host: &dyn Host,
    server_id: i64,
    current: Month,
) -> Result<Vec<Month>, HostError> {
    let rows = host.query(
        "SELECT MAX(period) AS p FROM mod_oxide_cpanel_traffic WHERE serverid = ?",
        &[Value::Int(server_id)],
    )?;
    let Some(mut m) = rows.first().and_then(|r| Month::parse(&r.text("p"))) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    while m < current {
        out.push(m);
        m = m.next();
    }
    let skip = out.len().saturating_sub(MAX_CATCH_UP);
    Ok(out.split_off(skip))
}

fn recorded_since(
    host: &dyn Host,
    server_id: i64,
    oldest: &str,
) -> Result<HashMap<(i64, String), u64>, HostError> {
    let rows = host.query(
        "SELECT serviceid, period, recorded_bytes FROM mod_oxide_cpanel_traffic \
         WHERE serverid = ? AND period >= ?",
        &[Value::Int(server_id), Value::from(oldest)],
    )?;
    Ok(rows
        .iter()
        .filter_map(|r| {
            Some((
                (r.int("serviceid")?, r.text("period")),
                r.int("recorded_bytes").unwrap_or(0).max(0) as u64,
            ))
        })
        .collect())
}

fn write(host: &dyn Host, server_id: i64, rows: &[Row]) -> Result<(), HostError> {
    if rows.is_empty() {
        return Ok(());
    }
    let now = clock::now_timestamp();
    let binds: Vec<Vec<Value>> = rows
        .iter()
        .map(|r| {
            vec![
                Value::Int(server_id),
                Value::Int(r.service_id),
                Value::from(r.period.as_str()),
                Value::from(r.username.as_str()),
                Value::Int(r.panel as i64),
                Value::Int(r.recorded as i64),
                Value::Int(r.delta as i64),
                Value::from(now.as_str()),
            ]
        })
        .collect();
    // REPLACE INTO is understood by both MySQL/MariaDB and SQLite (the primary key decides).
    host.execute_many(
        "REPLACE INTO mod_oxide_cpanel_traffic (serverid, serviceid, period, username, \
         panel_bytes, recorded_bytes, last_delta_bytes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        &binds,
    )?;
    Ok(())
}

/// A service's recorded traffic, newest month first: (month, recorded bytes).
pub fn history(
    host: &dyn Host,
    service_id: i64,
    months: usize,
) -> Result<Vec<(String, u64)>, HostError> {
    ensure_table(host)?;
    let rows = host.query(
        "SELECT period, SUM(recorded_bytes) AS total FROM mod_oxide_cpanel_traffic \
         WHERE serviceid = ? GROUP BY period ORDER BY period DESC",
        &[Value::Int(service_id)],
    )?;
    Ok(rows
        .iter()
        .take(months)
        .map(|r| (r.text("period"), r.int("total").unwrap_or(0).max(0) as u64))
        .collect())
}
