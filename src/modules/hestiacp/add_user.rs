//! Adding the panel user for a new account: `v-add-user` first, questions only when the panel
//! says no. The usual create (a free name, an existing package) is one request, so the domain
//! follows at once: CreateAccount waits for two panel requests, the least its API allows.
//!
//! - The name is recorded (`mod_oxide_accounts`) and set as the service's username before the
//!   request, so a create retried after a lost answer tries the same name.
//! - `E_EXISTS`: the panel has a user (or a system account) of that name. One `v-list-user`
//!   says whose: this service's (contact = the client's e-mail; a retried create) is adopted
//!   when the name is recorded or is WHMCS's own username; anything else moves a generated
//!   name on to the next suffix, and is reported for a name the admin fixed.
//! - `E_NOTEXIST`: the user is free but the product's package is not on the server (HestiaCP
//!   checks the name first): reported with the server's packages (one `v-list-user-packages`).
//! - No answer: the panel may have created the user anyway; one `v-list-user` finds out.

use crate::whmcs::{tables, Call};

use super::account_name::{is_ours, probe, taken, BaseName};
use super::api::HestiaApi;
use super::deploy::missing_package;
use super::error::HestiaError;
use super::exit_code::ExitCode;
use super::product::Product;
use super::service::Service;
use super::settings as s;
use super::username::with_suffix;
use super::NAME;

/// How many suffixed candidates to try before giving up.
const MAX_TRIES: u32 = 20;

#[derive(Debug)]
pub enum Added {
    /// Added by this call.
    New(String),
    /// The panel had this service's account already (an earlier attempt succeeded).
    Ours(String),
}

impl Added {
    pub fn name(&self) -> &str {
        match self {
            Added::New(n) | Added::Ours(n) => n,
        }
    }
}

/// What the new user is made of (the password is already a secret of the call).
pub struct NewUser<'a> {
    pub password: &'a str,
    pub email: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
}

/// One `v-add-user` for `name`.
enum Attempt {
    Added,
    /// The name exists on the panel: its HestiaCP user when asked for, `None` for a system
    /// account (or when nobody asked: a generated name moves on whoever has it).
    Exists(Option<Box<super::user::PanelUser>>),
}

pub fn add_user(
    call: &Call<'_>,
    api: &HestiaApi<'_>,
    svc: &Service,
    product: &Product,
    base: &BaseName,
    user: &NewUser<'_>,
) -> Result<Added, HestiaError> {
    if let Some(name) = tables::recorded_account(call.host, NAME, svc.id)? {
        return match attempt(call, api, svc, product, &name, user, true)? {
            Attempt::Added => Ok(Added::New(name)),
            Attempt::Exists(Some(u)) if is_ours(&u, svc) => Ok(Added::Ours(name)),
            Attempt::Exists(Some(u)) => Err(taken(&u)),
            Attempt::Exists(None) => Err(system_account(&name)),
        };
    }
    let first = base.name();
    for n in 0..MAX_TRIES {
        let candidate = if n == 0 {
            first.to_string()
        } else {
            with_suffix(first, n)
        };
        if tables::hosting_username_taken(call.host, &candidate, Some(svc.id))? {
            continue;
        }
        let fixed = matches!(base, BaseName::Fixed(_)) && n == 0;
        match attempt(call, api, svc, product, &candidate, user, fixed)? {
            Attempt::Added => return Ok(Added::New(candidate)),
            // WHMCS's own username on an account of the same client: the service's account
            // (e.g. created before WHMCS recorded it).
            Attempt::Exists(Some(u)) if fixed && is_ours(&u, svc) => {
                return Ok(Added::Ours(candidate))
            }
            Attempt::Exists(Some(u)) if fixed => return Err(taken(&u)),
            Attempt::Exists(None) if fixed => return Err(system_account(&candidate)),
            // A generated name is never adopted: the same client may own it for another service.
            Attempt::Exists(_) => continue,
        }
    }
    Err(HestiaError::Input(format!(
        "no free username found from `{first}` after {MAX_TRIES} tries; change the {}",
        s::USERNAME_RULE
    )))
}

fn attempt(
    call: &Call<'_>,
    api: &HestiaApi<'_>,
    svc: &Service,
    product: &Product,
    name: &str,
    user: &NewUser<'_>,
    ask_owner: bool,
) -> Result<Attempt, HestiaError> {
    // Recorded before the panel call: if the answer is lost, the retry uses the same name.
    tables::record_account(call.host, NAME, svc.id, name, &tables::now_timestamp())?;
    tables::set_service_username(call.host, svc.id, name)?;
    let added = api.run(
        "v-add-user",
        &[
            name,
            user.password,
            user.email,
            product.package_name(),
            user.first_name,
            user.last_name,
        ],
    );
    match added {
        Ok(_) => Ok(Attempt::Added),
        Err(e) if e.exit_code() == Some(ExitCode::EXISTS) && ask_owner => {
            Ok(Attempt::Exists(probe(api, name)?.map(Box::new)))
        }
        Err(e) if e.exit_code() == Some(ExitCode::EXISTS) => Ok(Attempt::Exists(None)),
        Err(e) if e.exit_code() == Some(ExitCode::NOTEXIST) => {
            // Nothing was made: a retry must not find this name recorded as ours.
            let _ = tables::forget_account(call.host, NAME, svc.id);
            Err(missing_package(api, product.package_name(), e))
        }
        Err(e) => recover_lost_answer(api, call, svc, name, e).map(|()| Attempt::Added),
    }
}

/// `v-add-user` failed. An answer from the panel (an exit code, bad credentials) is final:
/// nothing was created. Without one (timeout, broken connection, a proxy's error page) the
/// panel may have created the user all the same, so the module looks: its own new account is
/// completed like any other, so the panel is never left with a half-created account.
fn recover_lost_answer(
    api: &HestiaApi<'_>,
    call: &Call<'_>,
    svc: &Service,
    username: &str,
    e: HestiaError,
) -> Result<(), HestiaError> {
    if matches!(
        e,
        HestiaError::Command { .. } | HestiaError::Auth(_) | HestiaError::Forbidden { .. }
    ) {
        return Err(e);
    }
    match probe(api, username) {
        Ok(Some(u)) if is_ours(&u, svc) => {
            call.log(
                "CreateAccount",
                "",
                &format!("v-add-user got no usable answer ({e}), but the panel has created {username}: continuing"),
            );
            Ok(())
        }
        // Not created (or by someone else in the meantime): the original error says it all.
        Ok(_) => Err(e),
        Err(_) => Err(HestiaError::Input(format!(
            "{e}; the panel may have created {username} anyway: running Create again is safe, it \
             finds that account instead of adding a second one"
        ))),
    }
}

fn system_account(name: &str) -> HestiaError {
    HestiaError::Input(format!(
        "the panel server has a system account `{name}` (not a HestiaCP user), so HestiaCP refuses \
         the name; change the service's username or set a username rule so the module picks a \
         free one"
    ))
}
