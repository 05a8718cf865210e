//! version and myprivs: what a connection test asks.

use serde_json::{json, Map, Value};

use super::auth::Caller;
use super::envelope::{ok, Outcome};
use super::state::State;

/// The privileges myprivs reports (the ones this simulator's functions use, and `all`).
pub const ACLS: &[&str] = &[
    "acct-summary",
    "create-acct",
    "create-user-session",
    "edit-account",
    "kill-acct",
    "limit-bandwidth",
    "list-accts",
    "list-pkgs",
    "passwd",
    "quota",
    "show-bandwidth",
    "suspend-acct",
    "upgrade-account",
];

pub fn version(st: &State) -> Outcome {
    ok(json!({ "version": st.version }))
}

pub fn myprivs(caller: &Caller) -> Outcome {
    let mut privs = Map::new();
    privs.insert("all".into(), Value::from(u8::from(caller.acls.is_none())));
    for acl in ACLS {
        privs.insert((*acl).into(), Value::from(u8::from(caller.may(acl))));
    }
    ok(json!({ "privileges": [Value::Object(privs)] }))
}
