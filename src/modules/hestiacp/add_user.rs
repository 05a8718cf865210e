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

use crate::whmcs::clock;
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

/// What adding the user is about: the call, its panel, the service and product, the user.
pub struct Adding<'a> {
    pub call: &'a Call<'a>,
    pub api: &'a HestiaApi<'a>,
    pub svc: &'a Service,
    pub product: &'a Product,
    pub user: NewUser<'a>,
}

impl Adding<'_> {
    /// Adds the user under the recorded name, `base`, or the next free suffix of `base`.
    pub fn add(&self, base: &BaseName) -> Result<Added, HestiaError> {
        let svc = self.svc;
        if let Some(name) = tables::recorded_account(self.call.host, NAME, svc.id)? {
            return match self.attempt(&name, true)? {
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
            if tables::hosting_username_taken(self.call.host, &candidate, Some(svc.id))? {
                continue;
            }
            let fixed = matches!(base, BaseName::Fixed(_)) && n == 0;
            match self.attempt(&candidate, fixed)? {
                Attempt::Added => return Ok(Added::New(candidate)),
                // WHMCS's own username on an account of the same client: the service's account
                // (e.g. created before WHMCS recorded it).
                Attempt::Exists(Some(u)) if fixed && is_ours(&u, svc) => {
                    return Ok(Added::Ours(candidate))
                }
                Attempt::Exists(Some(u)) if fixed => return Err(taken(&u)),
                Attempt::Exists(None) if fixed => return Err(system_account(&candidate)),
                // A generated name is never adopted: the same client may own it for another
                // service.
                Attempt::Exists(_) => continue,
            }
        }
        Err(HestiaError::Input(format!(
            "no free username found from `{first}` after {MAX_TRIES} tries; change the {}",
            s::USERNAME_RULE
        )))
    }

    /// One `v-add-user` for `name`; `ask_owner`: look up whose the name is when it exists.
    fn attempt(&self, name: &str, ask_owner: bool) -> Result<Attempt, HestiaError> {
        let (call, api, svc) = (self.call, self.api, self.svc);
        let package = self.product.package_name();
        // Recorded before the panel call: if the answer is lost, the retry uses the same name.
        tables::record_account(call.host, NAME, svc.id, name, &clock::now_timestamp())?;
        tables::set_service_username(call.host, svc.id, name)?;
        let u = &self.user;
        let added = api.run(
            "v-add-user",
            &[
                name,
                u.password,
                u.email,
                package,
                u.first_name,
                u.last_name,
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
                Err(missing_package(api, package, e))
            }
            Err(e) => self.recover_lost_answer(name, e).map(|()| Attempt::Added),
        }
    }

    /// `v-add-user` failed. An answer from the panel (an exit code, bad credentials) is final:
    /// nothing was created. Without one (timeout, broken connection, a proxy's error page)
    /// the panel may have created the user all the same, so the module looks: its own new
    /// account is completed like any other, so the panel is never left half-created.
    fn recover_lost_answer(&self, username: &str, e: HestiaError) -> Result<(), HestiaError> {
        if matches!(
            e,
            HestiaError::Command { .. } | HestiaError::Auth(_) | HestiaError::Forbidden { .. }
        ) {
            return Err(e);
        }
        match probe(self.api, username) {
            Ok(Some(u)) if is_ours(&u, self.svc) => {
                self.call.log(
                    "CreateAccount",
                    "",
                    &format!("v-add-user got no usable answer ({e}), but the panel has created {username}: continuing"),
                );
                Ok(())
            }
            // Not created (or by someone else in the meantime): the original error says it all.
            Ok(_) => Err(e),
            Err(_) => Err(HestiaError::Input(format!(
                "{e}; the panel may have created {username} anyway: running Create again is safe, \
                 it finds that account instead of adding a second one"
            ))),
        }
    }
}

fn system_account(name: &str) -> HestiaError {
    HestiaError::Input(format!(
        "the panel server has a system account `{name}` (not a HestiaCP user), so HestiaCP refuses \
         the name; change the service's username or set a username rule so the module picks a \
         free one"
    ))
}
