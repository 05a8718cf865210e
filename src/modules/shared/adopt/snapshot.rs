//! The snapshot an applied adoption keeps (its own table, one row per product, with a
//! primary key for managed MySQL's sql_require_primary_key) and the one call that restores it.

use serde_json::{json, Value as Json};

use crate::whmcs::host::in_transaction;
use crate::whmcs::schema::{self, TableSchema};
use crate::whmcs::{Array, Host, Row, Value};

use super::error::AdoptError;
use super::plan::settings_columns;
use super::text;

pub const TABLE: TableSchema = TableSchema {
    name: "mod_oxide_adoptions",
    create: "CREATE TABLE IF NOT EXISTS mod_oxide_adoptions (\
     productid INTEGER NOT NULL PRIMARY KEY, from_module VARCHAR(64) NOT NULL, \
     to_module VARCHAR(64) NOT NULL, adopted_at VARCHAR(32) NOT NULL, snapshot TEXT NOT NULL)",
    upgrades: &[],
};

/// What the adoption changed, with every value it replaced exactly as it was stored.
#[derive(Debug, Default)]
pub struct Changes {
    /// `servertype` and `configoption1..24` of the product before.
    pub product: Vec<(String, Json)>,
    /// Servers whose type changed: id, old type.
    pub switched: Vec<(i64, String)>,
    /// Server copies added: new id, the server it copies, the group it joined (0: none).
    pub added: Vec<(i64, i64, i64)>,
    /// Services moved to a copy: service id, old server.
    pub moved: Vec<(i64, i64)>,
}

/// A stored column as JSON: text exactly, or null.
pub fn stored(row: &Row, column: &str) -> Json {
    match row.get(column) {
        None | Some(Value::Null) => Json::Null,
        Some(v) => Json::String(v.as_text().map(|s| s.into_owned()).unwrap_or_default()),
    }
}

/// When product `product_id` was adopted, if a snapshot is kept. Never creates the table
/// (a dry run writes nothing).
pub fn adopted_at(host: &dyn Host, product_id: i64) -> Option<String> {
    host.query(
        "SELECT adopted_at FROM mod_oxide_adoptions WHERE productid = ?",
        &[Value::Int(product_id)],
    )
    .ok()?
    .first()
    .map(|r| r.text("adopted_at"))
}

/// Writes the snapshot row (inside the caller's transaction; the table exists).
pub fn save(
    host: &dyn Host,
    product_id: i64,
    from: &str,
    to: &str,
    now: &str,
    c: &Changes,
) -> Result<(), AdoptError> {
    let doc = json!({
        "product": c.product.iter().cloned().collect::<serde_json::Map<_, _>>(),
        "switched": c.switched,
        "added": c.added,
        "moved": c.moved,
    });
    host.execute(
        "INSERT INTO mod_oxide_adoptions (productid, from_module, to_module, adopted_at, snapshot) \
         VALUES (?, ?, ?, ?, ?)",
        &[
            Value::Int(product_id),
            Value::from(from),
            Value::from(to),
            Value::from(now),
            Value::from(doc.to_string()),
        ],
    )?;
    Ok(())
}

/// Puts back every row the adoption changed and forgets the snapshot.
pub fn restore(host: &dyn Host, product_id: i64) -> Result<Array, AdoptError> {
    schema::ensure(host, &TABLE)?;
    let row = host
        .query(
            "SELECT from_module, snapshot FROM mod_oxide_adoptions WHERE productid = ?",
            &[Value::Int(product_id)],
        )?
        .into_iter()
        .next()
        .ok_or_else(|| AdoptError::Refused(text::no_snapshot(product_id)))?;
    let unreadable = || AdoptError::Refused(text::snapshot_unreadable(product_id));
    let doc: Json = serde_json::from_str(&row.text("snapshot")).map_err(|_| unreadable())?;
    let product = doc["product"].as_object().ok_or_else(unreadable)?;
    let pairs = |key: &str| -> Vec<(i64, Json)> {
        doc[key]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|p| Some((p.get(0)?.as_i64()?, p.get(1)?.clone())))
                    .collect()
            })
            .unwrap_or_default()
    };
    let added: Vec<(i64, i64)> = doc["added"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|t| Some((t.get(0)?.as_i64()?, t.get(2)?.as_i64()?)))
                .collect()
        })
        .unwrap_or_default();
    let moved = pairs("moved");
    // A service placed on a copy after the adoption would lose its server.
    for (server, _) in &added {
        let others: Vec<String> = host
            .query(
                "SELECT id FROM tblhosting WHERE server = ? ORDER BY id",
                &[Value::Int(*server)],
            )?
            .iter()
            .filter_map(|r| r.int("id"))
            .filter(|id| !moved.iter().any(|(m, _)| m == id))
            .map(|id| format!("#{id}"))
            .collect();
        if !others.is_empty() {
            return Err(AdoptError::Refused(text::restore_blocked(
                product_id,
                *server,
                &others.join(", "),
            )));
        }
    }
    in_transaction(host, || -> Result<(), AdoptError> {
        for (service, server) in &moved {
            host.execute(
                "UPDATE tblhosting SET server = ? WHERE id = ?",
                &[
                    Value::Int(server.as_i64().unwrap_or(0)),
                    Value::Int(*service),
                ],
            )?;
        }
        for (server, group) in &added {
            host.execute(
                "DELETE FROM tblservergroupsrel WHERE groupid = ? AND serverid = ?",
                &[Value::Int(*group), Value::Int(*server)],
            )?;
            host.execute(
                "DELETE FROM tblservers WHERE id = ?",
                &[Value::Int(*server)],
            )?;
        }
        for (server, kind) in pairs("switched") {
            host.execute(
                "UPDATE tblservers SET type = ? WHERE id = ?",
                &[
                    Value::from(kind.as_str().unwrap_or_default()),
                    Value::Int(server),
                ],
            )?;
        }
        let mut columns = vec!["servertype".to_string()];
        columns.extend(settings_columns());
        let mut binds = Vec::new();
        for c in &columns {
            binds.push(match product.get(c) {
                Some(Json::String(s)) => Value::from(s.as_str()),
                _ => Value::Null,
            });
        }
        binds.push(Value::Int(product_id));
        let sets: Vec<String> = columns.iter().map(|c| format!("{c} = ?")).collect();
        host.execute(
            &format!("UPDATE tblproducts SET {} WHERE id = ?", sets.join(", ")),
            &binds,
        )?;
        host.execute(
            "DELETE FROM mod_oxide_adoptions WHERE productid = ?",
            &[Value::Int(product_id)],
        )?;
        Ok(())
    })?;
    // The module the product named before (for a product switched without adoption: ours,
    // with the other module's values again).
    let from = product
        .get("servertype")
        .and_then(Json::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| row.text("from_module"));
    Ok(Array::new()
        .with("success", true)
        .with("restored", true)
        .with(
            "lines",
            Array::new().with(0i64, text::restored(product_id, &from)),
        ))
}
