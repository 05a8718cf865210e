//! oxide_vpncp against in-process puqVPNcp simulators: the product page's group discovery
//! runs in parallel (a group answers in about its slowest server's time) and CreateAccount's
//! selection moves the service, through dispatch and a SQLite WHMCS.

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use oxide_sim::vpncp::{VpncpPanel, DEFAULT_TOKEN};
use oxide_sim::{Fault, FaultKind, SimHandle};
use serde_json::json;
use support::plain_sim::plain_sim;
use support::sqlite_host::SqliteHost;
use whmcs_oxide::modules::vpncp::SPEC;
use whmcs_oxide::whmcs::dispatch::invoke;
use whmcs_oxide::whmcs::{Array, Host, Params, Reply, Value};

struct Vpn {
    panel: Arc<VpncpPanel>,
    sim: SimHandle,
}

fn vpn(latency_ms: u64) -> Vpn {
    let panel = Arc::new(VpncpPanel::new());
    let sim = plain_sim(panel.clone());
    if latency_ms > 0 {
        sim.add_fault(Fault::new("*", FaultKind::Latency { ms: latency_ms }));
    }
    Vpn { panel, sim }
}

/// Server rows (token encrypted the harness's way), one group, one product; returns ids.
fn whmcs(host: &SqliteHost, vpns: &[Vpn], settings: &str) -> (Vec<i64>, i64) {
    let token = host.encrypt_password(DEFAULT_TOKEN).unwrap();
    let mut ids = Vec::new();
    for (i, v) in vpns.iter().enumerate() {
        host.execute(
            "INSERT INTO tblservers (name, ipaddress, hostname, password, accesshash, secure, port, type, disabled) \
             VALUES (?, '127.0.0.1', '127.0.0.1', ?, '', '', ?, 'oxide_vpncp', 0)",
            &[Value::from(format!("vpn{}", i + 1)), Value::from(token.as_str()), Value::Int(i64::from(v.sim.port()))],
        )
        .unwrap();
        ids.push(host.last_insert_id().unwrap());
    }
    host.execute(
        "INSERT INTO tblservergroups (name, filltype) VALUES ('VPN', 1)",
        &[],
    )
    .unwrap();
    let group = host.last_insert_id().unwrap();
    for id in &ids {
        host.execute(
            "INSERT INTO tblservergroupsrel (groupid, serverid) VALUES (?, ?)",
            &[Value::Int(group), Value::Int(*id)],
        )
        .unwrap();
    }
    host.execute(
        "INSERT INTO tblproducts (type, name, servertype, servergroup, configoption24) VALUES ('other', 'VPN', 'oxide_vpncp', ?, ?)",
        &[Value::Int(group), Value::from(settings)],
    )
    .unwrap();
    (ids, host.last_insert_id().unwrap())
}

fn call(host: &SqliteHost, function: &str, params: Array) -> Reply {
    let f = SPEC.function(function).expect("exported");
    invoke(&SPEC, f, Params::new(params), host)
}

fn description(reply: &Reply) -> String {
    let Reply::Value(Value::Array(a)) = reply else {
        panic!("ConfigOptions returned {reply:?}")
    };
    a.get("puqVPNcp settings")
        .and_then(Value::as_array)
        .and_then(|f| f.get("Description"))
        .and_then(Value::as_text)
        .map(|s| s.into_owned())
        .unwrap_or_default()
}

#[test]
fn ten_servers_200ms_away_answer_in_about_200ms() {
    let vpns: Vec<Vpn> = (0..10).map(|_| vpn(200)).collect();
    let host = SqliteHost::new();
    let (_, pid) = whmcs(&host, &vpns, "");
    let started = Instant::now();
    let reply = call(&host, "ConfigOptions", Array::new().with("pid", pid));
    let took = started.elapsed();
    let html = description(&reply);
    // Sequential: 10 servers × 2 requests × 200 ms = 4 s.
    assert!(took < Duration::from_millis(1500), "took {took:?}");
    assert_eq!(
        html.matches("licence slots 0/50 used").count(),
        10,
        "{html}"
    );
    for v in &vpns {
        let mut routes: Vec<String> = v.sim.requests().iter().map(|r| r.route.clone()).collect();
        routes.sort();
        assert_eq!(routes, ["network.list", "system.status"]);
    }
    // Every worker's exchanges reached the module log (replayed on the calling thread), token masked.
    assert_eq!(
        host.log_actions()
            .iter()
            .filter(|a| *a == "network.list")
            .count(),
        10
    );
    assert!(!host.all_logs().contains(DEFAULT_TOKEN));
}

#[test]
fn create_takes_the_first_deployable_pair_and_moves_the_service() {
    let vpns = [vpn(0), vpn(0)];
    vpns[0].panel.merge(&json!({"max_accounts": 0})).unwrap();
    vpns[1]
        .panel
        .merge(&json!({"networks": {"eu1": {"subnet": "10.8.0.0/29"}}}))
        .unwrap();
    let host = SqliteHost::new();
    let (ids, _) = whmcs(&host, &vpns, "");
    let settings = json!({"download_mbps": 8, "networks": [
        {"server_id": ids[0], "network": "default"},
        {"server_id": ids[1], "network": "eu1"}
    ]})
    .to_string();
    host.execute(
        "UPDATE tblproducts SET configoption24 = ?",
        &[Value::from(settings.as_str())],
    )
    .unwrap();
    host.execute(
        "INSERT INTO tblhosting (userid, packageid, server, username, domainstatus) VALUES (5, 1, ?, '', 'Pending')",
        &[Value::Int(ids[0])],
    )
    .unwrap();
    let sid = host.last_insert_id().unwrap();
    let params = Array::new()
        .with("serviceid", sid)
        .with("userid", 5)
        .with("pid", 1)
        .with("password", "Service-Pass-1")
        .with("configoption24", settings.as_str())
        .with("serverid", ids[0])
        .with("serverhostname", "127.0.0.1")
        .with("serverpassword", DEFAULT_TOKEN)
        .with("serverport", i64::from(vpns[0].sim.port()));

    let reply = call(&host, "CreateAccount", params);

    assert_eq!(reply, Reply::success());
    let rows = host
        .query(
            "SELECT server, username FROM tblhosting WHERE id = ?",
            &[Value::Int(sid)],
        )
        .unwrap();
    assert_eq!(rows[0].int("server"), Some(ids[1]));
    let name = rows[0].text("username");
    assert!(name.starts_with(&format!("vpn-5-{sid}-")), "{name}");
    let client = vpns[1]
        .panel
        .client(&name)
        .expect("created on the second server");
    assert_eq!(client["network"], "eu1");
    assert_eq!(client["b_download"], 8);
    assert!(vpns[0].panel.client_names().is_empty());
    assert!(!host.all_logs().contains("Service-Pass-1"));
}
