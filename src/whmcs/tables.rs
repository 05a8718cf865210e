//! The WHMCS table reads and writes modules share, as typed functions over [`Host`].

use super::host::{Host, HostError};
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
    let binds: Vec<Vec<Value>> = rows
        .iter()
        .map(|r| {
            vec![
                Value::Int(r.disk_usage_mb),
                Value::Int(r.disk_limit_mb),
                Value::Int(r.bw_usage_mb),
                Value::Int(r.bw_limit_mb),
                Value::from(now),
                Value::Int(server_id),
                Value::from(r.username.as_str()),
            ]
        })
        .collect();
    super::host::in_transaction(host, || {
        host.execute_many(
            "UPDATE tblhosting SET diskusage = ?, disklimit = ?, bwusage = ?, bwlimit = ?, lastupdate = ? \
             WHERE server = ? AND username = ? AND domainstatus IN ('Active','Suspended')",
            &binds,
        )
    })
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
