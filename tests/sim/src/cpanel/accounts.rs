//! The account functions: createacct, removeacct, suspendacct, unsuspendacct,
//! changepackage, modifyacct, limitbw, editquota, passwd, setsiteip.

use std::time::Duration;

use serde_json::{json, Value};

use super::api::Params;
use super::auth::Caller;
use super::clock;
use super::envelope::{fail, ok, Outcome};
use super::rules::{self, Limit, MB};
use super::state::{Account, State};
use super::CpanelPanel;

/// The account `user` as the caller may see it (resellers only their own).
pub fn visible<'a>(st: &'a State, caller: &Caller, user: &str) -> Result<&'a Account, String> {
    match st.accounts.get(user) {
        Some(a) if caller.is_root() || a.owner == caller.user => Ok(a),
        Some(_) => Err(format!(
            "Permission denied: you do not own the account “{user}”."
        )),
        None => Err(format!("The account “{user}” does not exist.")),
    }
}

fn visible_mut<'a>(
    st: &'a mut State,
    caller: &Caller,
    user: &str,
) -> Result<&'a mut Account, String> {
    visible(st, caller, user)?;
    st.accounts
        .get_mut(user)
        .ok_or_else(|| format!("The account “{user}” does not exist."))
}

struct NewAccount {
    user: String,
    domain: String,
    plan: String,
    password: String,
    email: String,
    dedicated_ip: bool,
    owner: String,
}

fn parse_create(p: &Params, caller: &Caller) -> Result<NewAccount, String> {
    let user = p.text("username").to_lowercase();
    if let Some(problem) = rules::username_problem(&user) {
        return Err(problem);
    }
    let raw_domain = p.text("domain").to_lowercase();
    let domain = raw_domain
        .strip_prefix("www.")
        .unwrap_or(&raw_domain)
        .to_string();
    if let Some(problem) = rules::domain_problem(&domain) {
        return Err(problem);
    }
    let plan = Some(p.text("plan"))
        .filter(|s| !s.is_empty())
        .or_else(|| Some(p.text("pkgname")).filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "default".into());
    let password = p.get("password").unwrap_or("").to_string();
    if let Some(problem) = rules::password_problem(&password) {
        return Err(problem);
    }
    let email = p.text("contactemail");
    if !email.is_empty() && !rules::email_ok(&email) {
        return Err(format!("“{email}” is not a valid contact email address."));
    }
    let owner = Some(p.text("owner"))
        .filter(|o| !o.is_empty() && caller.is_root())
        .unwrap_or_else(|| caller.user.clone());
    Ok(NewAccount {
        user,
        domain,
        plan,
        password,
        email,
        dedicated_ip: matches!(p.text("ip").as_str(), "y" | "1" | "yes"),
        owner,
    })
}

/// What stops `n` from being created on the server as it is now.
fn conflict(st: &State, n: &NewAccount) -> Option<String> {
    if st.accounts.contains_key(&n.user) || st.is_whm_user(&n.user) {
        return Some(format!(
            "An account with the username “{}” already exists.",
            n.user
        ));
    }
    if st.domain_owner(&n.domain).is_some() {
        return Some(format!(
            "The domain “{}” already exists on this server.",
            n.domain
        ));
    }
    let Some(pkg) = st.packages.get(&n.plan) else {
        return Some(format!("The package “{}” does not exist.", n.plan));
    };
    if (n.dedicated_ip || pkg.ip) && st.free_dedicated_ip().is_none() {
        return Some("No free dedicated IP address is available for the account.".into());
    }
    if !st.is_whm_user(&n.owner) {
        return Some(format!("The owner “{}” is not a WHM user.", n.owner));
    }
    None
}

