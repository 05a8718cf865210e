//! Read-only functions: listpkgs, listaccts, accountsummary, verify_new_username.

use serde_json::{json, Value};

use super::accounts::visible;
use super::api::Params;
use super::auth::Caller;
use super::clock;
use super::envelope::{fail, ok, Outcome};
use super::rules;
use super::state::{Account, State};

pub fn listpkgs(st: &State, _p: &Params) -> Outcome {
    let pkgs: Vec<Value> = st
        .packages
        .iter()
        .map(|(name, p)| {
            json!({
                "name": name, "QUOTA": p.quota_mb.text(), "BWLIMIT": p.bwlimit_mb.text(),
                "MAXPOP": p.maxpop.text(), "MAXSQL": p.maxsql.text(), "MAXSUB": p.maxsub.text(),
                "MAXPARK": p.maxpark.text(), "MAXADDON": p.maxaddon.text(),
                "MAXFTP": p.maxftp.text(), "FEATURELIST": p.featurelist,
                "IP": if p.ip { "y" } else { "n" }, "CGI": "y",
                "HASSHELL": if p.hasshell { "y" } else { "n" }, "LANG": "en",
                "CPMOD": "jupiter",
            })
        })
        .collect();
    ok(json!({ "pkg": pkgs }))
}

/// One `acct` entry of listaccts/accountsummary.
pub fn acct_json(user: &str, a: &Account) -> Value {
    let disklimit = match a.quota_mb {
        rules::Limit::Unlimited => "unlimited".to_string(),
        rules::Limit::N(n) => format!("{n}M"),
    };
    json!({
        "user": user, "domain": a.domain, "plan": a.plan, "owner": a.owner, "email": a.email,
        "ip": a.ip, "ipv6": [],
        "suspended": u8::from(a.suspended),
        "suspendreason": if a.suspended { a.suspendreason.clone() } else { "not suspended".into() },
        "suspendtime": if a.suspended { Value::from(a.suspendtime) } else { Value::Null },
        "diskused": format!("{}M", a.disk_used_mb), "disklimit": disklimit,
        "startdate": clock::startdate(a.startdate), "unix_startdate": a.startdate,
        "maxpop": a.maxpop.text(), "maxsql": a.maxsql.text(), "maxsub": a.maxsub.text(),
        "maxparked": a.maxpark.text(), "maxaddons": a.maxaddon.text(), "maxftp": a.maxftp.text(),
        "partition": "home", "theme": "jupiter", "shell": "/usr/local/cpanel/bin/noshell",
        "is_locked": 0, "outgoing_mail_hold": 0, "backup": 0,
    })
}

/// `searchmethod=exact` compares whole values; `regex` (the default) understands `^`/`$`
/// anchors and otherwise matches a substring — enough for the searches billing systems send.
pub fn matches(value: &str, search: &str, method: &str) -> bool {
    let v = value.to_lowercase();
    let s = search.to_lowercase();
    if method == "exact" {
        return v == s;
    }
    match (s.strip_prefix('^'), s.ends_with('$')) {
        (Some(rest), true) => v == rest.trim_end_matches('$'),
        (Some(rest), false) => v.starts_with(rest),
        (None, true) => v.ends_with(s.trim_end_matches('$')),
        (None, false) => v.contains(&s),
    }
}

/// Accounts the caller may see that match `search`/`searchtype`.
pub fn search<'a>(st: &'a State, caller: &Caller, p: &Params) -> Vec<(&'a String, &'a Account)> {
    let search = p.text("search");
    let method = match p.text("searchmethod").as_str() {
        "exact" => "exact",
        _ => "regex",
    };
    let kind = p.text("searchtype");
    st.accounts
        .iter()
        .filter(|(_, a)| caller.is_root() || a.owner == caller.user)
        .filter(|(u, a)| {
            if search.is_empty() {
                return true;
            }
            let field = match kind.as_str() {
                "domain" => a.domain.as_str(),
                "owner" => a.owner.as_str(),
                "ip" => a.ip.as_str(),
                "package" => a.plan.as_str(),
                _ => u.as_str(),
            };
            matches(field, &search, method)
        })
        .collect()
}

pub fn listaccts(st: &State, caller: &Caller, p: &Params) -> Outcome {
    let list: Vec<Value> = search(st, caller, p)
        .into_iter()
        .map(|(u, a)| acct_json(u, a))
        .collect();
    ok(json!({ "acct": list }))
}

pub fn accountsummary(st: &State, caller: &Caller, p: &Params) -> Outcome {
    let user = match (p.text("user"), p.text("domain")) {
        (u, _) if !u.is_empty() => u,
        (_, d) if !d.is_empty() => match st.domain_owner(&d) {
            Some(u) => u.to_string(),
            None => return fail(format!("The domain “{d}” does not exist.")),
        },
        _ => return fail("You must specify a user or a domain."),
    };
    match visible(st, caller, &user) {
        Ok(a) => ok(json!({ "acct": [acct_json(&user, a)] })),
        Err(e) => fail(e),
    }
}

pub fn verify_new_username(st: &State, p: &Params) -> Outcome {
    let user = p.text("user").to_lowercase();
    if let Some(problem) = rules::username_problem(&user) {
        return fail(problem);
    }
    if st.accounts.contains_key(&user) || st.is_whm_user(&user) {
        return fail(format!("The username “{user}” already exists."));
    }
    ok(json!({}))
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn search_methods() {
        assert!(matches("alice", "alice", "exact"));
        assert!(!matches("alice2", "alice", "exact"));
        assert!(matches("alice2", "alice", "regex"));
        assert!(matches("alice", "^alice$", "regex"));
        assert!(!matches("alice2", "^alice$", "regex"));
    }
}
