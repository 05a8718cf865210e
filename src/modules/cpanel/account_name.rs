//! Choosing the cPanel username of a new account.
//!
//! The name an earlier attempt chose for the same service (recorded before createacct) is
//! used again, so a create retried after a timeout finds its own account. WHMCS's username is
//! used as given when the product has no rule; a rule's result is made valid and unique (on
//! the server and in `tblhosting`) with a numeric suffix. An account is this service's when
//! its main domain is the service's domain (WHM allows a domain on one account only).

use serde_json::Value as Json;

use crate::modules::shared::template::{expand, TemplateVars};
use crate::whmcs::{tables, Call};

use super::account::{probe, PanelAccount};
use super::api::WhmApi;
use super::error::CpanelError;
use super::hosting;
use super::service::Service;
use super::username::{normalize, problem, with_suffix};
use super::NAME;

/// How many suffixed candidates to try before giving up.
const MAX_TRIES: u32 = 20;

#[derive(Debug)]
pub enum Chosen {
    /// Nobody has the name: create it.
    Free(String),
    /// WHM has this service's account already (an earlier attempt succeeded).
    Ours(Box<PanelAccount>),
}

/// What can be decided without WHM: the base name, or an error for an unusable WHMCS username.
pub fn plan(svc: &Service, rule: &str, domain: &str) -> Result<(String, bool), CpanelError> {
    if !rule.is_empty() {
        let vars = TemplateVars {
            domain: domain.to_string(),
            client_id: svc.client.id.unwrap_or(0),
            service_id: svc.id,
            now: None,
        };
        let raw = expand(rule, &vars).map_err(|e| CpanelError::input(e.to_string()))?;
        return Ok((normalize(&raw), false));
    }
    if svc.username.is_empty() {
        return Ok((normalize(domain.split('.').next().unwrap_or(domain)), false));
    }
    if let Some(p) = problem(&svc.username) {
        return Err(CpanelError::input(format!(
            "the service's username `{}` {p} (cPanel's rules); change the username, or set the \
             product's “Username rule” so the module makes a valid one",
            svc.username
        )));
    }
    Ok((svc.username.to_ascii_lowercase(), true))
}

/// What WHM said of one name, asked before [`choose`] (at once with the package check).
pub struct Looked {
    pub name: String,
    pub account: Result<Option<PanelAccount>, CpanelError>,
    pub verified: Result<Json, CpanelError>,
}

/// The name [`choose`] tries first when WHMCS's own tables do not rule it out: the recorded
/// one, else `base`. Looking it up early saves a round trip in the usual case.
pub fn first_guess(
    call: &Call<'_>,
    svc: &Service,
    base: &str,
    fixed: bool,
) -> Result<Option<String>, CpanelError> {
    if let Some(name) = tables::recorded_account(call.host, NAME, svc.id)? {
        return Ok(Some(name));
    }
    let server_id = call.params.server().id.unwrap_or(0);
    let taken = if fixed {
        hosting::username_taken_on_server(call.host, server_id, base, svc.id)?
    } else {
        tables::hosting_username_taken(call.host, base, Some(svc.id))?
    };
    Ok((!taken).then(|| base.to_string()))
}

/// WHM's answers for `name`: taken from `looked` when it was asked already, else asked now.
fn account_of(
    api: &WhmApi<'_>,
    name: &str,
    looked: &mut Option<Looked>,
) -> Result<Option<PanelAccount>, CpanelError> {
    match looked {
        Some(l) if l.name == name => std::mem::replace(&mut l.account, Ok(None)),
        _ => probe(api, name),
    }
}

fn verify(api: &WhmApi<'_>, name: &str, looked: &mut Option<Looked>) -> Result<Json, CpanelError> {
    match looked.take() {
        Some(l) if l.name == name => l.verified,
        _ => api.call("verify_new_username", &[("user", name.to_string())]),
    }
}

pub fn choose(
    call: &Call<'_>,
    api: &WhmApi<'_>,
    svc: &Service,
    domain: &str,
    base: &str,
    fixed: bool,
    mut looked: Option<Looked>,
) -> Result<Chosen, CpanelError> {
    if let Some(name) = tables::recorded_account(call.host, NAME, svc.id)? {
        return match account_of(api, &name, &mut looked)? {
            None => Ok(Chosen::Free(name)),
            Some(a) if is_ours(&a, domain) => Ok(Chosen::Ours(Box::new(a))),
            Some(a) => Err(taken_on_server(&a)),
        };
    }
    let server_id = call.params.server().id.unwrap_or(0);
    for n in 0..MAX_TRIES {
        let candidate = if n == 0 {
            base.to_string()
        } else {
            with_suffix(base, n)
        };
        let in_whmcs = if fixed {
            hosting::username_taken_on_server(call.host, server_id, &candidate, svc.id)?
        } else {
            tables::hosting_username_taken(call.host, &candidate, Some(svc.id))?
        };
        if in_whmcs {
            if fixed {
                return Err(CpanelError::input(format!(
                    "another WHMCS service on this server already has the username `{candidate}`; \
                     change the username or set a username rule"
                )));
            }
            continue;
        }
        match account_of(api, &candidate, &mut looked)? {
            Some(a) if is_ours(&a, domain) => return Ok(Chosen::Ours(Box::new(a))),
            Some(a) if fixed => return Err(taken_on_server(&a)),
            Some(_) => continue,
            None => {}
        }
        // WHM knows more than its account list: system users, mail aliases, DB prefixes.
        match verify(api, &candidate, &mut looked) {
            Ok(_) => return Ok(Chosen::Free(candidate)),
            Err(CpanelError::Function { reason, .. }) if fixed => {
                return Err(CpanelError::input(format!(
                    "WHM does not accept the username `{candidate}`: {reason}"
                )))
            }
            Err(CpanelError::Function { .. }) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(CpanelError::input(format!(
        "no free username found from `{base}` after {MAX_TRIES} tries; change the username rule"
    )))
}

pub fn is_ours(a: &PanelAccount, domain: &str) -> bool {
    a.domain
        .trim()
        .trim_end_matches('.')
        .eq_ignore_ascii_case(domain)
}

fn taken_on_server(a: &PanelAccount) -> CpanelError {
    CpanelError::input(format!(
        "WHM already has an account `{}` for another domain ({}); change the service's username \
         or set a username rule so the module picks a free one",
        a.user, a.domain
    ))
}
