//! Adopting products of WHMCS's own cPanel module (`cpanel`): its settings mapped to ours,
//! and the stored values that cannot be ours (a product switched to `oxide_cpanel` without
//! adoption is refused by every function).
//!
//! No settings-version field: our 22 settings keep their positions. Instead, values no save
//! of our form can produce: a yes/no or MB/GB setting holding something else (cPanel's
//! limits and theme sit there), a configurable-option name that is a number, `on` or
//! `unlimited`, a reseller limit that is not a number, `on` as nameservers, and anything at
//! positions 23–24 (WHMCS writes only the positions a module defines). Limit: a `cpanel`
//! product whose every text setting is empty and positions 23–24 unticked looks like ours.

use crate::modules::shared::adopt::guard::{self, reasons};
use crate::modules::shared::adopt::old::Old;
use crate::modules::shared::adopt::target::{yes_no, Rule, Target};
use crate::modules::shared::adopt::text;
use crate::whmcs::{Call, Params};

use super::settings::{self as s, definitions};

pub const OLD_LABELS: &[&str] = &[
    "WHM Package Name",
    "Max FTP Accounts",
    "Web Space Quota (MB)",
    "Max Email Accounts",
    "Bandwidth Limit (MB)",
    "Dedicated IP",
    "Shell Access",
    "Max SQL Databases",
    "CGI Access",
    "Max Subdomains",
    "Frontpage Extensions",
    "Max Parked Domains",
    "cPanel Theme",
    "Max Addon Domains",
    "Limit Reseller by Number",
    "Limit Reseller by Usage",
    "Reseller Disk Space (MB)",
    "Reseller Bandwidth (MB)",
    "Allow DS Overselling",
    "Allow BW Overselling",
    "Reseller ACL List",
    "Add Prefix to Package",
    "Configure Nameservers",
    "Reseller Ownership",
];

const OPTION_WHY: &str =
    "WHMCS's cpanel configurable option name, so options attached to the product keep applying";
const CUSTOM_LIMIT: &str = "a value for accounts without a WHM package (“Custom”); oxide creates every account on the WHM package, whose limits apply";

fn digits(v: String) -> String {
    if v.chars().all(|c| c.is_ascii_digit()) {
        v
    } else {
        String::new()
    }
}

