//! Reseller Hosting (`producttype` = `reselleraccount`): the account becomes a WHM reseller
//! owning itself, with privileges, limits and nameservers. Every step sets a state (never
//! adds to one), so running them again is harmless: a retry or a package change re-applies
//! them all.

use serde_json::Value as Json;

use crate::modules::shared::answer;
use crate::whmcs::Params;

use super::account::PanelAccount;
use super::api::WhmApi;
use super::error::CpanelError;
use super::limits::{parse_count, parse_size, Limit};
use super::product::chosen_option;
use super::settings::{self as s, definitions};

/// Configurable options that override the product's reseller limits for one service.
pub const OPT_ACCOUNTS: &str = "Account Limit";
pub const OPT_DISK: &str = "Reseller Disk Space";
pub const OPT_BANDWIDTH: &str = "Reseller Bandwidth";

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResellerPlan {
    /// A saved ACL list by name, or (empty) the privileges one by one.
    pub acl_list: String,
    pub privileges: Vec<String>,
    pub account_limit: Option<u64>,
    pub disk_mb: Option<u64>,
    pub bandwidth_mb: Option<u64>,
    pub oversell: bool,
    pub nameservers: Vec<String>,
    pub suspend_only: bool,
    pub terminate_all: bool,
}

/// Is this service a Reseller Hosting product?
pub fn is_reseller_product(p: &Params) -> bool {
    p.text("producttype")
        .eq_ignore_ascii_case("reselleraccount")
}

