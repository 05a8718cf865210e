//! The product's settings for one call and the per-account overrides chosen through
//! configurable options, validated before anything is sent to WHM.

use crate::modules::shared::template::{expand, TemplateVars};
use crate::whmcs::{Key, Params, Value};

use super::error::CpanelError;
use super::limits::{parse_count, parse_size, Limit, MB};
use super::settings::{self as s, definitions};

/// Per-account values that replace the package's (the seed's AddDetails). `None` = keep the
/// package's value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overrides {
    pub disk_mb: Option<Limit>,
    pub bandwidth_mb: Option<Limit>,
    pub email_accounts: Option<Limit>,
    pub databases: Option<Limit>,
    pub addon_domains: Option<Limit>,
    pub subdomains: Option<Limit>,
    pub parked_domains: Option<Limit>,
}

impl Overrides {
    pub fn is_empty(&self) -> bool {
        *self == Overrides::default()
    }

    /// modifyacct's fields: QUOTA in MB, BWLIMIT in **bytes**, the counts as they are.
    pub fn modifyacct_fields(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(l) = self.disk_mb {
            out.push(("QUOTA", l.text()));
        }
        if let Some(l) = self.bandwidth_mb {
            let bytes = match l {
                Limit::Unlimited => "unlimited".to_string(),
                Limit::Value(mb) => mb.saturating_mul(MB).to_string(),
            };
            out.push(("BWLIMIT", bytes));
        }
        let counts = [
            ("MAXPOP", self.email_accounts),
            ("MAXSQL", self.databases),
            ("MAXADDON", self.addon_domains),
            ("MAXSUB", self.subdomains),
            ("MAXPARK", self.parked_domains),
        ];
        for (key, v) in counts {
            if let Some(l) = v {
                out.push((key, l.text()));
            }
        }
        out
    }

    /// One line for logs and messages: `disk 2048 MB, email accounts 25`.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        let size = |l: Limit| match l {
            Limit::Unlimited => "unlimited".to_string(),
            Limit::Value(n) => format!("{n} MB"),
        };
        if let Some(l) = self.disk_mb {
            parts.push(format!("disk {}", size(l)));
        }
        if let Some(l) = self.bandwidth_mb {
            parts.push(format!("bandwidth {}", size(l)));
        }
        for (name, v) in [
            ("email accounts", self.email_accounts),
            ("databases", self.databases),
            ("addon domains", self.addon_domains),
            ("subdomains", self.subdomains),
            ("parked domains", self.parked_domains),
        ] {
            if let Some(l) = v {
                parts.push(format!("{name} {}", l.text()));
            }
        }
        parts.join(", ")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    pub package: String,
    pub dedicated_ip: bool,
    pub username_rule: String,
    pub keep_dns: bool,
    pub overrides: Overrides,
}

impl Product {
    pub fn from_params(p: &Params) -> Result<Self, CpanelError> {
        let defs = definitions();
        let get = |name: &str| defs.value(p, name);
        let package = get(s::PACKAGE);
        if package.is_empty() {
            return Err(CpanelError::input(format!(
                "{}: choose the WHM package of this product (Module Settings)",
                s::PACKAGE
            )));
        }
        if package.chars().any(|c| c.is_control() || c == '/') || package.len() > 128 {
            return Err(CpanelError::input(format!(
                "{}: `{package}` is not a WHM package name",
                s::PACKAGE
            )));
        }
        let username_rule = get(s::USERNAME_RULE);
        if !username_rule.is_empty() {
            // Unknown macros are a setting error, found before anything is sent.
            expand(&username_rule, &TemplateVars::default())
                .map_err(|e| CpanelError::input(format!("{}: {e}", s::USERNAME_RULE)))?;
        }
        let unit_mb = if get(s::SIZE_UNIT).eq_ignore_ascii_case("GB") {
            1024
        } else {
            1
        };
        let chosen = |setting: &str| chosen_option(p, &get(setting));
        let size = |setting: &str| -> Result<Option<Limit>, CpanelError> {
            match chosen(setting) {
                None => Ok(None),
                Some((name, raw)) => parse_size(&raw, unit_mb)
                    .map_err(|e| CpanelError::input(format!("configurable option “{name}”: {e}"))),
            }
        };
        let count = |setting: &str| -> Result<Option<Limit>, CpanelError> {
            match chosen(setting) {
                None => Ok(None),
                Some((name, raw)) => parse_count(&raw)
                    .map(Some)
                    .map_err(|e| CpanelError::input(format!("configurable option “{name}”: {e}"))),
            }
        };
        let overrides = Overrides {
            disk_mb: size(s::OPT_DISK)?,
            bandwidth_mb: size(s::OPT_BANDWIDTH)?,
            email_accounts: count(s::OPT_EMAIL)?,
            databases: count(s::OPT_DATABASES)?,
            addon_domains: count(s::OPT_ADDON)?,
            subdomains: count(s::OPT_SUBDOMAINS)?,
            parked_domains: count(s::OPT_PARKED)?,
        };
        let ip_option = chosen(s::OPT_DEDICATED_IP)
            .map(|(_, v)| Value::from(v).as_flag())
            .unwrap_or(false);
        Ok(Product {
            package,
            dedicated_ip: defs.flag(p, s::DEDICATED_IP) || ip_option,
            username_rule,
            keep_dns: defs.flag(p, s::KEEP_DNS),
            overrides,
        })
    }
}

