//! UsageUpdate (the seed's GetStats) and ListAccounts (server sync).
//! UsageUpdate costs one listaccts and one showbw per server (plus one showbw per earlier
//! month to close when a new month has begun).

use crate::modules::shared::answer::{need, UnreadableField};
use crate::modules::shared::skipped::read_each;
use crate::whmcs::clock::{civil_from_days, now_timestamp};
use crate::whmcs::host::in_transaction;
use crate::whmcs::tables::{self, UsageRow};
use crate::whmcs::{Array, Call, Failure, HostError, Reply};

use super::account::{list_all, PanelAccount};
use super::api::{both, WhmApi};
use super::bandwidth::{self, MonthTraffic};
use super::error::CpanelError;
use super::limits::MB;
use super::traffic;

/// Bytes as whole MB for `tblhosting` (rounded to the nearest).
pub fn mb(bytes: u64) -> i64 {
    ((bytes + MB / 2) / MB) as i64
}

pub fn usage_update(call: &Call<'_>) -> Result<Reply, Failure> {
    let server_id = call
        .params
        .server()
        .id
        .ok_or_else(|| CpanelError::input("no server id in the parameters"))?;
    let api = WhmApi::for_call(call)?;
    // The accounts and this month's traffic at once.
    let (accounts, month) = both(call, list_all, |api| bandwidth::show(api, None, None))?;
    let (accounts, month) = (accounts?, month?);
    if !month.month_known {
        return Err(Box::new(CpanelError::BadAnswer {
            function: "showbw".into(),
            detail: "no readable `month` and `year`".into(),
        }));
    }
    let (rows, mut skipped) = read_each(&accounts, |a| &a.user, |a| usage_row(a, &month));
    let rows = crate::modules::shared::usage::once_per_account(&rows, &mut skipped);
    // Every WHM request before the first write: a failing one leaves the database as it was.
    let fetched = traffic::fetch(call.host, &api, server_id, &month)?;
    // tblhosting and the traffic table in one transaction: a failure books neither.
    let (updated, summary) = in_transaction(call.host, || -> Result<_, HostError> {
        let updated = tables::write_usage(call.host, server_id, &rows, &now_timestamp())?;
        Ok((updated, traffic::book(call.host, server_id, &fetched)?))
    })?;
    call.log(
        "UsageUpdate",
        "",
        &format!(
            "{} accounts, {updated} services updated; traffic {}: {} rows, {} bytes booked{}{}",
            rows.len(),
            month.month.key(),
            summary.rows,
            summary.booked_bytes,
            if summary.closed.is_empty() {
                String::new()
            } else {
                format!(", closed {}", summary.closed.join(", "))
            },
            skipped.log_suffix()
        ),
    );
    let unlisted = crate::modules::shared::usage::unlisted(call, server_id, &rows, &skipped)?;
    Ok(crate::modules::shared::usage::reply(
        updated, "accounts", &skipped, &unlisted,
    ))
}

/// An account's row needs its name, both disk figures, and (when showbw lists it) its
/// traffic read in full: a guessed 0 would bill wrongly or read as "unlimited". An account
/// showbw does not list has used nothing this month.
fn usage_row(a: &PanelAccount, month: &MonthTraffic) -> Result<UsageRow, UnreadableField> {
    let user = need(Some(a.user.clone()).filter(|u| !u.is_empty()), "user")?;
    let bw = month.traffic_of(&user)?;
    Ok(UsageRow {
        // The reader keeps every amount within i64 (see shared::number).
        disk_usage_mb: a.disk_used_mb.need_amount("diskused")? as i64,
        disk_limit_mb: a.disk_limit_mb.need_limit("disklimit")? as i64,
        bw_usage_mb: bw.map_or(0, |b| mb(b.bytes)),
        bw_limit_mb: bw.map_or(0, |b| mb(b.limit_bytes)),
        username: user,
    })
}

/// Server sync: every account the WHM user may see.
pub fn list_accounts(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = WhmApi::for_call(call)?;
    let (accounts, skipped) = read_each(&list_all(&api)?, |a| &a.user, listed);
    Ok(crate::modules::shared::listing::reply(
        call, accounts, &skipped, "accounts",
    ))
}

/// A listed account needs its name and its state: an import must not guess "Active".
fn listed(a: &PanelAccount) -> Result<Array, UnreadableField> {
    let user = need(Some(a.user.as_str()).filter(|u| !u.is_empty()), "user")?;
    let suspended = need(a.suspended, "suspended")?;
    Ok(Array::new()
        .with("email", a.email.as_str())
        .with("username", user)
        .with("domain", a.domain.as_str())
        .with("uniqueIdentifier", user)
        .with("product", a.plan.as_str())
        .with("primaryip", a.ip.as_str())
        // Unknown stays unknown: 1970-01-01 would be a guessed 0.
        .with("created", a.start_unix.map(timestamp).unwrap_or_default())
        .with("status", if suspended { "Suspended" } else { "Active" }))
}

/// `Y-m-d H:i:s` (UTC) of a Unix time.
fn timestamp(secs: u64) -> String {
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    let rem = secs % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn units() {
        assert_eq!(super::mb(10 * 1024 * 1024), 10);
        assert_eq!(super::mb(1024 * 1024 / 2), 1);
        assert_eq!(super::timestamp(86_400 + 61), "1970-01-02 00:01:01");
    }
}
