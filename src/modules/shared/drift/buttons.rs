//! The repair buttons (AdminCustomButtonArray). Each reads the account's current state from
//! the panel first, does only its own repair in the safe direction (WHMCS is right; nothing
//! on the panel is ever deleted), is a no-op when there is nothing to repair (safe to press
//! twice), and then re-checks the server so the service page shows the new state.

use crate::whmcs::{tables, Array, Call, Failure, Reply, Value};

use super::adapter::Adapter;
use super::check::{self, TIMEOUT};
use super::compare::compare;
use super::finding::Kind;
use super::servers;

pub const APPLY_STATUS: &str = "DriftApplyStatus";
pub const RELINK: &str = "DriftRelink";
pub const CHECK_NOW: &str = "DriftCheckServer";
pub const REAPPLY_PACKAGE: &str = "DriftReapplyPackage";

/// The module's own buttons plus the drift buttons.
pub fn extend(inner: Result<Reply, Failure>, adapter: &Adapter) -> Result<Reply, Failure> {
    let mut buttons = match inner? {
        Reply::Value(Value::Array(a)) => a,
        _ => Array::new(),
    };
    buttons.set("Drift: apply WHMCS status to panel", APPLY_STATUS);
    if adapter.package_button {
        buttons.set("Drift: re-apply package", REAPPLY_PACKAGE);
    }
    if adapter.relink_button {
        buttons.set("Drift: re-link renamed account", RELINK);
    }
    buttons.set("Drift: check now", CHECK_NOW);
    Ok(Reply::array(buttons))
}

/// The account of this service as the panel lists it now.
fn current(call: &Call<'_>, adapter: &Adapter) -> Result<Option<super::PanelAccount>, Failure> {
    let list = (adapter.lister)(call, TIMEOUT)?;
    let listing = list(call)?;
    let name = call.params.username().to_ascii_lowercase();
    Ok(listing
        .accounts
        .into_iter()
        .find(|a| !name.is_empty() && a.username.to_ascii_lowercase() == name))
}

fn server_id(call: &Call<'_>) -> Result<i64, Failure> {
    Ok(call
        .params
        .server()
        .id
        .ok_or("the service has no server: nothing to compare")?)
}

/// Re-checks the service's server; a failure there does not undo a repair that worked.
fn recheck(call: &Call<'_>, adapter: &Adapter, what: &str) -> Result<Reply, Failure> {
    if let Ok(id) = server_id(call) {
        if let Err(e) = check::run(call, adapter, Some(id)) {
            call.log(
                call.function,
                "",
                &format!("{what}; the re-check failed: {e}"),
            );
        }
    }
    call.log(call.function, "", what);
    Ok(Reply::success())
}

/// WHMCS's status onto the panel: Active → unsuspend; Suspended, Terminated or Cancelled →
/// suspend (a terminated service's account is suspended, never deleted).
pub fn apply_status(call: &Call<'_>, adapter: &Adapter) -> Result<Reply, Failure> {
    let status = call.params.text("status");
    let want_suspended = match status.as_str() {
        "Active" => false,
        "Suspended" | "Terminated" | "Cancelled" => true,
        other => {
            return Err(format!(
                "status: WHMCS has this service `{other}`; only Active, Suspended, Terminated and \
                 Cancelled have a panel state to apply"
            )
            .into())
        }
    };
    let account = current(call, adapter)?;
    let Some(account) = account else {
        if want_suspended {
            return recheck(call, adapter, "no account on the panel: nothing to suspend");
        }
        return Err(format!(
            "account `{}` is not on the panel: nothing to unsuspend (Create makes it; \
             “Drift: re-link renamed account” links a renamed one)",
            call.params.username()
        )
        .into());
    };
    match account.suspended {
        Some(s) if s == want_suspended => recheck(
            call,
            adapter,
            &format!("already {}: nothing to do", word(s)),
        ),
        _ => {
            let handler = if want_suspended {
                adapter.suspend
            } else {
                adapter.unsuspend
            };
            match handler(call)? {
                Reply::Value(Value::Str(t)) if t != "success" => Err(t.into()),
                _ => recheck(
                    call,
                    adapter,
                    &format!("{} on the panel", word(want_suspended)),
                ),
            }
        }
    }
}

fn word(suspended: bool) -> &'static str {
    if suspended {
        "suspended"
    } else {
        "unsuspended"
    }
}

/// Points the service at its renamed account: `tblhosting.username` becomes the panel's name,
/// only when the comparison pairs exactly that account with this service.
pub fn relink(call: &Call<'_>, adapter: &Adapter) -> Result<Reply, Failure> {
    let service = call
        .params
        .service_id()
        .ok_or("no service id in the parameters")?;
    let server = server_id(call)?;
    let list = (adapter.lister)(call, TIMEOUT)?;
    let listing = list(call)?;
    let mut services = servers::services(call.host, call.module, adapter.expected_plan)?;
    let rows = services.remove(&server).unwrap_or_default();
    let me = call.params.username().to_ascii_lowercase();
    if !me.is_empty()
        && listing
            .accounts
            .iter()
            .any(|a| a.username.to_ascii_lowercase() == me)
    {
        return recheck(call, adapter, "already linked: the account is on the panel");
    }
    let found = compare(&rows, &listing.accounts, adapter.plan_matches);
    let Some(pair) = found
        .iter()
        .find(|f| f.kind == Kind::Username && f.service_id == Some(service))
    else {
        return Err(format!(
            "username: `{}` is not on the panel and no unlinked account there has this \
             service's domain or client's email: nothing to re-link",
            call.params.username()
        )
        .into());
    };
    tables::set_service_username(call.host, service, &pair.panel)?;
    call.host.log_activity(&format!(
        "{}: service {service} re-linked from username `{}` to the renamed panel account `{}`",
        call.module, pair.whmcs, pair.panel
    ));
    recheck(call, adapter, &format!("re-linked to `{}`", pair.panel))
}

/// The product's package onto the account again (the module's own, idempotent, function).
pub fn reapply_package(call: &Call<'_>, adapter: &Adapter) -> Result<Reply, Failure> {
    match (adapter.reapply_package)(call)? {
        Reply::Value(Value::Str(t)) if t != "success" => Err(t.into()),
        _ => recheck(call, adapter, "package applied"),
    }
}

/// "Drift: check now": this service's server only.
pub fn check_server(call: &Call<'_>, adapter: &Adapter) -> Result<Reply, Failure> {
    let summary = check::run(call, adapter, Some(server_id(call)?))?;
    match summary.servers.first().and_then(|(s, _)| s.error.clone()) {
        Some(why) => Err(format!("the server could not be checked: {why}").into()),
        None => Ok(Reply::success()),
    }
}
