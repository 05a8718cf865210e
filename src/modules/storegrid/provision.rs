//! Signing an account up exactly once, for a service (CreateAccount) or a client (hooks).
//!
//! The chosen name is recorded in `mod_oxide_accounts` before the signup request, and the
//! signup carries an `external_ref` naming its owner. A create retried after a lost answer
//! finds the recorded name, sees the account on the server with its own reference, and goes
//! on without signing up twice. A name taken by somebody else is skipped (derived names) or
//! reported (names the admin fixed).

use crate::whmcs::clock;
use crate::whmcs::{tables, Call};

use super::account_name::{normalize, with_suffix};
use super::api::StoregridApi;
use super::contact::Contact;
use super::contract::{code, Account, Kind, Signup};
use super::error::StoregridError;
use super::product::Product;

/// How many suffixed candidates to try for a derived name.
const MAX_TRIES: u32 = 20;

/// Where the name is recorded and how the account is recognised as ours.
pub struct Plan {
    /// `mod_oxide_accounts.module`: the module name, or a hook key.
    pub record_key: String,
    /// `mod_oxide_accounts.serviceid`: the service id, or the client id for hooks.
    pub record_id: i64,
    /// The service whose username follows the chosen name (CreateAccount only).
    pub service_id: Option<i64>,
    /// First candidate name.
    pub base: String,
    /// The admin chose the name (service username, rule without randomness): never varied.
    pub fixed: bool,
    pub external_ref: String,
}

#[derive(Debug)]
pub enum Outcome {
    /// Signed up by this call.
    Created,
    /// Already there with our reference: an earlier attempt succeeded.
    Existing(Box<Account>),
}

/// The signup request for `name` (the password is the caller's, already a secret).
pub fn signup_body(
    product: &Product,
    contact: &Contact,
    name: &str,
    password: &str,
    external_ref: &str,
) -> Signup {
    Signup {
        name: name.to_string(),
        password: password.to_string(),
        email: contact.email.clone(),
        first_name: contact.first_name.clone(),
        last_name: contact.last_name.clone(),
        company: contact.company.clone(),
        phone: contact.phone.clone(),
        reseller: product.reseller.clone(),
        active: product.active,
        settings: product.settings.clone(),
        send_mail: product.send_mail,
        external_ref: external_ref.to_string(),
    }
}

/// Signs up (or finds) the account; `make_body` builds the signup for a candidate name.
pub fn ensure_account(
    call: &Call<'_>,
    api: &StoregridApi<'_>,
    plan: &Plan,
    kind: Kind,
    make_body: &dyn Fn(&str) -> Signup,
) -> Result<(String, Outcome), StoregridError> {
    if let Some(name) = tables::recorded_account(call.host, &plan.record_key, plan.record_id)? {
        // A retry: look before signing up, so a finished earlier attempt costs one request.
        return match api.account(&name)? {
            Some(acc) if acc.external_ref == plan.external_ref => {
                Ok((name, Outcome::Existing(Box::new(acc))))
            }
            Some(acc) => Err(taken(&name, &acc)),
            None => match attempt(call, api, plan, kind, &name, make_body)? {
                Some(outcome) => Ok((name, outcome)),
                None => Err(StoregridError::Input(format!(
                    "the backup server already has an account `{name}` that this service did not create"
                ))),
            },
        };
    }
    let base = normalize(&plan.base);
    for n in 0..MAX_TRIES {
        let candidate = if n == 0 {
            base.clone()
        } else {
            with_suffix(&base, n)
        };
        if !plan.fixed && tables::hosting_username_taken(call.host, &candidate, plan.service_id)? {
            continue;
        }
        match attempt(call, api, plan, kind, &candidate, make_body)? {
            Some(outcome) => return Ok((candidate, outcome)),
            None if plan.fixed => {
                return Err(StoregridError::Input(format!(
                    "the backup server already has an account `{candidate}` that belongs to someone else; \
                     change the service's username or set an Account Name Rule so the module picks a free name"
                )))
            }
            None => continue,
        }
    }
    Err(StoregridError::Input(format!(
        "no free account name found from `{base}` after {MAX_TRIES} tries; set an Account Name Rule"
    )))
}

/// Records `name` and signs it up. `Ok(None)`: the name belongs to someone else.
fn attempt(
    call: &Call<'_>,
    api: &StoregridApi<'_>,
    plan: &Plan,
    kind: Kind,
    name: &str,
    make_body: &dyn Fn(&str) -> Signup,
) -> Result<Option<Outcome>, StoregridError> {
    let now = clock::now_timestamp();
    tables::record_account(call.host, &plan.record_key, plan.record_id, name, &now)?;
    if let Some(service) = plan.service_id {
        tables::set_service_username(call.host, service, name)?;
    }
    match api.signup(kind, &make_body(name)) {
        Ok(()) => Ok(Some(Outcome::Created)),
        Err(e) if e.is(code::ACCOUNT_EXISTS) => match api.account(name)? {
            Some(acc) if acc.external_ref == plan.external_ref => {
                Ok(Some(Outcome::Existing(Box::new(acc))))
            }
            _ => Ok(None),
        },
        Err(e) if e.answer_lost() => confirm(call, api, plan, name, e),
        Err(e) => Err(e),
    }
}

/// The signup's answer was lost or unreadable: an account of `name` with our reference was
/// made by this call (the name was free before it), so the create goes on with it (and rolls
/// it back if a later step fails) instead of failing with the account left behind.
fn confirm(
    call: &Call<'_>,
    api: &StoregridApi<'_>,
    plan: &Plan,
    name: &str,
    lost: StoregridError,
) -> Result<Option<Outcome>, StoregridError> {
    match api.account(name) {
        Ok(Some(acc)) if acc.external_ref == plan.external_ref => {
            call.log(
                call.function,
                "",
                &format!("the answer to the signup of {name} was lost ({lost}); the backup server has the account, so the create goes on"),
            );
            Ok(Some(Outcome::Created))
        }
        // Not created (or somebody else's name): the signup's own failure is the news.
        Ok(_) => Err(lost),
        Err(e) => Err(StoregridError::Input(format!(
            "{lost}; whether the backup server created {name} could not be checked ({e}); a retry finds out"
        ))),
    }
}

fn taken(name: &str, acc: &Account) -> StoregridError {
    if acc.external_ref.is_empty() {
        return StoregridError::Input(format!(
            "the backup server's account `{name}` (recorded for this service) has no readable \
             reference (`external_ref`), so the module cannot tell whether it is this service's; \
             check the account on the backup server"
        ));
    }
    StoregridError::Input(format!(
        "the backup server's account `{name}` (recorded for this service) now belongs to someone else \
         (reference `{}`); check the account on the backup server",
        acc.external_ref
    ))
}

/// Removes an account this call signed up, after a later step failed, so nothing is left
/// half-provisioned; the record goes too, so a retry starts afresh.
pub fn roll_back(
    call: &Call<'_>,
    api: &StoregridApi<'_>,
    plan: &Plan,
    name: &str,
    cause: StoregridError,
) -> StoregridError {
    let undo = api.delete(name);
    let _ = tables::forget_account(call.host, &plan.record_key, plan.record_id);
    match undo {
        Ok(()) => StoregridError::Input(format!(
            "{cause} (the new account {name} was removed again)"
        )),
        Err(e) => StoregridError::Input(format!(
            "{cause}; removing the new account {name} failed too ({e}): remove it on the backup server"
        )),
    }
}
