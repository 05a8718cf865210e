//! The repair buttons (AdminCustomButtonArray). Each lists its server once (bounded by the
//! server's `timeout=`), does only its own repair in the safe direction (WHMCS is right;
//! nothing on the panel is ever deleted), is a no-op when that listing shows nothing to repair
//! (safe to press twice), and then stores the server's check from the same listing, brought up
//! to date with its own repair, so the service page shows the new state without a second
//! listing.

use std::time::{Duration, Instant};

use crate::whmcs::{tables, Array, Call, Failure, Reply, Value};

use super::account::{Listing, PanelAccount};
use super::adapter::Adapter;
use super::check;
use super::compare::compare;
use super::finding::Kind;
use super::{servers, store};

pub const APPLY_STATUS: &str = "DriftApplyStatus";
pub const RELINK: &str = "DriftRelink";
pub const CHECK_NOW: &str = "DriftCheckServer";
pub const REAPPLY_PACKAGE: &str = "DriftReapplyPackage";

/// The module's own buttons plus the drift buttons. "Re-link" is offered only where the last
/// check found a renamed account on evidence the client cannot forge (see `compare`).
pub fn extend(
    call: &Call<'_>,
    inner: Result<Reply, Failure>,
    adapter: &Adapter,
) -> Result<Reply, Failure> {
    let mut buttons = match inner? {
        Reply::Value(Value::Array(a)) => a,
        _ => Array::new(),
    };
    buttons.set("Drift: apply WHMCS status to panel", APPLY_STATUS);
    if adapter.package_button {
        buttons.set("Drift: re-apply package", REAPPLY_PACKAGE);
    }
    if adapter.relink_button && renamed_found(call) {
        buttons.set("Drift: re-link renamed account", RELINK);
    }
    buttons.set("Drift: check now", CHECK_NOW);
    Ok(Reply::array(buttons))
}

/// Did the last check find this service's account renamed (a stored finding, no panel request)?
fn renamed_found(call: &Call<'_>) -> bool {
    let Some(service) = call.params.service_id() else {
        return false;
    };
    store::findings(call.host, Some(call.module), Some(service))
        .map(|f| f.iter().any(|s| s.finding.kind == Kind::Username))
        .unwrap_or(false)
}

/// The service's server as one listing read now, bounded by the server's `timeout=`: the
/// button decides from it and the re-check afterwards stores it, so the server is listed once.
struct Snapshot {
    server: i64,
    listing: Listing,
    took: Duration,
}

impl Snapshot {
    fn read(call: &Call<'_>, adapter: &Adapter) -> Result<Snapshot, Failure> {
        let server = server_id(call)?;
        let started = Instant::now();
        let list = (adapter.lister)(call, check::timeout(call))?;
        let listing = list(call)?;
        Ok(Snapshot {
            server,
            listing,
            took: started.elapsed(),
        })
    }

    /// This service's account in the listing.
    fn account(&mut self, call: &Call<'_>) -> Option<&mut PanelAccount> {
        let name = call.params.username().to_ascii_lowercase();
        self.listing
            .accounts
            .iter_mut()
            .find(|a| !name.is_empty() && a.username.to_ascii_lowercase() == name)
    }

    /// Stores the server's check from this listing; a failure there does not undo a repair
    /// that worked.
    fn recheck(&self, call: &Call<'_>, adapter: &Adapter, what: &str) -> Result<Reply, Failure> {
        if let Err(e) = check::store_listing(call, adapter, self.server, &self.listing, self.took) {
            call.log(
                call.function,
                "",
                &format!("{what}; the re-check failed: {e}"),
            );
        }
        call.log(call.function, "", what);
        Ok(Reply::success())
    }
}

fn server_id(call: &Call<'_>) -> Result<i64, Failure> {
    Ok(call
        .params
        .server()
        .id
        .ok_or("the service has no server: nothing to compare")?)
}

