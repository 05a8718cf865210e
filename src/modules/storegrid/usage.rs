//! UsageUpdate and ListAccounts: one `ListAccounts` request per server.

use crate::whmcs::tables::{self, UsageRow};
use crate::whmcs::{Array, Call, Failure, Reply, Value};

use super::api::StoregridApi;
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
    let rows: Vec<UsageRow> = api
        .accounts()?
        .into_iter()
        .map(|a| UsageRow {
            disk_usage_mb: to_mb(a.storage_used),
            disk_limit_mb: to_mb(a.storage_allotted),
            bw_usage_mb: 0,
            bw_limit_mb: 0,
            username: a.name,
        })
        .collect();
    crate::modules::shared::usage::write(call, server_id, &rows, "backup accounts")
}

/// Server sync: every reseller and customer. The product field is the account type, matched
/// against products' Action setting (configoption1).
pub fn list_accounts(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = StoregridApi::for_call(call)?;
    let mut accounts = Array::new();
    for a in api.accounts()? {
        let product = if a.kind == "reseller" {
            super::settings::SIGNUP_RESELLER
        } else {
            super::settings::SIGNUP_CUSTOMER
        };
        let created = if a.created.len() >= 10 {
            a.created.clone()
        } else {
            tables::now_timestamp()
        };
        accounts.push(
            Array::new()
                .with("email", a.email.as_str())
                .with("username", a.name.as_str())
                .with("domain", "")
                .with("uniqueIdentifier", a.name.as_str())
                .with("product", product)
                .with("primaryip", "")
                .with("created", created)
                .with("status", if a.active { "Active" } else { "Suspended" }),
        );
    }
    Ok(Reply::ok_array(
        Array::new().with("accounts", Value::Array(accounts)),
    ))
}
