//! ChangePackage (and the "Re-apply settings" button): the product's storage, MCAL,
//! throttling, auto-authorization and report settings applied to the existing account.

use crate::whmcs::{Call, Failure, Reply};

use super::api::StoregridApi;
use super::product::Product;
use super::service::Service;

pub fn change_package(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let name = svc.account_name(call)?;
    let product = Product::from_params(&call.params)?;
    let mut settings = product.settings;
    // Moving existing backups is not a package change: the location is fixed at signup.
    settings.storage_location.clear();
    let api = StoregridApi::for_call(call)?;
    api.update(&name, &settings)?;
    Ok(Reply::success())
}