/// A module function's reply as a repair's outcome.
fn done(reply: Reply) -> Result<(), Failure> {
    match reply {
        Reply::Value(Value::Str(t)) if t != "success" => Err(t.into()),
        _ => Ok(()),
    }
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
    let mut snap = Snapshot::read(call, adapter)?;
    let Some(account) = snap.account(call) else {
        if want_suspended {
            return snap.recheck(call, adapter, "no account on the panel: nothing to suspend");
        }
        return Err(format!(
            "account `{}` is not on the panel: nothing to unsuspend (Create makes it; \
             a renamed one is linked by the “Drift: re-link renamed account” button or by hand)",
            call.params.username()
        )
        .into());
    };
    if account.suspended == Some(want_suspended) {
        let what = format!("already {}: nothing to do", word(want_suspended));
        return snap.recheck(call, adapter, &what);
    }
    let handler = if want_suspended {
        adapter.suspend
    } else {
        adapter.unsuspend
    };
    done(handler(call)?)?;
    account.suspended = Some(want_suspended);
    snap.recheck(
        call,
        adapter,
        &format!("{} on the panel", word(want_suspended)),
    )
}

fn word(suspended: bool) -> &'static str {
    if suspended {
        "suspended"
    } else {
        "unsuspended"
    }
}

/// Points the service at its renamed account: `tblhosting.username` becomes the panel's name,
/// only when the comparison pairs exactly that account with this service on evidence the
/// client cannot forge. A look-alike found only by the service's domain or the client's
/// email (values the client sets) is never linked here: the admin checks it and links by hand.
pub fn relink(call: &Call<'_>, adapter: &Adapter) -> Result<Reply, Failure> {
    let service = call
        .params
        .service_id()
        .ok_or("no service id in the parameters")?;
    let mut snap = Snapshot::read(call, adapter)?;
    if snap.account(call).is_some() {
        return snap.recheck(call, adapter, "already linked: the account is on the panel");
    }
    let mut services = servers::services(call.host, call.module, adapter.expected_plan)?;
    let rows = services.remove(&snap.server).unwrap_or_default();
    let found = compare(&rows, &snap.listing.accounts, adapter.plan_matches);
    let mine = found.iter().find(|f| {
        f.service_id == Some(service) && matches!(f.kind, Kind::Username | Kind::Missing)
    });
    let pair = match mine {
        Some(f) if f.kind == Kind::Username => f,
        Some(f) if !f.panel.is_empty() => {
            return Err(format!("not re-linked: {}", f.reason()).into())
        }
        _ => {
            return Err(format!(
                "username: `{}` is not on the panel and no account there is the one this \
                 module created for this service: nothing to re-link",
                call.params.username()
            )
            .into())
        }
    };
    tables::set_service_username(call.host, service, &pair.panel)?;
    call.host.log_activity(&format!(
        "{}: service {service} re-linked from username `{}` to the renamed panel account `{}`",
        call.module, pair.whmcs, pair.panel
    ));
    snap.recheck(call, adapter, &format!("re-linked to `{}`", pair.panel))
}

/// The product's package onto the account again (the module's own, idempotent, function),
/// when the listing shows it on another one (or does not say).
pub fn reapply_package(call: &Call<'_>, adapter: &Adapter) -> Result<Reply, Failure> {
    let expected = (adapter.expected_plan)(&call.params);
    let service = call.params.service_id().unwrap_or(0);
    let mut snap = Snapshot::read(call, adapter)?;
    let Some(account) = snap.account(call) else {
        return Err(format!(
            "account `{}` is not on the panel: no package to apply",
            call.params.username()
        )
        .into());
    };
    if let (Some(want), Some(has)) = (expected.as_deref(), account.plan.as_deref()) {
        if (adapter.plan_matches)(want, has, service) {
            let what = format!("already on package `{has}`: nothing to do");
            return snap.recheck(call, adapter, &what);
        }
    }
    done((adapter.reapply_package)(call)?)?;
    if expected.is_some() {
        account.plan = expected;
    }
    snap.recheck(call, adapter, "package applied")
}

/// "Drift: check now": this service's server only.
pub fn check_server(call: &Call<'_>, adapter: &Adapter) -> Result<Reply, Failure> {
    let summary = check::run(call, adapter, Some(server_id(call)?))?;
    match summary.servers.first().and_then(|(s, _)| s.error.clone()) {
        Some(why) => Err(format!("the server could not be checked: {why}").into()),
        None => Ok(Reply::success()),
    }
}
