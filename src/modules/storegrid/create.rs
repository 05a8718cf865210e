//! CreateAccount: sign the service's client up as a reseller or a customer with every product
//! setting; retried creates find their own account; with "Retrieve Customer Pass Key" the key
//! lands in the client's custom field, and if that fails the new account is removed again.

use crate::modules::shared::template::{expand, TemplateVars};
use crate::whmcs::{tables, Call, Failure, Reply};

use super::api::StoregridApi;
use super::error::StoregridError;
use super::pass_key;
use super::password;
use super::product::Product;
use super::provision::{ensure_account, roll_back, signup_body, Outcome, Plan};
use super::service::Service;
use super::NAME;

pub fn create_account(call: &Call<'_>) -> Result<Reply, Failure> {
    // Everything that can be checked without the backup server is checked first: bad input
    // changes nothing anywhere.
    let svc = Service::from_params(&call.params)?;
    let product = Product::from_params(&call.params)?;
    svc.contact.checked_email()?;
    let given_password = !svc.password.is_empty();
    if given_password {
        password::check(&svc.password)?;
    }
    let (base, fixed) = name_source(&svc, &product)?;
    let password = if given_password {
        svc.password.clone()
    } else {
        password::generate()?
    };
    call.add_secret(&password);
    let mut api = StoregridApi::for_call(call)?;
    api.add_secret(&password);
    if !given_password {
        // Stored before the signup: a retry sends the same password.
        tables::set_service_password(call.host, svc.id, &password)?;
    }

    let plan = Plan {
        record_key: NAME.to_string(),
        record_id: svc.id,
        service_id: Some(svc.id),
        base,
        fixed,
        external_ref: svc.external_ref(),
    };
    let make =
        |name: &str| signup_body(&product, &svc.contact, name, &password, &plan.external_ref);
    let (name, outcome) = ensure_account(call, &api, &plan, product.kind, &make)?;
    if let Outcome::Existing(acc) = &outcome {
        call.log(
            "CreateAccount",
            "",
            &format!(
                "{} {name} already exists for this service: a retried create",
                product.kind.label()
            ),
        );
        // Unknown (unreadable) counts as different: setting the state it has is no error.
        if acc.active != Some(product.active) {
            api.set_active(&name, product.active)?;
        }
    }
    if product.retrieve_pass_key {
        let stored = pass_key::fetch_and_store(
            call,
            &mut api,
            &name,
            svc.contact.client_id,
            &product.pass_key_field,
        );
        if let Err(e) = stored {
            return Err(Box::new(match outcome {
                Outcome::Created => roll_back(call, &api, &plan, &name, e),
                Outcome::Existing(_) => e,
            }));
        }
    }
    Ok(Reply::success())
}

/// The first candidate name and whether the admin fixed it: the Account Name Rule, else the
/// service's username, else one derived from the client's e-mail address.
fn name_source(svc: &Service, product: &Product) -> Result<(String, bool), StoregridError> {
    if !product.name_rule.is_empty() {
        let vars = TemplateVars {
            domain: svc.domain.clone(),
            client_id: svc.contact.client_id,
            service_id: svc.id,
            now: None,
        };
        let expanded = expand(&product.name_rule, &vars)
            .map_err(|e| StoregridError::Input(format!("Account Name Rule: {e}")))?;
        // A rule's name is the module's choice: taken ones get a numeric suffix.
        return Ok((expanded, false));
    }
    if !svc.username.is_empty() {
        return Ok((svc.username.clone(), true));
    }
    let seed = svc
        .contact
        .email
        .split('@')
        .next()
        .unwrap_or_default()
        .to_string();
    Ok((seed, false))
}
