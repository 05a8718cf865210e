//! Suspend, unsuspend, terminate and password changes. When WHM reports a failure, the
//! account is looked at: already suspended, already active and already gone are the state
//! WHMCS asked for, not failures (whatever words the server used).

use crate::http::response::one_line;
use crate::whmcs::{tables, Call, Failure, Reply};

use super::account::probe;
use super::api::WhmApi;
use super::hosting;
use super::product::Product;
use super::service::Service;
use super::NAME;

pub fn suspend(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let reason = one_line(&call.params.text("suspendreason"), 250);
    let api = WhmApi::for_call(call)?;
    let mut fields = vec![("user", user.clone())];
    if !reason.is_empty() {
        fields.push(("reason", reason));
    }
    match api.call("suspendacct", &fields) {
        Ok(_) => Ok(Reply::success()),
        Err(e) => match probe(&api, &user) {
            Ok(Some(a)) if a.suspended == Some(true) => {
                call.log(
                    "SuspendAccount",
                    "",
                    &format!("{user} was already suspended"),
                );
                Ok(Reply::success())
            }
            _ => Err(Box::new(e)),
        },
    }
}

pub fn unsuspend(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let api = WhmApi::for_call(call)?;
    match api.call("unsuspendacct", &[("user", user.clone())]) {
        Ok(_) => Ok(Reply::success()),
        Err(e) => match probe(&api, &user) {
            Ok(Some(a)) if a.suspended == Some(false) => {
                call.log("UnsuspendAccount", "", &format!("{user} was not suspended"));
                Ok(Reply::success())
            }
            _ => Err(Box::new(e)),
        },
    }
}

/// removeacct; the dedicated IP goes back to the server's pool with the account.
pub fn terminate(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let product = Product::from_params(&call.params).ok();
    let keep_dns = product.is_some_and(|p| p.keep_dns);
    let api = WhmApi::for_call(call)?;
    // `username` is the documented name, `user` the one older servers read.
    let fields = [
        ("username", user.clone()),
        ("user", user.clone()),
        ("keepdns", if keep_dns { "1" } else { "0" }.to_string()),
    ];
    if let Err(e) = api.call("removeacct", &fields) {
        match probe(&api, &user) {
            Ok(None) => call.log("TerminateAccount", "", &format!("{user} was already gone")),
            _ => return Err(Box::new(e)),
        }
    }
    hosting::set_dedicated_ip(call.host, svc.id, "")?;
    tables::forget_account(call.host, NAME, svc.id)?;
    Ok(Reply::success())
}

pub fn change_password(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    Service::check_password(&svc.password)?;
    let api = WhmApi::for_call(call)?;
    api.call(
        "passwd",
        &[
            ("user", user),
            ("password", svc.password.clone()),
            // The account's MySQL login follows the new password, as in WHM's own form.
            ("db_pass_update", "1".into()),
        ],
    )?;
    Ok(Reply::success())
}
