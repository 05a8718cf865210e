//! ChangePackage, the seed's SetAccountParam: changepackage, then AddDetails again — a package
//! change replaces every per-account limit with the package's.

use crate::whmcs::{Call, Failure, Reply};

use super::account::probe;
use super::add_details::add_details;
use super::api::{both, WhmApi};
use super::dedicated_ip;
use super::error::CpanelError;
use super::packages;
use super::product::Product;
use super::reseller::{self, ResellerPlan};
use super::service::Service;

pub fn change_package(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let product = Product::from_params(&call.params)?;
    let reseller = ResellerPlan::from_params(&call.params)?;
    let api = WhmApi::for_call(call)?;
    // A normal product: whether the account is a reseller (to be revoked) is asked at once
    // with the package change, so the change still waits for one round trip.
    let was_reseller = match &reseller {
        Some(_) => {
            apply(&api, &user, &product)?;
            None
        }
        None => {
            let (applied, listed) =
                both(call, |api| apply(api, &user, &product), reseller::resellers)?;
            applied?;
            Some(listed.map(|list| list.contains(&user)))
        }
    };
    // Reseller status follows the product type: (re)applied for Reseller Hosting, revoked
    // when the account moved to a normal product. Every step sets a state: a retry is safe.
    let done = |e: CpanelError| {
        CpanelError::input(format!(
            "the account is now on package {}, but {e}: run Change Package again",
            product.package
        ))
    };
    match &reseller {
        Some(plan) => plan.apply(&api, &user).map_err(done)?,
        None => {
            if was_reseller.unwrap_or(Ok(false)).map_err(done)? {
                reseller::revoke(&api, &user).map_err(done)?;
            }
        }
    }
    dedicated_ip::reconcile(call, &api, svc.id, &user, product.dedicated_ip).map_err(done)?;
    Ok(Reply::success())
}

/// The product's package and add-ons on `user`. A package change resets every limit to the
/// package's, so it is finished, never left half done: an unanswered changepackage counts when
/// WHM shows the account on the new package, and an unanswered modifyacct (idempotent) is
/// sent once more. The package is not looked up first: WHM refuses a missing one, and only
/// then is the list fetched to name the packages there are.
pub fn apply(api: &WhmApi<'_>, user: &str, product: &Product) -> Result<(), CpanelError> {
    if let Err(e) = api.call(
        "changepackage",
        &[("user", user.to_string()), ("pkg", product.package.clone())],
    ) {
        if answered_no(&e) {
            packages::require(api, &product.package)?;
            return Err(e);
        }
        if !on_package(api, user, &product.package) {
            return Err(e);
        }
    }
    let cause = match add_details(api, user, &product.overrides) {
        Ok(_) => return Ok(()),
        Err(e) if answered_no(&e) => e,
        Err(_) => match add_details(api, user, &product.overrides) {
            Ok(_) => return Ok(()),
            Err(e) => e,
        },
    };
    Err(CpanelError::input(format!(
        "the account is now on package {}, but its add-on limits were not applied ({cause}): \
         use “Re-apply add-on limits”",
        product.package
    )))
}

/// WHM ran the function and said no (as opposed to an answer that never came or was not
/// WHM's): the state is known and asking again would not help.
fn answered_no(e: &CpanelError) -> bool {
    matches!(
        e,
        CpanelError::Function { .. } | CpanelError::Denied { .. } | CpanelError::Input(_)
    )
}

fn on_package(api: &WhmApi<'_>, user: &str, package: &str) -> bool {
    matches!(probe(api, user), Ok(Some(a)) if a.plan == package)
}

/// Admin button: the add-on limits again (e.g. after an edit in WHM).
pub fn reapply_addons(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let product = Product::from_params(&call.params)?;
    let api = WhmApi::for_call(call)?;
    add_details(&api, &user, &product.overrides)?;
    Ok(Reply::success())
}