pub static TARGET: Target = Target {
    module: super::NAME,
    sources: &["cpanel"],
    old_labels: OLD_LABELS,
    rules: &[
        Rule { setting: s::PACKAGE, from: &[1], value: |o| o.get(1), why: "the same WHM package", choice: None },
        Rule {
            setting: s::DEDICATED_IP,
            from: &[6],
            value: |o| yes_no(o.flag(6)),
            why: "as the old module: a dedicated IP for each new account when ticked",
            choice: Some("WHMCS's cpanel module gave every new account a dedicated IP when its “Dedicated IP” was ticked; existing accounts keep their address either way."),
        },
        Rule { setting: s::USERNAME_RULE, from: &[], value: |_| String::new(), why: "WHMCS's username, as the old module used it", choice: None },
        Rule { setting: s::SIZE_UNIT, from: &[], value: |_| "MB".into(), why: "the old module read Disk Space and Bandwidth options in MB", choice: None },
        Rule { setting: s::OPT_DISK, from: &[], value: |_| "Disk Space".into(), why: OPTION_WHY, choice: None },
        Rule { setting: s::OPT_BANDWIDTH, from: &[], value: |_| "Bandwidth".into(), why: OPTION_WHY, choice: None },
        Rule { setting: s::OPT_EMAIL, from: &[], value: |_| "Email Accounts".into(), why: OPTION_WHY, choice: None },
        Rule { setting: s::OPT_DATABASES, from: &[], value: |_| "MySQL Databases".into(), why: OPTION_WHY, choice: None },
        Rule { setting: s::OPT_ADDON, from: &[], value: |_| "Addon Domains".into(), why: OPTION_WHY, choice: None },
        Rule { setting: s::OPT_SUBDOMAINS, from: &[], value: |_| "Subdomains".into(), why: OPTION_WHY, choice: None },
        Rule { setting: s::OPT_PARKED, from: &[], value: |_| "Parked Domains".into(), why: OPTION_WHY, choice: None },
        Rule { setting: s::OPT_DEDICATED_IP, from: &[], value: |_| "Dedicated IP".into(), why: OPTION_WHY, choice: None },
        Rule { setting: s::KEEP_DNS, from: &[], value: |_| String::new(), why: "off: the account's DNS zone goes with it, as with the old module", choice: None },
        Rule { setting: s::RESELLER_ACL_LIST, from: &[21], value: |o| o.get(21), why: "the same saved WHM ACL list", choice: None },
        Rule {
            setting: s::RESELLER_ACCOUNTS,
            from: &[15],
            value: |o| digits(o.get(15)),
            why: "the old account limit (a number; anything else: no limit)",
            choice: None,
        },
        Rule {
            setting: s::RESELLER_DISK,
            from: &[16, 17],
            value: |o| if o.flag(16) { digits(o.get(17)) } else { String::new() },
            why: "the old disk limit, only where “Limit Reseller by Usage” was ticked",
            choice: Some("WHMCS's cpanel module set reseller disk and bandwidth limits only with “Limit Reseller by Usage” ticked; oxide applies them to resellers it creates or changes from now on."),
        },
        Rule {
            setting: s::RESELLER_BANDWIDTH,
            from: &[16, 18],
            value: |o| if o.flag(16) { digits(o.get(18)) } else { String::new() },
            why: "the old bandwidth limit, only where “Limit Reseller by Usage” was ticked",
            choice: None,
        },
        Rule {
            setting: s::RESELLER_OVERSELL,
            from: &[19, 20],
            value: |o| yes_no(o.flag(19) && o.flag(20)),
            why: "one switch for both: on only when disk and bandwidth overselling were both allowed",
            choice: Some("WHMCS's cpanel module allowed disk and bandwidth overselling separately."),
        },
        Rule {
            setting: s::RESELLER_NAMESERVERS,
            from: &[23],
            value: |_| String::new(),
            why: "empty: the server's nameservers (oxide sets a fixed list, not one per service domain)",
            choice: Some("WHMCS's cpanel module set a reseller's nameservers to ns1/ns2.<service domain> when “Configure Nameservers” was ticked; enter a fixed list here if resellers need their own."),
        },
        Rule { setting: s::RESELLER_SUSPEND_ONLY, from: &[], value: |_| String::new(), why: "off: suspending a reseller suspends its accounts too, as with the old module", choice: None },
        Rule {
            setting: s::RESELLER_TERMINATE_ALL,
            from: &[],
            value: |_| String::new(),
            why: "off: never switched on without a decision (irreversible)",
            choice: Some("WHMCS's cpanel module deleted every account a reseller owned when the reseller was terminated; oxide removes only the reseller's own account unless this is ticked."),
        },
    ],
    default_why: "oxide's default",
    dropped: &[
        (2, CUSTOM_LIMIT),
        (3, CUSTOM_LIMIT),
        (4, CUSTOM_LIMIT),
        (5, CUSTOM_LIMIT),
        (7, CUSTOM_LIMIT),
        (8, CUSTOM_LIMIT),
        (9, CUSTOM_LIMIT),
        (10, CUSTOM_LIMIT),
        (11, CUSTOM_LIMIT),
        (12, CUSTOM_LIMIT),
        (13, "used only for accounts without a WHM package; the package's theme applies"),
        (14, CUSTOM_LIMIT),
        (22, "a package-naming option for resellers that oxide does not have"),
        (24, "oxide leaves each account's owner as WHM sets it"),
    ],
    definitions,
    adapter: &super::drift::ADAPTER,
    foreign,
    blockers,
    option_use,
};

pub fn settings_check(call: &Call<'_>) -> Option<String> {
    guard::check(&TARGET, call)
}

/// The settings that name the configurable options applying each limit (a comma list of
/// option names): what WHMCS's cpanel module stored as ticks or numbers there is foreign, and
/// an option applies through the one that lists it.
const OPTION_NAME_SETTINGS: [&str; 8] = [
    s::OPT_DISK,
    s::OPT_BANDWIDTH,
    s::OPT_EMAIL,
    s::OPT_DATABASES,
    s::OPT_ADDON,
    s::OPT_SUBDOMAINS,
    s::OPT_PARKED,
    s::OPT_DEDICATED_IP,
];

