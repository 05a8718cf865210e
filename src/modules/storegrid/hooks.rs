//! `oxide_storegrid_HookSignup($vars)`: what `hooks.php` calls on ClientAdd and AcceptOrder.
//!
//! For every product of this module whose "Action Hooks" setting includes the hook point, the
//! client is signed up as that product's reseller or customer, with that product's settings,
//! on a backup server from the product's server group — once per client and product, however
//! often the hooks fire. Failures are written to WHMCS's activity log (and the module log) and
//! never reach the order or client creation: this function always returns normally, within a
//! short time limit even when the backup server hangs.

use std::time::Duration;

use crate::modules::shared::template::{expand, TemplateVars};
use crate::whmcs::{tables, Call, Failure, Reply};

use super::api::StoregridApi;
use super::contact::Contact;
use super::error::StoregridError;
use super::hook_source::{
    order_client, order_has_backup_service, products_for, server_for, HookPoint, HookProduct,
};
use super::pass_key;
use super::password;
use super::product::Product;
use super::provision::{ensure_account, roll_back, signup_body, Outcome, Plan};
use super::NAME;

/// Longest a hook waits for the backup server: it runs inside the checkout or admin page.
const HOOK_LIMIT: Duration = Duration::from_secs(15);

pub fn hook_signup(call: &Call<'_>) -> Result<Reply, Failure> {
    let point = call.params.text("hookpoint");
    let outcome = run(call, &point);
    let lines = match outcome {
        Ok(lines) => lines,
        Err(e) => vec![Err(format!("{NAME} hook {point:?} failed: {e}"))],
    };
    let mut failures = Vec::new();
    for line in lines {
        let (text, failed) = match line {
            Ok(t) => (t, false),
            Err(t) => (t, true),
        };
        let text = crate::secret::scrub(&text, &call.secrets());
        call.host.log_activity(&text);
        call.log("HookSignup", &point, &text);
        if failed {
            failures.push(text);
        }
    }
    Ok(Reply::text(if failures.is_empty() {
        "success".to_string()
    } else {
        failures.join("; ")
    }))
}

/// One activity-log line per product handled: `Ok` for done, `Err` for failed.
fn run(call: &Call<'_>, point: &str) -> Result<Vec<Result<String, String>>, StoregridError> {
    let point = HookPoint::parse(point).ok_or_else(|| {
        StoregridError::Input(format!(
            "unknown hook point `{point}` (ClientAdd or AcceptOrder)"
        ))
    })?;
    let client_id = match point {
        HookPoint::ClientAdd => call
            .params
            .int("client_id")
            .or_else(|| call.params.int("userid"))
            .filter(|id| *id > 0)
            .ok_or_else(|| StoregridError::Input("ClientAdd gave no client_id".into()))?,
        HookPoint::AcceptOrder => {
            let order = call
                .params
                .int("orderid")
                .filter(|id| *id > 0)
                .ok_or_else(|| StoregridError::Input("AcceptOrder gave no orderid".into()))?;
            let products = products_for(call.host, point)?;
            if products.is_empty() {
                return Ok(Vec::new());
            }
            if order_has_backup_service(call.host, order)? {
                return Ok(vec![Ok(format!(
                    "{NAME} AcceptOrder hook: order #{order} has a backup service, which the module's \
                     CreateAccount provisions; no separate signup"
                ))]);
            }
            order_client(call.host, order)?
        }
    };
    let products = products_for(call.host, point)?;
    Ok(products
        .iter()
        .map(|p| {
            signup_client(call, point, client_id, p).map_err(|e| {
                format!(
                    "{NAME} {} hook could not sign up client #{client_id} with product #{}: {e}",
                    point.name(),
                    p.id
                )
            })
        })
        .collect())
}

fn signup_client(
    call: &Call<'_>,
    point: HookPoint,
    client_id: i64,
    hp: &HookProduct,
) -> Result<String, StoregridError> {
    let product = Product::from_params(&hp.params)?;
    let contact = Contact::from_client_row(call.host, client_id)?;
    contact.checked_email()?;
    let base = if product.name_rule.is_empty() {
        contact
            .email
            .split('@')
            .next()
            .unwrap_or_default()
            .to_string()
    } else {
        let vars = TemplateVars {
            client_id,
            ..TemplateVars::default()
        };
        expand(&product.name_rule, &vars)
            .map_err(|e| StoregridError::Input(format!("Account Name Rule: {e}")))?
    };
    let server = server_for(call.host, hp.server_group)?;
    // No service holds a password for a hook's account: a strong one, mailed by the backup
    // server when Send Mail is on.
    let password = password::generate()?;
    call.add_secret(&password);
    let mut api = StoregridApi::connect(call, &server, Some(HOOK_LIMIT))?;
    api.add_secret(&password);

    let plan = Plan {
        record_key: format!("{NAME}:hook:{}", hp.id),
        record_id: client_id,
        service_id: None,
        base,
        fixed: false,
        external_ref: format!("whmcs-hook-{}-client-{client_id}", hp.id),
    };
    let make = |name: &str| signup_body(&product, &contact, name, &password, &plan.external_ref);
    let (name, outcome) = ensure_account(call, &api, &plan, product.kind, &make)?;
    if product.retrieve_pass_key {
        // An existing account whose key never arrived (an earlier failure) gets it now.
        let missing = tables::client_custom_field(call.host, &product.pass_key_field, client_id)?
            .filter(|v| !v.is_empty())
            .is_none();
        if matches!(outcome, Outcome::Created) || missing {
            let stored = pass_key::fetch_and_store(
                call,
                &mut api,
                &name,
                client_id,
                &product.pass_key_field,
            );
            if let Err(e) = stored {
                return Err(match outcome {
                    Outcome::Created => roll_back(call, &api, &plan, &name, e),
                    Outcome::Existing(_) => e,
                });
            }
        }
    }
    let server_label = server
        .id
        .map(|id| format!("server #{id}"))
        .unwrap_or_default();
    let under = product
        .reseller
        .as_deref()
        .map(|r| format!(" under reseller {r}"))
        .unwrap_or_default();
    Ok(match outcome {
        Outcome::Existing(_) => format!(
            "{NAME} {} hook: client #{client_id} already has {} {name} (product #{}); nothing to do",
            point.name(),
            product.kind.label(),
            hp.id
        ),
        Outcome::Created => format!(
            "{NAME} {} hook: signed client #{client_id} up as {} {name}{under} on {server_label} (product #{}){}",
            point.name(),
            product.kind.label(),
            hp.id,
            if product.send_mail {
                "; the backup server mails the login"
            } else {
                "; Send Mail is off, so set a password for the client on the backup server"
            }
        ),
    })
}
