//! `batch` (several WHM API 1 calls in one request) and `uapi_cpanel` with UAPI
//! `StatsBar::get_stats`, what a billing system uses to count an account's e-mail accounts,
//! domains and databases — for every account of a server in one request.

use serde_json::{json, Value};

use super::accounts::visible;
use super::api::Params;
use super::auth::Caller;
use super::envelope::{fail, ok, Outcome};
use super::state::State;

/// The StatsBar items the simulator counts (`Account::stats` keys).
pub const COUNTED: &[&str] = &[
    "emailaccounts",
    "addondomains",
    "parkeddomains",
    "subdomains",
    "mysqldatabases",
];

/// `uapi_cpanel` as the account `cpanel.user`: `StatsBar::get_stats` and `Email::add_pop`
/// (mail.rs) are simulated. The UAPI answer sits under `data.uapi` (`status`, `data`, `errors`).
pub fn uapi_cpanel(st: &mut State, caller: &Caller, p: &Params) -> Outcome {
    let user = p.text("cpanel.user");
    let (module, function) = (p.text("cpanel.module"), p.text("cpanel.function"));
    if let Err(e) = visible(st, caller, &user) {
        return fail(e);
    }
    if module == "Email" && function == "add_pop" {
        return ok(super::mail::add_pop(st, &user, p));
    }
    if module != "StatsBar" || function != "get_stats" {
        return ok(json!({"uapi": {"status": 0, "data": null,
            "errors": [format!("Failed to load module “{module}” function “{function}”.")]}}));
    }
    let Some(a) = st.accounts.get(&user) else {
        return fail(format!("The account “{user}” does not exist."));
    };
    let wanted: Vec<String> = p
        .text("display")
        .split('|')
        .map(str::to_string)
        .filter(|d| !d.is_empty())
        .collect();
    let items: Vec<Value> = COUNTED
        .iter()
        .filter(|id| wanted.is_empty() || wanted.iter().any(|w| w == *id))
        .map(|id| {
            let n = a.stats.get(*id).copied().unwrap_or(0);
            json!({"id": id, "name": id, "_count": n, "count": n.to_string(),
                   "max": "∞", "_max": "unlimited", "units": null, "percent": 0})
        })
        .collect();
    ok(json!({"uapi": {"status": 1, "data": items, "errors": null,
        "messages": null, "warnings": null, "metadata": {}}}))
}

/// `batch`: each `command` field is `FUNCTION?k=v&…` (URL-encoded); the answers come in
/// `data.result`, in order, each a whole WHM API 1 answer. One failing command fails only
/// its own entry.
pub fn batch(p: &Params, mut run: impl FnMut(&str, &Params) -> Outcome) -> Outcome {
    let commands: Vec<&String> = p
        .all()
        .iter()
        .filter(|(k, _)| k == "command")
        .map(|(_, v)| v)
        .collect();
    if commands.is_empty() {
        return fail("You must specify at least one command.");
    }
    let mut results = Vec::new();
    for c in commands {
        let (function, query) = c.split_once('?').unwrap_or((c.as_str(), ""));
        let inner = Params::from_pairs(
            form_urlencoded::parse(query.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        );
        let (result, reason, data) = match run(function, &inner) {
            Outcome::Ok(d) | Outcome::OkRaw(d, _) => (1, "OK".to_string(), d),
            Outcome::Fail(r) => (0, r, Value::Null),
        };
        results.push(json!({
            "metadata": {"command": function, "result": result, "reason": reason, "version": 1},
            "data": data,
        }));
    }
    ok(json!({ "result": results }))
}
