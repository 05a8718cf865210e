//! CreateAccount, step by step as the seed describes it:
//! (deploy a custom package) → user → domain → certificate. A failure after the user was added
//! removes it again; a lost answer to `v-add-user` is checked on the panel and a retried
//! create finds its own account (see [`super::add_user`]).

use crate::whmcs::{tables, Call, Failure, Reply};

use super::account_name::base_name;
use super::add_user::{Added, Adding, NewUser};
use super::api::HestiaApi;
use super::deploy::{deploy, server_packages};
use super::domain_setup::{add_domain, issue_certificate, letsencrypt_wait};
use super::error::HestiaError;
use super::password;
use super::product::Product;
use super::service::Service;
use super::NAME;

pub fn create_account(call: &Call<'_>) -> Result<Reply, Failure> {
    // Everything that can be checked without the panel is checked first: bad input changes
    // nothing anywhere.
    let svc = Service::from_params(&call.params)?;
    let product = Product::from_params(&call.params)?;
    let email = svc.contact_email()?.to_string();
    let given_password = !svc.password.is_empty();
    if given_password {
        password::check(&svc.password)?;
    }
    let base = base_name(&svc, &product.username_rule)?;

    let mut api = HestiaApi::for_call(call)?;
    if let Some(custom) = &product.custom {
        // A custom package must exist before the user is put on it. A server package is not
        // looked up first: v-add-user reports a missing one (see add_user).
        deploy(&api, custom, &server_packages(&api)?)?;
    }

    let password = if given_password {
        svc.password.clone()
    } else {
        password::generate()?
    };
    call.add_secret(&password);
    api.add_secret(&password);
    if !given_password {
        // Stored before the panel call: a retry sends the same password.
        tables::set_service_password(call.host, svc.id, &password)?;
    }
    if let Some(d) = &svc.domain {
        tables::set_service_domain(call.host, svc.id, d)?;
    }

    // The name is only shown in the panel: characters HestiaCP refuses in it (quotes, angle
    // brackets, line breaks) are dropped rather than failing an order for O'Brien.
    let first = panel_name(&svc.client.firstname);
    let last = panel_name(&svc.client.lastname);
    let adding = Adding {
        call,
        api: &api,
        svc: &svc,
        product: &product,
        user: NewUser {
            password: &password,
            email: &email,
            first_name: &first,
            last_name: &last,
        },
    };
    let added = adding.add(&base)?;
    let username = added.name().to_string();
    if let Added::Ours(_) = added {
        call.log(
            "CreateAccount",
            "",
            &format!("user {username} already exists for this service: a retried create"),
        );
    }

    if let Some(domain) = &svc.domain {
        if product.domain_parts.any() {
            if let Err(e) = add_domain(&api, call, &username, domain, product.domain_parts) {
                // Only a user this call added is removed: one found already there (an earlier
                // attempt's, or the client's live account) stays as it was.
                return Err(Box::new(match added {
                    Added::New(_) => roll_back(&api, call, svc.id, &username, e),
                    Added::Ours(_) => e,
                }));
            }
        }
        if product.letsencrypt {
            let wait = letsencrypt_wait(call);
            if let Err(e) = issue_certificate(&api, &username, domain, wait) {
                // The account is usable without the certificate: report, don't fail the order.
                let msg = format!(
                    "oxide_hestiacp: service #{} ({username}): Let's Encrypt for {domain} failed: {e}. \
                     The account is active; use the “Issue Let's Encrypt certificate” button to retry.",
                    svc.id
                );
                call.host
                    .log_activity(&crate::secret::scrub(&msg, &call.secrets()));
                call.log("LetsEncrypt", "", &msg);
            }
        }
    }
    Ok(Reply::success())
}

/// A client name as HestiaCP's `is_name_format_valid` accepts it: no quotes, no `<>`, no
/// control characters, single spaces.
fn panel_name(raw: &str) -> String {
    raw.chars()
        .filter(|c| !matches!(c, '\'' | '"' | '<' | '>' | '`'))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Removes the user created by this create, so a failed create leaves nothing behind.
fn roll_back(
    api: &HestiaApi<'_>,
    call: &Call<'_>,
    service_id: i64,
    username: &str,
    cause: HestiaError,
) -> HestiaError {
    let undo = api.run("v-delete-user", &[username]);
    let _ = tables::forget_account(call.host, NAME, service_id);
    match undo {
        Ok(_) => HestiaError::Input(format!(
            "{cause} (the new account {username} was removed again)"
        )),
        Err(e) => HestiaError::Input(format!(
            "{cause}; removing the new account {username} failed too ({e}): remove it on the panel"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::panel_name;

    #[test]
    fn names_lose_what_hestia_refuses() {
        assert_eq!(panel_name("O'Brien"), "OBrien");
        assert_eq!(panel_name(" Seán \"Sean\"\n<x> "), "Seán Sean x");
        assert_eq!(panel_name(""), "");
    }
}
