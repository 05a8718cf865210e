//! The simulator against the reference, over HTTP: envelope, 403 body, result-0 reasons,
//! username rules, units, monthly counters, the slow createacct and removeacct's two names.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::{CpanelPanel, DEFAULT_ROOT_TOKEN};
use crate::panel::Panel;
use crate::{start, SimHandle, StartOptions};

const MB: u64 = 1024 * 1024;

fn sim() -> (Arc<CpanelPanel>, SimHandle) {
    let panel = Arc::new(CpanelPanel::new());
    let h = start(
        panel.clone(),
        StartOptions {
            tls: false,
            ..StartOptions::default()
        },
    )
    .expect("simulator starts");
    (panel, h)
}

fn call_as(h: &SimHandle, auth: &str, function: &str, fields: &[(&str, &str)]) -> (u16, Value) {
    let client = reqwest::blocking::Client::new();
    let resp = client
        .post(format!(
            "{}/json-api/{function}?api.version=1",
            h.base_url()
        ))
        .header("Authorization", auth)
        .form(fields)
        .send()
        .expect("answer");
    let status = resp.status().as_u16();
    let body = resp.text().expect("body");
    (status, serde_json::from_str(&body).expect("JSON"))
}

fn call(h: &SimHandle, function: &str, fields: &[(&str, &str)]) -> Value {
    let (status, v) = call_as(
        h,
        &format!("whm root:{DEFAULT_ROOT_TOKEN}"),
        function,
        fields,
    );
    assert_eq!(status, 200);
    v
}

fn result(v: &Value) -> i64 {
    v["metadata"]["result"].as_i64().expect("metadata.result")
}

fn create(h: &SimHandle, user: &str, domain: &str) -> Value {
    call(
        h,
        "createacct",
        &[
            ("username", user),
            ("domain", domain),
            ("plan", "basic"),
            ("password", "Str0ng-Pass"),
        ],
    )
}

#[test]
fn envelope_and_bad_credentials() {
    let (_p, h) = sim();
    let v = call(&h, "version", &[]);
    assert_eq!(result(&v), 1);
    assert_eq!(v["data"]["version"], "11.118.0.5");
    assert_eq!(v["metadata"]["command"], "version");
    let (status, v) = call_as(&h, "whm root:WRONG", "version", &[]);
    assert_eq!(status, 403);
    assert_eq!(v["cpanelresult"]["error"], "Access denied");
    assert_eq!(v["cpanelresult"]["data"]["result"], "0");
    let v = call(&h, "nosuchthing", &[]);
    assert_eq!(result(&v), 0);
    assert_eq!(
        v["metadata"]["reason"],
        "Unknown app (\"nosuchthing\") requested for this version (1) of the API."
    );
    let (status, _) = call_as(&h, "Basic cm9vdDpSb290UGFzcy0xMjM=", "version", &[]);
    assert_eq!(status, 200, "root's password over Basic");
}

#[test]
fn username_rules_and_conflicts_are_result_zero_with_reasons() {
    let (_p, h) = sim();
    for bad in [
        "john.doe",
        "1abc",
        "testuser",
        "mypassword",
        "root",
        "abcdefghijklmnopq",
    ] {
        let v = create(&h, bad, "x.example");
        assert_eq!(result(&v), 0, "{bad}");
        assert!(!v["metadata"]["reason"].as_str().unwrap_or("").is_empty());
    }
    assert_eq!(
        result(&create(&h, "Alice", "alice.example")),
        1,
        "lowercased"
    );
    let v = create(&h, "alice", "other.example");
    assert!(v["metadata"]["reason"]
        .as_str()
        .unwrap()
        .contains("already exists"));
    let v = create(&h, "bob", "alice.example");
    assert!(v["metadata"]["reason"].as_str().unwrap().contains("domain"));
    assert_eq!(
        result(&call(&h, "verify_new_username", &[("user", "alice")])),
        0
    );
    assert_eq!(
        result(&call(&h, "verify_new_username", &[("user", "carol")])),
        1
    );
}

