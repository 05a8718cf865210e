//! The admin dashboard widget: drift across every server of every module from the last
//! check, counts per kind, each drift with a link to its service; orphans are listed (the
//! panel account has no service to link to), never deleted. Reads only the stored result.
//! The markup is the module folder's `templates/drift_widget.tpl`, as every other page's.

use std::collections::HashMap;

use crate::whmcs::{Array, Call, Failure, Host, HostError, Reply, Value};

use super::finding::Kind;
use super::store::{self, ServerState, Stored};

/// Most drifts the widget lists (the counts cover all).
const LISTED: usize = 100;

/// The exported `DriftWidget`: `['success' => true]` and the widget's values, which
/// `templates/drift_widget.tpl` (beside `drift_hooks.php`) turns into markup, escaping each.
pub fn function(call: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::ok_array(values(call.host)?))
}

/// What the widget shows, as plain values (no markup).
pub fn values(host: &dyn Host) -> Result<Array, HostError> {
    let servers = store::server_states(host)?;
    if servers.is_empty() {
        return Ok(Array::new().with("checked", false));
    }
    let findings = store::findings(host, None, None)?;
    let owners = service_owners(host)?;
    let names: HashMap<(String, i64), String> = servers
        .iter()
        .map(|s| ((s.module.clone(), s.server_id), s.server_name.clone()))
        .collect();
    let last = servers
        .iter()
        .map(|s| s.checked_at.as_str())
        .max()
        .unwrap_or("");
    let kinds: Vec<Value> = Kind::ALL
        .iter()
        .map(|&k| {
            let n = findings.iter().filter(|f| f.finding.kind == k).count();
            Array::new()
                .with("code", k.code())
                .with("label", k.label())
                .with("count", n as i64)
                .into()
        })
        .collect();
    let listed: Vec<Value> = findings
        .iter()
        .take(LISTED)
        .map(|f| {
            let server = names
                .get(&(f.module.clone(), f.server_id))
                .cloned()
                .unwrap_or_else(|| format!("#{}", f.server_id));
            drift(f, server, &owners).into()
        })
        .collect();
    Ok(Array::new()
        .with("checked", true)
        .with("drifts", findings.len() as i64)
        .with("servers", servers.len() as i64)
        .with(
            "unreachable",
            servers.iter().filter(|s| s.error.is_some()).count() as i64,
        )
        .with("lastCheck", last)
        .with("kinds", Value::from(kinds))
        .with(
            "serverStates",
            Value::from(servers.iter().map(server).collect::<Vec<_>>()),
        )
        .with("findings", Value::from(listed))
        .with("more", findings.len().saturating_sub(LISTED) as i64))
}

fn server(s: &ServerState) -> Value {
    Array::new()
        .with("id", s.server_id)
        .with("name", s.server_name.as_str())
        .with("module", s.module.as_str())
        .with("error", s.error.clone().unwrap_or_default())
        .with("unreachable", s.error.is_some())
        .with("accounts", s.accounts)
        .with("services", s.services)
        .with("skipped", s.skipped)
        .into()
}

/// One drift: the service it is about (0 for an orphan: no service to link to) and its
/// client, for the link to the service in WHMCS's admin area.
fn drift(f: &Stored, server: String, owners: &HashMap<i64, i64>) -> Array {
    let service = f.finding.service_id.unwrap_or(0);
    Array::new()
        .with("kind", f.finding.kind.code())
        .with("server", server)
        .with("serviceId", service)
        .with("userId", owners.get(&service).copied().unwrap_or(0))
        .with("account", f.finding.account.as_str())
        .with("reason", f.finding.reason())
}

/// The client of every service with a drift.
fn service_owners(host: &dyn Host) -> Result<HashMap<i64, i64>, HostError> {
    let rows = host.query(
        "SELECT h.id AS id, h.userid AS userid FROM tblhosting h \
         JOIN mod_oxide_drift d ON d.serviceid = h.id",
        &[],
    )?;
    Ok(rows
        .iter()
        .filter_map(|r| Some((r.int("id")?, r.int("userid")?)))
        .collect())
}
