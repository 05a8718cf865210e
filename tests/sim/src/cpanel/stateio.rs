//! State JSON (control API `GET/POST /state`, `--state FILE`): dump and merge.

use serde_json::{json, Map, Value};

use super::rules::Limit;
use super::state::{month_key, parse_month, Account, Package, Reseller, Session, State, Token};

fn package_json(p: &Package) -> Value {
    json!({
        "QUOTA": p.quota_mb.text(), "BWLIMIT": p.bwlimit_mb.text(),
        "MAXPOP": p.maxpop.text(), "MAXSQL": p.maxsql.text(), "MAXSUB": p.maxsub.text(),
        "MAXPARK": p.maxpark.text(), "MAXADDON": p.maxaddon.text(), "MAXFTP": p.maxftp.text(),
        "FEATURELIST": p.featurelist, "IP": if p.ip { "y" } else { "n" },
        "HASSHELL": if p.hasshell { "y" } else { "n" },
    })
}

/// An account with explicit units in its key names, so tests read them unambiguously.
pub fn account_json(a: &Account) -> Value {
    json!({
        "domain": a.domain, "plan": a.plan, "owner": a.owner, "email": a.email, "ip": a.ip,
        "dedicated_ip": a.dedicated_ip, "suspended": a.suspended,
        "suspendreason": a.suspendreason, "password": a.password,
        "quota_mb": a.quota_mb.json(), "bwlimit_bytes": a.bwlimit_bytes.json(),
        "maxpop": a.maxpop.json(), "maxsql": a.maxsql.json(), "maxsub": a.maxsub.json(),
        "maxpark": a.maxpark.json(), "maxaddon": a.maxaddon.json(), "maxftp": a.maxftp.json(),
        "disk_used_mb": a.disk_used_mb, "startdate": a.startdate, "stats": a.stats,
        "mailboxes": a.mailboxes,
    })
}

pub fn to_json(st: &State) -> Value {
    let packages: Map<String, Value> = st
        .packages
        .iter()
        .map(|(n, p)| (n.clone(), package_json(p)))
        .collect();
    let accounts: Map<String, Value> = st
        .accounts
        .iter()
        .map(|(n, a)| (n.clone(), account_json(a)))
        .collect();
    json!({
        "version": st.version,
        "hostname": st.hostname,
        "root_password": st.root_password,
        "tokens": st.tokens,
        "packages": packages,
        "accounts": accounts,
        "shared_ip": st.shared_ip,
        "dedicated_ips": st.dedicated_ips,
        "current_month": month_key(st.current_month),
        "bandwidth": st.bandwidth,
        "createacct_delay_ms": st.createacct_delay_ms,
        "sessions": st.sessions,
        "resellers": st.resellers,
        "acl_lists": st.acl_lists,
    })
}

fn text(v: &Value, what: &str) -> Result<String, String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        _ => Err(format!("{what}: expected a string")),
    }
}

fn flag(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_i64().unwrap_or(0) != 0,
        Value::String(s) => matches!(s.to_lowercase().as_str(), "1" | "y" | "yes" | "true"),
        _ => false,
    }
}

fn limit(v: &Value, zero_is_unlimited: bool, what: &str) -> Result<Limit, String> {
    Limit::from_json(v, zero_is_unlimited)
        .ok_or_else(|| format!("{what}: expected a number or \"unlimited\""))
}

fn number(v: &Value, what: &str) -> Result<u64, String> {
    match v {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .ok_or_else(|| format!("{what}: expected a whole number"))
}

fn merge_package(p: &mut Package, fields: &Map<String, Value>, name: &str) -> Result<(), String> {
    for (k, v) in fields {
        let what = format!("packages.{name}.{k}");
        match k.as_str() {
            "QUOTA" => p.quota_mb = limit(v, true, &what)?,
            "BWLIMIT" => p.bwlimit_mb = limit(v, true, &what)?,
            "MAXPOP" => p.maxpop = limit(v, false, &what)?,
            "MAXSQL" => p.maxsql = limit(v, false, &what)?,
            "MAXSUB" => p.maxsub = limit(v, false, &what)?,
            "MAXPARK" => p.maxpark = limit(v, false, &what)?,
            "MAXADDON" => p.maxaddon = limit(v, false, &what)?,
            "MAXFTP" => p.maxftp = limit(v, false, &what)?,
            "FEATURELIST" => p.featurelist = text(v, &what)?,
            "IP" => p.ip = flag(v),
            "HASSHELL" => p.hasshell = flag(v),
            _ => return Err(format!("unknown package field {what}")),
        }
    }
    Ok(())
}

fn merge_account(a: &mut Account, fields: &Map<String, Value>, user: &str) -> Result<(), String> {
    for (k, v) in fields {
        let what = format!("accounts.{user}.{k}");
        match k.as_str() {
            "domain" => a.domain = text(v, &what)?.to_lowercase(),
            "plan" => a.plan = text(v, &what)?,
            "owner" => a.owner = text(v, &what)?,
            "email" => a.email = text(v, &what)?,
            "ip" => a.ip = text(v, &what)?,
            "dedicated_ip" => a.dedicated_ip = flag(v),
            "suspended" => a.suspended = flag(v),
            "suspendreason" => a.suspendreason = text(v, &what)?,
            "password" => a.password = text(v, &what)?,
            "quota_mb" => a.quota_mb = limit(v, true, &what)?,
            "bwlimit_bytes" => a.bwlimit_bytes = limit(v, true, &what)?,
            "maxpop" => a.maxpop = limit(v, false, &what)?,
            "maxsql" => a.maxsql = limit(v, false, &what)?,
            "maxsub" => a.maxsub = limit(v, false, &what)?,
            "maxpark" => a.maxpark = limit(v, false, &what)?,
            "maxaddon" => a.maxaddon = limit(v, false, &what)?,
            "maxftp" => a.maxftp = limit(v, false, &what)?,
            "disk_used_mb" => a.disk_used_mb = number(v, &what)?,
            "startdate" => a.startdate = number(v, &what)?,
            "mailboxes" => {
                a.mailboxes =
                    serde_json::from_value(v.clone()).map_err(|e| format!("{what}: {e}"))?
            }
            "stats" => {
                for (name, n) in object(v, &what)? {
                    a.stats
                        .insert(name.clone(), number(n, &format!("{what}.{name}"))?);
                }
            }
            _ => return Err(format!("unknown account field {what}")),
        }
    }
    Ok(())
}

fn object<'a>(v: &'a Value, what: &str) -> Result<&'a Map<String, Value>, String> {
    v.as_object()
        .ok_or_else(|| format!("{what}: expected an object"))
}

