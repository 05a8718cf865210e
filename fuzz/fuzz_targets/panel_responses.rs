//! Every parser of panel answers: status, headers and body come from the fuzzer.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whmcs_oxide::http::Response;
use whmcs_oxide::modules::{cpanel, hestiacp, storegrid, vpncp};

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let status = 100 + (u16::from(data[0]) * 2) % 500;
    let body = String::from_utf8_lossy(&data[3..]).into_owned();
    let mut headers = vec![(
        "Content-Type".to_string(),
        if data[2] % 2 == 0 { "application/json" } else { "text/html" }.to_string(),
    )];
    if data[1] < 40 {
        headers.push(("Hestia-Exit-Code".to_string(), data[1].to_string()));
    }
    let resp = Response { status, headers, body: body.clone() };
    let _ = hestiacp::api::interpret("v-list-users", &resp, data[2] % 3 == 0);
    let _ = hestiacp::api::parse_json("v-list-user", &body);
    let _ = hestiacp::user_list::parse_users(&body);
    for line in body.lines() {
        let _ = hestiacp::filemanager::listing::Entry::parse(line);
    }
    let _ = cpanel::api::interpret("listaccts", &resp);
    let _ = vpncp::envelope::interpret("vpn1", "GET /api/v1/client", &resp);
    let _ = vpncp::settings_doc::SettingsDoc::parse(&body);
    let _ = storegrid::api::interpret("GetAccount", &resp);
});