#[test]
fn units_of_modifyacct_limitbw_editquota() {
    let (p, h) = sim();
    assert_eq!(result(&create(&h, "alice", "alice.example")), 1);
    let a = p.account("alice").unwrap();
    assert_eq!(
        (a["quota_mb"].clone(), a["bwlimit_bytes"].clone()),
        (json!(1024), json!(10_240 * MB))
    );
    let v = call(
        &h,
        "modifyacct",
        &[
            ("user", "alice"),
            ("QUOTA", "2048"),
            ("BWLIMIT", "5368709120"),
            ("MAXPOP", "unlimited"),
        ],
    );
    assert_eq!(result(&v), 1);
    let a = p.account("alice").unwrap();
    assert_eq!(a["quota_mb"], 2048);
    assert_eq!(a["bwlimit_bytes"], 5 * 1024 * MB);
    assert_eq!(a["maxpop"], "unlimited");
    assert_eq!(
        result(&call(
            &h,
            "limitbw",
            &[("user", "alice"), ("bwlimit", "300")]
        )),
        1
    );
    assert_eq!(p.account("alice").unwrap()["bwlimit_bytes"], 300 * MB);
    assert_eq!(
        result(&call(&h, "editquota", &[("user", "alice"), ("quota", "0")])),
        1
    );
    assert_eq!(p.account("alice").unwrap()["quota_mb"], "unlimited");
    let v = call(
        &h,
        "modifyacct",
        &[("user", "alice"), ("MAXSQL", "lots"), ("QUOTA", "1")],
    );
    assert_eq!(result(&v), 0);
    assert_eq!(
        p.account("alice").unwrap()["quota_mb"],
        "unlimited",
        "nothing applied"
    );
    // changepackage resets every per-account value to the package's.
    assert_eq!(
        result(&call(
            &h,
            "changepackage",
            &[("user", "alice"), ("pkg", "pro")]
        )),
        1
    );
    let a = p.account("alice").unwrap();
    assert_eq!(
        (a["quota_mb"].clone(), a["maxpop"].clone()),
        (json!(10_240), json!(100))
    );
}

#[test]
fn monthly_counters_reset_and_past_months_stay() {
    let (p, h) = sim();
    assert_eq!(result(&create(&h, "alice", "alice.example")), 1);
    p.set_month("2026-05");
    p.set_bandwidth("alice", "2026-05", 1234);
    let v = call(&h, "showbw", &[]);
    assert_eq!(
        (v["data"]["month"].clone(), v["data"]["year"].clone()),
        (json!(5), json!(2026))
    );
    assert_eq!(v["data"]["acct"][0]["totalbytes"], 1234);
    assert_eq!(v["data"]["acct"][0]["limit"], (10_240 * MB).to_string());
    p.set_month("2026-06");
    let v = call(&h, "showbw", &[]);
    assert_eq!(
        v["data"]["acct"][0]["totalbytes"], 0,
        "a new month starts at zero"
    );
    let v = call(&h, "showbw", &[("month", "5"), ("year", "2026")]);
    assert_eq!(v["data"]["acct"][0]["totalbytes"], 1234);
    assert_eq!(result(&call(&h, "showbw", &[("month", "13")])), 0);
}