impl ResellerPlan {
    /// The plan of a Reseller Hosting service, `None` for any other product type. Every bad
    /// value is an error naming its setting or option, found before any request.
    pub fn from_params(p: &Params) -> Result<Option<Self>, CpanelError> {
        if !is_reseller_product(p) {
            return Ok(None);
        }
        let defs = definitions();
        let get = |name: &str| defs.value(p, name);
        let acl_list = get(s::RESELLER_ACL_LIST);
        if acl_list.chars().any(|c| c.is_control()) || acl_list.len() > 64 {
            return Err(CpanelError::input(format!(
                "{}: `{acl_list}` is not an ACL list name",
                s::RESELLER_ACL_LIST
            )));
        }
        let mut privileges = Vec::new();
        for raw in get(s::RESELLER_PRIVILEGES).split(',') {
            let name = raw.trim().trim_start_matches("acl-").to_ascii_lowercase();
            if name.is_empty() {
                continue;
            }
            if !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(CpanelError::input(format!(
                    "{}: `{}` is not a WHM privilege name",
                    s::RESELLER_PRIVILEGES,
                    raw.trim()
                )));
            }
            if !privileges.contains(&name) {
                privileges.push(name);
            }
        }
        if acl_list.is_empty() && privileges.is_empty() {
            return Err(CpanelError::input(format!(
                "{} / {}: a reseller needs privileges: choose a saved ACL list or name them \
                 (Module Settings)",
                s::RESELLER_ACL_LIST,
                s::RESELLER_PRIVILEGES
            )));
        }
        // A configurable option wins over the product's setting.
        let value = |setting: &str, option: &str| -> (String, String) {
            match chosen_option(p, option) {
                Some((name, v)) => (format!("configurable option “{name}”"), v),
                None => (setting.to_string(), get(setting)),
            }
        };
        let count = |setting: &str, option: &str| -> Result<Option<u64>, CpanelError> {
            let (what, raw) = value(setting, option);
            if raw.trim().is_empty() {
                return Ok(None);
            }
            match parse_count(&raw).map_err(|e| CpanelError::input(format!("{what}: {e}")))? {
                Limit::Unlimited => Ok(None),
                Limit::Value(n) => Ok(Some(n)),
            }
        };
        let size = |setting: &str, option: &str| -> Result<Option<u64>, CpanelError> {
            let (what, raw) = value(setting, option);
            if raw.trim().is_empty() {
                return Ok(None);
            }
            match parse_size(&raw, 1).map_err(|e| CpanelError::input(format!("{what}: {e}")))? {
                Some(Limit::Value(n)) => Ok(Some(n)),
                _ => Ok(None),
            }
        };
        let mut nameservers = Vec::new();
        for raw in get(s::RESELLER_NAMESERVERS).split(',') {
            let ns = raw.trim().trim_end_matches('.').to_ascii_lowercase();
            if ns.is_empty() {
                continue;
            }
            if crate::modules::shared::domain::normalize(&ns).is_err() || !ns.contains('.') {
                return Err(CpanelError::input(format!(
                    "{}: `{}` is not a host name",
                    s::RESELLER_NAMESERVERS,
                    raw.trim()
                )));
            }
            nameservers.push(ns);
        }
        Ok(Some(ResellerPlan {
            acl_list,
            privileges,
            account_limit: count(s::RESELLER_ACCOUNTS, OPT_ACCOUNTS)?,
            disk_mb: size(s::RESELLER_DISK, OPT_DISK)?,
            bandwidth_mb: size(s::RESELLER_BANDWIDTH, OPT_BANDWIDTH)?,
            oversell: defs.flag(p, s::RESELLER_OVERSELL),
            nameservers,
            suspend_only: defs.flag(p, s::RESELLER_SUSPEND_ONLY),
            terminate_all: defs.flag(p, s::RESELLER_TERMINATE_ALL),
        }))
    }

    /// setacls: `acllist=NAME` (a saved list), or `acl-NAME=1` for each privilege.
    fn acl_fields(&self, user: &str) -> Vec<(String, String)> {
        let mut f = vec![("reseller".to_string(), user.to_string())];
        if self.acl_list.is_empty() {
            for p in &self.privileges {
                f.push((format!("acl-{p}"), "1".to_string()));
            }
        } else {
            f.push(("acllist".to_string(), self.acl_list.clone()));
        }
        f
    }

    fn limit_fields(&self, user: &str) -> Vec<(&'static str, String)> {
        let flag = |b: bool| if b { "1" } else { "0" }.to_string();
        let resources = self.disk_mb.is_some() || self.bandwidth_mb.is_some();
        let mut f = vec![
            ("user", user.to_string()),
            ("enable_account_limit", flag(self.account_limit.is_some())),
            ("enable_resource_limits", flag(resources)),
            ("enable_overselling", flag(self.oversell)),
            ("enable_overselling_bandwidth", flag(self.oversell)),
            ("enable_overselling_diskspace", flag(self.oversell)),
        ];
        if let Some(n) = self.account_limit {
            f.push(("account_limit", n.to_string()));
        }
        if let Some(n) = self.disk_mb {
            f.push(("diskspace_limit", n.to_string()));
        }
        if let Some(n) = self.bandwidth_mb {
            f.push(("bandwidth_limit", n.to_string()));
        }
        f
    }

    /// setupreseller (owning itself) → setacls → setresellerlimits → setresellernameservers.
    pub fn apply(&self, api: &WhmApi<'_>, user: &str) -> Result<(), CpanelError> {
        api.call(
            "setupreseller",
            &[("user", user.to_string()), ("makeowner", "1".into())],
        )?;
        let acls = self.acl_fields(user);
        let acls: Vec<(&str, String)> = acls.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        api.call("setacls", &acls)?;
        api.call("setresellerlimits", &self.limit_fields(user))?;
        if !self.nameservers.is_empty() {
            api.call(
                "setresellernameservers",
                &[
                    ("user", user.to_string()),
                    ("nameservers", self.nameservers.join(",")),
                ],
            )?;
        }
        Ok(())
    }
}

/// The resellers on the server (`listresellers`: `data.reseller`, a list of names).
pub fn resellers(api: &WhmApi<'_>) -> Result<Vec<String>, CpanelError> {
    let data = api.call("listresellers", &[])?;
    let list = super::api::list("listresellers", &data, "reseller")?;
    Ok(list
        .iter()
        .filter_map(|v| match v {
            Json::String(s) => Some(s.to_ascii_lowercase()),
            other => answer::string(other, "user").map(|s| s.to_ascii_lowercase()),
        })
        .collect())
}

