//! The servers and services a module's drift check covers, read from WHMCS's tables.

use std::collections::HashMap;

use crate::whmcs::{Array, Host, HostError, Params, Row, Value};

use super::compare::ServiceRow;

/// An enabled server of the module, with `$params`-style server keys (password decrypted).
pub struct ServerRecord {
    pub id: i64,
    pub name: String,
    pub params: Params,
}

/// A server that cannot even be asked: its id, name and why.
pub type Unusable = (i64, String, String);

/// Enabled servers of `module` (`only`: that one), by id.
pub fn servers(
    host: &dyn Host,
    module: &str,
    only: Option<i64>,
) -> Result<Vec<Result<ServerRecord, Unusable>>, HostError> {
    let rows = host.query(
        "SELECT id, name, ipaddress, hostname, username, password, accesshash, secure, port \
         FROM tblservers WHERE type = ? AND disabled = 0 ORDER BY id",
        &[Value::from(module)],
    )?;
    Ok(rows
        .iter()
        .filter(|r| only.is_none() || r.int("id") == only)
        .map(|r| record(host, r))
        .collect())
}

/// One server record of any type and state (adoption lists servers still typed for the old
/// module); `None` when there is no such row.
pub fn by_id(
    host: &dyn Host,
    id: i64,
) -> Result<Option<Result<ServerRecord, Unusable>>, HostError> {
    let rows = host.query(
        "SELECT id, name, ipaddress, hostname, username, password, accesshash, secure, port \
         FROM tblservers WHERE id = ?",
        &[Value::Int(id)],
    )?;
    Ok(rows.first().map(|r| record(host, r)))
}

/// A server row as the keys WHMCS passes a module; a password WHMCS cannot decrypt makes
/// that one server fail (id, name, why), not the check.
fn record(host: &dyn Host, row: &Row) -> Result<ServerRecord, Unusable> {
    let id = row.int("id").unwrap_or(0);
    let name = row.text("name");
    let encrypted = row.text("password");
    let password = if encrypted.is_empty() {
        String::new()
    } else {
        host.decrypt_password(&encrypted)
            .map_err(|e| (id, name.clone(), e.to_string()))?
    };
    let raw = Array::new()
        .with("serverid", id)
        .with("serverip", row.text("ipaddress"))
        .with("serverhostname", row.text("hostname"))
        .with("serverusername", row.text("username"))
        .with("serverpassword", password)
        .with("serveraccesshash", row.text("accesshash"))
        .with("serversecure", row.text("secure"))
        .with("serverport", row.text("port"));
    Ok(ServerRecord {
        id,
        name,
        params: Params::new(raw),
    })
}

/// The module's services on each server, with the plan their product means.
pub fn services(
    host: &dyn Host,
    module: &str,
    expected_plan: fn(&Params) -> Option<String>,
) -> Result<HashMap<i64, Vec<ServiceRow>>, HostError> {
    let plans = product_plans(host, module, expected_plan)?;
    let rows = host.query(
        "SELECT h.id AS id, h.server AS server, h.domainstatus AS status, h.username AS username, \
         h.domain AS domain, h.packageid AS packageid, c.email AS email \
         FROM tblhosting h JOIN tblproducts p ON p.id = h.packageid \
         LEFT JOIN tblclients c ON c.id = h.userid WHERE p.servertype = ?",
        &[Value::from(module)],
    )?;
    let mut out: HashMap<i64, Vec<ServiceRow>> = HashMap::new();
    for r in rows {
        let (Some(id), Some(server)) = (r.int("id"), r.int("server")) else {
            continue;
        };
        out.entry(server).or_default().push(ServiceRow {
            id,
            status: r.text("status"),
            username: r.text("username"),
            domain: r.text("domain"),
            plan: r
                .int("packageid")
                .and_then(|p| plans.get(&p).cloned().flatten()),
            client_email: r.text("email"),
        });
    }
    Ok(out)
}

/// Each product's expected plan, from its settings alone (per-service configurable options
/// are the module's `plan_matches` concern).
fn product_plans(
    host: &dyn Host,
    module: &str,
    expected_plan: fn(&Params) -> Option<String>,
) -> Result<HashMap<i64, Option<String>>, HostError> {
    let columns: Vec<String> = (1..=24).map(|n| format!("configoption{n}")).collect();
    let rows = host.query(
        &format!(
            "SELECT id, {} FROM tblproducts WHERE servertype = ?",
            columns.join(", ")
        ),
        &[Value::from(module)],
    )?;
    Ok(rows
        .iter()
        .filter_map(|r| {
            let id = r.int("id")?;
            let mut raw = Array::new().with("pid", id);
            for c in &columns {
                raw.set(c.as_str(), r.text(c));
            }
            Some((id, expected_plan(&Params::new(raw))))
        })
        .collect())
}
