//! What the action hooks read from WHMCS: the products of this module flagged for a hook
//! point (their settings are the hook's settings), a backup server from WHMCS's own server
//! records, and the client of an order. No credentials live in PHP files.

use crate::whmcs::{Array, Host, HostError, Params, ServerParams, Value};

use super::error::StoregridError;
use super::settings::{self as s, definitions};
use super::NAME;

/// A hook point this module handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookPoint {
    ClientAdd,
    AcceptOrder,
}

impl HookPoint {
    pub fn parse(v: &str) -> Option<Self> {
        match v.trim().to_ascii_lowercase().as_str() {
            "clientadd" => Some(HookPoint::ClientAdd),
            "acceptorder" => Some(HookPoint::AcceptOrder),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            HookPoint::ClientAdd => "ClientAdd",
            HookPoint::AcceptOrder => "AcceptOrder",
        }
    }
}

/// A product whose "Action Hooks" setting includes the hook point.
pub struct HookProduct {
    pub id: i64,
    pub server_group: i64,
    /// `configoption1..24` as WHMCS would pass them, so the module's own settings reader
    /// validates them.
    pub params: Params,
}

pub fn products_for(host: &dyn Host, point: HookPoint) -> Result<Vec<HookProduct>, HostError> {
    let columns: Vec<String> = (1..=24).map(|n| format!("configoption{n}")).collect();
    let rows = host.query(
        &format!(
            "SELECT id, servergroup, {} FROM tblproducts WHERE servertype = ? ORDER BY id",
            columns.join(", ")
        ),
        &[Value::from(NAME)],
    )?;
    let defs = definitions();
    let wanted = point.name().to_ascii_lowercase();
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let mut a = Array::new();
            for c in &columns {
                a.set(c.as_str(), row.text(c));
            }
            let params = Params::new(a);
            let hooks = defs.value(&params, s::HOOKS).to_ascii_lowercase();
            let flagged = hooks.split([',', '+', ' ']).any(|w| w.trim() == wanted);
            flagged.then(|| HookProduct {
                id: row.int("id").unwrap_or(0),
                server_group: row.int("servergroup").unwrap_or(0),
                params,
            })
        })
        .collect())
}

const SERVER_COLUMNS: &str =
    "s.id, s.ipaddress, s.hostname, s.username, s.password, s.accesshash, s.secure, s.port";

/// The first enabled backup server of the product's server group, else of the module.
pub fn server_for(host: &dyn Host, server_group: i64) -> Result<ServerParams, StoregridError> {
    let mut rows = Vec::new();
    if server_group > 0 {
        rows = host.query(
            &format!(
                "SELECT {SERVER_COLUMNS} FROM tblservers s JOIN tblservergroupsrel r ON r.serverid = s.id \
                 WHERE r.groupid = ? AND s.type = ? AND s.disabled = 0 ORDER BY s.id LIMIT 1"
            ),
            &[Value::Int(server_group), Value::from(NAME)],
        )?;
    }
    if rows.is_empty() {
        rows = host.query(
            &format!(
                "SELECT {SERVER_COLUMNS} FROM tblservers s WHERE s.type = ? AND s.disabled = 0 ORDER BY s.id LIMIT 1"
            ),
            &[Value::from(NAME)],
        )?;
    }
    let row = rows.first().ok_or_else(|| {
        StoregridError::Input(format!(
            "there is no enabled backup server: add a server of type {NAME} in WHMCS"
        ))
    })?;
    let encrypted = row.text("password");
    let password = if encrypted.is_empty() {
        String::new()
    } else {
        host.decrypt_password(&encrypted)?
    };
    Ok(ServerParams {
        id: row.int("id"),
        ip: row.text("ipaddress").trim().to_string(),
        hostname: row.text("hostname").trim().to_string(),
        username: row.text("username").trim().to_string(),
        password: password.trim().to_string(),
        access_hash: row.text("accesshash"),
        secure: Value::from(row.text("secure")).as_flag(),
        port: row
            .int("port")
            .and_then(|p| u16::try_from(p).ok())
            .filter(|p| *p > 0),
    })
}

/// The client who placed an order.
pub fn order_client(host: &dyn Host, order_id: i64) -> Result<i64, StoregridError> {
    let rows = host.query(
        "SELECT userid FROM tblorders WHERE id = ?",
        &[Value::Int(order_id)],
    )?;
    rows.first()
        .and_then(|r| r.int("userid"))
        .filter(|id| *id > 0)
        .ok_or_else(|| StoregridError::Input(format!("order #{order_id} does not exist")))
}

/// Whether an order holds a service of this module (its CreateAccount provisions that one).
pub fn order_has_backup_service(host: &dyn Host, order_id: i64) -> Result<bool, HostError> {
    let rows = host.query(
        "SELECT h.id FROM tblhosting h JOIN tblproducts p ON p.id = h.packageid \
         WHERE h.orderid = ? AND p.servertype = ? LIMIT 1",
        &[Value::Int(order_id), Value::from(NAME)],
    )?;
    Ok(!rows.is_empty())
}
