//! The reseller functions (root only): setupreseller, unsetupreseller, setacls, listacls,
//! setresellerlimits, setresellernameservers, suspendreseller, unsuspendreseller,
//! terminatereseller, listresellers, acctcounts; and listips.
//!
//! cPanel's semantics as its API documentation describes them: a reseller owns the accounts
//! whose owner is its name; suspending it suspends them too unless `reseller-only=1`;
//! terminating it removes every account it owns. Where the documentation is silent, an
//! assumption (also in the module's docs): accounts of a reseller whose status is revoked
//! (`unsetupreseller`, or its own account removed) are given to root.

use serde_json::{json, Value};

use super::api::Params;
use super::clock;
use super::envelope::{fail, ok, Outcome};
use super::state::{Reseller, State};

fn need_account(st: &State, user: &str) -> Result<(), String> {
    if user.is_empty() {
        return Err("You must specify a user.".into());
    }
    if !st.accounts.contains_key(user) {
        return Err(format!("The account “{user}” does not exist."));
    }
    Ok(())
}

fn need_reseller<'a>(st: &'a mut State, user: &str) -> Result<&'a mut Reseller, String> {
    st.resellers
        .get_mut(user)
        .ok_or_else(|| format!("“{user}” is not a reseller."))
}

fn flag(p: &Params, name: &str) -> bool {
    matches!(p.text(name).as_str(), "1" | "y" | "yes" | "true")
}

/// Revokes reseller status: its customers' accounts are given to root.
pub fn revoke(st: &mut State, user: &str) {
    st.resellers.remove(user);
    for u in st.owned_by(user) {
        if let Some(a) = st.accounts.get_mut(&u) {
            a.owner = "root".into();
        }
    }
}

pub fn setupreseller(st: &mut State, p: &Params) -> Outcome {
    let user = p.text("user");
    if let Err(e) = need_account(st, &user) {
        return fail(e);
    }
    // Idempotent: an account that is a reseller already stays one, privileges kept.
    st.resellers.entry(user.clone()).or_default();
    if flag(p, "makeowner") {
        if let Some(a) = st.accounts.get_mut(&user) {
            a.owner = user.clone();
        }
    }
    ok(json!({}))
}

pub fn unsetupreseller(st: &mut State, p: &Params) -> Outcome {
    let user = p.text("user");
    if !st.resellers.contains_key(&user) {
        return fail(format!("“{user}” is not a reseller."));
    }
    revoke(st, &user);
    ok(json!({}))
}

/// `acllist=NAME` applies a saved list; otherwise every `acl-*` parameter given is granted
/// and every other one removed.
pub fn setacls(st: &mut State, p: &Params) -> Outcome {
    let user = p.text("reseller");
    let list = p.text("acllist");
    let (acls, acllist) = if list.is_empty() {
        let mut acls: Vec<String> = p
            .all()
            .iter()
            .filter_map(|(k, v)| {
                let name = k.strip_prefix("acl-")?;
                (!v.trim().is_empty() && v.trim() != "0").then(|| name.to_string())
            })
            .collect();
        acls.sort();
        acls.dedup();
        (acls, String::new())
    } else {
        match st.acl_lists.get(&list) {
            Some(a) => (a.clone(), list),
            None => return fail(format!("The ACL list “{list}” does not exist.")),
        }
    };
    match need_reseller(st, &user) {
        Ok(r) => {
            r.acls = acls;
            r.acllist = acllist;
            ok(json!({}))
        }
        Err(e) => fail(e),
    }
}

pub fn listacls(st: &State) -> Outcome {
    let lists: Vec<Value> = st
        .acl_lists
        .iter()
        .map(|(name, acls)| {
            let privs: serde_json::Map<String, Value> =
                acls.iter().map(|a| (a.clone(), Value::from(1))).collect();
            json!({"name": name, "privileges": privs})
        })
        .collect();
    ok(json!({ "acl": lists }))
}

fn limit(p: &Params, name: &str) -> Result<Option<u64>, String> {
    let raw = p.text(name);
    if raw.is_empty() {
        return Ok(None);
    }
    raw.parse::<u64>()
        .map(Some)
        .map_err(|_| format!("Invalid value for {name}: “{raw}”."))
}

pub fn setresellerlimits(st: &mut State, p: &Params) -> Outcome {
    let user = p.text("user");
    let parsed = (|| -> Result<_, String> {
        Ok((
            limit(p, "account_limit")?,
            limit(p, "diskspace_limit")?,
            limit(p, "bandwidth_limit")?,
        ))
    })();
    let (accounts, disk, bw) = match parsed {
        Ok(v) => v,
        Err(e) => return fail(e),
    };
    let account_flag = p
        .get("enable_account_limit")
        .map(|_| flag(p, "enable_account_limit"));
    let resource_flag = p
        .get("enable_resource_limits")
        .map(|_| flag(p, "enable_resource_limits"));
    let oversell = p
        .get("enable_overselling")
        .map(|_| flag(p, "enable_overselling"));
    let oversell_disk = p
        .get("enable_overselling_diskspace")
        .map(|_| flag(p, "enable_overselling_diskspace"));
    let oversell_bw = p
        .get("enable_overselling_bandwidth")
        .map(|_| flag(p, "enable_overselling_bandwidth"));
    match need_reseller(st, &user) {
        Ok(r) => {
            match account_flag {
                Some(true) => r.account_limit = accounts.or(r.account_limit),
                Some(false) => r.account_limit = None,
                None => {}
            }
            match resource_flag {
                Some(true) => {
                    r.disk_limit_mb = disk.or(r.disk_limit_mb);
                    r.bandwidth_limit_mb = bw.or(r.bandwidth_limit_mb);
                }
                Some(false) => {
                    r.disk_limit_mb = None;
                    r.bandwidth_limit_mb = None;
                }
                None => {}
            }
            if oversell == Some(false) {
                r.overselling_disk = false;
                r.overselling_bandwidth = false;
            }
            if oversell == Some(true) {
                r.overselling_disk = oversell_disk.unwrap_or(true);
                r.overselling_bandwidth = oversell_bw.unwrap_or(true);
            }
            ok(json!({}))
        }
        Err(e) => fail(e),
    }
}

