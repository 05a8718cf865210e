//! What staff see on the service page: the live client and its status, and the buttons.

use crate::whmcs::function::html_escape;
use crate::whmcs::{Array, Call, Failure, Reply};

use super::format::{bytes, speed};
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
    let online = match &live.online {
        Some(Ok(list)) => {
            let mine: Vec<String> = list
                .iter()
                .filter(|s| s.name == c.name || s.name == c.username)
                .map(|s| {
                    format!(
                        "{} from {} (last handshake {}, {} down / {} up)",
                        s.protocol,
                        if s.endpoint.is_empty() {
                            "?"
                        } else {
                            &s.endpoint
                        },
                        if s.last_handshake.is_empty() {
                            "?"
                        } else {
                            &s.last_handshake
                        },
                        bytes(s.bytes_download),
                        bytes(s.bytes_upload)
                    )
                })
                .collect();
            if mine.is_empty() {
                "offline".to_string()
            } else {
                format!("online: {}", mine.join("; "))
            }
        }
        Some(Err(e)) => format!("unknown ({e})"),
        None => "unknown".into(),
    };
    let traffic = match &live.traffic {
        Some(Ok(days)) => {
            let down: u64 = days.iter().map(|d| d.download).sum();
            let up: u64 = days.iter().map(|d| d.upload).sum();
            format!("{} down, {} up ({})", bytes(down), bytes(up), month.key())
        }
        Some(Err(e)) => format!("unknown ({e})"),
        None => "unknown".into(),
    };
    let fields = Array::new()
        .with(
            "VPN client",
            html_escape(&format!("{} on {}", c.name, server.label())),
        )
        .with(
            "Network / IP",
            html_escape(&format!("{} — {}", c.network, c.ipv4)),
        )
        .with(
            "Status on the panel",
            if c.enabled {
                "enabled"
            } else {
                "disabled (suspended)"
            },
        )
        .with(
            "Bandwidth caps",
            html_escape(&format!(
                "download {}, upload {}",
                speed(c.download_mbps),
                speed(c.upload_mbps)
            )),
        )
        .with("Protocols", html_escape(&c.protocols.join(", ")))
        .with("Connection", html_escape(&online))
        .with("Traffic this month", html_escape(&traffic));
    Ok(Reply::array(fields))
}

pub fn admin_buttons(_: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::array(
        Array::new().with("Re-apply bandwidth caps", "ReapplyCaps"),
    ))
}
