//! The product's settings for one call, read from `configoptionN` and the service's
//! configurable options, validated before anything is sent to the backup server. Every error
//! names the setting.

use crate::whmcs::{Key, Params, Value};

use super::account_name;
use super::clock_time;
use super::contract::{
    Kind, Mcal, Report, Settings, Throttling, GB, MAX_RATE_EXCLUSIVE, MIN_RATE_EXCLUSIVE,
};
use super::email;
use super::error::StoregridError;
use super::settings::{self as s, definitions};
use super::size;

/// Which WHMCS hook points sign clients up with this product's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HookPoints {
    pub client_add: bool,
    pub accept_order: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    pub kind: Kind,
    /// Customers: the reseller they are created under.
    pub reseller: Option<String>,
    pub active: bool,
    pub send_mail: bool,
    /// Customers only (always false for resellers).
    pub retrieve_pass_key: bool,
    pub pass_key_field: String,
    pub name_rule: String,
    pub hooks: HookPoints,
    pub settings: Settings,
}

/// Configurable-option names (lowercase, without a `(unit)` suffix) that override a setting.
const STORAGE_OPTIONS: &[&str] = &[
    "storage allotted",
    "storage",
    "backup storage",
    "storage space",
    "storage quota",
    "disk space",
    "quota",
];
const MCAL_OPTIONS: &[&str] = &[
    "allot mcal",
    "mcal",
    "mcals",
    "licenses",
    "licences",
    "backup clients",
];

fn input(msg: String) -> StoregridError {
    StoregridError::Input(msg)
}

impl Product {
    pub fn from_params(p: &Params) -> Result<Self, StoregridError> {
        let defs = definitions();
        let get = |name: &str| defs.value(p, name);
        let flag = |name: &str| defs.flag(p, name);

        let kind = parse_action(&get(s::ACTION))?;
        let reseller = match kind {
            Kind::Reseller => None,
            Kind::Customer => Some(reseller_name(&get(s::RESELLER_NAME))?),
        };
        let consolidated_report = match kind {
            Kind::Reseller => None,
            Kind::Customer => Some(report(flag(s::REPORT), &get(s::REPORT_EMAIL))?),
        };
        let settings = Settings {
            auto_authorize: flag(s::AUTO_AUTHORIZATION),
            storage_allotted: storage(p, &get(s::STORAGE_ALLOTTED))?,
            storage_location: storage_location(&get(s::STORAGE_LOCATION))?,
            mcal: mcal(p, flag(s::AUTO_MCAL), &get(s::ALLOT_MCAL))?,
            bandwidth_throttling: throttling(&get, &flag)?,
            consolidated_report,
        };
        let pass_key_field = get(s::PASS_KEY_FIELD);
        let pass_key_field = if pass_key_field.is_empty() {
            s::DEFAULT_PASS_KEY_FIELD.to_string()
        } else {
            pass_key_field
        };
        Ok(Product {
            kind,
            reseller,
            active: flag(s::ACTIVATION),
            send_mail: flag(s::SEND_MAIL),
            retrieve_pass_key: kind == Kind::Customer && flag(s::RETRIEVE_PASS_KEY),
            pass_key_field,
            name_rule: get(s::NAME_RULE),
            hooks: parse_hooks(&get(s::HOOKS))?,
            settings,
        })
    }
}

fn parse_action(v: &str) -> Result<Kind, StoregridError> {
    let lower = v.to_ascii_lowercase();
    match lower.trim_start_matches("signup").trim() {
        "reseller" => Ok(Kind::Reseller),
        "customer" => Ok(Kind::Customer),
        _ => Err(input(format!(
            "{}: `{v}` is neither “{}” nor “{}”",
            s::ACTION,
            s::SIGNUP_RESELLER,
            s::SIGNUP_CUSTOMER
        ))),
    }
}