pub fn createacct(panel: &CpanelPanel, caller: &Caller, p: &Params) -> Outcome {
    let n = match parse_create(p, caller) {
        Ok(n) => n,
        Err(e) => return fail(e),
    };
    let delay = {
        let st = panel.lock();
        if let Some(c) = conflict(&st, &n) {
            return fail(c);
        }
        st.createacct_delay_ms
    };
    // Real account creation runs for a while; the account exists only at the end.
    if delay > 0 {
        std::thread::sleep(Duration::from_millis(delay));
    }
    let mut st = panel.lock();
    if let Some(c) = conflict(&st, &n) {
        return fail(c);
    }
    let Some(pkg) = st.packages.get(&n.plan).cloned() else {
        return fail(format!("The package “{}” does not exist.", n.plan));
    };
    let dedicated = n.dedicated_ip || pkg.ip;
    let ip = if dedicated {
        st.free_dedicated_ip().unwrap_or_default()
    } else {
        st.shared_ip.clone()
    };
    let mut account = Account::new(&n.domain, &n.plan, &n.owner, &pkg, &ip);
    account.dedicated_ip = dedicated;
    account.email = n.email.clone();
    account.password = n.password.clone();
    let raw = format!(
        "Account Creation Ok\n+===================================+\n| New Account Info                  |\n\
         +===================================+\n| Domain: {}\n| Ip: {} ({})\n| UserName: {}\n| PassWord: {}\n\
         | Contact Email: {}\n| Package: {}\n+===================================+\n",
        n.domain,
        ip,
        if dedicated { "y" } else { "n" },
        n.user,
        n.password,
        n.email,
        n.plan
    );
    st.accounts.insert(n.user.clone(), account);
    Outcome::OkRaw(
        json!({
            "ip": ip,
            "nameserver": "ns1.sim.local", "nameserver2": "ns2.sim.local",
            "nameserver3": null, "nameserver4": null,
            "nameservera": null, "nameservera2": null, "nameservera3": null, "nameservera4": null,
            "nameserverentry": null, "nameserverentry2": null,
            "nameserverentry3": null, "nameserverentry4": null,
            "package": n.plan,
        }),
        raw,
    )
}

pub fn removeacct(st: &mut State, caller: &Caller, p: &Params) -> Outcome {
    // `username` is the documented name; peers still send the deprecated `user`.
    let user = Some(p.text("username"))
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| p.text("user"));
    if user.is_empty() {
        return fail("You must specify a username.");
    }
    if let Err(e) = visible(st, caller, &user) {
        return fail(e);
    }
    st.accounts.remove(&user);
    st.bandwidth.remove(&user);
    // A removed reseller's customers stay on the server, given to root.
    super::resellers::revoke(st, &user);
    Outcome::OkRaw(json!({}), format!("Account Removal Ok: {user}\n"))
}

pub fn suspendacct(st: &mut State, caller: &Caller, p: &Params) -> Outcome {
    let user = p.text("user");
    let reason = p.text("reason");
    match visible_mut(st, caller, &user) {
        Ok(a) => {
            a.suspended = true;
            a.suspendreason = if reason.is_empty() {
                "No reason given".into()
            } else {
                reason
            };
            a.suspendtime = clock::unix_secs();
            Outcome::OkRaw(json!({}), format!("Account {user} suspended\n"))
        }
        Err(e) => fail(e),
    }
}

pub fn unsuspendacct(st: &mut State, caller: &Caller, p: &Params) -> Outcome {
    let user = p.text("user");
    match visible_mut(st, caller, &user) {
        Ok(a) => {
            a.suspended = false;
            a.suspendreason.clear();
            a.suspendtime = 0;
            Outcome::OkRaw(json!({}), format!("Account {user} unsuspended\n"))
        }
        Err(e) => fail(e),
    }
}

pub fn changepackage(st: &mut State, caller: &Caller, p: &Params) -> Outcome {
    let user = p.text("user");
    let pkg_name = p.text("pkg");
    if let Err(e) = visible(st, caller, &user) {
        return fail(e);
    }
    let Some(pkg) = st.packages.get(&pkg_name).cloned() else {
        return fail(format!("The package “{pkg_name}” does not exist."));
    };
    match visible_mut(st, caller, &user) {
        Ok(a) => {
            a.apply_package(&pkg_name, &pkg);
            Outcome::OkRaw(
                json!({}),
                format!("Changing package of {user} to {pkg_name}\nAccount Upgrade Ok\n"),
            )
        }
        Err(e) => fail(e),
    }
}

/// modifyacct's uppercase limit keys: QUOTA in MiB, BWLIMIT in bytes, counts.
const MODIFY_KEYS: &[&str] = &[
    "QUOTA", "BWLIMIT", "MAXPOP", "MAXSQL", "MAXSUB", "MAXPARK", "MAXADDON", "MAXFTP",
];

