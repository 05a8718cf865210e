//! What staff see on the service page: the live client and its status, and the buttons.

use crate::whmcs::html;
use crate::whmcs::{Array, Call, Failure, Lang, Reply};

use super::format::speed_in;
use super::live::{fetch, Ask};
use super::server::PanelServer;
use super::service::Service;
use super::usage::Month;

pub fn admin_tab(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let name = svc.client_name()?;
    let server = PanelServer::from_params(&call.params);
    let month = Month::current();
    let live = fetch(
        call,
        &server,
        name,
        &[Ask::Client, Ask::Online, Ask::Traffic(month)],
    )?;
    let c = live.require_client(name, &server.label())?;
    let lang = Lang::for_admin(call, super::ENGLISH);
    let size = |b: Option<u64>| match b {
        Some(b) => lang.size_bytes(b as f64),
        None => lang.text("notReported"),
    };
    let unknown = |e: Option<&String>| match e {
        Some(e) => lang.fill("unknownBecause", &[("why", e)]),
        None => lang.text("unknown"),
    };
    let online = match &live.online {
        Some(Ok(list)) => {
            let mine: Vec<String> = list
                .iter()
                .filter(|s| s.name == c.name || s.name == c.username)
                .map(|s| {
                    let or_q = |v: &str| {
                        if v.is_empty() {
                            "?".to_string()
                        } else {
                            v.to_string()
                        }
                    };
                    lang.fill(
                        "sessionLine",
                        &[
                            ("protocol", &s.protocol),
                            ("endpoint", &or_q(&s.endpoint)),
                            ("handshake", &or_q(&s.last_handshake)),
                            ("down", &size(s.bytes_download)),
                            ("up", &size(s.bytes_upload)),
                        ],
                    )
                })
                .collect();
            if mine.is_empty() {
                lang.text("offline")
            } else {
                lang.fill("onlineList", &[("sessions", &mine.join("; "))])
            }
        }
        Some(Err(e)) => unknown(Some(e)),
        None => unknown(None),
    };
    let traffic = match &live.traffic {
        Some(Ok(days)) => {
            let down: u64 = days.iter().map(|d| d.download).sum();
            let up: u64 = days.iter().map(|d| d.upload).sum();
            lang.fill(
                "trafficAdmin",
                &[
                    ("down", &size(Some(down))),
                    ("up", &size(Some(up))),
                    ("month", &month.key()),
                ],
            )
        }
        Some(Err(e)) => unknown(Some(e)),
        None => unknown(None),
    };
    let fields = Array::new()
        .with(
            lang.text("adminClient"),
            html::escape(&lang.fill(
                "clientOnServer",
                &[("name", &c.name), ("server", &server.label())],
            )),
        )
        .with(
            lang.text("adminNetwork"),
            html::escape(&format!("{} — {}", c.network, c.ipv4)),
        )
        .with(
            lang.text("adminStatus"),
            html::escape(&lang.text(if c.enabled {
                "enabled"
            } else {
                "disabledSuspended"
            })),
        )
        .with(
            lang.text("adminCaps"),
            html::escape(&lang.fill(
                "speedLine",
                &[
                    ("down", &speed_in(&lang, c.download_mbps)),
                    ("up", &speed_in(&lang, c.upload_mbps)),
                ],
            )),
        )
        .with(
            lang.text("protocols"),
            html::escape(&c.protocols.join(", ")),
        )
        .with(lang.text("connection"), html::escape(&online))
        .with(lang.text("adminTraffic"), html::escape(&traffic));
    Ok(Reply::array(fields))
}

pub fn admin_buttons(call: &Call<'_>) -> Result<Reply, Failure> {
    let lang = Lang::for_admin(call, super::ENGLISH);
    Ok(Reply::array(
        Array::new().with(lang.text("buttonReapplyCaps"), "ReapplyCaps"),
    ))
}
