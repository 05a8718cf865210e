//! The contract, request by request, against the handler (no sockets).

use std::net::SocketAddr;

use serde_json::{json, Value};

use super::*;
use crate::http::Request;

fn call(p: &StoregridPanel, action: &str, body: Value) -> (u16, Value) {
    call_as(p, action, body, DEFAULT_ADMIN, DEFAULT_ADMIN_PASSWORD)
}

fn call_as(p: &StoregridPanel, action: &str, body: Value, user: &str, pw: &str) -> (u16, Value) {
    let peer: SocketAddr = "127.0.0.1:1".parse().unwrap();
    let mut req = Request::new("POST", &format!("/sgapi/v1/{action}"), peer);
    req.body = body.to_string().into_bytes();
    req.headers
        .push(("content-type".into(), "application/json".into()));
    let token = {
        // Tiny encoder for the test only.
        let raw = format!("{user}:{pw}");
        let table = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for c in raw.as_bytes().chunks(3) {
            let n = (u32::from(c[0]) << 16)
                | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
                | u32::from(*c.get(2).unwrap_or(&0));
            for i in 0..4 {
                out.push(if i <= c.len() {
                    table[(n >> (18 - 6 * i) & 63) as usize] as char
                } else {
                    '='
                });
            }
        }
        out
    };
    req.headers
        .push(("authorization".into(), format!("Basic {token}")));
    let r = p.handle(&req);
    (
        r.status,
        serde_json::from_slice(&r.body).unwrap_or(Value::Null),
    )
}

fn reseller(p: &StoregridPanel, name: &str) {
    let (s, v) = call(
        p,
        "SignupReseller",
        json!({"name": name, "password": "Passw0rd!", "email": "r@example.com"}),
    );
    assert_eq!(s, 200, "{v}");
}

fn customer_body(name: &str) -> Value {
    json!({
        "name": name, "password": "Passw0rd!", "email": "c@example.com", "reseller": "acme",
        "first_name": "Ada", "last_name": "Lovelace", "company": "", "phone": "",
        "active": true, "auto_authorize": true, "storage_allotted": 1073741824u64,
        "storage_location": "", "mcal": {"auto": false, "allotted": 5},
        "bandwidth_throttling": {"mode": "custom", "enabled": true, "schedule": "timed",
                                 "from": "0130", "till": "1740", "rate": 2048},
        "consolidated_report": {"enabled": true, "emails": ["ops@example.com"]},
        "send_mail": true, "external_ref": "whmcs-service-1"
    })
}

#[test]
fn customer_signup_keeps_every_setting_and_issues_a_pass_key() {
    let p = StoregridPanel::new();
    reseller(&p, "acme");
    let (s, v) = call(&p, "SignupCustomer", customer_body("ada"));
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["status"], "success");
    let a = &v["data"]["account"];
    assert_eq!(a["type"], "customer");
    assert_eq!(a["reseller"], "acme");
    assert_eq!(a["mcal"]["allotted"], 5);
    assert_eq!(a["bandwidth_throttling"]["till"], "1740");
    assert_eq!(a["storage_location"], "/sgbackup/acme/ada");
    assert!(a.get("password").is_none() && a.get("pass_key").is_none());
    let (_, k) = call(&p, "GetPassKey", json!({"name": "ADA"}));
    assert_eq!(k["data"]["pass_key"].as_str().unwrap().len(), 19);
    assert_eq!(p.mails().len(), 1);
    let (s, v) = call(&p, "SignupCustomer", customer_body("Ada"));
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (409, Some("ACCOUNT_EXISTS"))
    );
}

