//! Writes an adoption: all 24 settings (never the settings form's carry-over), the server
//! records, and the snapshot, in one transaction. No panel is asked or changed.

use crate::whmcs::clock::now_timestamp;
use crate::whmcs::host::in_transaction;
use crate::whmcs::schema;
use crate::whmcs::{Host, Value};

use super::error::AdoptError;
use super::old::POSITIONS;
use super::plan::{settings_columns, Plan, ServerAction};
use super::snapshot::{self, stored, Changes};

pub fn apply(host: &dyn Host, plan: &Plan<'_>) -> Result<(), AdoptError> {
    // DDL outside the transaction: MySQL commits implicitly on CREATE TABLE.
    schema::ensure(host, &snapshot::TABLE)?;
    in_transaction(host, || write(host, plan))
}

fn write(host: &dyn Host, plan: &Plan<'_>) -> Result<(), AdoptError> {
    let mut changes = Changes::default();
    let mut columns = vec!["servertype".to_string()];
    columns.extend(settings_columns());
    for c in &columns {
        changes.product.push((c.clone(), stored(&plan.row, c)));
    }
    // Every position written: ours from the plan, the rest emptied (WHMCS's form would have
    // left another module's values there).
    let mut binds = vec![Value::from(plan.target.module)];
    for n in 1..=POSITIONS {
        let v = plan
            .settings
            .iter()
            .find(|s| s.position == n)
            .map(|s| s.value.clone())
            .unwrap_or_default();
        binds.push(Value::from(v));
    }
    binds.push(Value::Int(plan.product_id));
    let sets: Vec<String> = columns.iter().map(|c| format!("{c} = ?")).collect();
    host.execute(
        &format!("UPDATE tblproducts SET {} WHERE id = ?", sets.join(", ")),
        &binds,
    )?;
    for s in &plan.servers {
        match s.action {
            ServerAction::Keep => {}
            ServerAction::Switch => {
                host.execute(
                    "UPDATE tblservers SET type = ? WHERE id = ?",
                    &[Value::from(plan.target.module), Value::Int(s.id)],
                )?;
                changes.switched.push((s.id, s.kind.clone()));
            }
            ServerAction::Duplicate => duplicate(host, plan, s.id, s.in_group, &mut changes)?,
        }
    }
    snapshot::save(
        host,
        plan.product_id,
        &plan.from,
        plan.target.module,
        &now_timestamp(),
        &changes,
    )
}

/// A copy of server `id` typed for our module, in the product's group when the original is,
/// and this product's services moved onto it.
fn duplicate(
    host: &dyn Host,
    plan: &Plan<'_>,
    id: i64,
    in_group: bool,
    changes: &mut Changes,
) -> Result<(), AdoptError> {
    let Some(row) = host
        .query("SELECT * FROM tblservers WHERE id = ?", &[Value::Int(id)])?
        .into_iter()
        .next()
    else {
        return Ok(());
    };
    let mut columns = Vec::new();
    let mut binds = Vec::new();
    for (c, v) in &row.0 {
        if c == "id" {
            continue;
        }
        columns.push(format!("`{c}`"));
        binds.push(if c == "type" {
            Value::from(plan.target.module)
        } else {
            v.clone()
        });
    }
    let marks = vec!["?"; columns.len()].join(", ");
    host.execute(
        &format!(
            "INSERT INTO tblservers ({}) VALUES ({marks})",
            columns.join(", ")
        ),
        &binds,
    )?;
    let copy = host.last_insert_id()?;
    let group = if in_group { plan.group } else { 0 };
    if in_group {
        host.execute(
            "INSERT INTO tblservergroupsrel (groupid, serverid) VALUES (?, ?)",
            &[Value::Int(plan.group), Value::Int(copy)],
        )?;
    }
    changes.added.push((copy, id, group));
    for s in plan.services.iter().filter(|s| s.server == id) {
        host.execute(
            "UPDATE tblhosting SET server = ? WHERE id = ?",
            &[Value::Int(copy), Value::Int(s.id)],
        )?;
        changes.moved.push((s.id, id));
    }
    Ok(())
}
