//! Adopting products of JosephChuks' `hestia` and VestaCP's `vesta` modules (settings:
//! 1 Package Name, 2 SSH Access, 3 Server/IP Address), and the stored values that cannot be
//! ours. PUQ's `puqHestiaCP` is not adopted: its settings' `configoptionN` packing is not
//! documented, and a guessed layout would write wrong values silently.
//!
//! All 24 positions are ours, so no settings-version field; instead, values no save of our
//! form produces: a yes/no or fixed dropdown setting holding something else, an IP address as
//! the package name to deploy (their “Server/IP Address”), and “Use the package parameters”
//! ticked while every package parameter (positions 4–24) is empty — our form writes them all
//! (their “SSH Access”). Limit: a `hestia` product with SSH Access unticked and no address
//! looks like ours, and acts like ours (the package it names, nothing deployed).

use std::net::IpAddr;

use crate::modules::shared::adopt::guard::{self, reasons};
use crate::modules::shared::adopt::old::{Old, POSITIONS};
use crate::modules::shared::adopt::target::{Rule, Target};
use crate::modules::shared::adopt::text;
use crate::whmcs::{Call, Params};

use super::settings::{self as s, definitions};

pub static TARGET: Target = Target {
    module: super::NAME,
    sources: &["hestia", "vesta"],
    old_labels: &["Package Name", "SSH Access", "Server/IP Address"],
    rules: &[
        Rule { setting: s::PACKAGE, from: &[1], value: |o| o.get(1), why: "the same HestiaCP package", choice: None },
        Rule {
            setting: s::USE_CUSTOM,
            from: &[],
            value: |_| String::new(),
            why: "off: accounts stay on the package named above, which oxide never changes",
            choice: Some("The old module only assigned the package. Ticked, oxide would deploy the package parameters below to the server at every create and package change."),
        },
        Rule { setting: s::USERNAME_RULE, from: &[], value: |_| String::new(), why: "WHMCS's username, as the old module used it", choice: None },
        Rule {
            setting: s::AFTER_CREATE,
            from: &[],
            value: |_| "domain".into(),
            why: "the service's domain (web, DNS, mail) is added when a new account is created; existing accounts are not touched",
            choice: None,
        },
        Rule {
            setting: s::SUSPENDED_PASSWORD,
            from: &[],
            value: |_| "refuse".into(),
            why: "a password change of a suspended user is refused with a message (HestiaCP cannot change it)",
            choice: None,
        },
    ],
    default_why: "oxide's default; package parameters apply only when “Use the package parameters” is on",
    dropped: &[
        (2, "the old module's shell for new users; oxide leaves the shell to the HestiaCP package (its SHELL)"),
        (3, "the old module's address for new domains; HestiaCP chooses the server's address"),
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

/// Why stored settings cannot have been saved by oxide_hestiacp's form (see the module doc).
pub fn foreign(old: &Old) -> Option<String> {
    let defs = definitions();
    let custom_name = defs.position(s::CUSTOM_NAME).unwrap_or(0);
    let use_custom = defs.position(s::USE_CUSTOM).unwrap_or(0);
    reasons::by_type(&defs, old)
        .or_else(|| {
            let v = old.get(custom_name);
            v.parse::<IpAddr>()
                .is_ok()
                .then(|| text::an_address(custom_name, s::CUSTOM_NAME, &v))
        })
        .or_else(|| {
            let never_saved = (use_custom + 2..=POSITIONS).all(|n| old.get(n).is_empty());
            (old.flag(use_custom) && never_saved)
                .then(|| text::parameters_never_saved(s::USE_CUSTOM))
        })
}

fn blockers(old: &Old) -> Vec<String> {
    if old.get(1).is_empty() {
        vec!["the product names no HestiaCP package: choose it as the product's Package Name, then adopt".to_string()]
    } else {
        Vec::new()
    }
}

/// Configurable options override package parameters, which adoption leaves off.
fn option_use(_: &str, _: &Params) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hestia_and_vesta_settings_are_foreign_ours_are_not() {
        assert!(
            foreign(&Old::of(&[(1, "gold"), (2, "on"), (3, "203.0.113.7")]))
                .unwrap()
                .contains("IP address")
        );
        assert!(foreign(&Old::of(&[(1, "gold"), (2, "on")]))
            .unwrap()
            .contains("was ever saved"));
        // Today's release: the form's defaults, with or without the package parameters.
        let defs = definitions();
        let mut ours: Vec<(usize, String)> = defs
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
        let pairs =
            |v: &Vec<(usize, String)>| v.iter().map(|(n, x)| (*n, x.clone())).collect::<Vec<_>>();
        let check = |v: &Vec<(usize, String)>| {
            let p = pairs(v);
            foreign(&Old::of(
                &p.iter().map(|(n, x)| (*n, x.as_str())).collect::<Vec<_>>(),
            ))
        };
        assert_eq!(check(&ours), None);
        ours[1].1 = "on".into();
        assert_eq!(check(&ours), None);
        assert_eq!(
            foreign(&Old::of(&[(1, "gold")])),
            None,
            "a package alone acts like ours"
        );
    }

    #[test]
    fn mapping_never_deploys_parameters() {
        let p = crate::modules::shared::adopt::plan::new_settings(
            &TARGET,
            &Old::of(&[(1, "gold"), (2, "on"), (3, "203.0.113.7")]),
        );
        assert_eq!(p[0].value, "gold");
        assert_eq!(
            p[1].value, "",
            "SSH Access never ticks Use the package parameters"
        );
        assert_eq!(p[2].value, "");
        assert_eq!(
            foreign(&Old::of(
                &p.iter()
                    .map(|s| (s.position, s.value.as_str()))
                    .collect::<Vec<_>>()
            )),
            None
        );
    }
}
