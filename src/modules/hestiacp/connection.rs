//! TestConnection and the package Loader: the calls that only need the server record.

use crate::modules::shared::answer;
use crate::whmcs::{Array, Call, Failure, Reply};

use super::api::HestiaApi;
use super::concurrent::both;
use super::error::HestiaError;

/// The panel version from `v-list-sys-info json`. Only shown: an answer without a readable
/// version still proves the connection and the key.
pub fn panel_version(api: &HestiaApi<'_>) -> Result<String, HestiaError> {
    let info = api.json("v-list-sys-info", &[])?;
    Ok(answer::object(&info, "sysinfo")
        .and_then(|s| answer::text(s, "HESTIA"))
        .unwrap_or_else(|| "(version not reported)".to_string()))
}

/// Package names on the server, in the panel's order.
pub fn package_names(api: &HestiaApi<'_>) -> Result<Vec<String>, HestiaError> {
    let list = api.json("v-list-user-packages", &[])?;
    let obj = list.as_object().ok_or_else(|| HestiaError::BadAnswer {
        cmd: "v-list-user-packages".into(),
        detail: "not a JSON object".into(),
    })?;
    Ok(obj.keys().cloned().collect())
}

/// Checks address, certificate, credentials and that the key may run the package commands a
/// full-featured module needs (Hestia's `billing` key profile may not); both reads at once.
pub fn test_connection(call: &Call<'_>) -> Result<Reply, Failure> {
    // Configuration mistakes (no key, bad pin line) are reported before any request.
    HestiaApi::for_call(call)?;
    let (version, packages) = both(call, panel_version, package_names)?;
    let version = version.map_err(lacks_permissions)?;
    packages.map_err(lacks_permissions)?;
    call.log(
        "TestConnection",
        "",
        &format!("HestiaCP {version}; key may manage packages"),
    );
    Ok(Reply::ok_array(
        // The panel's text, shown in the admin area: one plain line.
        Array::new()
            .with("error", "")
            .with("version", crate::whmcs::message::plain(&version)),
    ))
}

/// A restricted key (Hestia's `billing` profile) is named as such: the module needs more.
fn lacks_permissions(e: HestiaError) -> HestiaError {
    match e {
        HestiaError::Forbidden { cmd, message } => HestiaError::Input(format!(
            "the access key may not run {cmd} ({message}); the module needs an admin key with full \
             permissions (HestiaCP's billing profile lacks the package, Let's Encrypt and list commands)"
        )),
        other => other,
    }
}

/// `Loader` for "Package on server": `[name => name]`.
pub fn load_packages(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = HestiaApi::for_call(call)?;
    let names = package_names(&api)?;
    let a: Array = names
        .into_iter()
        .map(|n| (n.clone().into(), n.into()))
        .collect();
    Ok(Reply::array(a))
}
