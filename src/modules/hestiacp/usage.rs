//! UsageUpdate and ListAccounts: one `v-list-users json` per server. A user the module cannot
//! read is skipped and named; every other one is still updated or listed.

use crate::modules::shared::answer::{need, UnreadableField};
use crate::modules::shared::skipped::Collected;
use crate::whmcs::clock;
use crate::whmcs::tables::UsageRow;
use crate::whmcs::{Array, Call, Failure, Reply};

use super::api::HestiaApi;
use super::user::{field, PanelUser};

/// Every panel user but the admin, read with `read` as `v-list-users` streams in: a big
/// server's listing is never held whole, only the rows made of it.
fn read_users<R>(
    api: &HestiaApi<'_>,
    read: impl Fn(&PanelUser) -> Result<R, UnreadableField>,
) -> Result<Collected<R>, Failure> {
    let mut out = Collected::default();
    api.stream_json("v-list-users", &[], |body| {
        super::user_list::read_users(body, |u| {
            if !u.is_admin() {
                out.take(&u.name, read(&u));
            }
        })
    })?;
    Ok(out)
}

/// Disk and bandwidth usage and limits (MB) for every service on this server, in one
/// transaction with one prepared statement.
pub fn usage_update(call: &Call<'_>) -> Result<Reply, Failure> {
    let server_id = call
        .params
        .server()
        .id
        .ok_or("no server id in the parameters")?;
    let api = HestiaApi::for_call(call)?;
    let rows = read_users(&api, usage_row)?;
    crate::modules::shared::usage::write(call, server_id, &rows.read, "panel users", &rows.skipped)
}

/// Every figure is needed: a guessed 0 would bill wrongly or read as "unlimited".
fn usage_row(u: &PanelUser) -> Result<UsageRow, UnreadableField> {
    Ok(UsageRow {
        // The reader keeps every amount within i64 (see shared::number).
        disk_usage_mb: u.disk_used_mb.need_amount(field::U_DISK)? as i64,
        disk_limit_mb: u.disk_quota.need_limit(field::DISK_QUOTA)? as i64,
        bw_usage_mb: u.bandwidth_used_mb.need_amount(field::U_BANDWIDTH)? as i64,
        bw_limit_mb: u.bandwidth_limit.need_limit(field::BANDWIDTH)? as i64,
        username: u.name.clone(),
    })
}

/// Server sync: every panel user except the admin.
pub fn list_accounts(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = HestiaApi::for_call(call)?;
    let accounts = read_users(&api, listed)?;
    Ok(crate::modules::shared::listing::reply(
        call,
        accounts.read,
        &accounts.skipped,
        "panel users",
    ))
}

/// A listed user needs its state: an import must not guess "Active".
fn listed(u: &PanelUser) -> Result<Array, UnreadableField> {
    let suspended = need(u.suspended, field::SUSPENDED)?;
    Ok(Array::new()
        .with("email", u.contact.as_str())
        .with("username", u.name.as_str())
        .with("domain", "")
        .with("uniqueIdentifier", u.name.as_str())
        .with("product", u.package.as_str())
        .with("primaryip", "")
        .with("created", created(&u.created))
        .with("status", if suspended { "Suspended" } else { "Active" }))
}

/// `Y-m-d H:i:s` from Hestia's DATE and TIME.
fn created(raw: &str) -> String {
    if raw.len() >= 10 {
        raw.to_string()
    } else {
        clock::now_timestamp()
    }
}
