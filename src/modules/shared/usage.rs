//! The end of every UsageUpdate: the server's usage rows into `tblhosting` in one transaction,
//! and a module-log line saying how many services matched and which records were skipped.

use crate::whmcs::tables::{self, UsageRow};
use crate::whmcs::{Call, Failure, Reply};

use super::skipped::Skipped;

/// Writes `rows` for `server_id`; `noun` names what the panel listed ("panel users").
///
/// With records skipped, the services of every other record are still written, and the reply
/// is a message naming the skipped ones instead of "success": WHMCS records it for the cron
/// run, which is where an admin looks when a service's usage stops moving.
pub fn write(
    call: &Call<'_>,
    server_id: i64,
    rows: &[UsageRow],
    noun: &str,
    skipped: &Skipped,
) -> Result<Reply, Failure> {
    let updated = tables::update_usage(call.host, server_id, rows, &tables::now_timestamp())?;
    let line = format!(
        "{} {noun}, {updated} services updated{}",
        rows.len(),
        skipped.log_suffix()
    );
    call.log("UsageUpdate", "", &line);
    Ok(reply(updated, noun, skipped))
}

/// "success", or the message naming the skipped records.
pub fn reply(updated: u64, noun: &str, skipped: &Skipped) -> Reply {
    match skipped.summary(noun) {
        None => Reply::success(),
        Some(summary) => Reply::text(format!(
            "{updated} services updated; {summary} (their usage is unchanged)"
        )),
    }
}
