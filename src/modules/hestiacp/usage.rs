//! UsageUpdate and ListAccounts: one `v-list-users json` per server.

use crate::whmcs::tables::{self, UsageRow};
use crate::whmcs::{Array, Call, Failure, Reply, Value};

use super::api::HestiaApi;
use super::user::PanelUser;

fn panel_users(api: &HestiaApi<'_>) -> Result<Vec<PanelUser>, Failure> {
    let body = api.run("v-list-users", &["json"])?;
    Ok(super::user_list::parse_users(&body)?
        .into_iter()
        .filter(|u| !u.is_admin())
        .collect())
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
    let rows: Vec<UsageRow> = panel_users(&api)?
        .into_iter()
        .map(|u| UsageRow {
            disk_usage_mb: u.disk_used_mb,
            disk_limit_mb: PanelUser::limit_mb(&u.disk_quota),
            bw_usage_mb: u.bandwidth_used_mb,
            bw_limit_mb: PanelUser::limit_mb(&u.bandwidth_limit),
            username: u.name,
        })
        .collect();
    crate::modules::shared::usage::write(call, server_id, &rows, "panel users")
}

/// Server sync: every panel user except the admin.
pub fn list_accounts(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = HestiaApi::for_call(call)?;
    let mut accounts = Array::new();
    for u in panel_users(&api)? {
        let status = if u.suspended { "Suspended" } else { "Active" };
        accounts.push(
            Array::new()
                .with("email", u.contact.as_str())
                .with("username", u.name.as_str())
                .with("domain", "")
                .with("uniqueIdentifier", u.name.as_str())
                .with("product", u.package.as_str())
                .with("primaryip", "")
                .with("created", created(&u.created))
                .with("status", status),
        );
    }
    Ok(Reply::ok_array(
        Array::new().with("accounts", Value::Array(accounts)),
    ))
}

/// `Y-m-d H:i:s` from Hestia's DATE and TIME.
fn created(raw: &str) -> String {
    if raw.len() >= 10 {
        raw.to_string()
    } else {
        tables::now_timestamp()
    }
}