/// Is `user` a reseller on the server?
pub fn is_reseller(api: &WhmApi<'_>, user: &str) -> Result<bool, CpanelError> {
    Ok(resellers(api)?.iter().any(|r| r == user))
}

/// Revokes reseller status (`unsetupreseller`); not being a reseller is the state asked for.
pub fn revoke(api: &WhmApi<'_>, user: &str) -> Result<(), CpanelError> {
    match api.call("unsetupreseller", &[("user", user.to_string())]) {
        Ok(_) => Ok(()),
        Err(e) => match is_reseller(api, user) {
            Ok(false) => Ok(()),
            _ => Err(e),
        },
    }
}

/// Every account `user` owns, its own included when it owns itself (`listaccts` by owner).
pub fn owned(api: &WhmApi<'_>, user: &str) -> Result<Vec<PanelAccount>, CpanelError> {
    let data = api.call(
        "listaccts",
        &[
            ("search", user.to_string()),
            ("searchtype", "owner".into()),
            ("searchmethod", "exact".into()),
        ],
    )?;
    Ok(PanelAccount::all_from("listaccts", &data)?
        .into_iter()
        .filter(|a| a.owner.eq_ignore_ascii_case(user))
        .collect())
}

/// The accounts `user` owns, other than its own.
pub fn owned_accounts(api: &WhmApi<'_>, user: &str) -> Result<Vec<String>, CpanelError> {
    Ok(owned(api, user)?
        .into_iter()
        .filter(|a| !a.user.eq_ignore_ascii_case(user))
        .map(|a| a.user)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modules::cpanel::product::tests::params_with;
    use crate::whmcs::Array;

    fn params(settings: &[(&str, &str)], opts: Array) -> Params {
        params_with(
            Array::new().with("producttype", "reselleraccount"),
            settings,
            opts,
        )
    }

    #[test]
    fn plan_from_settings_and_options() {
        let p = params(
            &[
                (
                    s::RESELLER_PRIVILEGES,
                    "create-acct, acl-kill-acct,create-acct",
                ),
                (s::RESELLER_ACCOUNTS, "10"),
                (s::RESELLER_DISK, "5 GB"),
                (s::RESELLER_NAMESERVERS, "ns1.example.com, NS2.example.com."),
            ],
            Array::new().with(OPT_ACCOUNTS, 25),
        );
        let plan = ResellerPlan::from_params(&p).unwrap().unwrap();
        assert_eq!(plan.privileges, ["create-acct", "kill-acct"]);
        assert_eq!(plan.account_limit, Some(25), "the option wins");
        assert_eq!(plan.disk_mb, Some(5120));
        assert_eq!(plan.bandwidth_mb, None);
        assert_eq!(plan.nameservers, ["ns1.example.com", "ns2.example.com"]);
        assert!(
            !plan.terminate_all,
            "irreversible setting is off by default"
        );
        let f = plan.acl_fields("bob");
        assert!(f.contains(&("acl-kill-acct".to_string(), "1".to_string())));
    }

    #[test]
    fn bad_values_name_their_field() {
        let e = ResellerPlan::from_params(&params(&[], Array::new()))
            .unwrap_err()
            .to_string();
        assert!(e.contains("Reseller ACL list"), "{e}");
        let e = ResellerPlan::from_params(&params(
            &[(s::RESELLER_ACL_LIST, "pro")],
            Array::new().with(OPT_ACCOUNTS, "lots"),
        ))
        .unwrap_err()
        .to_string();
        assert!(e.contains("Account Limit") && e.contains("lots"), "{e}");
        let e =
            ResellerPlan::from_params(&params(&[(s::RESELLER_PRIVILEGES, "x y")], Array::new()))
                .unwrap_err()
                .to_string();
        assert!(e.contains("Reseller privileges"), "{e}");
        let normal = Params::new(Array::new().with("producttype", "hostingaccount"));
        assert_eq!(ResellerPlan::from_params(&normal).unwrap(), None);
    }
}