#[test]
fn removeacct_takes_username_or_user_and_releases_the_ip() {
    let (p, h) = sim();
    let v = call(
        &h,
        "createacct",
        &[
            ("username", "alice"),
            ("domain", "alice.example"),
            ("password", "Str0ng-Pass"),
            ("ip", "y"),
        ],
    );
    assert_eq!(v["data"]["ip"], "192.0.2.50");
    assert!(v["metadata"]["output"]["raw"]
        .as_str()
        .unwrap()
        .contains("Str0ng-Pass"));
    assert_eq!(result(&create(&h, "bob", "bob.example")), 1);
    assert_eq!(result(&call(&h, "removeacct", &[("username", "alice")])), 1);
    assert_eq!(result(&call(&h, "removeacct", &[("user", "bob")])), 1);
    assert!(p.account_names().is_empty());
    assert_eq!(
        result(&call(&h, "removeacct", &[("user", "bob")])),
        0,
        "gone"
    );
    let v = call(
        &h,
        "createacct",
        &[
            ("username", "carol"),
            ("domain", "carol.example"),
            ("password", "Str0ng-Pass"),
            ("ip", "y"),
        ],
    );
    assert_eq!(v["data"]["ip"], "192.0.2.50", "the address is free again");
}

#[test]
fn slow_createacct_finishes_after_the_delay() {
    let (p, h) = sim();
    p.set_createacct_delay_ms(600);
    let started = Instant::now();
    assert_eq!(result(&create(&h, "alice", "alice.example")), 1);
    assert!(started.elapsed() >= Duration::from_millis(600));
    assert!(p.account("alice").is_some());
}

#[test]
fn privileges_sessions_and_resellers() {
    let (p, h) = sim();
    p.add_token("root", "LIMITED0000000000000000000000000", &["list-accts"]);
    let (_, v) = call_as(
        &h,
        "whm root:LIMITED0000000000000000000000000",
        "myprivs",
        &[],
    );
    assert_eq!(v["data"]["privileges"][0]["all"], 0);
    assert_eq!(v["data"]["privileges"][0]["list-accts"], 1);
    let (_, v) = call_as(
        &h,
        "whm root:LIMITED0000000000000000000000000",
        "removeacct",
        &[("user", "x")],
    );
    assert!(v["metadata"]["reason"]
        .as_str()
        .unwrap()
        .contains("Permission denied"));
    assert_eq!(result(&create(&h, "alice", "alice.example")), 1);
    let v = call(
        &h,
        "create_user_session",
        &[("user", "alice"), ("service", "cpaneld")],
    );
    let url = v["data"]["url"].as_str().unwrap().to_string();
    assert!(url.contains(":2083/cpsess"), "{url}");
    assert_eq!(p.state_json()["sessions"][0]["url"], url.as_str());
    p.add_token("res1", "RESELLER000000000000000000000001", &[]);
    let (_, v) = call_as(
        &h,
        "whm res1:RESELLER000000000000000000000001",
        "listaccts",
        &[],
    );
    assert_eq!(
        v["data"]["acct"].as_array().unwrap().len(),
        0,
        "resellers see their own accounts"
    );
}

#[test]
fn state_documents_merge_and_bad_ones_change_nothing() {
    let p = CpanelPanel::new();
    p.load_state(
        &json!({"current_month": "2026-05", "accounts": {"alice": {"plan": "pro"}},
        "bandwidth": {"alice": {"2026-05": 5}}}),
    )
    .unwrap();
    let st = p.state_json();
    assert_eq!(st["accounts"]["alice"]["quota_mb"], 10_240);
    assert_eq!(st["bandwidth"]["alice"]["2026-05"], 5);
    assert!(p
        .load_state(&json!({"accounts": {"bob": {}}, "nope": 1}))
        .is_err());
    assert!(p.state_json()["accounts"].get("bob").is_none());
}

