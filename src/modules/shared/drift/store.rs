//! The last check's result, kept in the WHMCS database so the widget and the service page
//! render without asking any panel: one row per server checked, one per drift found.

use crate::whmcs::host::in_transaction;
use crate::whmcs::schema::{self, TableSchema};
use crate::whmcs::{Host, HostError, Row, Value};

use super::finding::{Finding, Kind};

/// `mod_oxide_drift`'s columns besides its key (the create and the version-2 rebuild share them).
macro_rules! drift_columns {
    () => {
        "module VARCHAR(64) NOT NULL, serverid INTEGER NOT NULL, serviceid INTEGER NOT NULL DEFAULT 0, \
         kind VARCHAR(16) NOT NULL, account VARCHAR(255) NOT NULL DEFAULT '', \
         whmcs_value VARCHAR(255) NOT NULL DEFAULT '', panel_value VARCHAR(255) NOT NULL DEFAULT '', \
         checked_at VARCHAR(32) NOT NULL"
    };
}

/// The key is a row id (an SQLite rowid alias; AUTO_INCREMENT on MySQL/MariaDB, where the
/// comment is read): a panel may list two accounts whose names differ only in case, which
/// a natural key would collide on.
pub const DRIFT_TABLE: TableSchema = TableSchema {
    name: "mod_oxide_drift",
    create: concat!(
        "CREATE TABLE IF NOT EXISTS mod_oxide_drift (id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */, ",
        drift_columns!(),
        ")"
    ),
    // Version 1 had no primary key (refused by sql_require_primary_key). Neither SQLite nor
    // a portable ALTER adds one, so the table is rebuilt with its rows; a rebuild that
    // stopped half-way is cleared and redone.
    upgrades: &[&[
        concat!(
            "CREATE TABLE IF NOT EXISTS mod_oxide_drift_v2 (id INTEGER PRIMARY KEY /*! AUTO_INCREMENT */, ",
            drift_columns!(),
            ")"
        ),
        "DELETE FROM mod_oxide_drift_v2",
        "INSERT INTO mod_oxide_drift_v2 (module, serverid, serviceid, kind, account, whmcs_value, \
         panel_value, checked_at) SELECT module, serverid, serviceid, kind, account, whmcs_value, \
         panel_value, checked_at FROM mod_oxide_drift",
        "DROP TABLE mod_oxide_drift",
        "ALTER TABLE mod_oxide_drift_v2 RENAME TO mod_oxide_drift",
    ]],
};

pub const SERVERS_TABLE: TableSchema = TableSchema {
    name: "mod_oxide_drift_servers",
    create: "CREATE TABLE IF NOT EXISTS mod_oxide_drift_servers (\
     module VARCHAR(64) NOT NULL, serverid INTEGER NOT NULL, servername VARCHAR(255) NOT NULL DEFAULT '', \
     state VARCHAR(16) NOT NULL, error VARCHAR(1000) NOT NULL DEFAULT '', \
     accounts INTEGER NOT NULL DEFAULT 0, services INTEGER NOT NULL DEFAULT 0, \
     skipped INTEGER NOT NULL DEFAULT 0, took_ms INTEGER NOT NULL DEFAULT 0, \
     checked_at VARCHAR(32) NOT NULL, PRIMARY KEY (module, serverid))",
    upgrades: &[],
};

/// One server's outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerState {
    pub module: String,
    pub server_id: i64,
    pub server_name: String,
    /// `None`: checked; `Some(why)`: could not be checked.
    pub error: Option<String>,
    pub accounts: i64,
    pub services: i64,
    pub skipped: i64,
    pub took_ms: i64,
    pub checked_at: String,
}

/// A stored finding with where it was found.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub module: String,
    pub server_id: i64,
    pub finding: Finding,
    pub checked_at: String,
}

pub fn ensure(host: &dyn Host) -> Result<(), HostError> {
    schema::ensure(host, &DRIFT_TABLE)?;
    schema::ensure(host, &SERVERS_TABLE)
}