fn reseller_name(v: &str) -> Result<String, StoregridError> {
    if v.is_empty() {
        return Err(input(format!(
            "{} is required for “{}”: enter the reseller the customers are created under",
            s::RESELLER_NAME,
            s::SIGNUP_CUSTOMER
        )));
    }
    if let Some(problem) = account_name::problem(v) {
        return Err(input(format!("{}: `{v}` {problem}", s::RESELLER_NAME)));
    }
    Ok(v.to_string())
}

fn report(enabled: bool, emails: &str) -> Result<Report, StoregridError> {
    let list = email::parse_list(emails).map_err(|e| input(format!("{}: {e}", s::REPORT_EMAIL)))?;
    if enabled && list.is_empty() {
        return Err(input(format!(
            "{} is required when {} is on: enter at least one address",
            s::REPORT_EMAIL,
            s::REPORT
        )));
    }
    Ok(Report {
        enabled,
        emails: list,
    })
}

/// Storage Allotted: a configurable option wins over the product setting.
fn storage(p: &Params, setting: &str) -> Result<u64, StoregridError> {
    if let Some((name, unit, value)) = configurable(p, STORAGE_OPTIONS) {
        return size::parse(&value, unit.unwrap_or(GB))
            .map_err(|e| input(format!("configurable option “{name}”: {e}")));
    }
    if setting.is_empty() || setting.eq_ignore_ascii_case("unlimited") {
        return Ok(0);
    }
    size::parse(setting, 1).map_err(|e| input(format!("{}: {e}", s::STORAGE_ALLOTTED)))
}

fn storage_location(v: &str) -> Result<String, StoregridError> {
    if v.is_empty() {
        return Ok(String::new());
    }
    let unix = v.starts_with('/');
    let b = v.as_bytes();
    let windows =
        b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && matches!(b[2], b'\\' | b'/');
    let problem = if !unix && !windows {
        Some("is not an absolute path (e.g. /backups or D:\\backups)")
    } else if v.split(['/', '\\']).any(|part| part == "..") {
        Some("must not contain `..`")
    } else if v.chars().any(char::is_control) || v.len() > 255 {
        Some("has control characters or is longer than 255 characters")
    } else {
        None
    };
    match problem {
        Some(p) => Err(input(format!("{}: `{v}` {p}", s::STORAGE_LOCATION))),
        None => Ok(v.to_string()),
    }
}

fn mcal(p: &Params, auto: bool, setting: &str) -> Result<Mcal, StoregridError> {
    let (field, raw) = match configurable(p, MCAL_OPTIONS) {
        Some((name, _, value)) => (format!("configurable option “{name}”"), value),
        None if auto => {
            return Ok(Mcal {
                auto: true,
                ..Mcal::default()
            })
        }
        None if setting.is_empty() => {
            return Err(input(format!(
                "{} is required when {} is off",
                s::ALLOT_MCAL,
                s::AUTO_MCAL
            )))
        }
        None => (s::ALLOT_MCAL.to_string(), setting.to_string()),
    };
    let n: u64 = raw
        .trim()
        .parse()
        .ok()
        .filter(|n| (1..=1_000_000).contains(n))
        .ok_or_else(|| {
            input(format!(
                "{field}: `{raw}` is not a whole number from 1 to 1000000"
            ))
        })?;
    Ok(Mcal {
        auto: false,
        allotted: Some(n),
        used: None,
    })
}