/// Resellers with cPanel's semantics: ownership, suspension cascading (or not), terminate
/// removing every owned account, and calls made as the reseller held to its privileges and
/// its own accounts.
#[test]
fn resellers_own_suspend_terminate_and_are_held_to_their_privileges() {
    let (panel, h) = sim();
    for (u, d) in [
        ("boss", "boss.example"),
        ("c1", "c1.example"),
        ("c2", "c2.example"),
        ("x", "x.example"),
    ] {
        assert_eq!(result(&create(&h, u, d)), 1);
    }
    assert_eq!(
        result(&call(
            &h,
            "setupreseller",
            &[("user", "boss"), ("makeowner", "1")]
        )),
        1
    );
    assert_eq!(
        result(&call(
            &h,
            "setacls",
            &[("reseller", "boss"), ("acllist", "starter")]
        )),
        1
    );
    assert_eq!(
        result(&call(
            &h,
            "setacls",
            &[("reseller", "boss"), ("acllist", "nope")]
        )),
        0
    );
    for c in ["c1", "c2"] {
        panel.lock().accounts.get_mut(c).expect("account").owner = "boss".into();
    }
    assert_eq!(panel.account("boss").expect("boss")["owner"], "boss");
    let listed = call(&h, "listresellers", &[]);
    assert_eq!(listed["data"]["reseller"], json!(["boss"]));
    let counts = call(&h, "acctcounts", &[("user", "boss")]);
    assert_eq!(
        counts["data"]["reseller"]["account"], 3,
        "its own and two customers"
    );

    // As the reseller: its own accounts only, and only what its privileges allow.
    panel.add_token("boss", "BOSSTOKEN0000000000000000000000A", &[]);
    let boss = |f: &str, fields: &[(&str, &str)]| {
        call_as(&h, "whm boss:BOSSTOKEN0000000000000000000000A", f, fields).1
    };
    assert_eq!(result(&boss("suspendacct", &[("user", "c1")])), 1);
    assert_eq!(result(&boss("unsuspendacct", &[("user", "c1")])), 1);
    let denied = boss("suspendacct", &[("user", "x")]);
    assert!(denied["metadata"]["reason"]
        .as_str()
        .unwrap_or("")
        .contains("do not own"));
    let denied = boss("passwd", &[("user", "c1"), ("password", "An0ther-Pass")]);
    assert!(denied["metadata"]["reason"]
        .as_str()
        .unwrap_or("")
        .contains("“passwd”"));
    assert_eq!(
        result(&boss("setupreseller", &[("user", "c1")])),
        0,
        "root's function"
    );
    let seen = boss("listaccts", &[]);
    assert_eq!(seen["data"]["acct"].as_array().map(Vec::len), Some(3));

    // Suspension cascades unless reseller-only=1.
    assert_eq!(
        result(&call(
            &h,
            "suspendreseller",
            &[("user", "boss"), ("reseller-only", "1")]
        )),
        1
    );
    let suspended = |u: &str| panel.account(u).expect("account")["suspended"] == json!(true);
    assert!(suspended("boss") && !suspended("c1"));
    assert_eq!(
        result(&call(
            &h,
            "suspendreseller",
            &[("user", "boss"), ("reason", "Overdue")]
        )),
        1
    );
    assert!(suspended("c1") && suspended("c2") && !suspended("x"));
    assert_eq!(
        result(&call(&h, "unsuspendreseller", &[("user", "boss")])),
        1
    );
    assert!(!suspended("boss") && !suspended("c1") && !suspended("c2"));

    // Terminate needs its confirmation and removes every owned account.
    assert_eq!(
        result(&call(&h, "terminatereseller", &[("user", "boss")])),
        0
    );
    assert_eq!(
        result(&call(
            &h,
            "terminatereseller",
            &[("user", "boss"), ("terminatereseller", "1")]
        )),
        1
    );
    assert_eq!(panel.account_names(), ["x"]);
}

