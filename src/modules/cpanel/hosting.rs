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
