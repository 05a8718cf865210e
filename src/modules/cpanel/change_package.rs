//! ChangePackage, the seed's SetAccountParam: changepackage, then AddDetails again — a package
//! change replaces every per-account limit with the package's.

use crate::whmcs::{Call, Failure, Reply};

use super::add_details::add_details;
use super::api::WhmApi;
use super::packages;
use super::product::Product;
use super::service::Service;

pub fn change_package(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let product = Product::from_params(&call.params)?;
    let api = WhmApi::for_call(call)?;
    apply(&api, &user, &product)?;
    Ok(Reply::success())
}

/// The product's package and add-ons on `user` (also the admin button).
pub fn apply(
    api: &WhmApi<'_>,
    user: &str,
    product: &Product,
) -> Result<(), super::error::CpanelError> {
    packages::require(api, &product.package)?;
    api.call(
        "changepackage",
        &[("user", user.to_string()), ("pkg", product.package.clone())],
    )?;
    add_details(api, user, &product.overrides)?;
    Ok(())
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