/// A batch of StatsBar::get_stats calls answers each account's counts, in order.
#[test]
fn batch_of_statsbar_counts() {
    let (panel, h) = sim();
    assert_eq!(result(&create(&h, "alice", "alice.example")), 1);
    panel
        .load_state(
            &json!({"accounts": {"alice": {"stats": {"emailaccounts": 4, "subdomains": 2}}}}),
        )
        .expect("state");
    let cmd = "uapi_cpanel?cpanel.module=StatsBar&cpanel.function=get_stats&cpanel.user=alice&display=emailaccounts%7Csubdomains";
    let v = call(
        &h,
        "batch",
        &[
            ("command", cmd),
            (
                "command",
                "uapi_cpanel?cpanel.module=StatsBar&cpanel.function=get_stats&cpanel.user=ghost",
            ),
        ],
    );
    let r = &v["data"]["result"];
    assert_eq!(
        r[0]["data"]["uapi"]["data"],
        json!([
            {"id": "emailaccounts", "name": "emailaccounts", "_count": 4, "count": "4", "max": "∞", "_max": "unlimited", "units": null, "percent": 0},
            {"id": "subdomains", "name": "subdomains", "_count": 2, "count": "2", "max": "∞", "_max": "unlimited", "units": null, "percent": 0},
        ])
    );
    assert_eq!(r[1]["metadata"]["result"], 0);
}

fn add_pop(h: &SimHandle, user: &str, fields: &[(&str, &str)]) -> Value {
    let mut all = vec![
        ("cpanel.user", user),
        ("cpanel.module", "Email"),
        ("cpanel.function", "add_pop"),
    ];
    all.extend_from_slice(fields);
    let v = call(h, "uapi_cpanel", &all);
    assert_eq!(result(&v), 1, "the WHM envelope succeeds: {v}");
    v["data"]["uapi"].clone()
}

#[test]
fn add_pop_checks_name_domain_password_and_the_limit_before_creating() {
    let (p, h) = sim();
    assert_eq!(result(&create(&h, "mailer", "mailer.example")), 1);
    let good = [("password", "Str0ng-Mail-9"), ("quota", "250")];
    let errors = |u: &Value| u["errors"][0].as_str().unwrap_or("").to_string();
    let bad = add_pop(
        &h,
        "mailer",
        &[&[("email", "bad name")][..], &good].concat(),
    );
    assert_eq!(bad["status"], 0);
    assert!(
        errors(&bad).contains("not a valid email account name"),
        "{bad}"
    );
    let weak = add_pop(&h, "mailer", &[("email", "info"), ("password", "abc")]);
    assert!(errors(&weak).contains("too weak"), "{weak}");
    let other = add_pop(
        &h,
        "mailer",
        &[&[("email", "info"), ("domain", "other.example")][..], &good].concat(),
    );
    assert!(errors(&other).contains("does not belong"), "{other}");
    let made = add_pop(&h, "mailer", &[&[("email", "Info")][..], &good].concat());
    assert_eq!(made["status"], 1, "{made}");
    assert_eq!(made["data"], "info+mailer.example");
    let again = add_pop(&h, "mailer", &[&[("email", "info")][..], &good].concat());
    assert!(errors(&again).contains("already exists"), "{again}");
    let st = p.state_json();
    assert_eq!(
        st["accounts"]["mailer"]["mailboxes"]["info@mailer.example"],
        250
    );
    assert_eq!(st["accounts"]["mailer"]["stats"]["emailaccounts"], 1);
    assert_eq!(
        result(&call(
            &h,
            "modifyacct",
            &[("user", "mailer"), ("MAXPOP", "1")]
        )),
        1
    );
    let full = add_pop(&h, "mailer", &[&[("email", "sales")][..], &good].concat());
    assert!(
        errors(&full).contains("cannot create more email accounts"),
        "{full}"
    );
    assert_eq!(
        p.state_json()["accounts"]["mailer"]["mailboxes"]
            .as_object()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_cpanel_session_opens_the_app_asked_for() {
    let (p, h) = sim();
    assert_eq!(result(&create(&h, "appuser", "appuser.example")), 1);
    let v = call(
        &h,
        "create_user_session",
        &[
            ("user", "appuser"),
            ("service", "cpaneld"),
            ("app", "Email_Accounts"),
        ],
    );
    let url = v["data"]["url"].as_str().unwrap();
    assert!(url.ends_with("&goto_app=Email_Accounts"), "{url}");
    assert_eq!(p.state_json()["sessions"][0]["app"], "Email_Accounts");
}
