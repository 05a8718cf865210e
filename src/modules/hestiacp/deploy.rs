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