fn throttling(
    get: &dyn Fn(&str) -> String,
    flag: &dyn Fn(&str) -> bool,
) -> Result<Throttling, StoregridError> {
    let mode = get(s::THROTTLING);
    let custom = match mode.to_ascii_lowercase().as_str() {
        m if m.starts_with("global") => false,
        m if m.starts_with("new") || m == "custom" => true,
        _ => {
            return Err(input(format!(
                "{}: `{mode}` is neither “{}” nor “{}”",
                s::THROTTLING,
                s::GLOBAL_CONFIGURATION,
                s::NEW_CONFIGURATION
            )))
        }
    };
    if !custom {
        return Ok(Throttling {
            mode: "global".into(),
            ..Throttling::default()
        });
    }
    if !flag(s::ENABLE_THROTTLE) {
        return Ok(Throttling {
            mode: "custom".into(),
            enabled: Some(false),
            ..Throttling::default()
        });
    }
    let schedule = get(s::THROTTLE_SETTINGS);
    let timed = match schedule.to_ascii_lowercase().as_str() {
        v if v.starts_with("always") => false,
        v if v.contains("specified time") || v == "timed" => true,
        _ => {
            return Err(input(format!(
                "{}: `{schedule}` is neither “{}” nor “{}”",
                s::THROTTLE_SETTINGS,
                s::ALWAYS,
                s::AT_SPECIFIED_TIME
            )))
        }
    };
    let (from, till) = if timed {
        let from = time(s::THROTTLE_FROM, &get(s::THROTTLE_FROM))?;
        let till = time(s::THROTTLE_TILL, &get(s::THROTTLE_TILL))?;
        if from == till {
            return Err(input(format!(
                "{} and {} are both {from}: the throttle window would be empty",
                s::THROTTLE_FROM,
                s::THROTTLE_TILL
            )));
        }
        (Some(from), Some(till))
    } else {
        (None, None)
    };
    Ok(Throttling {
        mode: "custom".into(),
        enabled: Some(true),
        schedule: Some(if timed { "timed" } else { "always" }.into()),
        from,
        till,
        rate: Some(rate(&get(s::RESTRICTED_RATE))?),
    })
}

fn time(field: &str, v: &str) -> Result<String, StoregridError> {
    if v.is_empty() {
        return Err(input(format!(
            "{field} is required when {} is “{}” (HHMM, e.g. 0130)",
            s::THROTTLE_SETTINGS,
            s::AT_SPECIFIED_TIME
        )));
    }
    clock_time::parse(v).map_err(|e| input(format!("{field}: {e}")))
}

fn rate(v: &str) -> Result<u64, StoregridError> {
    if v.is_empty() {
        return Err(input(format!(
            "{} is required when {} is on (bytes, more than 1024 and less than 9999 GB)",
            s::RESTRICTED_RATE,
            s::ENABLE_THROTTLE
        )));
    }
    let bytes = size::parse(v, 1).map_err(|e| input(format!("{}: {e}", s::RESTRICTED_RATE)))?;
    if bytes <= MIN_RATE_EXCLUSIVE || bytes >= MAX_RATE_EXCLUSIVE {
        return Err(input(format!(
            "{}: `{v}` must be more than 1024 bytes and less than 9999 GB",
            s::RESTRICTED_RATE
        )));
    }
    Ok(bytes)
}

fn parse_hooks(v: &str) -> Result<HookPoints, StoregridError> {
    let mut h = HookPoints::default();
    for word in v
        .split([',', '+', ' '])
        .map(|w| w.trim().to_ascii_lowercase())
        .filter(|w| !w.is_empty())
    {
        match word.as_str() {
            "clientadd" => h.client_add = true,
            "acceptorder" => h.accept_order = true,
            "none" | "and" => {}
            other => {
                return Err(input(format!(
                    "{}: unknown hook point `{other}` (use ClientAdd, AcceptOrder or none)",
                    s::HOOKS
                )))
            }
        }
    }
    Ok(h)
}

/// A configurable option whose name (lowercased, a `(unit)` suffix removed) is one of
/// `names`: (its name, the unit in the suffix, its value as text).
fn configurable(p: &Params, names: &[&str]) -> Option<(String, Option<u64>, String)> {
    let Some(Value::Array(opts)) = p.get("configoptions") else {
        return None;
    };
    opts.iter().find_map(|(k, v)| {
        let Key::Str(name) = k else {
            return None;
        };
        let lower = name.trim().to_ascii_lowercase();
        let (base, unit) = match lower.split_once('(') {
            Some((b, rest)) => (b.trim(), unit_factor(rest.trim_end_matches(')').trim())),
            None => (lower.as_str(), None),
        };
        let text = v.as_text()?.trim().to_string();
        (names.contains(&base) && !text.is_empty()).then(|| (name.clone(), unit, text))
    })
}

