//! UsageUpdate and ListAccounts: one `ListAccounts` request per server. An account the module
//! cannot read is skipped and named; every other one is still updated or listed.

use crate::modules::shared::answer::{need, UnreadableField};
use crate::modules::shared::skipped::read_each;
use crate::whmcs::clock;
use crate::whmcs::tables::UsageRow;
use crate::whmcs::{Array, Call, Failure, Reply};

use super::api::StoregridApi;
use super::contract::Account;
use super::size::to_mb;

/// Storage used and allotted (MB) into `tblhosting.diskusage`/`disklimit` for every service of
/// this server, in one transaction with one prepared statement. Backup accounts have no
/// bandwidth figures: those columns are written as 0.
pub fn usage_update(call: &Call<'_>) -> Result<Reply, Failure> {
    let server_id = call
        .params
        .server()
        .id
        .ok_or("no server id in the parameters")?;
    let api = StoregridApi::for_call(call)?;
    let (rows, skipped) = read_each(&api.accounts()?, |a| &a.name, usage_row);
    crate::modules::shared::usage::write(call, server_id, &rows, "backup accounts", &skipped)
}

/// A usage row needs the name and both figures: a guessed 0 would bill or limit wrongly.
fn usage_row(a: &Account) -> Result<UsageRow, UnreadableField> {
    Ok(UsageRow {
        username: need(Some(a.name.clone()).filter(|n| !n.is_empty()), "name")?,
        disk_usage_mb: to_mb(a.storage_used.need_amount("storage_used")?),
        disk_limit_mb: to_mb(a.storage_allotted.need_amount("storage_allotted")?),
        bw_usage_mb: 0,
        bw_limit_mb: 0,
    })
}

/// Server sync: every reseller and customer. The product field is the account type, matched
/// against products' Action setting (configoption1).
pub fn list_accounts(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = StoregridApi::for_call(call)?;
    let (accounts, skipped) = read_each(&api.accounts()?, |a| &a.name, listed);
    Ok(crate::modules::shared::listing::reply(
        call,
        accounts,
        &skipped,
        "backup accounts",
    ))
}

/// A listed account needs its name and its state (an import must not guess "Active").
fn listed(a: &Account) -> Result<Array, UnreadableField> {
    let name = need(Some(a.name.as_str()).filter(|n| !n.is_empty()), "name")?;
    let active = need(a.active, "active")?;
    let product = if a.kind == "reseller" {
        super::settings::SIGNUP_RESELLER
    } else {
        super::settings::SIGNUP_CUSTOMER
    };
    let created = if a.created.len() >= 10 {
        a.created.clone()
    } else {
        clock::now_timestamp()
    };
    Ok(Array::new()
        .with("email", a.email.as_str())
        .with("username", name)
        .with("domain", "")
        .with("uniqueIdentifier", name)
        .with("product", product)
        .with("primaryip", "")
        .with("created", created)
        .with("status", if active { "Active" } else { "Suspended" }))
}
