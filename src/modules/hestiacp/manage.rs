//! Suspend, unsuspend, terminate and password changes. "Already suspended", "already active"
//! and "already gone" are the state WHMCS asked for, not failures.

use crate::whmcs::{tables, Call, Failure, Reply};

use super::api::{is_missing, HestiaApi};
use super::error::HestiaError;
use super::exit_code::ExitCode;
use super::password;
use super::product::{Product, SuspendedPassword};
use super::service::Service;
use super::NAME;

pub fn suspend(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let api = HestiaApi::for_call(call)?;
    match api.run("v-suspend-user", &[user]) {
        Ok(_) => Ok(Reply::success()),
        Err(e) if e.exit_code() == Some(ExitCode::SUSPENDED) => Ok(Reply::success()),
        Err(e) => Err(Box::new(e)),
    }
}

pub fn unsuspend(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let api = HestiaApi::for_call(call)?;
    match api.run("v-unsuspend-user", &[user]) {
        Ok(_) => Ok(Reply::success()),
        Err(e) if e.exit_code() == Some(ExitCode::UNSUSPENDED) => Ok(Reply::success()),
        Err(e) => Err(Box::new(e)),
    }
}

pub fn terminate(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let api = HestiaApi::for_call(call)?;
    match api.run("v-delete-user", &[user]) {
        Ok(_) => {}
        Err(e) if is_missing(&e) => {
            call.log(
                "TerminateAccount",
                "",
                &format!("user {user} was already gone"),
            );
        }
        Err(e) => return Err(Box::new(e)),
    }
    tables::forget_account(call.host, NAME, svc.id)?;
    Ok(Reply::success())
}

/// HestiaCP refuses password changes for suspended users (exit 5). The product decides whether
/// that is reported, or the user is unsuspended, changed and suspended again.
pub fn change_password(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    password::check(&svc.password)?;
    let product = Product::from_params(&call.params)?;
    let api = HestiaApi::for_call(call)?;
    match api.run("v-change-user-password", &[user, &svc.password]) {
        Ok(_) => Ok(Reply::success()),
        Err(e) if e.exit_code() == Some(ExitCode::SUSPENDED) => match product.suspended_password {
            SuspendedPassword::Refuse => Err(Box::new(HestiaError::Input(format!(
                "HestiaCP does not change the password of a suspended account; unsuspend {user} first \
                 (or set the product's “Password change when suspended” to unsuspend, change, suspend again)"
            )))),
            SuspendedPassword::Cycle => {
                api.run("v-unsuspend-user", &[user])?;
                let changed = api.run("v-change-user-password", &[user, &svc.password]);
                // Suspended again whatever happened: the account must not stay open.
                api.run("v-suspend-user", &[user])?;
                changed?;
                Ok(Reply::success())
            }
        },
        Err(e) => Err(Box::new(e)),
    }
}
