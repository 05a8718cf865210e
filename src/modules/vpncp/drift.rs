//! Drift for puqVPNcp. Its API has no listing of clients (documented endpoints: one client by
//! name, online sessions), so this check reads each WHMCS service's client of the server by
//! name, all at once (bounded by the fan-out's thread cap), after one status request that
//! tells whether the server answers at all.
//! What that cannot see: clients no WHMCS service names (orphans) and renamed clients. A
//! client has no domain, and its "package" (bandwidth caps) depends on per-service options:
//! those are not compared either. Found: missing, status, terminated-but-present.

use std::time::Duration;

use crate::modules::shared::drift::adapter::{Adapter, Lister};
use crate::modules::shared::drift::compare::exact_plan;
use crate::modules::shared::drift::{Listing, PanelAccount};
use crate::modules::shared::fanout::{self, BufferedLog};
use crate::whmcs::{Params, Value};

use super::api::VpnApi;
use super::server::PanelServer;
use super::{admin_tab, manage};

/// Client reads in flight per server (the servers themselves are checked at once).
const PER_SERVER: usize = 8;

pub static ADAPTER: Adapter = Adapter {
    lister,
    expected_plan,
    plan_matches: exact_plan,
    suspend: manage::suspend,
    unsuspend: manage::unsuspend,
    reapply_package: manage::apply_caps,
    package_button: false,
    relink_button: false,
};

crate::drift_functions!(ADAPTER, admin_tab::admin_tab, admin_tab::admin_buttons);

fn lister(call: &Call<'_>, timeout: Duration) -> Result<Lister, Failure> {
    let server = PanelServer::from_params(&call.params);
    let id = server.id.ok_or("no server id in the parameters")?;
    // The names to ask for: every service of this module on the server that has one.
    let rows = call.host.query(
        "SELECT DISTINCT h.username AS username FROM tblhosting h JOIN tblproducts p \
         ON p.id = h.packageid WHERE p.servertype = ? AND h.server = ? AND h.username <> ''",
        &[Value::from(call.module), Value::Int(id)],
    )?;
    let names: Vec<String> = rows.iter().map(|r| r.text("username")).collect();
    let secrets = call.secrets();
    // The token is checked here, on the calling thread.
    VpnApi::new(&server, call, secrets.clone(), Some(timeout))?;
    Ok(Box::new(move |log| {
        // Reachability first, so a server without services is still reported when down.
        VpnApi::new(&server, log, secrets.clone(), Some(timeout))
            .and_then(|api| api.system_status())
            .map_err(|e| e.to_string())?;
        // Inside the servers' own fan-out: a few requests at a time per server.
        let found = fanout::map_bounded(&names, PER_SERVER, |name| {
            let own = BufferedLog::default();
            let client = VpnApi::new(&server, &own, secrets.clone(), Some(timeout))
                .and_then(|api| api.client(name));
            (own, client.map_err(|e| e.to_string()))
        });
        let mut listing = Listing::default();
        for (name, result) in names.iter().zip(found) {
            let (own, client) = result?;
            own.replay(log);
            // One unreadable answer fails this server's check: a guessed "missing" would
            // invite a re-create.
            if let Some(c) = client.map_err(|e| format!("client {name}: {e}"))? {
                listing.accounts.push(PanelAccount {
                    username: name.clone(),
                    domain: None,
                    plan: None,
                    suspended: Some(!c.enabled),
                    email: String::new(),
                    resold: false,
                });
            }
        }
        Ok(listing)
    }))
}

fn expected_plan(_: &Params) -> Option<String> {
    None
}