/// Merges a (partial) state document into `st`. The caller applies it to a copy, so an
/// error leaves the live state untouched.
pub fn merge(st: &mut State, doc: &Value) -> Result<(), String> {
    for (key, v) in object(doc, "state")? {
        match key.as_str() {
            "version" => st.version = text(v, key)?,
            "hostname" => st.hostname = text(v, key)?,
            "root_password" => st.root_password = text(v, key)?,
            "shared_ip" => st.shared_ip = text(v, key)?,
            "createacct_delay_ms" => st.createacct_delay_ms = number(v, key)?,
            "current_month" => {
                st.current_month =
                    parse_month(&text(v, key)?).ok_or("current_month: expected \"YYYY-MM\"")?
            }
            "tokens" => {
                st.tokens = serde_json::from_value::<Vec<Token>>(v.clone())
                    .map_err(|e| format!("tokens: {e}"))?
            }
            "sessions" => {
                st.sessions = serde_json::from_value::<Vec<Session>>(v.clone())
                    .map_err(|e| format!("sessions: {e}"))?
            }
            "dedicated_ips" => {
                st.dedicated_ips = serde_json::from_value::<Vec<String>>(v.clone())
                    .map_err(|e| format!("dedicated_ips: {e}"))?
            }
            "acl_lists" => {
                st.acl_lists =
                    serde_json::from_value(v.clone()).map_err(|e| format!("acl_lists: {e}"))?
            }
            "resellers" => {
                for (name, r) in object(v, key)? {
                    if r.is_null() {
                        st.resellers.remove(name);
                        continue;
                    }
                    let r: Reseller = serde_json::from_value(r.clone())
                        .map_err(|e| format!("resellers.{name}: {e}"))?;
                    st.resellers.insert(name.clone(), r);
                }
            }
            "packages" => {
                for (name, fields) in object(v, key)? {
                    if fields.is_null() {
                        st.packages.remove(name);
                        continue;
                    }
                    let p = st
                        .packages
                        .entry(name.clone())
                        .or_insert_with(Package::unlimited);
                    merge_package(p, object(fields, name)?, name)?;
                }
            }
            "accounts" => {
                for (user, fields) in object(v, key)? {
                    if fields.is_null() {
                        st.accounts.remove(user);
                        continue;
                    }
                    let fields = object(fields, user)?;
                    if !st.accounts.contains_key(user) {
                        let plan = fields
                            .get("plan")
                            .and_then(Value::as_str)
                            .unwrap_or("default")
                            .to_string();
                        let pkg = st
                            .packages
                            .get(&plan)
                            .cloned()
                            .unwrap_or_else(Package::unlimited);
                        let domain = format!("{user}.example");
                        let ip = st.shared_ip.clone();
                        st.accounts.insert(
                            user.clone(),
                            Account::new(&domain, &plan, "root", &pkg, &ip),
                        );
                    }
                    if let Some(a) = st.accounts.get_mut(user) {
                        merge_account(a, fields, user)?;
                    }
                }
            }
            "bandwidth" => {
                for (user, months) in object(v, key)? {
                    if months.is_null() {
                        st.bandwidth.remove(user);
                        continue;
                    }
                    let entry = st.bandwidth.entry(user.clone()).or_default();
                    for (month, bytes) in object(months, user)? {
                        let what = format!("bandwidth.{user}.{month}");
                        let m = parse_month(month).ok_or(format!("{what}: expected YYYY-MM"))?;
                        if bytes.is_null() {
                            entry.remove(&month_key(m));
                        } else {
                            entry.insert(month_key(m), number(bytes, &what)?);
                        }
                    }
                }
            }
            other => return Err(format!("unknown state key {other}")),
        }
    }
    Ok(())
}
