//! Custom package deployment over the API: write the package file with `v-make-tmp-file`, then
//! `v-add-user-package` (with `yes` to rewrite an existing one) and, after a rewrite,
//! `v-update-user-package` so users already on it get the new limits (the seed's "edit" path).
//! The package file keeps one name per package (see [`super::tmp_file`]): HestiaCP's API cannot
//! delete it, so a later deployment overwrites it rather than adding another.

use super::api::HestiaApi;
use super::error::HestiaError;
use super::product::CustomPackage;

/// Packages on the server, in the panel's order.
pub fn server_packages(api: &HestiaApi<'_>) -> Result<Vec<String>, HestiaError> {
    super::connection::package_names(api)
}

/// The product's package is not on the server (the panel said so with `cause`): named with
/// the server's packages, which are fetched only now, on this rare path.
pub fn missing_package(api: &HestiaApi<'_>, package: &str, cause: HestiaError) -> HestiaError {
    match server_packages(api) {
        Ok(all) if !all.iter().any(|p| p == package) => HestiaError::Input(format!(
            "{}: package `{package}` does not exist on the server; choose one of: {}",
            super::settings::PACKAGE,
            all.join(", ")
        )),
        // The package is there (or the list is unreadable): the panel's own words say more.
        _ => cause,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deployed {
    Created,
    Rewritten,
}

pub fn deploy(
    api: &HestiaApi<'_>,
    pkg: &CustomPackage,
    existing: &[String],
) -> Result<Deployed, HestiaError> {
    let exists = existing.iter().any(|p| p == &pkg.name);
    let tmp_name = api.tmp_name("pkg", &pkg.name);
    api.run("v-make-tmp-file", &[&pkg.spec.render(), &tmp_name])?;
    let tmp_path = format!("/tmp/{tmp_name}");
    if exists {
        api.run("v-add-user-package", &[&tmp_path, &pkg.name, "yes"])?;
        api.run("v-update-user-package", &[&pkg.name])?;
        Ok(Deployed::Rewritten)
    } else {
        api.run("v-add-user-package", &[&tmp_path, &pkg.name])?;
        Ok(Deployed::Created)
    }
}