/// At most `n` characters (the columns are VARCHAR).
fn cap(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Replaces what is stored for each of `servers` (an unreachable server's earlier findings
/// go too: they would read as current). `all_of_module`: also forget servers no longer there.
pub fn save(
    host: &dyn Host,
    servers: &[(ServerState, Vec<Finding>)],
    all_of_module: Option<&str>,
) -> Result<(), HostError> {
    ensure(host)?;
    in_transaction(host, || {
        if let Some(module) = all_of_module {
            host.execute(
                "DELETE FROM mod_oxide_drift WHERE module = ?",
                &[Value::from(module)],
            )?;
            host.execute(
                "DELETE FROM mod_oxide_drift_servers WHERE module = ?",
                &[Value::from(module)],
            )?;
        }
        let mut rows = Vec::new();
        for (s, findings) in servers {
            let key = [Value::from(s.module.as_str()), Value::Int(s.server_id)];
            if all_of_module.is_none() {
                host.execute(
                    "DELETE FROM mod_oxide_drift WHERE module = ? AND serverid = ?",
                    &key,
                )?;
            }
            host.execute(
                "REPLACE INTO mod_oxide_drift_servers (module, serverid, servername, state, error, \
                 accounts, services, skipped, took_ms, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                &[
                    Value::from(s.module.as_str()),
                    Value::Int(s.server_id),
                    Value::from(cap(&s.server_name, 255)),
                    Value::from(if s.error.is_some() { "unreachable" } else { "checked" }),
                    Value::from(cap(s.error.as_deref().unwrap_or(""), 1000)),
                    Value::Int(s.accounts),
                    Value::Int(s.services),
                    Value::Int(s.skipped),
                    Value::Int(s.took_ms),
                    Value::from(s.checked_at.as_str()),
                ],
            )?;
            for f in findings {
                rows.push(vec![
                    Value::from(s.module.as_str()),
                    Value::Int(s.server_id),
                    Value::Int(f.service_id.unwrap_or(0)),
                    Value::from(f.kind.code()),
                    Value::from(cap(&f.account, 255)),
                    Value::from(cap(&f.whmcs, 255)),
                    Value::from(cap(&f.panel, 255)),
                    Value::from(s.checked_at.as_str()),
                ]);
            }
        }
        host.execute_many(
            "INSERT INTO mod_oxide_drift (module, serverid, serviceid, kind, account, whmcs_value, \
             panel_value, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            &rows,
        )?;
        Ok(())
    })
}

fn server_state(r: &Row) -> ServerState {
    let error = r.text("error");
    ServerState {
        module: r.text("module"),
        server_id: r.int("serverid").unwrap_or(0),
        server_name: r.text("servername"),
        error: (r.text("state") != "checked").then_some(error),
        accounts: r.int("accounts").unwrap_or(0),
        services: r.int("services").unwrap_or(0),
        skipped: r.int("skipped").unwrap_or(0),
        took_ms: r.int("took_ms").unwrap_or(0),
        checked_at: r.text("checked_at"),
    }
}

fn stored(r: &Row) -> Option<Stored> {
    Some(Stored {
        module: r.text("module"),
        server_id: r.int("serverid").unwrap_or(0),
        finding: Finding {
            kind: Kind::from_code(&r.text("kind"))?,
            service_id: r.int("serviceid").filter(|id| *id > 0),
            account: r.text("account"),
            whmcs: r.text("whmcs_value"),
            panel: r.text("panel_value"),
        },
        checked_at: r.text("checked_at"),
    })
}

/// Every server's last state, by module and server.
pub fn server_states(host: &dyn Host) -> Result<Vec<ServerState>, HostError> {
    ensure(host)?;
    let rows = host.query(
        "SELECT * FROM mod_oxide_drift_servers ORDER BY module, serverid",
        &[],
    )?;
    Ok(rows.iter().map(server_state).collect())
}

/// One server's last state.
pub fn server_state_of(
    host: &dyn Host,
    module: &str,
    server_id: i64,
) -> Result<Option<ServerState>, HostError> {
    ensure(host)?;
    let rows = host.query(
        "SELECT * FROM mod_oxide_drift_servers WHERE module = ? AND serverid = ?",
        &[Value::from(module), Value::Int(server_id)],
    )?;
    Ok(rows.first().map(server_state))
}

/// Every stored finding (`service`: of that service only), in a stable order.
pub fn findings(
    host: &dyn Host,
    module: Option<&str>,
    service: Option<i64>,
) -> Result<Vec<Stored>, HostError> {
    ensure(host)?;
    let rows = match (module, service) {
        (Some(m), Some(id)) => host.query(
            "SELECT * FROM mod_oxide_drift WHERE module = ? AND serviceid = ? ORDER BY kind, account",
            &[Value::from(m), Value::Int(id)],
        )?,
        _ => host.query(
            "SELECT * FROM mod_oxide_drift ORDER BY module, serverid, kind, account",
            &[],
        )?,
    };
    Ok(rows.iter().filter_map(stored).collect())
}
