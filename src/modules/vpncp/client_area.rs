//! The client area: client card, WireGuard config (copy, download, QR), OpenVPN and IKEv2
//! profiles, online status, per-day traffic of a chosen month, the instruction link, and a
//! one-time link created only by a POSTed form (a prefetched link must not use it up).

use crate::whmcs::{Array, Call, Failure, Input, Lang, Reply, Value};

use super::api::VpnApi;
use super::encode::data_uri;
use super::format::speed_in;
use super::live::{fetch, Ask};
use super::product::doc_from_params;
use super::server::PanelServer;
use super::service::Service;
use super::traffic_chart;
use super::usage::Month;
use crate::whmcs::client_facing::{require_active, ClientRefusal, ClientText};

/// The GET parameter of the month selector.
pub const MONTH_PARAM: &str = "vpncp_month";
/// The POST field of the one-time-link form.
pub const OTL_FIELD: &str = "vpncp_otl";
/// Months offered in the selector.
const MONTHS_SHOWN: usize = 12;

pub fn client_area(call: &Call<'_>) -> Result<Reply, Failure> {
    let lang = Lang::for_client(call, super::ENGLISH);
    let svc = Service::from_params(&call.params)?;
    let name = svc.client_name()?;
    // A broken settings document must not hide the VPN from its owner: no instruction link.
    let instruction_url = doc_from_params(&call.params)
        .map(|d| d.instruction_url)
        .unwrap_or_default();
    let current = Month::current();
    let asked_month = call.host.request_input(Input::Query, MONTH_PARAM);
    let month = asked_month
        .as_deref()
        .and_then(Month::parse)
        .unwrap_or(current);
    let server = PanelServer::from_params(&call.params);
    let live = fetch(
        call,
        &server,
        name,
        &[
            Ask::Client,
            Ask::Online,
            Ask::WireGuard,
            Ask::Qr,
            Ask::OpenVpn,
            Ask::Ikev2,
            Ask::Traffic(month),
        ],
    )?;
    let client = live.require_client(name, &server.label())?;

    let sessions: Vec<Value> = match &live.online {
        Some(Ok(list)) => list
            .iter()
            .filter(|s| s.name == client.name || s.name == client.username)
            .map(|s| {
                let bytes = |b: Option<u64>| match b {
                    Some(b) => lang.size_bytes(b as f64),
                    None => lang.text("notReported"),
                };
                Array::new()
                    .with("protocol", s.protocol.as_str())
                    .with("endpoint", s.endpoint.as_str())
                    .with("lastHandshake", s.last_handshake.as_str())
                    .with("download", bytes(s.bytes_download))
                    .with("upload", bytes(s.bytes_upload))
                    .with(
                        "text",
                        lang.fill(
                            "sessionFrom",
                            &[
                                ("protocol", &s.protocol),
                                ("endpoint", &s.endpoint),
                                ("handshake", &s.last_handshake),
                                ("down", &bytes(s.bytes_download)),
                                ("up", &bytes(s.bytes_upload)),
                            ],
                        ),
                    )
                    .into()
            })
            .collect(),
        _ => Vec::new(),
    };
    let online_known = matches!(live.online, Some(Ok(_)));

    let mut wireguard = Array::new();
    if let Some(Ok(config)) = &live.wireguard {
        wireguard.set("config", config.as_str());
        wireguard.set(
            "download",
            data_uri("application/octet-stream", config.as_bytes()),
        );
        wireguard.set("filename", format!("{name}.conf"));
        if let Some(Ok(qr)) = &live.qr {
            wireguard.set("qr", qr.as_str());
        }
    }
    let mut openvpn = Array::new();
    if let Some(Ok(profile)) = &live.openvpn {
        openvpn.set(
            "download",
            data_uri("application/x-openvpn-profile", profile.as_bytes()),
        );
        openvpn.set("filename", format!("{name}.ovpn"));
    }
    let mut ikev2 = Array::new();
    if let Some(Ok(profile)) = &live.ikev2 {
        let text = serde_json::to_string_pretty(profile).unwrap_or_default();
        ikev2.set("download", data_uri("application/json", text.as_bytes()));
        ikev2.set("filename", format!("{name}-ikev2.json"));
    }

    let (days, total_down, total_up, traffic_error) = match &live.traffic {
        Some(Ok(days)) => {
            let rows: Vec<Value> = days
                .iter()
                .map(|d| {
                    Array::new()
                        .with("date", d.date.as_str())
                        .with("download", lang.size_bytes(d.download as f64))
                        .with("upload", lang.size_bytes(d.upload as f64))
                        .with("downloadBytes", d.download as i64)
                        .with("uploadBytes", d.upload as i64)
                        .into()
                })
                .collect();
            let down: u64 = days.iter().map(|d| d.download).sum();
            let up: u64 = days.iter().map(|d| d.upload).sum();
            (rows, down, up, String::new())
        }
        Some(Err(e)) => (Vec::new(), 0, 0, e.clone()),
        None => (Vec::new(), 0, 0, String::new()),
    };
    let chart_days: Vec<traffic_chart::Day> = match &live.traffic {
        Some(Ok(days)) => days
            .iter()
            .filter_map(|d| {
                let day = d.date.get(8..10)?.parse::<u32>().ok()?;
                Some((day, d.download, d.upload))
            })
            .collect(),
        _ => Vec::new(),
    };
    let totals_text = lang.fill(
        "trafficTotals",
        &[
            ("month", &month.key()),
            ("down", &lang.size_bytes(total_down as f64)),
            ("up", &lang.size_bytes(total_up as f64)),
        ],
    );
    let mut months = Vec::new();
    let mut m = current;
    for _ in 0..MONTHS_SHOWN {
        months.push(Value::from(
            Array::new()
                .with("value", m.key())
                .with("selected", m == month),
        ));
        m = m.previous();
    }
    let notice = match asked_month {
        Some(a) if Month::parse(&a).is_none() => {
            lang.fill("notAMonth", &[("value", &a), ("month", &month.key())])
        }
        _ => String::new(),
    };

    let vars = Array::new()
        .with("serviceId", svc.id)
        .with(
            "client",
            Array::new()
                .with("name", client.name.as_str())
                .with("network", client.network.as_str())
                .with("ip", client.ipv4.as_str())
                .with("enabled", client.enabled)
                .with("download", speed_in(&lang, client.download_mbps))
                .with("upload", speed_in(&lang, client.upload_mbps))
                .with("protocols", client.protocols.join(", ")),
        )
        .with("onlineKnown", online_known)
        .with("online", !sessions.is_empty())
        .with("sessions", Value::from(sessions))
        .with("wireguard", wireguard)
        .with("openvpn", openvpn)
        .with("ikev2", ikev2)
        .with(
            "traffic",
            Array::new()
                .with("month", month.key())
                .with("days", Value::from(days))
                .with("totalDownload", lang.size_bytes(total_down as f64))
                .with("totalUpload", lang.size_bytes(total_up as f64))
                .with("totals", totals_text.as_str())
                .with(
                    "chart",
                    if traffic_error.is_empty() {
                        traffic_chart::image(&chart_days, month.days(), &lang)
                    } else {
                        String::new()
                    },
                )
                .with("chartAlt", totals_text.as_str())
                .with("error", traffic_error),
        )
        .with("months", Value::from(months))
        .with("monthParam", MONTH_PARAM)
        .with("otlField", OTL_FIELD)
        .with("instructionUrl", instruction_url)
        .with("notice", notice);
    Ok(Reply::client_area("templates/clientarea.tpl", vars, &lang))
}

/// Client-area functions callable without a button (WHMCS checks this list).
pub fn allowed_functions(_: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::Value(Value::from(vec!["OneTimeLink"])))
}

/// `modop=custom&a=OneTimeLink`, from the client area's POST form only.
pub fn one_time_link(call: &Call<'_>) -> Result<Reply, Failure> {
    require_active(call)?;
    let svc = Service::from_params(&call.params)?;
    let name = svc.client_name()?;
    let lang = Lang::for_client(call, super::ENGLISH);
    if call.host.request_input(Input::Form, OTL_FIELD).as_deref() != Some("1") {
        return Err(Box::new(ClientRefusal(ClientText::OneTimeLinkButtonOnly)));
    }
    let server = PanelServer::from_params(&call.params);
    let api = VpnApi::new(&server, call, call.secrets(), None)?;
    let link = api.one_time_link(name)?;
    Ok(Reply::client_page(
        "templates/otl",
        format!("clientarea.php?action=productdetails&id={}", svc.id),
        &lang.text("otlTitle"),
        Array::new()
            .with("link", link)
            .with("serviceId", svc.id)
            .with("clientName", name),
        &lang,
    ))
}
