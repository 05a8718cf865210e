//! The servers of a product's server group (from `tblservers`, tokens decrypted by WHMCS) and
//! their discovery: licence slots and networks of every server, queried in parallel so a
//! group answers in about the time of its slowest server.

use std::time::Duration;

use crate::whmcs::{Call, Host, Row, Value};

use super::api::VpnApi;
use super::error::VpnError;
use super::server::PanelServer;
use super::shapes::{NetworkInfo, SystemStatus};
use super::NAME;
use crate::modules::shared::fanout::{self, BufferedLog};

/// A product page must render even when a server is down: no discovery request waits longer.
pub const DISCOVERY_TIMEOUT: Duration = Duration::from_secs(8);

const SERVER_COLUMNS: &str =
    "s.id, s.name, s.ipaddress, s.hostname, s.password, s.accesshash, s.secure, s.port, s.disabled, s.type";

/// The product's server group (0 = none).
pub fn product_group(host: &dyn Host, product_id: i64) -> Result<i64, VpnError> {
    let rows = host.query(
        "SELECT servergroup FROM tblproducts WHERE id = ?",
        &[Value::Int(product_id)],
    )?;
    Ok(rows.first().and_then(|r| r.int("servergroup")).unwrap_or(0))
}

/// The stored settings document of a product (`tblproducts.configoption24`).
pub fn product_settings(host: &dyn Host, product_id: i64) -> Result<Option<String>, VpnError> {
    let rows = host.query(
        "SELECT configoption24 FROM tblproducts WHERE id = ?",
        &[Value::Int(product_id)],
    )?;
    Ok(rows.first().map(|r| r.text("configoption24")))
}

/// A server of the call: from `$params` when it is the call's own (already decrypted),
/// otherwise from the row.
fn server_from_row(call: &Call<'_>, row: &Row) -> Result<PanelServer, VpnError> {
    let own = PanelServer::from_params(&call.params);
    let server = if own.id.is_some() && own.id == row.int("id") {
        PanelServer {
            name: row.text("name"),
            ..own
        }
    } else {
        PanelServer::from_row(call.host, row)?
    };
    // Every token read here is a secret of this call (masked and scrubbed).
    call.add_secret(&server.token());
    Ok(server)
}

/// Enabled puqVPNcp servers of a group, by id.
pub fn group_servers(call: &Call<'_>, group_id: i64) -> Result<Vec<PanelServer>, VpnError> {
    let rows = call.host.query(
        &format!(
            "SELECT {SERVER_COLUMNS} FROM tblservers s JOIN tblservergroupsrel r ON r.serverid = s.id \
             WHERE r.groupid = ? AND s.disabled = 0 AND s.type = ? ORDER BY s.id"
        ),
        &[Value::Int(group_id), Value::from(NAME)],
    )?;
    rows.iter().map(|r| server_from_row(call, r)).collect()
}

/// Why a ticked server cannot be used, or the server.
pub fn usable_server(
    call: &Call<'_>,
    id: i64,
    group_id: i64,
) -> Result<Result<PanelServer, String>, VpnError> {
    let rows = call.host.query(
        &format!("SELECT {SERVER_COLUMNS} FROM tblservers s WHERE s.id = ?"),
        &[Value::Int(id)],
    )?;
    let Some(row) = rows.first() else {
        return Ok(Err(format!("server #{id} no longer exists")));
    };
    let label = format!("server #{id} ({})", row.text("name"));
    if row.int("disabled").unwrap_or(0) != 0 {
        return Ok(Err(format!("{label} is disabled")));
    }
    if row.text("type") != NAME {
        return Ok(Err(format!("{label} is not a puqVPNcp server")));
    }
    if group_id > 0 {
        let member = call.host.query(
            "SELECT id FROM tblservergroupsrel WHERE groupid = ? AND serverid = ?",
            &[Value::Int(group_id), Value::Int(id)],
        )?;
        if member.is_empty() {
            return Ok(Err(format!("{label} is not in the product's server group")));
        }
    }
    Ok(Ok(server_from_row(call, row)?))
}

/// What one server reported.
#[derive(Debug, Clone)]
pub struct Discovered {
    pub server: PanelServer,
    pub status: Result<SystemStatus, String>,
    pub networks: Result<Vec<NetworkInfo>, String>,
}

impl Discovered {
    /// The server answered at least its network list.
    pub fn reachable(&self) -> bool {
        self.networks.is_ok()
    }
}

enum Ask {
    Status,
    Networks,
}

enum Answer {
    Status(SystemStatus),
    Networks(Vec<NetworkInfo>),
}

/// Asks every server for its status and networks, all requests at once.
pub fn discover(call: &Call<'_>, servers: &[PanelServer]) -> Vec<Discovered> {
    let secrets = call.secrets();
    let tasks: Vec<(usize, Ask)> = (0..servers.len())
        .flat_map(|i| [(i, Ask::Status), (i, Ask::Networks)])
        .collect();
    let results = fanout::map(&tasks, |(i, ask)| {
        let log = BufferedLog::default();
        let answer = (|| -> Result<Answer, VpnError> {
            let api = VpnApi::new(&servers[*i], &log, secrets.clone(), Some(DISCOVERY_TIMEOUT))?;
            Ok(match ask {
                Ask::Status => Answer::Status(api.system_status()?),
                Ask::Networks => Answer::Networks(api.networks()?),
            })
        })();
        (log, answer.map_err(|e| e.to_string()))
    });
    let mut out: Vec<Discovered> = servers
        .iter()
        .map(|s| Discovered {
            server: s.clone(),
            status: Err("not asked".into()),
            networks: Err("not asked".into()),
        })
        .collect();
    for ((i, ask), result) in tasks.iter().zip(results) {
        let answer = match result {
            Ok((log, answer)) => {
                log.replay(call);
                answer
            }
            Err(panic) => Err(panic),
        };
        let d = &mut out[*i];
        match (ask, answer) {
            (_, Ok(Answer::Status(s))) => d.status = Ok(s),
            (_, Ok(Answer::Networks(n))) => d.networks = Ok(n),
            (Ask::Status, Err(e)) => d.status = Err(e),
            (Ask::Networks, Err(e)) => d.networks = Err(e),
        }
    }
    out
}
