//! A cPanel account as `listaccts` reports it, and finding one by username.
//!
//! Read tolerantly: a figure or state WHM does not report readably is `None`, and the function
//! that needs it says so by name. Assumption (WHM's documentation shows it, nothing promises
//! it): a listaccts answer always carries `acct`, an empty list when nothing matches.

use serde_json::Value as Json;

use crate::modules::shared::answer;
use crate::modules::shared::number::{self, Reading, Rule};

use super::api::{text, WhmApi};
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
    pub disk_used_mb: Reading,
    /// `unlimited` (or `none`) reads as [`Reading::Unlimited`].
    pub disk_limit_mb: Reading,
    pub start_unix: Option<u64>,
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
            disk_used_mb: size_mb(v.get("diskused")),
            disk_limit_mb: size_mb(v.get("disklimit")),
            start_unix: number::whole(v.get("unix_startdate")),
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

/// listaccts sizes: `14M`, `1.5G`, `512K`, a number of MB, `unlimited`; `none` is 0 (as WHM
/// writes an unused figure). A fraction of a MB rounds to the nearest; a negative is refused.
const SIZE: Rule = Rule::SIZE.unlimited_as(&["unlimited"]).zero_as(&["none"]);
const UNITS: &[(&str, f64)] = &[
    ("K", 1.0 / 1024.0),
    ("KB", 1.0 / 1024.0),
    ("M", 1.0),
    ("MB", 1.0),
    ("G", 1024.0),
    ("GB", 1024.0),
    ("T", 1024.0 * 1024.0),
    ("TB", 1024.0 * 1024.0),
];

pub fn size_mb(value: Option<&Json>) -> Reading {
    match value {
        Some(Json::String(raw)) => number::read_with_unit(raw, UNITS, SIZE),
        other => number::read(other, SIZE),
    }
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
            (
                a.disk_used_mb.amount(),
                a.disk_limit_mb.limit(),
                a.start_unix
            ),
            (Some(14), Some(0), Some(5))
        );
        let size = |v: serde_json::Value| size_mb(Some(&v));
        assert_eq!(size("1.5G".into()).amount(), Some(1536));
        assert_eq!(size("2048M".into()).amount(), Some(2048));
        assert_eq!(size("2048".into()).amount(), Some(2048));
        assert_eq!(size(2048.into()).amount(), Some(2048));
        assert_eq!(size("none".into()).amount(), Some(0));
        assert_eq!(size("unlimited".into()), Reading::Unlimited);
        assert_eq!(size("n/a".into()).limit(), None);
        assert_eq!(size("12Q".into()).limit(), None);
        // Never a guessed 0: a negative size is refused and named.
        let e = size("-5M".into()).need_amount("diskused").unwrap_err();
        assert_eq!(e.to_string(), "`diskused` is `-5M`, a negative");
        assert_eq!(size((-5).into()).limit(), None);
        let odd = serde_json::json!({"acct": [null, {"user": 7, "suspended": "maybe"}]});
        let all = PanelAccount::all_from("listaccts", &odd).unwrap();
        assert_eq!((all[0].user.as_str(), all[1].user.as_str()), ("", ""));
        assert_eq!(all[1].suspended, None);
        let e = PanelAccount::all_from("listaccts", &serde_json::json!({})).unwrap_err();
        assert!(e.to_string().contains("no readable `acct` list"), "{e}");
    }
}
