//! CreateAccount, the seed's OpenAccount: package check → username → createacct (plan,
//! contact e-mail, password generated when WHMCS has none, dedicated IP when configured) →
//! AddDetails. A failure after the account exists removes it again; a retried create finds
//! its own account and finishes the job instead of failing with "already exists"; an account
//! made by a createacct whose answer was lost is completed, never left half set up.

use serde_json::Value as Json;

use crate::modules::shared;
use crate::whmcs::clock;
use crate::whmcs::{tables, Call, Failure, Reply};

use super::account::probe;
use super::account_name::{choose, first_guess, is_ours, plan, Chosen, Looked};
use super::add_details::add_details;
use super::api::{WhmApi, WhmConnection};
use super::error::CpanelError;
use super::hosting;
use super::packages;
use super::product::Product;
use super::reseller::ResellerPlan;
use super::service::Service;
use super::NAME;

/// Generated passwords: long, every character class (WHM's strength meter rates them 100).
const PASSWORD_LEN: usize = 16;

pub fn create_account(call: &Call<'_>) -> Result<Reply, Failure> {
    // Everything that can be checked without WHM is checked first: bad input changes nothing.
    let svc = Service::from_params(&call.params)?;
    let domain = svc.require_domain()?.to_string();
    let product = Product::from_params(&call.params)?;
    let reseller = ResellerPlan::from_params(&call.params)?;
    let email = svc.contact_email()?;
    let given_password = !svc.password.is_empty();
    if given_password {
        Service::check_password(&svc.password)?;
    }
    let (base, fixed) = plan(&svc, &product.username_rule, &domain)?;

    let mut api = WhmApi::for_call(call)?;
    // The package check and what WHM says of the first name, all at once (one round trip
    // instead of three one after another).
    let guess = first_guess(call, &svc, &base, fixed)?;
    let conn = WhmConnection::for_call(call)?;
    let (required, looked) = shared::both::both(
        call,
        |log| packages::require(&conn.client(log), &product.package),
        |log| {
            let name = guess.as_deref()?;
            let (account, verified) = shared::both::both(
                log,
                |l| probe(&conn.client(l), name),
                |l| {
                    conn.client(l)
                        .call("verify_new_username", &[("user", name.to_string())])
                },
            )
            .ok()?;
            Some(Looked {
                name: name.to_string(),
                account,
                verified,
            })
        },
    )
    .map_err(CpanelError::input)?;
    required?;
    let chosen = choose(call, &api, &svc, &domain, &base, fixed, looked)?;

    let password = if given_password {
        svc.password.clone()
    } else {
        crate::modules::shared::random::password(PASSWORD_LEN)
            .map_err(|e| CpanelError::input(e.to_string()))?
    };
    call.add_secret(&password);
    api.add_secret(&password);

    let username = match &chosen {
        Chosen::Free(n) => n.clone(),
        Chosen::Ours(a) => a.user.clone(),
    };
    // Recorded before createacct: if its answer is lost, the retry uses the same name.
    tables::record_account(call.host, NAME, svc.id, &username, &clock::now_timestamp())?;
    tables::set_service_username(call.host, svc.id, &username)?;
    if !given_password {
        tables::set_service_password(call.host, svc.id, &password)?;
    }
    tables::set_service_domain(call.host, svc.id, &domain)?;

    // `lost`: createacct's answer never came, but the account is there.
    let (ip, created_now, lost) = match chosen {
        Chosen::Free(_) => {
            match open_account(&api, &username, &domain, &password, &email, &product) {
                Ok(data) => (
                    assigned_ip(&api, &username, &data, product.dedicated_ip),
                    true,
                    None,
                ),
                Err(e) => match recover_from(&api, call, &username, &domain, e)? {
                    Recovered::Earlier(ip) => (ip, false, None),
                    Recovered::Unanswered(ip, e) => (ip, true, Some(e)),
                },
            }
        }
        Chosen::Ours(a) => {
            call.log(
                "CreateAccount",
                "",
                &format!("account {username} already exists for this service: a retried create"),
            );
            (a.ip, false, None)
        }
    };

    // The add-on limits, then (Reseller Hosting) reseller status, privileges and limits:
    // a failure removes an account this create made, so no half-made reseller remains.
    let finished = add_details(&api, &username, &product.overrides).and_then(|_| {
        reseller
            .as_ref()
            .map_or(Ok(()), |plan| plan.apply(&api, &username))
    });
    if let Err(e) = finished {
        if created_now {
            return Err(Box::new(roll_back(&api, call, svc.id, &username, e)));
        }
        return Err(Box::new(e));
    }
    hosting::set_dedicated_ip(
        call.host,
        svc.id,
        if product.dedicated_ip { &ip } else { "" },
    )?;
    if let Some(e) = lost {
        // WHM may still be finishing the account: the retry confirms it (and changes nothing).
        return Err(Box::new(CpanelError::input(format!(
            "{e}; the account {username} exists on WHM nonetheless and was completed (add-on \
             limits applied): run Create again to confirm it"
        ))));
    }
    Ok(Reply::success())
}

