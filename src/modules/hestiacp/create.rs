//! CreateAccount, step by step as the seed describes it:
//! packages → (deploy custom package | check the chosen one) → user → domain → certificate.
//! A failure after the user exists removes it again; a lost answer to `v-add-user` is checked
//! on the panel and a retried create finds its own account.

use crate::whmcs::{tables, Call, Failure, Reply};

use super::account_name::{base_name, choose, is_ours, probe, Chosen};
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
    let packages = server_packages(&api)?;
    match &product.custom {
        Some(custom) => {
            deploy(&api, custom, &packages)?;
        }
        None if !packages.iter().any(|p| p == &product.server_package) => {
            return Err(Box::new(HestiaError::Input(format!(
                "{}: package `{}` does not exist on the server; choose one of: {}",
                super::settings::PACKAGE,
                product.server_package,
                packages.join(", ")
            ))));
        }
        None => {}
    }

    let chosen = choose(call, &api, &svc, &base)?;
    let username = match &chosen {
        Chosen::Free(n) => n.clone(),
        Chosen::Ours(n) => n.clone(),
    };
    let password = if given_password {
        svc.password.clone()
    } else {
        password::generate()?
    };
    call.add_secret(&password);
    api.add_secret(&password);

    // Recorded before the panel call: if the answer is lost, the retry uses the same name.
    let now = tables::now_timestamp();
    tables::record_account(call.host, NAME, svc.id, &username, &now)?;
    tables::set_service_username(call.host, svc.id, &username)?;
    if !given_password {
        tables::set_service_password(call.host, svc.id, &password)?;
    }
    if let Some(d) = &svc.domain {
        tables::set_service_domain(call.host, svc.id, d)?;
    }

    if let Chosen::Free(_) = chosen {
        // The name is only shown in the panel: characters HestiaCP refuses in it (quotes,
        // angle brackets, line breaks) are dropped rather than failing an order for O'Brien.
        let first = panel_name(&svc.client.firstname);
        let last = panel_name(&svc.client.lastname);
        let added = api.run(
            "v-add-user",
            &[
                &username,
                &password,
                &email,
                product.package_name(),
                &first,
                &last,
            ],
        );
        if let Err(e) = added {
            recover_lost_answer(&api, call, &svc, &username, e)?;
        }
    } else {
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
                return Err(Box::new(match chosen {
                    Chosen::Free(_) => roll_back(&api, call, svc.id, &username, e),
                    Chosen::Ours(_) => e,
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
