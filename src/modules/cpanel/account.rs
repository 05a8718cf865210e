//! A cPanel account as `listaccts` reports it, and finding one by username.
//!
//! Read tolerantly: a figure or state WHM does not report readably is `None`, and the function
//! that needs it says so by name. Assumption (WHM's documentation shows it, nothing promises
//! it): a listaccts answer always carries `acct`, an empty list when nothing matches.

use serde_json::Value as Json;

use crate::modules::shared::answer;

use super::api::{number, text, WhmApi};
use super::error::CpanelError;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PanelAccount {
    pub user: String,
    pub domain: String,
    pub plan: String,
    pub owner: String,
    pub email: String,
    pub ip: String,
    pub suspended: Option<bool>,
    pub suspend_reason: String,
    pub disk_used_mb: Option<u64>,
    /// 0 = unlimited.
    pub disk_limit_mb: Option<u64>,
    pub start_unix: u64,
    pub max_email: String,
    pub max_databases: String,
    pub max_addon: String,
    pub max_sub: String,
    pub max_parked: String,
}

impl PanelAccount {
    pub fn from_json(v: &Json) -> Self {
        PanelAccount {
            user: answer::string_or_empty(v, "user"),
            domain: text(v.get("domain")),
            plan: text(v.get("plan")),
            owner: text(v.get("owner")),
            email: text(v.get("email")),
            ip: text(v.get("ip")),
            suspended: answer::flag(v, "suspended"),
            suspend_reason: text(v.get("suspendreason")),
            disk_used_mb: answer::text(v, "diskused").and_then(|t| size_mb(&t)),
            disk_limit_mb: answer::text(v, "disklimit").and_then(|t| size_mb(&t)),
            start_unix: number(v.get("unix_startdate")).unwrap_or(0),
            max_email: text(v.get("maxpop")),
            max_databases: text(v.get("maxsql")),
            max_addon: text(v.get("maxaddons")),
            max_sub: text(v.get("maxsub")),
            max_parked: text(v.get("maxparked")),
        }
    }

    /// Every `acct` entry of a listaccts/accountsummary answer (an entry that is no object
    /// reads as an account with every field unknown).
    pub fn all_from(function: &str, data: &Json) -> Result<Vec<PanelAccount>, CpanelError> {
        data.get("acct")
            .and_then(Json::as_array)
            .map(|list| list.iter().map(PanelAccount::from_json).collect())
            .ok_or_else(|| CpanelError::BadAnswer {
                function: function.into(),
                detail: "no readable `acct` list".into(),
            })
    }
}

/// listaccts sizes: `14M`, `1.5G`, `512K`, `unlimited` (0), `none` (0); `None` for anything
/// else.
pub fn size_mb(raw: &str) -> Option<u64> {
    let t = raw.trim();
    if t.eq_ignore_ascii_case("unlimited") || t.eq_ignore_ascii_case("none") {
        return Some(0);
    }
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let n = t[..split].parse::<f64>().ok()?;
    let factor = match t[split..].trim().to_ascii_uppercase().as_str() {
        "G" | "GB" => 1024.0,
        "T" | "TB" => 1024.0 * 1024.0,
        "K" | "KB" => 1.0 / 1024.0,
        "M" | "MB" | "" => 1.0,
        _ => return None,
    };
    Some((n * factor).round().max(0.0) as u64)
}

/// Every account the WHM user may see (one listaccts, read as it streams in: one record at a
/// time, never the whole answer).
pub fn list_all(api: &WhmApi<'_>) -> Result<Vec<PanelAccount>, CpanelError> {
    let mut all = Vec::new();
    let found = api.call_list("listaccts", &[], "acct", |v| {
        all.push(PanelAccount::from_json(&v))
    })?;
    if !found {
        return Err(CpanelError::BadAnswer {
            function: "listaccts".into(),
            detail: "no readable `acct` list".into(),
        });
    }
    Ok(all)
}

/// The account `user`, or `None` when WHM has none (a listaccts with an exact search, so
/// "not found" never depends on the wording of an error).
pub fn probe(api: &WhmApi<'_>, user: &str) -> Result<Option<PanelAccount>, CpanelError> {
    let data = api.call(
        "listaccts",
        &[
            ("search", user.to_string()),
            ("searchtype", "user".into()),
            ("searchmethod", "exact".into()),
        ],
    )?;
    let all = PanelAccount::all_from("listaccts", &data)?;
    let nameless = all.iter().filter(|a| a.user.is_empty()).count();
    match all.into_iter().find(|a| a.user.eq_ignore_ascii_case(user)) {
        Some(a) => Ok(Some(a)),
        // The search matched something the module cannot name: it may be this account, so
        // "no such account" would be a guess.
        None if nameless > 0 => Err(CpanelError::BadAnswer {
            function: "listaccts".into(),
            detail: format!(
                "the search for `{user}` found {nameless} entries without a readable `user`"
            ),
        }),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_listaccts_entries() {
        let v = serde_json::json!({"acct": [{"user": "shop", "domain": "shop.example",
            "suspended": 1, "diskused": "14M", "disklimit": "unlimited", "unix_startdate": 5}]});
        let a = &PanelAccount::all_from("listaccts", &v).unwrap()[0];
        assert_eq!(a.suspended, Some(true));
        assert_eq!(
            (a.disk_used_mb, a.disk_limit_mb, a.start_unix),
            (Some(14), Some(0), 5)
        );
        assert_eq!(size_mb("1.5G"), Some(1536));
        assert_eq!(size_mb("2048M"), Some(2048));
        assert_eq!(size_mb("2048"), Some(2048));
        assert_eq!(size_mb("none"), Some(0));
        assert_eq!(size_mb("n/a"), None);
        assert_eq!(size_mb("12Q"), None);
        let odd = serde_json::json!({"acct": [null, {"user": 7, "suspended": "maybe"}]});
        let all = PanelAccount::all_from("listaccts", &odd).unwrap();
        assert_eq!((all[0].user.as_str(), all[1].user.as_str()), ("", ""));
        assert_eq!(all[1].suspended, None);
        let e = PanelAccount::all_from("listaccts", &serde_json::json!({})).unwrap_err();
        assert!(e.to_string().contains("no readable `acct` list"), "{e}");
    }
}
