//! ChangePackage: the seed's package-change logic. Custom packages are edited (or created when
//! missing) and the user moved onto them; otherwise the user moves to the selected package.
//! HestiaCP checks usage against the new limits; a user that does not fit gets a clear
//! message, never a silent `FORCE`.

use crate::whmcs::{Call, Failure, Reply};

use super::api::HestiaApi;
use super::deploy::{deploy, server_packages};
use super::error::HestiaError;
use super::exit_code::ExitCode;
use super::product::Product;
use super::service::Service;

pub fn change_package(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let product = Product::from_params(&call.params)?;
    let api = HestiaApi::for_call(call)?;
    apply_package(&api, user, &product)?;
    Ok(Reply::success())
}

/// Deploys/checks the product's package and moves `user` onto it (also the admin button).
pub fn apply_package(
    api: &HestiaApi<'_>,
    user: &str,
    product: &Product,
) -> Result<(), HestiaError> {
    let packages = server_packages(api)?;
    match &product.custom {
        Some(custom) => {
            deploy(api, custom, &packages)?;
        }
        None if !packages.iter().any(|p| p == &product.server_package) => {
            return Err(HestiaError::Input(format!(
                "package `{}` does not exist on the server",
                product.server_package
            )));
        }
        None => {}
    }
    let pkg = product.package_name();
    match api.run("v-change-user-package", &[user, pkg]) {
        Ok(_) => Ok(()),
        Err(HestiaError::Command { code, message, .. }) if code == ExitCode::LIMIT => {
            Err(HestiaError::Input(format!(
                "{user} uses more than package `{pkg}` allows ({message}); free space or choose a larger package"
            )))
        }
        Err(e) => Err(e),
    }
}
