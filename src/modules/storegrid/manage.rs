//! Suspend and Terminate deactivate the account, Unsuspend activates it (the seed: backups
//! are never deleted from WHMCS); ChangePassword. Setting the state an account already has is
//! success, and so is terminating an account that is already gone.

use crate::whmcs::{Call, Failure, Reply};

use super::api::StoregridApi;
use super::contract::code;
use super::error::StoregridError;
use super::password;
use super::service::Service;

fn set_active(call: &Call<'_>, active: bool, gone_is_fine: bool) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let name = svc.account_name(call)?;
    let api = StoregridApi::for_call(call)?;
    match api.set_active(&name, active) {
        Ok(changed) => {
            if !changed {
                let state = if active { "active" } else { "inactive" };
                call.log(call.function, "", &format!("{name} was already {state}"));
            }
            Ok(Reply::success())
        }
        Err(e) if e.is(code::NOT_FOUND) && gone_is_fine => {
            call.log(call.function, "", &format!("{name} was already gone"));
            Ok(Reply::success())
        }
        Err(e) if e.is(code::NOT_FOUND) => Err(Box::new(StoregridError::Input(format!(
            "the backup server has no account {name}"
        )))),
        Err(e) => Err(Box::new(e)),
    }
}

pub fn suspend(call: &Call<'_>) -> Result<Reply, Failure> {
    set_active(call, false, false)
}

pub fn unsuspend(call: &Call<'_>) -> Result<Reply, Failure> {
    set_active(call, true, false)
}

/// Deactivates and keeps the account and its backups, as the seed prescribes; the record of
/// the name stays so a later create of the same service reuses the account.
pub fn terminate(call: &Call<'_>) -> Result<Reply, Failure> {
    set_active(call, false, true)
}

pub fn change_password(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let name = svc.account_name(call)?;
    password::check(&svc.password)?;
    let api = StoregridApi::for_call(call)?;
    api.change_password(&name, &svc.password)?;
    Ok(Reply::success())
}
