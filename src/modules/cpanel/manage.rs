//! Suspend, unsuspend, terminate and password changes. When WHM reports a failure, the
//! account is looked at: already suspended, already active and already gone are the state
//! WHMCS asked for, not failures (whatever words the server used).

use crate::http::response::one_line;
use crate::whmcs::clock;
use crate::whmcs::{tables, Call, Failure, Reply};

use super::account::probe;
use super::api::WhmApi;
use super::error::CpanelError;
use super::hosting;
use super::product::Product;
use super::reseller::{is_reseller, owned, owned_accounts, revoke, ResellerPlan};
use super::service::Service;
use super::NAME;

pub fn suspend(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let reason = one_line(&call.params.text("suspendreason"), 250);
    let reseller = ResellerPlan::from_params(&call.params)?;
    let api = WhmApi::for_call(call)?;
    let mut fields = vec![("user", user.clone())];
    if !reason.is_empty() {
        fields.push(("reason", reason));
    }
    // A reseller: suspendreseller, with its customers' accounts unless the product says not.
    let function = match &reseller {
        Some(plan) => {
            fields.push(("reseller-only", only(plan)));
            "suspendreseller"
        }
        None => "suspendacct",
    };
    let result = api.call(function, &fields).map(drop);
    settle(call, &api, &user, reseller.as_ref(), true, result)
}

/// The (un)suspension's answer: a failure counts as done when the account (a reseller: with
/// its customers' accounts, unless the product suspends the reseller only) is already so.
fn settle(
    call: &Call<'_>,
    api: &WhmApi<'_>,
    user: &str,
    reseller: Option<&ResellerPlan>,
    suspended: bool,
    result: Result<(), CpanelError>,
) -> Result<Reply, Failure> {
    match result {
        Ok(()) => Ok(Reply::success()),
        Err(e) if already(api, user, reseller, suspended) => {
            let (action, was) = if suspended {
                ("SuspendAccount", "was already suspended")
            } else {
                ("UnsuspendAccount", "was not suspended")
            };
            call.log(action, "", &format!("{user} {was} ({e})"));
            Ok(Reply::success())
        }
        Err(e) => Err(Box::new(e)),
    }
}

/// After a reported failure: is the account already in the state asked for?
fn already(api: &WhmApi<'_>, user: &str, reseller: Option<&ResellerPlan>, suspended: bool) -> bool {
    match reseller {
        Some(plan) if !plan.suspend_only => {
            // Its own account is among those it owns (it owns itself).
            matches!(owned(api, user), Ok(list) if list.iter().any(|a| a.user.eq_ignore_ascii_case(user))
                && list.iter().all(|a| a.suspended == Some(suspended)))
        }
        _ => matches!(probe(api, user), Ok(Some(a)) if a.suspended == Some(suspended)),
    }
}

pub fn unsuspend(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let reseller = ResellerPlan::from_params(&call.params)?;
    let api = WhmApi::for_call(call)?;
    let result = match &reseller {
        Some(plan) => api.call(
            "unsuspendreseller",
            &[("user", user.clone()), ("reseller-only", only(plan))],
        ),
        None => api.call("unsuspendacct", &[("user", user.clone())]),
    };
    settle(
        call,
        &api,
        &user,
        reseller.as_ref(),
        false,
        result.map(drop),
    )
}

fn only(plan: &ResellerPlan) -> String {
    if plan.suspend_only { "1" } else { "0" }.to_string()
}

/// removeacct; the dedicated IP goes back to the server's pool with the account.
/// A reseller: by the product's setting, terminatereseller (the reseller and every account
/// it owns) or its status revoked and only its own account removed — the customers'
/// accounts left on the server are named in the service's admin notes.
pub fn terminate(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let product = Product::from_params(&call.params).ok();
    let keep_dns = product.is_some_and(|p| p.keep_dns);
    let reseller = ResellerPlan::from_params(&call.params)?;
    let api = WhmApi::for_call(call)?;
    if let Some(plan) = &reseller {
        if plan.terminate_all {
            let fields = [
                ("user", user.clone()),
                ("terminatereseller", "1".to_string()),
            ];
            let removed = match api.call("terminatereseller", &fields) {
                Ok(_) => true,
                Err(e) => match probe(&api, &user) {
                    Ok(None) => true,
                    // The account is there but no reseller (e.g. the product became Reseller
                    // Hosting without a package change): it owns no one; removed as any account.
                    Ok(Some(_)) if !is_reseller(&api, &user).unwrap_or(true) => false,
                    _ => return Err(Box::new(e)),
                },
            };
            if removed {
                hosting::set_dedicated_ip(call.host, svc.id, "")?;
                tables::forget_account(call.host, NAME, svc.id)?;
                return Ok(Reply::success());
            }
        } else {
            let remaining = owned_accounts(&api, &user)?;
            revoke(&api, &user)?;
            if !remaining.is_empty() {
                let note = format!(
                    "Terminated {}: reseller status of {user} revoked, its account removed; {} \
                 customer account(s) it owned remain on the server: {}",
                    clock::now_timestamp(),
                    remaining.len(),
                    remaining.join(", ")
                );
                call.log("TerminateAccount", "", &note);
                hosting::append_note(call.host, svc.id, &note)?;
            }
        }
    }
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
