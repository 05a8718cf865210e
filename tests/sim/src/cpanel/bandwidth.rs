//! showbw: bytes per account for one calendar month. Counters reset on the 1st: a month
//! other than the current one shows what that month ended with.

use serde_json::{json, Value};

use super::api::Params;
use super::auth::Caller;
use super::envelope::{fail, ok, Outcome};
use super::listing::matches;
use super::rules::Limit;
use super::state::{month_key, State};

pub fn showbw(st: &State, caller: &Caller, p: &Params) -> Outcome {
    let (cur_y, cur_m) = st.current_month;
    let month = match p.text("month") {
        m if m.is_empty() => cur_m,
        m => match m.parse::<u32>() {
            Ok(n) if (1..=12).contains(&n) => n,
            _ => return fail(format!("Invalid month: “{m}”. The month must be 1 to 12.")),
        },
    };
    let year = match p.text("year") {
        y if y.is_empty() => cur_y,
        y => match y.parse::<i64>() {
            Ok(n) if (1970..=9999).contains(&n) => n,
            _ => return fail(format!("Invalid year: “{y}”.")),
        },
    };
    let key = month_key((year, month));
    let search = p.text("search");
    let kind = p.text("searchtype");
    let method = if p.text("searchmethod") == "exact" {
        "exact"
    } else {
        "regex"
    };
    let mut total = 0u64;
    let list: Vec<Value> = st
        .accounts
        .iter()
        .filter(|(_, a)| caller.is_root() || a.owner == caller.user)
        .filter(|(u, a)| {
            search.is_empty()
                || matches(
                    match kind.as_str() {
                        "domain" => a.domain.as_str(),
                        "owner" => a.owner.as_str(),
                        _ => u.as_str(),
                    },
                    &search,
                    method,
                )
        })
        .map(|(u, a)| {
            let bytes = st.bytes_in(u, &key);
            total += bytes;
            let limit = match a.bwlimit_bytes {
                Limit::Unlimited => Value::from("unlimited"),
                Limit::N(b) => Value::from(b.to_string()),
            };
            json!({
                "user": u, "maindomain": a.domain, "owner": a.owner, "deleted": 0,
                "limit": limit, "totalbytes": bytes,
                "bwusage": [{"domain": a.domain, "usage": bytes}],
            })
        })
        .collect();
    ok(json!({
        "month": month, "year": year, "reseller": caller.user,
        "totalused": total, "acct": list,
    }))
}
