//! Versions of the tables the extension creates in the WHMCS database (`mod_oxide_*`).
//!
//! `mod_oxide_schema` holds one row per table: its name and the version of its definition,
//! written when this code creates or upgrades it. Builds before schema versions made the same
//! tables without rows; such a table counts as version 1, the definition they all had.
//!
//! A table's definition is its `CREATE TABLE IF NOT EXISTS` (always the newest) plus one
//! step per later version (`upgrades[0]` takes version 1 to 2, and so on), each step a few
//! statements run in order. Upgrades must keep rows (add columns with defaults, add indexes,
//! or rebuild the table and copy its rows): an admin who goes back to an older release keeps
//! the newer table, which the older code leaves alone.
//!
//! Every table has a primary key: managed MySQL/MariaDB (`sql_require_primary_key`,
//! `innodb_force_primary_key`) refuses a CREATE TABLE without one.
//!
//! Each use costs one primary-key read beside the `CREATE TABLE IF NOT EXISTS` the tables always
//! had (re-run every time: an admin or a test may have dropped the table). Only portable SQL is
//! used (SQLite and MySQL/MariaDB), and never inside a transaction (MySQL commits on DDL).

use super::clock::now_timestamp;
use super::host::{Host, HostError};
use super::value::Value;

pub const TABLE: &str = "mod_oxide_schema";

const CREATE_SCHEMA: &str = "CREATE TABLE IF NOT EXISTS mod_oxide_schema (\
     name VARCHAR(64) NOT NULL PRIMARY KEY, version INTEGER NOT NULL, updated_at VARCHAR(32) NOT NULL)";

/// One module-owned table.
#[derive(Debug, Clone, Copy)]
pub struct TableSchema {
    pub name: &'static str,
    /// `CREATE TABLE IF NOT EXISTS …` with the newest definition.
    pub create: &'static str,
    /// From version 1 on, one step per version: its statements, in order.
    pub upgrades: &'static [&'static [&'static str]],
}

impl TableSchema {
    pub fn version(&self) -> i64 {
        1 + self.upgrades.len() as i64
    }
}

/// The recorded version of `table`, `None` without a row (or without `mod_oxide_schema`).
pub fn recorded_version(host: &dyn Host, table: &str) -> Option<i64> {
    host.query(
        "SELECT version FROM mod_oxide_schema WHERE name = ?",
        &[Value::from(table)],
    )
    .ok()?
    .first()
    .and_then(|r| r.int("version"))
}

/// Makes `table` exist at its newest version, upgrading an older one in place.
pub fn ensure(host: &dyn Host, table: &TableSchema) -> Result<(), HostError> {
    let current = table.version();
    let from = match recorded_version(host, table.name) {
        Some(v) if v >= current => {
            host.execute(table.create, &[])?;
            return Ok(());
        }
        // A dropped table is made anew at the newest version.
        Some(v) if exists(host, table.name) => v,
        Some(_) => current,
        // No row: the previous release's table (version 1) if it is there, else a new one.
        None if exists(host, table.name) => 1,
        None => current,
    };
    host.execute(CREATE_SCHEMA, &[])?;
    host.execute(table.create, &[])?;
    'steps: for (i, step) in table.upgrades.iter().enumerate() {
        let to = i as i64 + 2;
        if to <= from {
            continue;
        }
        for statement in step.iter() {
            if let Err(e) = host.execute(statement, &[]) {
                // Another PHP process may have done this very upgrade a moment ago.
                if recorded_version(host, table.name).unwrap_or(0) >= to {
                    continue 'steps;
                }
                return Err(e);
            }
        }
    }
    host.execute(
        "REPLACE INTO mod_oxide_schema (name, version, updated_at) VALUES (?, ?, ?)",
        &[
            Value::from(table.name),
            Value::Int(current),
            Value::from(now_timestamp()),
        ],
    )?;
    Ok(())
}

/// Does `table` exist? A read of no rows fails only when it does not.
fn exists(host: &dyn Host, table: &str) -> bool {
    host.query(&format!("SELECT 1 FROM {table} WHERE 1 = 0"), &[])
        .is_ok()
}
