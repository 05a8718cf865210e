//! Choosing the panel username for a new account.
//!
//! A name chosen by an earlier attempt for the same service (recorded in the module's table
//! before the panel call) is reused, so a create retried after a timeout finds its own account.
//! A name the module generates (from the username rule, or from the domain/e-mail when WHMCS
//! has none) is made unique against the panel and `tblhosting`. WHMCS's own username is used as
//! given (normalised); if the panel has that user for someone else, the admin is told.

use crate::modules::shared::template::{expand, TemplateVars};
use crate::whmcs::tables;
use crate::whmcs::Call;

use super::api::{is_missing, HestiaApi};
use super::error::HestiaError;
use super::service::Service;
use super::user::PanelUser;
use super::username::{normalize, problem, with_suffix};
use super::NAME;

/// How many suffixed candidates to try before giving up.
const MAX_TRIES: u32 = 20;

#[derive(Debug)]
pub enum Chosen {
    /// Nobody has the name on the panel: create it.
    Free(String),
    /// The panel has this service's account already (an earlier attempt succeeded).
    Ours(PanelUser),
}

pub fn choose(
    call: &Call<'_>,
    api: &HestiaApi<'_>,
    svc: &Service,
    rule: &str,
) -> Result<Chosen, HestiaError> {
    if let Some(name) = tables::recorded_account(call.host, NAME, svc.id)? {
        return match probe(api, &name)? {
            None => Ok(Chosen::Free(name)),
            Some(u) if is_ours(&u, svc) => Ok(Chosen::Ours(u)),
            Some(u) => Err(taken(&u)),
        };
    }
    let fixed = rule.is_empty() && !svc.username.is_empty();
    let base = if !rule.is_empty() {
        let vars = TemplateVars {
            domain: svc.domain.clone().unwrap_or_default(),
            client_id: svc.client.id.unwrap_or(0),
            service_id: svc.id,
            now: None,
        };
        normalize(&expand(rule, &vars).map_err(|e| HestiaError::Input(e.to_string()))?)
    } else if fixed {
        normalize(&svc.username)
    } else {
        let seed = svc
            .domain
            .as_deref()
            .and_then(|d| d.split('.').next())
            .unwrap_or_else(|| svc.client.email.split('@').next().unwrap_or("user"));
        normalize(seed)
    };
    debug_assert!(problem(&base).is_none());
    for n in 0..MAX_TRIES {
        let candidate = if n == 0 {
            base.clone()
        } else {
            with_suffix(&base, n)
        };
        if tables::hosting_username_taken(call.host, &candidate, Some(svc.id))? {
            continue;
        }
        match probe(api, &candidate)? {
            None => return Ok(Chosen::Free(candidate)),
            Some(u) if is_ours(&u, svc) => return Ok(Chosen::Ours(u)),
            Some(u) if fixed && n == 0 => return Err(taken(&u)),
            Some(_) => continue,
        }
    }
    Err(HestiaError::Input(format!(
        "no free username found from `{base}` after {MAX_TRIES} tries; change the username rule"
    )))
}

/// `v-list-user NAME json`: the user, or `None` when HestiaCP has no such user.
pub fn probe(api: &HestiaApi<'_>, name: &str) -> Result<Option<PanelUser>, HestiaError> {
    match api.json("v-list-user", &[name]) {
        Ok(v) => Ok(Some(PanelUser::from_json(name, v.get(name).unwrap_or(&v)))),
        Err(e) if is_missing(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// An account is this service's when its contact is the client's e-mail.
fn is_ours(u: &PanelUser, svc: &Service) -> bool {
    !svc.client.email.is_empty() && u.contact.eq_ignore_ascii_case(&svc.client.email)
}

fn taken(u: &PanelUser) -> HestiaError {
    HestiaError::Input(format!(
        "HestiaCP already has a user `{}` that belongs to another account (different contact e-mail); \
         change the service's username or set a username rule so the module picks a free one",
        u.name
    ))
}
