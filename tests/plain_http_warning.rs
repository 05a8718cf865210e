//! A server record without TLS still connects, but TestConnection and the service tab say
//! plainly that the token travels in clear text (cPanel, puqVPNcp — plain HTTP on 8098 by
//! default — and StoreGrid); with TLS there is no such warning.

mod support;

use std::sync::Arc;

use oxide_sim::cpanel::{CpanelPanel, DEFAULT_ROOT_TOKEN};
use oxide_sim::storegrid::{StoregridPanel, DEFAULT_ADMIN, DEFAULT_ADMIN_PASSWORD};
use oxide_sim::vpncp::{VpncpPanel, DEFAULT_TOKEN};
use oxide_sim::{start, Panel, SimHandle, StartOptions};
use support::replies::is_success;
use support::sqlite_host::SqliteHost;
use whmcs_oxide::modules::shared::plain_http::TAB_LABEL;
use whmcs_oxide::whmcs::dispatch::invoke;
use whmcs_oxide::whmcs::{Array, ModuleSpec, Params, Reply, Value};

fn sim(panel: Arc<dyn Panel>, tls: bool) -> SimHandle {
    start(
        panel,
        StartOptions {
            tls,
            ..StartOptions::default()
        },
    )
    .expect("simulator")
}

fn field(r: &Reply, key: &str) -> String {
    let Reply::Value(Value::Array(a)) = r else {
        panic!("array expected: {r:?}")
    };
    a.get(key)
        .and_then(|v| v.as_text())
        .map(|t| t.into_owned())
        .unwrap_or_default()
}

/// TestConnection and the service tab of `spec` against `panel` with and without TLS.
fn check(
    spec: &ModuleSpec,
    panel: impl Fn() -> Arc<dyn Panel>,
    server: impl Fn(&SimHandle) -> Array,
) {
    for tls in [false, true] {
        let mut sim = sim(panel(), tls);
        let host = SqliteHost::new();
        let mut a = server(&sim);
        let pin = if tls {
            format!("\npin={}", sim.cert_sha256())
        } else {
            String::new()
        };
        let hash = format!(
            "{}{pin}",
            a.get("serveraccesshash")
                .and_then(|v| v.as_text())
                .unwrap_or_default()
        );
        a.set("serveraccesshash", hash).set("serversecure", tls);
        let f = spec.function("TestConnection").expect("exported");
        let r = invoke(spec, f, Params::new(a.clone()), &host);
        assert!(is_success(&r), "{} tls={tls}: {r:?}", spec.name);
        let warning = field(&r, "warning");
        let tab = invoke(
            spec,
            spec.function("AdminServicesTabFields").expect("exported"),
            Params::new(a.with("serviceid", 7)),
            &host,
        );
        let tab_warning = field(&tab, TAB_LABEL);
        if tls {
            assert!(!warning.contains("no TLS"), "{}: {warning}", spec.name);
            assert_eq!(tab_warning, "", "{}", spec.name);
        } else {
            assert!(
                warning.contains("no TLS") && warning.contains("plain HTTP"),
                "{}: {r:?}",
                spec.name
            );
            assert!(tab_warning.contains("no TLS"), "{}: {tab:?}", spec.name);
            assert!(host.all_logs().contains("warning: no TLS"), "{}", spec.name);
        }
        sim.shutdown();
    }
}

#[test]
fn vpncp_warns_without_tls() {
    check(
        &whmcs_oxide::modules::vpncp::SPEC,
        || Arc::new(VpncpPanel::new()),
        |s| support::params::server(s.port(), "").with("serverpassword", DEFAULT_TOKEN),
    );
}

#[test]
fn cpanel_warns_without_tls() {
    check(
        &whmcs_oxide::modules::cpanel::SPEC,
        || Arc::new(CpanelPanel::new()),
        |s| support::params::server(s.port(), DEFAULT_ROOT_TOKEN).with("serverusername", "root"),
    );
}

#[test]
fn storegrid_warns_without_tls() {
    check(
        &whmcs_oxide::modules::storegrid::SPEC,
        || Arc::new(StoregridPanel::new()),
        |s| {
            support::params::server(s.port(), "")
                .with("serverusername", DEFAULT_ADMIN)
                .with("serverpassword", DEFAULT_ADMIN_PASSWORD)
        },
    );
}
