//! What a hosting client is shown: a client-area failure gives a plain line (no panel host or
//! port, certificate fingerprint or "add pin=" advice; those reach staff through the module
//! log), and the client buttons that open a panel (Webmail/WHM login, OneTimeLink) refuse a
//! service that is not Active before any panel request.

mod support;

use std::sync::Arc;

use oxide_sim::cpanel::{CpanelPanel, DEFAULT_ROOT_TOKEN};
use oxide_sim::vpncp::{VpncpPanel, DEFAULT_TOKEN};
use oxide_sim::{start, Panel, SimHandle, StartOptions};
use support::plain_sim::plain_sim;
use support::replies::{is_success, message};
use support::sqlite_host::SqliteHost;
use whmcs_oxide::whmcs::client_facing::{client_text, ClientText};
use whmcs_oxide::whmcs::dispatch::invoke;
use whmcs_oxide::whmcs::{Array, ModuleSpec, Params, Reply};

fn call(spec: &ModuleSpec, host: &SqliteHost, function: &str, params: Array) -> Reply {
    let f = spec.function(function).expect("exported");
    invoke(spec, f, Params::new(params), host)
}

/// Service 7 of client 3 with `status` in tblhosting.
fn service(host: &SqliteHost, status: &str) {
    host.conn()
        .execute(
            "INSERT INTO tblhosting (id, userid, packageid, server, username, domainstatus) \
             VALUES (7, 3, 1, 1, 'shopuser', ?1)",
            [status],
        )
        .expect("service row");
}

fn params(sim: &SimHandle, token: &str, access_hash: &str) -> Array {
    support::params::server(sim.port(), access_hash)
        .with("serversecure", sim.is_tls())
        .with("serverpassword", token)
        .with("serviceid", 7)
        .with("userid", 3)
        .with("username", "shopuser")
        .with("password", "Client-Pass-1")
}

#[test]
fn client_area_failure_shows_no_infrastructure() {
    let mut sim = start(Arc::new(VpncpPanel::new()), StartOptions::default()).expect("sim");
    let host = SqliteHost::new();
    service(&host, "Active");
    // A self-signed certificate and no pin: the admin is told the fingerprint and `pin=`.
    let r = call(
        &whmcs_oxide::modules::vpncp::SPEC,
        &host,
        "ClientArea",
        params(&sim, DEFAULT_TOKEN, ""),
    );
    let shown = message(&r);
    assert_eq!(shown, client_text(ClientText::PageUnavailable), "{r:?}");
    let detail = host.logged_failure("ClientArea").expect("detail logged");
    assert!(detail.contains("pin="), "{detail}");
    let port = sim.port().to_string();
    let everything = format!("{r:?}");
    for hidden in ["pin=", port.as_str(), "127.0.0.1", &sim.cert_sha256()[..20]] {
        assert!(
            !everything.contains(hidden),
            "`{hidden}` shown: {everything}"
        );
    }
    sim.shutdown();
}

fn refused_when_not_active(spec: &ModuleSpec, panel: Arc<dyn Panel>, token: &str, function: &str) {
    let mut sim = plain_sim(panel);
    for status in ["Suspended", "Pending", "Terminated"] {
        let host = SqliteHost::new();
        service(&host, status);
        let r = call(spec, &host, function, params(&sim, token, ""));
        assert!(!is_success(&r), "{function} on a {status} service: {r:?}");
        assert_eq!(message(&r), client_text(ClientText::NotActive), "{r:?}");
        assert!(
            sim.requests().is_empty(),
            "{function} on a {status} service asked the panel: {:?}",
            sim.requests()
        );
    }
    // Active: whatever stops it then (no form POST, not a reseller), it is not this refusal.
    let host = SqliteHost::new();
    service(&host, "Active");
    let r = call(spec, &host, function, params(&sim, token, ""));
    assert_ne!(message(&r), client_text(ClientText::NotActive), "{r:?}");
    sim.shutdown();
}

#[test]
fn one_time_link_refuses_a_service_that_is_not_active() {
    refused_when_not_active(
        &whmcs_oxide::modules::vpncp::SPEC,
        Arc::new(VpncpPanel::new()),
        DEFAULT_TOKEN,
        "OneTimeLink",
    );
}

#[test]
fn webmail_and_whm_login_refuse_a_service_that_is_not_active() {
    for function in ["WebmailLogin", "WhmLogin"] {
        refused_when_not_active(
            &whmcs_oxide::modules::cpanel::SPEC,
            Arc::new(CpanelPanel::new()),
            DEFAULT_ROOT_TOKEN,
            function,
        );
    }
}
