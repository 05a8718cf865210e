//! TestConnection: system status, licence and network list, asked at once.

use serde_json::Value as Json;

use crate::whmcs::{Array, Call, Failure, Reply};

use super::api::VpnApi;
use super::error::VpnError;
use super::server::PanelServer;
use super::shapes::{NetworkInfo, SystemStatus};
use crate::modules::shared::fanout::{self, BufferedLog};

enum Answer {
    Status(SystemStatus),
    License(Json),
    Networks(Vec<NetworkInfo>),
}

pub fn test_connection(call: &Call<'_>) -> Result<Reply, Failure> {
    let server = PanelServer::from_params(&call.params);
    // Configuration mistakes are reported before any request.
    VpnApi::new(&server, call, call.secrets(), None)?;
    let secrets = call.secrets();
    let results = fanout::map(&[0, 1, 2], |which| {
        let log = BufferedLog::default();
        let answer = (|| -> Result<Answer, VpnError> {
            let api = VpnApi::new(&server, &log, secrets.clone(), None)?;
            Ok(match which {
                0 => Answer::Status(api.system_status()?),
                1 => Answer::License(api.license()?),
                _ => Answer::Networks(api.networks()?),
            })
        })();
        (log, answer)
    });
    let (mut status, mut license, mut networks) = (None, None, None);
    for r in results {
        let (log, answer) = r.map_err(VpnError::Input)?;
        log.replay(call);
        match answer? {
            Answer::Status(s) => status = Some(s),
            Answer::License(l) => license = Some(l),
            Answer::Networks(n) => networks = Some(n),
        }
    }
    let (status, license, networks) = (
        status.unwrap_or_default(),
        license.unwrap_or(Json::Null),
        networks.unwrap_or_default(),
    );
    let names: Vec<&str> = networks.iter().map(|n| n.name.as_str()).collect();
    // Every part but the counts is the panel's text: one plain line (see `whmcs::message`).
    let version = crate::whmcs::message::plain(&status.version);
    let summary = crate::whmcs::message::plain(&format!(
        "puqVPNcp {}: licence {}, {} client slots used, {} network(s){}",
        if version.is_empty() { "?" } else { &version },
        license_text(&license),
        status.slots(),
        names.len(),
        if names.is_empty() {
            String::new()
        } else {
            format!(" ({})", names.join(", "))
        },
    ));
    call.log("TestConnection", "", &summary);
    Ok(Reply::ok_array(
        Array::new()
            .with("error", "")
            .with("version", version.as_str())
            .with("slots_used", status.used.map(|n| n as i64))
            .with("slots_total", status.total.map(|n| n as i64))
            .with(
                "networks",
                names.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
            )
            .with("message", summary.as_str()),
    ))
}

/// `active (free)` from whatever the licence answer holds.
fn license_text(l: &Json) -> String {
    let get = |k: &str| l.get(k).and_then(Json::as_str).unwrap_or("").to_string();
    match (get("status"), get("type")) {
        (s, t) if !s.is_empty() && !t.is_empty() => format!("{s} ({t})"),
        (s, _) if !s.is_empty() => s,
        (_, t) if !t.is_empty() => t,
        _ => "checked".into(),
    }
}
