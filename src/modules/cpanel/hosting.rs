//! The `tblhosting` reads and writes only this module needs (the shared ones live in
//! `crate::whmcs::tables`).

use crate::whmcs::{Host, HostError, Value};

/// Another live or pending service on this server holds `username`.
pub fn username_taken_on_server(
    host: &dyn Host,
    server_id: i64,
    username: &str,
    except_service: i64,
) -> Result<bool, HostError> {
    let rows = host.query(
        "SELECT id FROM tblhosting WHERE server = ? AND LOWER(username) = LOWER(?) AND id <> ? \
         AND domainstatus IN ('Pending','Active','Suspended') LIMIT 1",
        &[
            Value::Int(server_id),
            Value::from(username),
            Value::Int(except_service),
        ],
    )?;
    Ok(!rows.is_empty())
}

/// The account's dedicated IP as WHMCS shows it (empty when it has none).
pub fn set_dedicated_ip(host: &dyn Host, service_id: i64, ip: &str) -> Result<(), HostError> {
    host.execute(
        "UPDATE tblhosting SET dedicatedip = ? WHERE id = ?",
        &[Value::from(ip), Value::Int(service_id)],
    )?;
    Ok(())
}

/// Adds a line to the service's admin notes (WHMCS shows them on the service page).
pub fn append_note(host: &dyn Host, service_id: i64, line: &str) -> Result<(), HostError> {
    let rows = host.query(
        "SELECT notes FROM tblhosting WHERE id = ?",
        &[Value::Int(service_id)],
    )?;
    let old = rows.first().map(|r| r.text("notes")).unwrap_or_default();
    let notes = if old.trim().is_empty() {
        line.to_string()
    } else {
        format!("{}\n{line}", old.trim_end())
    };
    host.execute(
        "UPDATE tblhosting SET notes = ? WHERE id = ?",
        &[Value::from(notes.as_str()), Value::Int(service_id)],
    )?;
    Ok(())
}

/// The dedicated IP WHMCS records for the service (empty when none).
pub fn dedicated_ip(host: &dyn Host, service_id: i64) -> Result<String, HostError> {
    let rows = host.query(
        "SELECT dedicatedip FROM tblhosting WHERE id = ?",
        &[Value::Int(service_id)],
    )?;
    Ok(rows
        .first()
        .map(|r| r.text("dedicatedip").trim().to_string())
        .unwrap_or_default())
}

/// Active and suspended services of a server: (service id, username).
pub fn services_on_server(
    host: &dyn Host,
    server_id: i64,
) -> Result<Vec<(i64, String)>, HostError> {
    let rows = host.query(
        "SELECT id, username FROM tblhosting WHERE server = ? \
         AND domainstatus IN ('Active','Suspended') ORDER BY id",
        &[Value::Int(server_id)],
    )?;
    Ok(rows
        .iter()
        .filter_map(|r| Some((r.int("id")?, r.text("username").to_ascii_lowercase())))
        .filter(|(_, u)| !u.is_empty())
        .collect())
}
