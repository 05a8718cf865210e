//! puqVPNcp answers that are credentials never reach the module log readable: a one-time link
//! as a bare `data` string, a WireGuard config as raw text, an OpenVPN profile under
//! `content`, a private key under `PrivateKey`; and a password holding `"` and `\`, which the
//! logged JSON body shows escaped, is masked in that form too.

mod support;

use std::sync::Arc;

use oxide_sim::vpncp::{VpncpPanel, DEFAULT_TOKEN};
use oxide_sim::{Fault, FaultKind, SimHandle};
use support::plain_sim::plain_sim;
use support::sqlite_host::SqliteHost;
use whmcs_oxide::modules::vpncp::api::VpnApi;
use whmcs_oxide::modules::vpncp::server::PanelServer;
use whmcs_oxide::whmcs::{Call, Params};

const PASSWORD: &str = "Pa\"ss\\word/9 &+%=<é";

fn sim() -> SimHandle {
    plain_sim(Arc::new(VpncpPanel::new()))
}

fn params(sim: &SimHandle) -> Params {
    Params::new(
        support::params::server(sim.port(), "")
            .with("serversecure", false)
            .with("serverpassword", DEFAULT_TOKEN)
            .with("password", PASSWORD)
            .with("serviceid", 7),
    )
}

/// The panel answers the next request with HTTP 200 and `body`.
fn answer_once(sim: &SimHandle, body: &str) {
    sim.add_fault(
        Fault::new(
            "*",
            FaultKind::Status {
                status: 200,
                body: body.to_string(),
            },
        )
        .times(1),
    );
}

fn with_api(f: impl FnOnce(&VpnApi<'_>, &SimHandle)) -> String {
    let sim = sim();
    let host = SqliteHost::new();
    let call = Call::new("oxide_vpncp", "ClientArea", params(&sim), &host);
    let server = PanelServer::from_params(&call.params);
    let api = VpnApi::new(&server, &call, call.secrets(), None).expect("api");
    f(&api, &sim);
    host.all_logs()
}

fn assert_absent(log: &str, secret: &str) {
    assert!(
        !log.contains(secret),
        "`{secret}` in the module log:\n{log}"
    );
}

#[test]
fn one_time_link_as_a_bare_data_string() {
    let log = with_api(|api, sim| {
        answer_once(
            sim,
            r#"{"result":"OK","data":"https:\/\/vpn.example\/otl\/0a1b2c3d4e5f"}"#,
        );
        let url = api.one_time_link("vpn-1").expect("link");
        assert_eq!(url, "https://vpn.example/otl/0a1b2c3d4e5f");
    });
    assert_absent(&log, "0a1b2c3d4e5f");
}

#[test]
fn wireguard_config_as_raw_text() {
    let log = with_api(|api, sim| {
        answer_once(
            sim,
            "[Interface]\nPrivateKey = WGPRIVATEkey+/0123456789abcdefghijklmnopq=\nAddress = 10.0.0.2/32\n",
        );
        let text = api.wireguard_config("vpn-1").expect("config");
        assert!(text.contains("WGPRIVATEkey"));
    });
    assert_absent(&log, "WGPRIVATEkey");
}

#[test]
fn openvpn_profile_under_content_and_keys_in_any_case() {
    let log = with_api(|api, sim| {
        answer_once(
            sim,
            r#"{"result":"OK","data":{"content":"client\n<tls-crypt>\nTLSCRYPTSECRET\n</tls-crypt>\n"}}"#,
        );
        let text = api.openvpn_profile("vpn-1").expect("profile");
        assert!(text.contains("TLSCRYPTSECRET"));
        answer_once(
            sim,
            r#"{"result":"OK","data":{"name":"vpn-1","status":"enable","PrivateKey":"PKSECRET+/="}}"#,
        );
        api.client("vpn-1").expect("client").expect("exists");
    });
    assert_absent(&log, "TLSCRYPTSECRET");
    assert_absent(&log, "PKSECRET");
}

#[test]
fn a_password_with_quote_and_backslash_is_masked_as_json_shows_it() {
    let log = with_api(|api, sim| {
        // An answer that does not repeat the password: only the request shows it.
        answer_once(sim, r#"{"result":"OK","data":{}}"#);
        let _ = api.create_client("vpn-3-7-abcd", None, "vpn-3-7-abcd", PASSWORD);
    });
    assert!(log.contains("client.create"), "{log}");
    for form in [
        "Pa\\\"ss\\\\word",
        "Pa%22ss",
        "Pa\"ss",
        "Pa&quot;ss",
        "Pa\\\"ss\\\\word\\/9",
    ] {
        assert_absent(&log, form);
    }
}
