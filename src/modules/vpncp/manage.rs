//! Suspend/unsuspend (client status disable/enable), terminate (delete; already gone is
//! success), password changes and package changes (caps re-applied).

use serde_json::json;

use crate::whmcs::{tables, Call, Failure, Reply};

use super::api::VpnApi;
use super::error::VpnError;
use super::product::Product;
use super::server::PanelServer;
use super::service::Service;
use super::NAME;

fn api<'a>(call: &'a Call<'a>) -> Result<VpnApi<'a>, VpnError> {
    VpnApi::new(
        &PanelServer::from_params(&call.params),
        call,
        call.secrets(),
        None,
    )
}

/// A missing client is named as such (suspending nothing must not look like success).
fn missing(e: VpnError, name: &str, server: &str) -> VpnError {
    if e.is_not_found() {
        VpnError::Input(format!(
            "the VPN client {name} does not exist on {server}; was it deleted on the panel?"
        ))
    } else {
        e
    }
}

fn set_status(call: &Call<'_>, status: &str) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let name = svc.client_name()?;
    let api = api(call)?;
    // Setting the state it already has is accepted by the panel: "already suspended" is success.
    api.update_client("client.update (status)", name, json!({"status": status}))
        .map_err(|e| missing(e, name, api.server()))?;
    Ok(Reply::success())
}

pub fn suspend(call: &Call<'_>) -> Result<Reply, Failure> {
    set_status(call, "disable")
}

pub fn unsuspend(call: &Call<'_>) -> Result<Reply, Failure> {
    set_status(call, "enable")
}

pub fn terminate(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let name = svc.client_name()?;
    let api = api(call)?;
    match api.delete_client(name) {
        Ok(()) => {}
        Err(e) if e.is_not_found() => call.log(
            "TerminateAccount",
            "",
            &format!("client {name} was already gone"),
        ),
        Err(e) => return Err(Box::new(e)),
    }
    tables::forget_account(call.host, NAME, svc.id)?;
    Ok(Reply::success())
}

pub fn change_password(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let name = svc.client_name()?;
    if svc.password.is_empty() {
        return Err(Box::new(VpnError::Input(
            "the service's password is empty; set a new password first".into(),
        )));
    }
    let api = api(call)?;
    api.update_client(
        "client.update (password)",
        name,
        json!({"password": svc.password}),
    )
    .map_err(|e| missing(e, name, api.server()))?;
    Ok(Reply::success())
}

/// ChangePackage and the admin's "Re-apply bandwidth caps": the product's caps, overridden by
/// the service's speed options, pushed again.
pub fn apply_caps(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let name = svc.client_name()?;
    let product = Product::from_params(&call.params)?;
    let api = api(call)?;
    api.update_client("client.update (bandwidth)", name, product.caps.to_json())
        .map_err(|e| missing(e, name, api.server()))?;
    call.log(
        "ChangePackage",
        "",
        &format!("client {name}: {}", product.caps.describe()),
    );
    Ok(Reply::success())
}
