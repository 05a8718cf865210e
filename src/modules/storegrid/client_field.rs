//! Writing one client's value of a client custom field (the pass key), creating the field when
//! the admin has not. Only the row of that client is touched.

use crate::whmcs::clock;
use crate::whmcs::host::in_transaction;
use crate::whmcs::{Host, HostError, Value};

/// The id of the client custom field called `name` (WHMCS cuts names at `|`: the rest is a
/// display label), if there is one.
pub fn find(host: &dyn Host, name: &str) -> Result<Option<i64>, HostError> {
    let rows = host.query(
        "SELECT id, fieldname FROM tblcustomfields WHERE type = 'client' ORDER BY id",
        &[],
    )?;
    Ok(rows.iter().find_map(|r| {
        let full = r.text("fieldname");
        let cut = full.split('|').next().unwrap_or("").trim().to_string();
        cut.eq_ignore_ascii_case(name.trim())
            .then(|| r.int("id"))
            .flatten()
    }))
}

/// Sets `client_id`'s value of field `name`; creates a plain text field when missing.
pub fn set(host: &dyn Host, name: &str, client_id: i64, value: &str) -> Result<(), HostError> {
    in_transaction(host, || {
        let field = match find(host, name)? {
            Some(id) => id,
            None => create(host, name)?,
        };
        let now = clock::now_timestamp();
        let existing = host.query(
            "SELECT id FROM tblcustomfieldsvalues WHERE fieldid = ? AND relid = ? ORDER BY id LIMIT 1",
            &[Value::Int(field), Value::Int(client_id)],
        )?;
        match existing.first().and_then(|r| r.int("id")) {
            Some(id) => host.execute(
                "UPDATE tblcustomfieldsvalues SET value = ?, updated_at = ? WHERE id = ?",
                &[Value::from(value), Value::from(now.as_str()), Value::Int(id)],
            )?,
            None => host.execute(
                "INSERT INTO tblcustomfieldsvalues (fieldid, relid, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                &[
                    Value::Int(field),
                    Value::Int(client_id),
                    Value::from(value),
                    Value::from(now.as_str()),
                    Value::from(now.as_str()),
                ],
            )?,
        };
        Ok(())
    })
}

fn create(host: &dyn Host, name: &str) -> Result<i64, HostError> {
    let now = clock::now_timestamp();
    host.execute(
        "INSERT INTO tblcustomfields (type, relid, fieldname, fieldtype, description, fieldoptions, regexpr, \
         adminonly, required, showorder, showinvoice, sortorder, created_at, updated_at) \
         VALUES ('client', 0, ?, 'text', ?, '', '', '', '', '', '', 0, ?, ?)",
        &[
            Value::from(name),
            Value::from("Backup pass key, filled in by the backup server module"),
            Value::from(now.as_str()),
            Value::from(now.as_str()),
        ],
    )?;
    host.last_insert_id()
}
