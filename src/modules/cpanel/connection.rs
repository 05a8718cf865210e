//! TestConnection (the seed's CheckServerConnection) and the package Loader (GetServerConfig).

use serde_json::Value as Json;

use crate::whmcs::{Array, Call, Failure, Reply};

use super::api::both;
use super::api::{flag, text, WhmApi};
use super::error::CpanelError;
use super::packages;

/// The privileges the module's functions need (WHM's ACL names).
pub const REQUIRED_ACLS: &[(&str, &str)] = &[
    ("create-acct", "createacct, verify_new_username"),
    ("kill-acct", "removeacct"),
    ("suspend-acct", "suspendacct, unsuspendacct"),
    ("upgrade-account", "changepackage"),
    ("edit-account", "modifyacct (add-on limits)"),
    ("passwd", "passwd"),
    ("list-pkgs", "listpkgs"),
    ("list-accts", "listaccts"),
    ("show-bandwidth", "showbw"),
    (
        "create-user-session",
        "create_user_session (single sign-on)",
    ),
];

/// Reseller Hosting needs what only root (or an `all` token) may run.
pub const RESELLER_NEEDS_ROOT: &str = "Reseller Hosting products need a token with all \
     privileges (root's): setupreseller, setacls, setresellerlimits, suspendreseller and \
     terminatereseller are root's functions; shared hosting works with this token";

/// The version WHM reports. Only shown: an answer without a readable one still proves the
/// connection and the token.
pub fn panel_version(api: &WhmApi<'_>) -> Result<String, CpanelError> {
    let data = api.call("version", &[])?;
    // The panel's text, shown in the admin area: one plain line.
    Ok(
        Some(crate::whmcs::message::plain(&text(data.get("version"))))
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| "(version not reported)".to_string()),
    )
}

/// The privileges `myprivs` reports (`data.privileges[0]`, or an object there); needed: the
/// test is about them, and an unreadable list must not read as "lacks every privilege".
fn privileges(api: &WhmApi<'_>) -> Result<Json, CpanelError> {
    let data = api.call("myprivs", &[])?;
    data.get("privileges")
        .and_then(|p| match p {
            Json::Array(list) => list.first().filter(|e| e.is_object()).cloned(),
            Json::Object(_) => Some(p.clone()),
            _ => None,
        })
        .ok_or_else(|| CpanelError::BadAnswer {
            function: "myprivs".into(),
            detail: "no readable `privileges`".into(),
        })
}

/// Checks address, certificate and token, reports the cPanel version, and whether the token
/// may run every function the module uses.
pub fn test_connection(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = WhmApi::for_call(call)?;
    // Both reads at once; the version's failure (no connection at all) is reported first.
    let (version, privs) = both(call, panel_version, privileges)?;
    let version = version?;
    let privs = match privs {
        Ok(p) => p,
        // A server without myprivs: the connection works, the privileges stay unchecked.
        Err(CpanelError::Function { reason, .. }) => {
            call.log(
                "TestConnection",
                "",
                &format!("myprivs unavailable ({reason})"),
            );
            return Ok(Reply::ok_array(
                Array::new()
                    .with("error", "")
                    .with("version", version)
                    .with("whmUser", api.user())
                    .with(
                        "warning",
                        format!("privileges not checked: myprivs failed ({reason})"),
                    ),
            ));
        }
        Err(e) => return Err(Box::new(e)),
    };
    let missing: Vec<String> = if flag(privs.get("all")) {
        Vec::new()
    } else {
        REQUIRED_ACLS
            .iter()
            .filter(|(acl, _)| !flag(privs.get(*acl)))
            .map(|(acl, used_by)| format!("{acl} ({used_by})"))
            .collect()
    };
    if !missing.is_empty() {
        return Err(Box::new(CpanelError::input(format!(
            "connected to cPanel {version} as {}, but the API token lacks privileges the module \
             needs: {}. Edit the token in WHM » Development » Manage API Tokens",
            api.user(),
            missing.join(", ")
        ))));
    }
    call.log(
        "TestConnection",
        "",
        &format!(
            "cPanel {version}; {} may run every function the module uses",
            api.user()
        ),
    );
    let mut reply = Array::new()
        .with("error", "")
        .with("version", version)
        .with("whmUser", api.user());
    if !flag(privs.get("all")) {
        // Shared hosting works; the reseller functions are root's.
        reply.set("warning", RESELLER_NEEDS_ROOT);
    }
    Ok(Reply::ok_array(reply))
}

/// `Loader` for "WHM package": `[name => name]`.
pub fn load_packages(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = WhmApi::for_call(call)?;
    let a: Array = packages::names(&api)?
        .into_iter()
        .map(|n| (n.clone().into(), n.into()))
        .collect();
    Ok(Reply::array(a))
}

/// `Loader` for "Reseller ACL list": `['' => '(privileges below)', name => name]` from
/// listacls (`data.acl[].name`).
pub fn load_acl_lists(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = WhmApi::for_call(call)?;
    let data = api.call("listacls", &[])?;
    let list = super::api::list("listacls", &data, "acl")?;
    let mut a = Array::new().with("", "(the privileges below)");
    for name in list.iter().filter_map(|e| match e {
        Json::String(s) => Some(s.clone()),
        other => crate::modules::shared::answer::string(other, "name"),
    }) {
        a.set(name.as_str(), name.as_str());
    }
    Ok(Reply::array(a))
}
