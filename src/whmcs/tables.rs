//! The WHMCS table reads and writes modules share, as typed functions over [`Host`].

use super::host::{Host, HostError};
use super::schema::{self, TableSchema};
use super::value::Value;

/// Is `username` used by another service in WHMCS (optionally on one server only)?
pub fn hosting_username_taken(
    host: &dyn Host,
    username: &str,
    except_service: Option<i64>,
) -> Result<bool, HostError> {
    let rows = host.query(
        "SELECT id FROM tblhosting WHERE LOWER(username) = LOWER(?) AND id <> ? LIMIT 1",
        &[
            Value::from(username),
            Value::Int(except_service.unwrap_or(0)),
        ],
    )?;
    Ok(!rows.is_empty())
}

pub fn set_service_username(
    host: &dyn Host,
    service_id: i64,
    username: &str,
) -> Result<(), HostError> {
    host.execute(
        "UPDATE tblhosting SET username = ? WHERE id = ?",
        &[Value::from(username), Value::Int(service_id)],
    )?;
    Ok(())
}

/// Stores a service password the way WHMCS does: encrypted.
pub fn set_service_password(
    host: &dyn Host,
    service_id: i64,
    plain: &str,
) -> Result<(), HostError> {
    let encrypted = host.encrypt_password(plain)?;
    host.execute(
        "UPDATE tblhosting SET password = ? WHERE id = ?",
        &[Value::from(encrypted), Value::Int(service_id)],
    )?;
    Ok(())
}

pub fn set_service_domain(host: &dyn Host, service_id: i64, domain: &str) -> Result<(), HostError> {
    host.execute(
        "UPDATE tblhosting SET domain = ? WHERE id = ?",
        &[Value::from(domain), Value::Int(service_id)],
    )?;
    Ok(())
}

pub fn set_service_server(
    host: &dyn Host,
    service_id: i64,
    server_id: i64,
) -> Result<(), HostError> {
    host.execute(
        "UPDATE tblhosting SET server = ? WHERE id = ?",
        &[Value::Int(server_id), Value::Int(service_id)],
    )?;
    Ok(())
}

/// Usage figures for one service, in MB as `tblhosting` keeps them.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageRow {
    pub username: String,
    pub disk_usage_mb: i64,
    pub disk_limit_mb: i64,
    pub bw_usage_mb: i64,
    pub bw_limit_mb: i64,
}

/// Writes usage for every listed account of one server in one transaction with one prepared
/// statement; returns how many services were updated.
pub fn update_usage(
    host: &dyn Host,
    server_id: i64,
    rows: &[UsageRow],
    now: &str,
) -> Result<u64, HostError> {
    super::host::in_transaction(host, || write_usage(host, server_id, rows, now))
}

/// [`update_usage`] without its own transaction, for a caller that writes more in the same one.
///
/// The server's services are read once and updated by primary key: matching each account by
/// username in the UPDATE would scan `tblhosting` once per account (quadratic on big servers).
pub fn write_usage(
    host: &dyn Host,
    server_id: i64,
    rows: &[UsageRow],
    now: &str,
) -> Result<u64, HostError> {
    let services = host.query(
        "SELECT id, username FROM tblhosting WHERE server = ? AND domainstatus IN ('Active','Suspended')",
        &[Value::Int(server_id)],
    )?;
    let mut by_username: std::collections::HashMap<String, Vec<i64>> =
        std::collections::HashMap::new();
    for s in &services {
        if let Some(id) = s.int("id") {
            by_username
                .entry(s.text("username").to_lowercase())
                .or_default()
                .push(id);
        }
    }
    let mut binds: Vec<Vec<Value>> = Vec::with_capacity(rows.len());
    for r in rows {
        for id in by_username
            .get(&r.username.to_lowercase())
            .into_iter()
            .flatten()
        {
            binds.push(vec![
                Value::Int(r.disk_usage_mb),
                Value::Int(r.disk_limit_mb),
                Value::Int(r.bw_usage_mb),
                Value::Int(r.bw_limit_mb),
                Value::from(now),
                Value::Int(*id),
            ]);
        }
    }
    host.execute_many(
        "UPDATE tblhosting SET diskusage = ?, disklimit = ?, bwusage = ?, bwlimit = ?, lastupdate = ? WHERE id = ?",
        &binds,
    )
}

/// The value of a client custom field (`tblcustomfields.type = 'client'`).
pub fn client_custom_field(
    host: &dyn Host,
    field_name: &str,
    client_id: i64,
) -> Result<Option<String>, HostError> {
    let rows = host.query(
        "SELECT v.value AS value FROM tblcustomfieldsvalues v JOIN tblcustomfields f ON f.id = v.fieldid \
         WHERE f.type = 'client' AND f.fieldname = ? AND v.relid = ? LIMIT 1",
        &[Value::from(field_name), Value::Int(client_id)],
    )?;
    Ok(rows.first().map(|r| r.text("value")))
}

/// The module-owned table that remembers which remote account a create chose for a service,
/// written before the panel call so a retried create (WHMCS retries after timeouts) reuses the
/// same name instead of inventing another one.
pub const ACCOUNTS_TABLE: TableSchema = TableSchema {
    name: "mod_oxide_accounts",
    create: "CREATE TABLE IF NOT EXISTS mod_oxide_accounts (\
     module VARCHAR(64) NOT NULL, serviceid INTEGER NOT NULL, remote_id VARCHAR(255) NOT NULL, \
     created_at VARCHAR(32) NOT NULL, PRIMARY KEY (module, serviceid))",
    upgrades: &[],
};

pub fn recorded_account(
    host: &dyn Host,
    module: &str,
    service_id: i64,
) -> Result<Option<String>, HostError> {
    schema::ensure(host, &ACCOUNTS_TABLE)?;
    let rows = host.query(
        "SELECT remote_id FROM mod_oxide_accounts WHERE module = ? AND serviceid = ?",
        &[Value::from(module), Value::Int(service_id)],
    )?;
    Ok(rows
        .first()
        .map(|r| r.text("remote_id"))
        .filter(|s| !s.is_empty()))
}

pub fn record_account(
    host: &dyn Host,
    module: &str,
    service_id: i64,
    remote_id: &str,
    now: &str,
) -> Result<(), HostError> {
    schema::ensure(host, &ACCOUNTS_TABLE)?;
    // REPLACE INTO is understood by both MySQL/MariaDB and SQLite.
    host.execute(
        "REPLACE INTO mod_oxide_accounts (module, serviceid, remote_id, created_at) VALUES (?, ?, ?, ?)",
        &[Value::from(module), Value::Int(service_id), Value::from(remote_id), Value::from(now)],
    )?;
    Ok(())
}

pub fn forget_account(host: &dyn Host, module: &str, service_id: i64) -> Result<(), HostError> {
    schema::ensure(host, &ACCOUNTS_TABLE)?;
    host.execute(
        "DELETE FROM mod_oxide_accounts WHERE module = ? AND serviceid = ?",
        &[Value::from(module), Value::Int(service_id)],
    )?;
    Ok(())
}