#[test]
fn refusals_carry_code_status_and_field() {
    let p = StoregridPanel::new();
    let (s, v) = call(&p, "SignupCustomer", customer_body("ada"));
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (422, Some("RESELLER_NOT_FOUND"))
    );
    reseller(&p, "acme");
    let mut b = customer_body("ada");
    b["bandwidth_throttling"]["from"] = json!("2460");
    let (s, v) = call(&p, "SignupCustomer", b);
    assert_eq!(s, 422);
    assert_eq!(v["error"]["field"], "bandwidth_throttling.from");
    let mut b = customer_body("ada");
    b["storage_alloted"] = json!(1);
    let (_, v) = call(&p, "SignupCustomer", b);
    assert_eq!(v["error"]["field"], "storage_alloted");
    let (s, v) = call(
        &p,
        "SignupReseller",
        json!({"name": "r2", "password": "Passw0rd!", "email": "r@example.com",
               "consolidated_report": {"enabled": false}}),
    );
    assert_eq!(
        (s, v["error"]["field"].as_str()),
        (422, Some("consolidated_report"))
    );
    let mut b = customer_body("ada");
    b["mcal"] = json!({"auto": false, "allotted": 5000});
    let (s, v) = call(&p, "SignupCustomer", b);
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (409, Some("MCAL_EXHAUSTED"))
    );
    let (s, v) = call_as(&p, "ServerInfo", json!({}), "admin", "wrong");
    assert_eq!((s, v["error"]["code"].as_str()), (401, Some("AUTH_FAILED")));
    let (s, _) = call(&p, "Nope", json!({}));
    assert_eq!(s, 404);
}

#[test]
fn viewers_may_only_look_at_the_server() {
    let p = StoregridPanel::new();
    p.add_user("watcher", "Watcher123", "viewer");
    let (s, v) = call_as(&p, "ServerInfo", json!({}), "watcher", "Watcher123");
    assert_eq!(
        (s, v["data"]["user"]["role"].as_str()),
        (200, Some("viewer"))
    );
    let (s, v) = call_as(&p, "ListAccounts", json!({}), "watcher", "Watcher123");
    assert_eq!((s, v["error"]["code"].as_str()), (403, Some("FORBIDDEN")));
}

#[test]
fn status_update_password_and_delete() {
    let p = StoregridPanel::new();
    reseller(&p, "acme");
    call(&p, "SignupCustomer", customer_body("ada"));
    let (_, v) = call(
        &p,
        "SetAccountStatus",
        json!({"name": "ada", "active": false}),
    );
    assert_eq!(v["data"]["changed"], true);
    let (_, v) = call(
        &p,
        "SetAccountStatus",
        json!({"name": "ada", "active": false}),
    );
    assert_eq!(v["data"]["changed"], false);
    let (s, _) = call(
        &p,
        "SetAccountStatus",
        json!({"name": "nobody", "active": false}),
    );
    assert_eq!(s, 404);
    let (s, v) = call(
        &p,
        "UpdateAccount",
        json!({"name": "ada", "storage_allotted": 5, "mcal": {"auto": true},
               "bandwidth_throttling": {"mode": "global"}}),
    );
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["data"]["account"]["storage_allotted"], 5);
    assert_eq!(v["data"]["account"]["mcal"]["auto"], true);
    let (s, _) = call(
        &p,
        "ChangePassword",
        json!({"name": "ada", "password": "short"}),
    );
    assert_eq!(s, 422);
    let (s, _) = call(
        &p,
        "ChangePassword",
        json!({"name": "ada", "password": "N3wPassword"}),
    );
    assert_eq!(s, 200);
    assert_eq!(p.account("ada").unwrap().password, "N3wPassword");
    let (_, v) = call(&p, "GetPassKey", json!({"name": "acme"}));
    assert_eq!(v["error"]["code"], "NOT_A_CUSTOMER");
    let (_, v) = call(&p, "DeleteAccount", json!({"name": "acme"}));
    assert_eq!(v["error"]["code"], "HAS_CUSTOMERS");
    p.set_storage_used("ada", 10);
    let (_, v) = call(&p, "DeleteAccount", json!({"name": "ada"}));
    assert_eq!(v["error"]["code"], "ACCOUNT_NOT_EMPTY");
    p.set_storage_used("ada", 0);
    let (s, _) = call(&p, "DeleteAccount", json!({"name": "ada"}));
    assert_eq!(s, 200);
    let (_, v) = call(&p, "ListAccounts", json!({"type": "customer"}));
    assert_eq!(v["data"]["accounts"], json!([]));
}
