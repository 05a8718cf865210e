//! CreateAccount as the seed describes it: choose the server and network (ticked pairs in
//! order), create the client there, push the bandwidth caps; if the caps cannot be set the
//! new client is deleted again so billing never charges for an uncapped VPN.

use crate::modules::shared::random;
use crate::whmcs::{tables, Call, Failure, Reply};

use super::api::VpnApi;
use super::caps::Caps;
use super::client_name::{first_free, first_free_from, from_rule};
use super::error::VpnError;
use super::placement::{assign, choose_new, recorded, Placement, Recorded};
use super::product::Product;
use super::service::Service;
use super::NAME;

/// A name the panel refuses as taken (a client made outside WHMCS) is skipped this often.
const NAME_RETRIES: u32 = 5;
/// Attempts to delete a client whose caps could not be set.
const DELETE_ATTEMPTS: u32 = 2;

pub fn create_account(call: &Call<'_>) -> Result<Reply, Failure> {
    // Everything that can be checked without a panel is checked first.
    let svc = Service::from_params(&call.params)?;
    let product = Product::from_params(&call.params)?;
    let given_password = !svc.password.is_empty();
    let password = if given_password {
        svc.password.clone()
    } else {
        random::password(16)?
    };
    call.add_secret(&password);

    let earlier = Recorded::load(call, svc.id)?;
    let (placement, mut name) = match &earlier {
        Some(r) => (recorded(call, r)?, r.name.clone()),
        None => {
            let base = from_rule(&product.doc.client_name_rule, &svc.template_vars(None))?;
            let placement = choose_new(call, &product)?;
            (placement, first_free(call.host, &base, svc.id)?)
        }
    };

    // Recorded before the panel is asked: a lost answer is followed by a retry that finds it.
    let record = |name: &str| -> Result<(), VpnError> {
        Recorded {
            server_id: placement.server.id,
            network: placement.network.clone(),
            name: name.to_string(),
        }
        .save(call, svc.id)?;
        tables::set_service_username(call.host, svc.id, name)?;
        Ok(())
    };
    record(&name)?;
    assign(call, svc.id, &placement)?;
    if !given_password {
        tables::set_service_password(call.host, svc.id, &password)?;
    }

    let mut api = VpnApi::new(&placement.server, call, call.secrets(), None)?;
    api.add_secret(&password);
    let exists = earlier.is_some() && api.client(&name)?.is_some();
    if exists {
        call.log(
            "CreateAccount",
            "",
            &format!("client {name} already exists for this service: a retried create"),
        );
    } else {
        name = create_with_free_name(call, &api, &svc, &placement, name, &password, &record)?;
    }

    if let Err(e) = api.update_client("client.update (bandwidth)", &name, product.caps.to_json()) {
        // An update whose answer was lost may have landed: a client with its caps is kept.
        if !(e.is_unanswered() && caps_landed(&api, &name, product.caps)) {
            return Err(Box::new(roll_back(&api, call, svc.id, &name, e)));
        }
        call.log(
            "CreateAccount",
            "",
            &format!("the caps update's answer was lost, but client {name} has its caps"),
        );
    }
    call.log(
        "CreateAccount",
        "",
        &format!(
            "client {name} created on {} with {}",
            placement.server.label(),
            product.caps.describe()
        ),
    );
    Ok(Reply::success())
}

/// `POST /api/v1/client`; a name the panel has already (made outside WHMCS) moves on to the
/// next free suffix.
fn create_with_free_name(
    call: &Call<'_>,
    api: &VpnApi<'_>,
    svc: &Service,
    placement: &Placement,
    mut name: String,
    password: &str,
    record: &dyn Fn(&str) -> Result<(), VpnError>,
) -> Result<String, VpnError> {
    let base = name.clone();
    for attempt in 1..=NAME_RETRIES {
        match api.create_client(&name, placement.network.as_deref(), &name, password) {
            Ok(()) => return Ok(name),
            Err(e) if e.is_name_taken() && attempt < NAME_RETRIES => {
                call.log(
                    "CreateAccount",
                    "",
                    &format!("the panel already has a client {name}; trying the next name"),
                );
                name = first_free_from(call.host, &base, svc.id, attempt)?;
                record(&name)?;
            }
            Err(e) if e.may_have_acted() => {
                // Lost or unclear answer: look whether the client was made. The record stays
                // unless the create goes on, so a retry looks for this client first.
                return match api.client(&name) {
                    Ok(Some(_)) => {
                        call.log(
                            "CreateAccount",
                            "",
                            &format!("the create's answer was lost, but client {name} exists"),
                        );
                        Ok(name)
                    }
                    Ok(None) => Err(e),
                    Err(check) => Err(VpnError::Input(format!(
                        "{e}; whether the client {name} was made could not be checked ({check}): \
                         retry the create, it finds the client if it exists"
                    ))),
                };
            }
            Err(e) => {
                // A refused create made nothing: forget the name so a new attempt starts afresh.
                tables::forget_account(call.host, NAME, svc.id)?;
                return Err(e);
            }
        }
    }
    Err(VpnError::Input(format!(
        "the panel refused every name from `{base}` as taken"
    )))
}

/// Does the client have `caps` (after a caps update whose answer was lost)?
fn caps_landed(api: &VpnApi<'_>, name: &str, caps: Caps) -> bool {
    matches!(api.client(name), Ok(Some(c))
        if c.download_mbps == Some(caps.download_mbps) && c.upload_mbps == Some(caps.upload_mbps))
}

/// Deletes the client this create made, so a failed create leaves nothing billable behind.
/// A failed delete is tried once more: a passing glitch must not leave an uncapped client,
/// and a delete whose answer was lost shows as "not found" the second time.
fn roll_back(
    api: &VpnApi<'_>,
    call: &Call<'_>,
    service_id: i64,
    name: &str,
    cause: VpnError,
) -> VpnError {
    let cause = format!("the bandwidth caps could not be set ({cause})");
    let mut failure = String::new();
    for attempt in 1..=DELETE_ATTEMPTS {
        match api.delete_client(name) {
            Ok(()) => {}
            Err(e) if e.is_not_found() && attempt == 1 => {
                let _ = tables::forget_account(call.host, NAME, service_id);
                return VpnError::Input(format!(
                    "{cause}; the new client {name} is gone from the panel"
                ));
            }
            Err(e) if !e.is_not_found() => {
                failure = e.to_string();
                continue;
            }
            // Not found after a failed attempt: that attempt deleted it.
            Err(_) => {}
        }
        let _ = tables::forget_account(call.host, NAME, service_id);
        return VpnError::Input(format!(
            "{cause}; the new client {name} was deleted again so no uncapped VPN is billed"
        ));
    }
    // The record stays: a retry finds this client and caps it instead of adding another.
    VpnError::Input(format!(
        "{cause}; deleting the new client {name} failed too ({failure}): delete it on {} or retry the create",
        api.server()
    ))
}
