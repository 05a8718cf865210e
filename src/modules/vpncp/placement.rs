//! Where a create puts its client, remembered before the panel is asked so a create retried
//! after a timeout goes to the same server, network and name instead of inventing new ones.

use serde_json::{json, Value as Json};

use crate::whmcs::clock;
use crate::whmcs::{tables, Call};

use super::error::VpnError;
use super::group::{product_group, usable_server};
use super::product::Product;
use super::selection::{choose, LiveProbe};
use super::server::PanelServer;
use super::NAME;

#[derive(Debug, Clone)]
pub struct Placement {
    pub server: PanelServer,
    /// `None`: nothing ticked, the panel picks the network.
    pub network: Option<String>,
}

/// What an earlier attempt for this service chose (`mod_oxide_accounts.remote_id` as JSON).
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub server_id: Option<i64>,
    pub network: Option<String>,
    pub name: String,
}

impl Recorded {
    pub fn load(call: &Call<'_>, service_id: i64) -> Result<Option<Recorded>, VpnError> {
        let Some(raw) = tables::recorded_account(call.host, NAME, service_id)? else {
            return Ok(None);
        };
        let j: Json = serde_json::from_str(&raw).unwrap_or(Json::Null);
        let name = j
            .get("name")
            .and_then(Json::as_str)
            .map(str::to_string)
            .filter(|n| !n.is_empty());
        Ok(name.map(|name| Recorded {
            server_id: j.get("server").and_then(Json::as_i64),
            network: j.get("network").and_then(Json::as_str).map(str::to_string),
            name,
        }))
    }

    pub fn save(&self, call: &Call<'_>, service_id: i64) -> Result<(), VpnError> {
        let raw = json!({"server": self.server_id, "network": self.network, "name": self.name});
        tables::record_account(
            call.host,
            NAME,
            service_id,
            &raw.to_string(),
            &clock::now_timestamp(),
        )?;
        Ok(())
    }
}

/// The server WHMCS chose for the service (the one in `$params`).
fn whmcs_server(call: &Call<'_>) -> Result<PanelServer, VpnError> {
    let own = PanelServer::from_params(&call.params);
    if own.params.host().is_empty() {
        return Err(VpnError::Input(
            "the service has no server: assign a puqVPNcp server (or tick VPN networks in the product settings)"
                .into(),
        ));
    }
    Ok(own)
}

/// A new placement: the first deployable ticked pair, or WHMCS's server when nothing is ticked.
pub fn choose_new(call: &Call<'_>, product: &Product) -> Result<Placement, VpnError> {
    if product.doc.networks.is_empty() {
        return Ok(Placement {
            server: whmcs_server(call)?,
            network: None,
        });
    }
    let group_id = match call.params.product_id() {
        Some(pid) => product_group(call.host, pid)?,
        None => 0,
    };
    let mut probe = LiveProbe { call, group_id };
    match choose(&product.doc.networks, &mut probe)? {
        Ok(c) => {
            call.log(
                "CreateAccount",
                "",
                &format!(
                    "placing the client on {} network {} (first deployable ticked pair)",
                    c.server.label(),
                    c.network
                ),
            );
            Ok(Placement {
                server: c.server,
                network: Some(c.network),
            })
        }
        Err(reasons) => Err(VpnError::Input(format!(
            "none of the ticked VPN networks can take a new client, so nothing was created: {}",
            reasons.join("; ")
        ))),
    }
}

/// The placement an earlier attempt recorded.
pub fn recorded(call: &Call<'_>, r: &Recorded) -> Result<Placement, VpnError> {
    let own = PanelServer::from_params(&call.params);
    let server = match r.server_id {
        Some(id) if own.id == Some(id) => own,
        Some(id) => usable_server(call, id, 0)?.map_err(|why| {
            VpnError::Input(format!(
                "an earlier create of this service chose {why}; check the server or terminate and create again"
            ))
        })?,
        None => whmcs_server(call)?,
    };
    Ok(Placement {
        server,
        network: r.network.clone(),
    })
}

/// Moves the service to the placement's server (`tblhosting.server`).
pub fn assign(call: &Call<'_>, service_id: i64, placement: &Placement) -> Result<(), VpnError> {
    let own = call.params.server().id;
    if let Some(id) = placement.server.id.filter(|id| Some(*id) != own) {
        tables::set_service_server(call.host, service_id, id)?;
        call.log(
            "CreateAccount",
            "",
            &format!(
                "service moved to server #{id} ({})",
                placement.server.label()
            ),
        );
    }
    Ok(())
}