pub fn modifyacct(st: &mut State, caller: &Caller, p: &Params) -> Outcome {
    let user = p.text("user");
    if let Err(e) = visible(st, caller, &user) {
        return fail(e);
    }
    // Every value is checked before anything changes.
    let mut changes = Vec::new();
    for key in MODIFY_KEYS {
        if let Some(raw) = p.get(key) {
            let sized = matches!(*key, "QUOTA" | "BWLIMIT");
            match Limit::parse(raw, sized) {
                Some(l) => changes.push((*key, l)),
                None => return fail(format!("Invalid value for {key}: “{raw}”.")),
            }
        }
    }
    let email = p.get("contactemail").map(|e| e.trim().to_string());
    if let Some(e) = &email {
        if !e.is_empty() && !rules::email_ok(e) {
            return fail(format!("“{e}” is not a valid contact email address."));
        }
    }
    let Ok(a) = visible_mut(st, caller, &user) else {
        return fail(format!("The account “{user}” does not exist."));
    };
    for (key, l) in changes {
        match key {
            "QUOTA" => a.quota_mb = l,
            "BWLIMIT" => a.bwlimit_bytes = l,
            "MAXPOP" => a.maxpop = l,
            "MAXSQL" => a.maxsql = l,
            "MAXSUB" => a.maxsub = l,
            "MAXPARK" => a.maxpark = l,
            "MAXADDON" => a.maxaddon = l,
            _ => a.maxftp = l,
        }
    }
    if let Some(e) = email {
        a.email = e;
    }
    let cpuser = json!({
        "USER": user, "DNS": a.domain, "PLAN": a.plan, "OWNER": a.owner,
        "CONTACTEMAIL": a.email, "IP": a.ip,
        "BWLIMIT": a.bwlimit_bytes.text(), "MAXPOP": a.maxpop.text(),
        "MAXSQL": a.maxsql.text(), "MAXSUB": a.maxsub.text(), "MAXPARK": a.maxpark.text(),
        "MAXADDON": a.maxaddon.text(), "MAXFTP": a.maxftp.text(),
    });
    ok(json!({"cpuser": cpuser, "domain": a.domain, "user": user}))
}

pub fn limitbw(st: &mut State, caller: &Caller, p: &Params) -> Outcome {
    let user = p.text("user");
    let raw = p.text("bwlimit");
    let Some(limit_mb) = Limit::parse(&raw, true) else {
        return fail(format!("Invalid bandwidth limit: “{raw}”."));
    };
    let key = st.month_key();
    let used = st.bytes_in(&user, &key);
    match visible_mut(st, caller, &user) {
        Ok(a) => {
            a.bwlimit_bytes = limit_mb.map(|mb| mb * MB);
            let (bytes, unlimited) = match a.bwlimit_bytes {
                Limit::Unlimited => (Value::from(0), 1),
                Limit::N(b) => (Value::from(b), 0),
            };
            ok(json!({"bwlimits": [{
                "bwlimit": bytes, "bwlimitenable": 1 - unlimited,
                "domains": [a.domain], "human_bwlimit": human(a.bwlimit_bytes),
                "human_bwused": human(Limit::N(used)), "unlimited": unlimited,
            }]}))
        }
        Err(e) => fail(e),
    }
}

pub fn editquota(st: &mut State, caller: &Caller, p: &Params) -> Outcome {
    let user = p.text("user");
    let raw = p.text("quota");
    let Some(limit) = Limit::parse(&raw, true) else {
        return fail(format!("Invalid quota: “{raw}”."));
    };
    match visible_mut(st, caller, &user) {
        Ok(a) => {
            a.quota_mb = limit;
            Outcome::OkRaw(json!({}), format!("Setting quota of {user}\n"))
        }
        Err(e) => fail(e),
    }
}

pub fn passwd(st: &mut State, caller: &Caller, p: &Params) -> Outcome {
    let user = p.text("user");
    let password = p.get("password").unwrap_or("").to_string();
    if let Err(e) = visible(st, caller, &user) {
        return fail(e);
    }
    if let Some(problem) = rules::password_problem(&password) {
        return fail(problem);
    }
    match visible_mut(st, caller, &user) {
        Ok(a) => {
            a.password = password;
            ok(json!({"app": ["system", "ftp", "mail", "mySQL"]}))
        }
        Err(e) => fail(e),
    }
}

pub fn setsiteip(st: &mut State, caller: &Caller, p: &Params) -> Outcome {
    let ip = p.text("ip");
    let user = match (p.text("user"), p.text("domain")) {
        (u, _) if !u.is_empty() => u,
        (_, d) => match st.domain_owner(&d) {
            Some(u) => u.to_string(),
            None => return fail(format!("The domain “{d}” does not exist.")),
        },
    };
    if let Err(e) = visible(st, caller, &user) {
        return fail(e);
    }
    let shared = ip == st.shared_ip;
    let usable = shared
        || (st.dedicated_ips.contains(&ip)
            && !st.accounts.iter().any(|(u, a)| a.ip == ip && *u != user));
    if !usable {
        return fail(format!("The IP address “{ip}” is not available."));
    }
    match visible_mut(st, caller, &user) {
        Ok(a) => {
            a.ip = ip;
            a.dedicated_ip = !shared;
            ok(json!({}))
        }
        Err(e) => fail(e),
    }
}

/// `1.5 GB` style, as WHM's human_* fields show sizes.
pub fn human(l: Limit) -> String {
    match l {
        Limit::Unlimited => "unlimited".into(),
        Limit::N(b) if b >= 1024 * MB => format!("{:.2} GB", b as f64 / (1024 * MB) as f64),
        Limit::N(b) => format!("{:.2} MB", b as f64 / MB as f64),
    }
}