/// Why stored settings cannot have been saved by oxide_cpanel's form (see the module doc).
pub fn foreign(old: &Old) -> Option<String> {
    let defs = definitions();
    let at = |name: &str| defs.position(name).unwrap_or(0);
    reasons::by_type(&defs, old)
        .or_else(|| {
            OPTION_NAME_SETTINGS.iter().find_map(|name| {
                let v = old.get(at(name));
                let l = v.to_ascii_lowercase();
                let bad = l == "on"
                    || l == "unlimited"
                    || (!v.is_empty() && v.chars().all(|c| c.is_ascii_digit()));
                bad.then(|| text::not_a_name(at(name), name, &v))
            })
        })
        .or_else(|| {
            // cPanel's “Limit Reseller by Usage” and “Allow BW Overselling” are ticks; our
            // limits (numbers, sizes such as `20 GB`) and nameservers never are.
            [
                s::RESELLER_ACCOUNTS,
                s::RESELLER_DISK,
                s::RESELLER_BANDWIDTH,
                s::RESELLER_NAMESERVERS,
            ]
            .iter()
            .find_map(|name| {
                let v = old.get(at(name));
                v.eq_ignore_ascii_case("on")
                    .then(|| text::a_tick(at(name), name, &v))
            })
        })
        .or_else(|| reasons::beyond(&defs, old, super::NAME))
}

fn blockers(old: &Old) -> Vec<String> {
    let package = old.get(1);
    if package.is_empty() || package.eq_ignore_ascii_case("custom") {
        vec![format!(
            "the product has no WHM package (“{package}”): WHMCS's cpanel module built each account from the product's own limits. \
             Create a WHM package with those limits, choose it as the product's WHM Package Name, then adopt"
        )]
    } else {
        Vec::new()
    }
}

/// A configurable option applies through the option-name setting that lists its name.
fn option_use(name: &str, new: &Params) -> Option<String> {
    let defs = definitions();
    OPTION_NAME_SETTINGS
        .iter()
        .find(|setting| {
            defs.value(new, setting)
                .split(',')
                .any(|n| n.trim().eq_ignore_ascii_case(name.trim()))
        })
        .map(|s| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A product as WHMCS's cpanel module saves it (values from its settings page).
    fn cpanel_row() -> Old {
        Old::of(&[
            (1, "basic"),
            (2, "10"),
            (3, "1000"),
            (4, "25"),
            (5, "10000"),
            (6, ""),
            (7, "on"),
            (8, "5"),
            (10, "10"),
            (12, "2"),
            (13, "jupiter"),
            (14, "1"),
            (19, "on"),
            (22, "on"),
        ])
    }

    #[test]
    fn cpanel_settings_are_foreign_ours_are_not() {
        assert!(foreign(&cpanel_row())
            .unwrap()
            .contains("configoption2 “10” is not a yes/no"));
        // A product as today's release writes it: our form's defaults.
        let defs = definitions();
        let ours: Vec<(usize, String)> = defs
            .iter()
            .enumerate()
            .map(|(i, d)| {
                (
                    i + 1,
                    if d.field_type == crate::whmcs::FieldType::YesNo {
                        String::new()
                    } else {
                        d.default.clone().unwrap_or_default()
                    },
                )
            })
            .collect();
        let pairs: Vec<(usize, &str)> = ours.iter().map(|(n, v)| (*n, v.as_str())).collect();
        let mut with_package = pairs.clone();
        with_package[0] = (1, "basic");
        assert_eq!(foreign(&Old::of(&with_package)), None);
        // Saved once through our form after a naive switch: yes/no boxes normalised, but
        // cPanel's numbers sit in option names, and 23-24 are beyond ours.
        let saved = Old::of(&[(1, "basic"), (2, "on"), (4, "MB"), (5, "10000"), (22, "on")]);
        assert!(foreign(&saved).unwrap().contains("configoption5"));
        assert!(foreign(&Old::of(&[(1, "basic"), (24, "on")]))
            .unwrap()
            .contains("configoption24"));
    }

    #[test]
    fn mapping_is_conservative() {
        let p = crate::modules::shared::adopt::plan::new_settings(&TARGET, &cpanel_row());
        let v = |name: &str| p.iter().find(|s| s.setting == name).unwrap().value.clone();
        assert_eq!(v(s::PACKAGE), "basic");
        assert_eq!(
            v(s::RESELLER_TERMINATE_ALL),
            "",
            "old 22 never ticks terminate-all"
        );
        assert_eq!(v(s::DEDICATED_IP), "", "old 6 unticked");
        assert_eq!(v(s::KEEP_DNS), "");
        assert_eq!(v(s::RESELLER_OVERSELL), "", "only one overselling was on");
        assert_eq!(p.len(), definitions().len());
        assert_eq!(
            foreign(&Old::of(
                &p.iter()
                    .map(|s| (s.position, s.value.as_str()))
                    .collect::<Vec<_>>()
            )),
            None
        );
        assert_eq!(blockers(&Old::of(&[(1, "Custom")])).len(), 1);
    }
}