fn unit_factor(unit: &str) -> Option<u64> {
    size::parse(&format!("1 {unit}"), 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::whmcs::Array;

    fn params(settings: &[(&str, &str)], opts: Array) -> Params {
        let defs = definitions();
        let mut a = Array::new()
            .with("serviceid", 12)
            .with("configoptions", opts);
        // Unticked yes/no fields are stored as '': start from the defaults WHMCS would save.
        for o in defs.iter() {
            let n = defs.position(o.name).unwrap();
            a.set(
                format!("configoption{n}"),
                o.default.clone().unwrap_or_default(),
            );
        }
        for (k, v) in settings {
            a.set(format!("configoption{}", defs.position(k).unwrap()), *v);
        }
        Params::new(a)
    }

    fn customer(extra: &[(&str, &str)]) -> Vec<(&'static str, String)> {
        let mut v: Vec<(&'static str, String)> = vec![(s::RESELLER_NAME, "acme".into())];
        for (k, val) in extra {
            let key = definitions().iter().find(|o| o.name == *k).unwrap().name;
            v.push((key, val.to_string()));
        }
        v
    }

    fn product(extra: &[(&str, &str)]) -> Result<Product, StoregridError> {
        let owned = customer(extra);
        let pairs: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
        Product::from_params(&params(&pairs, Array::new()))
    }

    fn err(extra: &[(&str, &str)]) -> String {
        product(extra).unwrap_err().to_string()
    }

    #[test]
    fn defaults_make_a_valid_customer() {
        let p = product(&[]).unwrap();
        assert_eq!(p.kind, Kind::Customer);
        assert_eq!(p.reseller.as_deref(), Some("acme"));
        assert!(p.active);
        assert_eq!(p.settings.storage_allotted, 10 * GB);
        assert!(p.settings.mcal.auto);
        assert_eq!(p.settings.bandwidth_throttling.mode, "global");
        assert_eq!(p.pass_key_field, "Pass Key");
        assert_eq!(p.hooks, HookPoints::default());
    }

    #[test]
    fn timed_throttling_carries_every_field() {
        let p = product(&[
            (s::THROTTLING, s::NEW_CONFIGURATION),
            (s::ENABLE_THROTTLE, "on"),
            (s::THROTTLE_SETTINGS, s::AT_SPECIFIED_TIME),
            (s::THROTTLE_FROM, "0130"),
            (s::THROTTLE_TILL, "1740"),
            (s::RESTRICTED_RATE, "2048"),
        ])
        .unwrap();
        let t = p.settings.bandwidth_throttling;
        assert_eq!(t.schedule.as_deref(), Some("timed"));
        assert_eq!(
            (t.from.as_deref(), t.till.as_deref()),
            (Some("0130"), Some("1740"))
        );
        assert_eq!(t.rate, Some(2048));
    }

    #[test]
    fn each_bad_setting_is_named() {
        let timed = [
            (s::THROTTLING, s::NEW_CONFIGURATION),
            (s::ENABLE_THROTTLE, "on"),
            (s::THROTTLE_SETTINGS, s::AT_SPECIFIED_TIME),
            (s::RESTRICTED_RATE, "2048"),
        ];
        let with = |extra: &[(&str, &str)]| {
            let mut v = timed.to_vec();
            v.extend_from_slice(extra);
            err(&v)
        };
        assert!(
            with(&[(s::THROTTLE_FROM, "2460"), (s::THROTTLE_TILL, "1740")])
                .contains("Throttle From")
        );
        assert!(with(&[(s::THROTTLE_FROM, "0130")]).contains("Throttle Till is required"));
        let always = [
            (s::THROTTLING, s::NEW_CONFIGURATION),
            (s::ENABLE_THROTTLE, "on"),
            (s::THROTTLE_SETTINGS, s::ALWAYS),
        ];
        for bad_rate in ["1024", "9999 GB", "10736344498176", "0", "fast"] {
            let mut v = always.to_vec();
            v.push((s::RESTRICTED_RATE, bad_rate));
            assert!(err(&v).contains("Restricted Rate"), "{bad_rate}");
        }
        let mut v = always.to_vec();
        v.push((s::RESTRICTED_RATE, "1025"));
        assert!(product(&v).is_ok());
        v.pop();
        assert!(err(&v).contains("Restricted Rate is required"));
        assert!(err(&[
            (s::REPORT, "on"),
            (s::REPORT_EMAIL, "ops@example.com, bad@")
        ])
        .contains("Consolidated Report Email: `bad@`"));
        assert!(err(&[(s::REPORT, "on")]).contains("Consolidated Report Email is required"));
        assert!(err(&[(s::RESELLER_NAME, "")]).contains("Reseller Name is required"));
        assert!(err(&[(s::STORAGE_ALLOTTED, "lots")]).contains("Storage Allotted"));
        assert!(err(&[(s::STORAGE_LOCATION, "backups")]).contains("Storage Location"));
        assert!(err(&[(s::AUTO_MCAL, "")]).contains("Allot MCAL is required"));
        assert!(err(&[(s::AUTO_MCAL, ""), (s::ALLOT_MCAL, "x")]).contains("Allot MCAL"));
        assert!(err(&[(s::ACTION, "Signup Admin")]).contains("Action"));
        assert!(err(&[(s::HOOKS, "OrderPaid")]).contains("Action Hooks"));
    }

    #[test]
    fn reseller_ignores_customer_only_settings() {
        let p = Product::from_params(&params(
            &[
                (s::ACTION, s::SIGNUP_RESELLER),
                (s::REPORT, "on"),
                (s::RETRIEVE_PASS_KEY, "on"),
            ],
            Array::new(),
        ))
        .unwrap();
        assert_eq!(p.kind, Kind::Reseller);
        assert!(p.reseller.is_none() && p.settings.consolidated_report.is_none());
        assert!(!p.retrieve_pass_key);
    }

    #[test]
    fn configurable_options_override_storage_and_mcal() {
        let opts = Array::new()
            .with("Storage Allotted", "100 GB")
            .with("MCAL", 7);
        let p = Product::from_params(&params(&[(s::RESELLER_NAME, "acme")], opts)).unwrap();
        assert_eq!(p.settings.storage_allotted, 100 * GB);
        assert_eq!(p.settings.mcal.allotted, Some(7));
        assert!(!p.settings.mcal.auto);
        let opts = Array::new().with("Storage (TB)", 2);
        let p = Product::from_params(&params(&[(s::RESELLER_NAME, "acme")], opts)).unwrap();
        assert_eq!(p.settings.storage_allotted, 2 << 40);
        let opts = Array::new().with("Storage", 50);
        let p = Product::from_params(&params(&[(s::RESELLER_NAME, "acme")], opts)).unwrap();
        assert_eq!(p.settings.storage_allotted, 50 * GB);
        let opts = Array::new().with("Storage", "huge");
        let e = Product::from_params(&params(&[(s::RESELLER_NAME, "acme")], opts)).unwrap_err();
        assert!(e.to_string().contains("configurable option “Storage”"));
    }

    #[test]
    fn hook_points() {
        assert_eq!(
            parse_hooks(s::HOOKS_BOTH).unwrap(),
            HookPoints {
                client_add: true,
                accept_order: true
            }
        );
        assert_eq!(parse_hooks("none").unwrap(), HookPoints::default());
    }
}