/// The IP createacct gave the account. Only a dedicated IP is needed (WHMCS shows it): when
/// the answer has no readable `ip`, the account itself is asked.
fn assigned_ip(api: &WhmApi<'_>, username: &str, data: &Json, dedicated: bool) -> String {
    let answered = crate::modules::shared::answer::string(data, "ip")
        .filter(|ip| ip.trim().parse::<std::net::IpAddr>().is_ok());
    match answered {
        Some(ip) => return ip,
        None if !dedicated => return String::new(),
        None => {}
    }
    probe(api, username)
        .ok()
        .flatten()
        .map(|a| a.ip)
        .unwrap_or_default()
}

/// createacct with the product's package and the service's details.
fn open_account(
    api: &WhmApi<'_>,
    username: &str,
    domain: &str,
    password: &str,
    email: &str,
    product: &Product,
) -> Result<Json, CpanelError> {
    let mut fields = vec![
        ("username", username.to_string()),
        ("domain", domain.to_string()),
        ("plan", product.package.clone()),
        ("password", password.to_string()),
        (
            "ip",
            if product.dedicated_ip { "y" } else { "n" }.to_string(),
        ),
    ];
    if !email.is_empty() {
        fields.push(("contactemail", email.to_string()));
    }
    api.create(&fields)
}

/// An account found after a failed createacct.
enum Recovered {
    /// WHM refused, but a parallel or earlier attempt made the account: carry on with it.
    Earlier(String),
    /// The answer was lost (timeout, broken connection, a proxy's error page) after WHM made
    /// the account: it is this create's own, to be completed or removed like a new one.
    Unanswered(String, CpanelError),
}

/// createacct failed. If the account is there anyway with the service's domain, carry on
/// with it; otherwise the failure stands, and a refusal releases the recorded name.
fn recover_from(
    api: &WhmApi<'_>,
    call: &Call<'_>,
    username: &str,
    domain: &str,
    err: CpanelError,
) -> Result<Recovered, CpanelError> {
    let definite = matches!(
        err,
        CpanelError::Function { .. } | CpanelError::Denied { .. } | CpanelError::Auth(_)
    );
    if let Ok(Some(a)) = probe(api, username) {
        if is_ours(&a, domain) {
            call.log(
                "CreateAccount",
                "",
                &format!("createacct reported `{err}`, but {username} exists for this service"),
            );
            return Ok(if definite {
                Recovered::Earlier(a.ip)
            } else {
                Recovered::Unanswered(a.ip, err)
            });
        }
    }
    if definite {
        let service_id = call.params.service_id().unwrap_or(0);
        let _ = tables::forget_account(call.host, NAME, service_id);
    }
    // An unanswered createacct may still be running: the record stays for the retry.
    Err(err)
}

/// Removes the account this create made, so a failed create leaves nothing behind.
fn roll_back(
    api: &WhmApi<'_>,
    call: &Call<'_>,
    service_id: i64,
    username: &str,
    cause: CpanelError,
) -> CpanelError {
    let undo = api.call(
        "removeacct",
        &[
            ("username", username.to_string()),
            ("user", username.to_string()),
        ],
    );
    let _ = tables::forget_account(call.host, NAME, service_id);
    match undo {
        Ok(_) => CpanelError::input(format!(
            "{cause} (the new account {username} was removed again)"
        )),
        Err(e) => CpanelError::input(format!(
            "{cause}; removing the new account {username} failed too ({e}): remove it in WHM"
        )),
    }
}
