//! The end of every UsageUpdate: the server's usage rows into `tblhosting` in one transaction,
//! and a module-log line saying how many services matched.

use crate::whmcs::tables::{self, UsageRow};
use crate::whmcs::{Call, Failure, Reply};

/// Writes `rows` for `server_id`; `noun` names what the panel listed ("panel users").
pub fn write(
    call: &Call<'_>,
    server_id: i64,
    rows: &[UsageRow],
    noun: &str,
) -> Result<Reply, Failure> {
    let updated = tables::update_usage(call.host, server_id, rows, &tables::now_timestamp())?;
    call.log(
        "UsageUpdate",
        "",
        &format!("{} {noun}, {updated} services updated", rows.len()),
    );
    Ok(Reply::success())
}
