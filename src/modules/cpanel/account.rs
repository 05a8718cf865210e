//! A cPanel account as `listaccts` reports it, and finding one by username.

use serde_json::Value as Json;

use super::api::{flag, number, text, WhmApi};
use super::error::CpanelError;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PanelAccount {
    pub user: String,
    pub domain: String,
    pub plan: String,
    pub owner: String,
    pub email: String,
    pub ip: String,
    pub suspended: bool,
    pub suspend_reason: String,
    pub disk_used_mb: u64,
    /// 0 = unlimited.
    pub disk_limit_mb: u64,
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
            user: text(v.get("user")),
            domain: text(v.get("domain")),
            plan: text(v.get("plan")),
            owner: text(v.get("owner")),
            email: text(v.get("email")),
            ip: text(v.get("ip")),
            suspended: flag(v.get("suspended")),
            suspend_reason: text(v.get("suspendreason")),
            disk_used_mb: size_mb(&text(v.get("diskused"))),
            disk_limit_mb: size_mb(&text(v.get("disklimit"))),
            start_unix: number(v.get("unix_startdate")).unwrap_or(0),
            max_email: text(v.get("maxpop")),
            max_databases: text(v.get("maxsql")),
            max_addon: text(v.get("maxaddons")),
            max_sub: text(v.get("maxsub")),
            max_parked: text(v.get("maxparked")),
        }
    }

    /// Every `acct` entry of a listaccts/accountsummary answer.
    pub fn all_from(data: &Json) -> Vec<PanelAccount> {
        data.get("acct")
            .and_then(Json::as_array)
            .map(|list| list.iter().map(PanelAccount::from_json).collect())
            .unwrap_or_default()
    }
}

/// listaccts sizes: `14M`, `1.5G`, `512K`, `unlimited` (0), `none` (0).
pub fn size_mb(raw: &str) -> u64 {
    let t = raw.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let Ok(n) = t[..split].parse::<f64>() else {
        return 0;
    };
    let factor = match t[split..].trim().to_ascii_uppercase().as_str() {
        "G" | "GB" => 1024.0,
        "T" | "TB" => 1024.0 * 1024.0,
        "K" | "KB" => 1.0 / 1024.0,
        _ => 1.0,
    };
    (n * factor).round().max(0.0) as u64
}

/// Every account the WHM user may see (one listaccts).
pub fn list_all(api: &WhmApi<'_>) -> Result<Vec<PanelAccount>, CpanelError> {
    let data = api.call("listaccts", &[])?;
    Ok(PanelAccount::all_from(&data))
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
    Ok(PanelAccount::all_from(&data)
        .into_iter()
        .find(|a| a.user.eq_ignore_ascii_case(user)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_listaccts_entries() {
        let v = serde_json::json!({"acct": [{"user": "shop", "domain": "shop.example",
            "suspended": 1, "diskused": "14M", "disklimit": "unlimited", "unix_startdate": 5}]});
        let a = &PanelAccount::all_from(&v)[0];
        assert!(a.suspended);
        assert_eq!((a.disk_used_mb, a.disk_limit_mb, a.start_unix), (14, 0, 5));
        assert_eq!(size_mb("1.5G"), 1536);
        assert_eq!(size_mb("2048M"), 2048);
        assert_eq!(size_mb("none"), 0);
    }
}
