//! Several read requests about one client, sent at once (client area and admin tab render in
//! about one round trip instead of seven).

use serde_json::Value as Json;

use crate::whmcs::Call;

use super::api::VpnApi;
use super::error::VpnError;
use super::server::PanelServer;
use super::shapes::{ClientInfo, Session, TrafficDay};
use super::usage::Month;
use crate::modules::shared::fanout::{self, BufferedLog};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    Client,
    Online,
    WireGuard,
    Qr,
    OpenVpn,
    Ikev2,
    Traffic(Month),
}

enum Answer {
    Client(Option<ClientInfo>),
    Online(Vec<Session>),
    Text(String),
    Json(Json),
    Traffic(Vec<TrafficDay>),
}

/// What was asked; `None` = not asked, `Err` = the panel's or transport's message.
#[derive(Debug, Default)]
pub struct Live {
    pub client: Option<Result<Option<ClientInfo>, String>>,
    pub online: Option<Result<Vec<Session>, String>>,
    pub wireguard: Option<Result<String, String>>,
    pub qr: Option<Result<String, String>>,
    pub openvpn: Option<Result<String, String>>,
    pub ikev2: Option<Result<Json, String>>,
    pub traffic: Option<Result<Vec<TrafficDay>, String>>,
}

impl Live {
    /// The client, or the error to show when it cannot be read or does not exist.
    pub fn require_client(&self, name: &str, server: &str) -> Result<ClientInfo, VpnError> {
        match &self.client {
            Some(Ok(Some(c))) => Ok(c.clone()),
            Some(Ok(None)) => Err(VpnError::Input(format!(
                "the VPN client {name} does not exist on {server}"
            ))),
            Some(Err(e)) => Err(VpnError::Input(e.clone())),
            None => Err(VpnError::Input("the client was not asked for".into())),
        }
    }
}

pub fn fetch(
    call: &Call<'_>,
    server: &PanelServer,
    name: &str,
    asks: &[Ask],
) -> Result<Live, VpnError> {
    // A misconfigured server is one error, not seven.
    VpnApi::new(server, call, call.secrets(), None)?;
    let secrets = call.secrets();
    let results = fanout::map(asks, |ask| {
        let log = BufferedLog::default();
        let answer = (|| -> Result<Answer, VpnError> {
            let api = VpnApi::new(server, &log, secrets.clone(), None)?;
            Ok(match ask {
                Ask::Client => Answer::Client(api.client(name)?),
                Ask::Online => Answer::Online(api.online()?),
                Ask::WireGuard => Answer::Text(api.wireguard_config(name)?),
                Ask::Qr => Answer::Text(api.wireguard_qr(name)?),
                Ask::OpenVpn => Answer::Text(api.openvpn_profile(name)?),
                Ask::Ikev2 => Answer::Json(api.ikev2_profile(name)?),
                Ask::Traffic(m) => Answer::Traffic(api.traffic(name, m.year, m.month)?),
            })
        })();
        (log, answer.map_err(|e| e.to_string()))
    });
    let mut live = Live::default();
    for (ask, r) in asks.iter().zip(results) {
        let answer = match r {
            Ok((log, a)) => {
                log.replay(call);
                a
            }
            Err(panic) => Err(panic),
        };
        match (ask, answer) {
            (Ask::Client, a) => live.client = Some(a.and_then(client)),
            (Ask::Online, a) => live.online = Some(a.and_then(online)),
            (Ask::WireGuard, a) => live.wireguard = Some(a.and_then(text)),
            (Ask::Qr, a) => live.qr = Some(a.and_then(text)),
            (Ask::OpenVpn, a) => live.openvpn = Some(a.and_then(text)),
            (Ask::Ikev2, a) => {
                live.ikev2 = Some(a.and_then(|x| match x {
                    Answer::Json(j) => Ok(j),
                    _ => Err(mismatch()),
                }))
            }
            (Ask::Traffic(_), a) => {
                live.traffic = Some(a.and_then(|x| match x {
                    Answer::Traffic(t) => Ok(t),
                    _ => Err(mismatch()),
                }))
            }
        }
    }
    Ok(live)
}

fn mismatch() -> String {
    "internal error in whmcs_oxide (answer kind); please report it".into()
}

fn client(a: Answer) -> Result<Option<ClientInfo>, String> {
    match a {
        Answer::Client(c) => Ok(c),
        _ => Err(mismatch()),
    }
}

fn online(a: Answer) -> Result<Vec<Session>, String> {
    match a {
        Answer::Online(s) => Ok(s),
        _ => Err(mismatch()),
    }
}

fn text(a: Answer) -> Result<String, String> {
    match a {
        Answer::Text(t) => Ok(t),
        _ => Err(mismatch()),
    }
}