pub fn setresellernameservers(st: &mut State, p: &Params) -> Outcome {
    let user = p.text("user");
    let ns: Vec<String> = p
        .text("nameservers")
        .split(',')
        .map(|n| n.trim().to_lowercase())
        .filter(|n| !n.is_empty())
        .collect();
    if let Some(bad) = ns
        .iter()
        .find(|n| !n.contains('.') || n.contains(char::is_whitespace))
    {
        return fail(format!("“{bad}” is not a valid nameserver."));
    }
    match need_reseller(st, &user) {
        Ok(r) => {
            r.nameservers = ns;
            ok(json!({}))
        }
        Err(e) => fail(e),
    }
}

fn set_suspended(st: &mut State, users: &[String], on: bool, reason: &str) {
    for u in users {
        if let Some(a) = st.accounts.get_mut(u) {
            a.suspended = on;
            a.suspendreason = if on {
                reason.to_string()
            } else {
                String::new()
            };
            a.suspendtime = if on { clock::unix_secs() } else { 0 };
        }
    }
}

/// The reseller's own account, then (unless `reseller-only=1`) every account it owns.
fn affected(st: &State, user: &str, p: &Params) -> Vec<String> {
    let mut users = vec![user.to_string()];
    if !flag(p, "reseller-only") {
        users.extend(st.owned_by(user));
    }
    users
}

pub fn suspendreseller(st: &mut State, p: &Params) -> Outcome {
    let user = p.text("user");
    if !st.resellers.contains_key(&user) {
        return fail(format!("“{user}” is not a reseller."));
    }
    let reason = Some(p.text("reason"))
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| "No reason given".into());
    let users = affected(st, &user, p);
    set_suspended(st, &users, true, &reason);
    Outcome::OkRaw(json!({}), format!("Suspended {}\n", users.join(", ")))
}

pub fn unsuspendreseller(st: &mut State, p: &Params) -> Outcome {
    let user = p.text("user");
    if !st.resellers.contains_key(&user) {
        return fail(format!("“{user}” is not a reseller."));
    }
    let users = affected(st, &user, p);
    set_suspended(st, &users, false, "");
    ok(json!({}))
}

/// Irreversible: the reseller's account and every account it owns. WHM asks for the
/// confirmation `terminatereseller=1`.
pub fn terminatereseller(st: &mut State, p: &Params) -> Outcome {
    let user = p.text("user");
    if !flag(p, "terminatereseller") {
        return fail("You must confirm the termination (terminatereseller=1).");
    }
    if !st.resellers.contains_key(&user) {
        return fail(format!("“{user}” is not a reseller."));
    }
    let mut gone = st.owned_by(&user);
    gone.push(user.clone());
    for u in &gone {
        st.accounts.remove(u);
        st.bandwidth.remove(u);
    }
    st.resellers.remove(&user);
    Outcome::OkRaw(json!({}), format!("Terminated {}\n", gone.join(", ")))
}

pub fn listresellers(st: &State) -> Outcome {
    let names: Vec<&String> = st.resellers.keys().collect();
    ok(json!({ "reseller": names }))
}

pub fn acctcounts(st: &State, p: &Params) -> Outcome {
    let user = p.text("user");
    let Some(r) = st.resellers.get(&user) else {
        return fail(format!("“{user}” is not a reseller."));
    };
    let owned: Vec<_> = st.accounts.values().filter(|a| a.owner == user).collect();
    ok(json!({"reseller": {
        "account": owned.len(),
        "suspended": owned.iter().filter(|a| a.suspended).count(),
        "limit": r.account_limit.map_or(Value::Null, Value::from),
        "user": user,
    }}))
}

/// Every address: the shared main one and the dedicated ones; `used` when an account is on it.
pub fn listips(st: &State) -> Outcome {
    let mut ips = vec![json!({
        "ip": st.shared_ip, "mainaddr": 1, "used": 1, "dedicated": 0, "removable": 0,
        "active": 1, "if": "eth0", "netmask": "255.255.255.0",
    })];
    for ip in &st.dedicated_ips {
        let used = st.accounts.values().any(|a| &a.ip == ip);
        ips.push(json!({
            "ip": ip, "mainaddr": 0, "used": u8::from(used), "dedicated": u8::from(used),
            "removable": 1, "active": 1, "if": "eth0:1", "netmask": "255.255.255.0",
        }));
    }
    ok(json!({ "ip": ips }))
}