/// The configurable option named by a setting (`"Databases, MySQL Databases"`): its name and
/// value as text; `None` when the service has none of those options or it is empty.
pub(super) fn chosen_option(p: &Params, names: &str) -> Option<(String, String)> {
    let wanted: Vec<String> = names
        .split(',')
        .map(|n| n.trim().to_lowercase())
        .filter(|n| !n.is_empty())
        .collect();
    if wanted.is_empty() {
        return None;
    }
    let Some(Value::Array(opts)) = p.get("configoptions") else {
        return None;
    };
    opts.iter().find_map(|(k, v)| {
        let Key::Str(name) = k else {
            return None;
        };
        if !wanted.contains(&name.trim().to_lowercase()) {
            return None;
        }
        let text = match v {
            Value::Bool(b) => i64::from(*b).to_string(),
            other => other.as_text()?.trim().to_string(),
        };
        (!text.is_empty()).then(|| (name.trim().to_string(), text))
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::whmcs::Array;

    /// `$params` of a service (`base` plus the WHM package `basic`) with Module Settings by
    /// name and configurable options.
    pub(crate) fn params_with(base: Array, settings: &[(&str, &str)], opts: Array) -> Params {
        let defs = definitions();
        let mut a = base
            .with("configoptions", opts)
            .with("configoption1", "basic");
        for (k, v) in settings {
            a.set(format!("configoption{}", defs.position(k).unwrap()), *v);
        }
        Params::new(a)
    }

    fn params(settings: &[(&str, &str)], opts: Array) -> Params {
        params_with(Array::new().with("serviceid", 7), settings, opts)
    }

    #[test]
    fn overrides_in_whm_units() {
        let p = params(
            &[],
            Array::new()
                .with("Disk Space", "2 GB")
                .with("Bandwidth", 10_240)
                .with("Email Accounts", "unlimited")
                .with("MySQL Databases", 3)
                .with("Addon Domains", 0),
        );
        let prod = Product::from_params(&p).unwrap();
        let f = prod.overrides.modifyacct_fields();
        assert!(f.contains(&("QUOTA", "2048".to_string())));
        assert!(f.contains(&("BWLIMIT", (10_240u64 * MB).to_string())));
        assert!(f.contains(&("MAXPOP", "unlimited".to_string())));
        assert!(f.contains(&("MAXSQL", "3".to_string())));
        assert!(f.contains(&("MAXADDON", "0".to_string())));
        assert!(!f.iter().any(|(k, _)| *k == "MAXSUB"));
    }

    #[test]
    fn gb_unit_and_dedicated_ip_option() {
        let p = params(
            &[(s::SIZE_UNIT, "GB")],
            Array::new().with("Disk Space", 5).with("Dedicated IP", 1),
        );
        let prod = Product::from_params(&p).unwrap();
        assert_eq!(prod.overrides.disk_mb, Some(Limit::Value(5120)));
        assert!(prod.dedicated_ip);
    }

    #[test]
    fn bad_values_name_the_option() {
        let p = params(&[], Array::new().with("Email Accounts", "lots"));
        let e = Product::from_params(&p).unwrap_err().to_string();
        assert!(e.contains("Email Accounts") && e.contains("lots"), "{e}");
        let p = params(&[(s::USERNAME_RULE, "{nope}")], Array::new());
        assert!(Product::from_params(&p)
            .unwrap_err()
            .to_string()
            .contains("Username rule"));
        let p = Params::new(Array::new().with("configoption1", ""));
        assert!(Product::from_params(&p)
            .unwrap_err()
            .to_string()
            .contains("WHM package"));
    }
}
