//! Every English sentence adoption shows an admin, in one place so a translation (lang/)
//! can replace them together.

/// How to adopt a product, for the refusal line and errors.
pub fn how_to_adopt(product_id: i64, module: &str) -> String {
    format!(
        "adopt it with Addons → whmcs-oxide → Adopt, or whmcs_oxide_adopt({product_id}, '{module}') \
         (a dry run; then with $apply = true)"
    )
}

pub fn refusal(product_id: i64, name: &str, module: &str, reason: &str) -> String {
    format!(
        "product #{product_id}{} holds settings saved by another module ({reason}); {module} \
         does not act on them and sent nothing to the panel: {}",
        quoted_name(name),
        how_to_adopt(product_id, module)
    )
}

fn quoted_name(name: &str) -> String {
    if name.is_empty() {
        String::new()
    } else {
        format!(" “{name}”")
    }
}

pub fn not_yes_no(position: usize, setting: &str, value: &str) -> String {
    format!(
        "configoption{position} “{}” is not a yes/no value for “{setting}”",
        clip(value)
    )
}

pub fn not_one_of(position: usize, setting: &str, value: &str, allowed: &str) -> String {
    format!(
        "configoption{position} “{}” is not one of {allowed} for “{setting}”",
        clip(value)
    )
}

pub fn not_a_name(position: usize, setting: &str, value: &str) -> String {
    format!(
        "configoption{position} “{}” is not a configurable option name for “{setting}”",
        clip(value)
    )
}

pub fn a_tick(position: usize, setting: &str, value: &str) -> String {
    format!(
        "configoption{position} “{}” is a ticked box, not a value for “{setting}”",
        clip(value)
    )
}

pub fn beyond_ours(position: usize, module: &str, ours: usize, value: &str) -> String {
    format!(
        "configoption{position} holds “{}”, but {module} has {ours} settings and WHMCS writes \
         only the positions a module defines",
        clip(value)
    )
}

pub fn an_address(position: usize, setting: &str, value: &str) -> String {
    format!(
        "configoption{position} “{}” is an IP address, not a value for “{setting}”",
        clip(value)
    )
}

pub fn parameters_never_saved(setting: &str) -> String {
    format!(
        "“{setting}” is ticked but none of the package parameters was ever saved (our \
         settings form writes them all)"
    )
}

/// A stored value shortened for one line.
fn clip(value: &str) -> String {
    let v: String = value.chars().filter(|c| !c.is_control()).take(40).collect();
    if value.chars().count() > 40 {
        format!("{v}…")
    } else {
        v
    }
}

// Errors.
pub fn unknown_target(module: &str, known: &str) -> String {
    format!("whmcs_oxide_adopt: cannot adopt into “{module}”; adoptable: {known}")
}

pub fn no_product(product_id: i64) -> String {
    format!("whmcs_oxide_adopt: there is no product #{product_id}")
}

pub fn wrong_source(product_id: i64, current: &str, module: &str, sources: &str) -> String {
    format!(
        "product #{product_id} uses the module “{current}”: {module} adopts products of {sources}"
    )
}

pub fn already_ours(product_id: i64, module: &str) -> String {
    format!("product #{product_id} already holds {module}'s own settings: nothing to adopt")
}

pub fn already_adopted(product_id: i64, at: &str) -> String {
    format!(
        "product #{product_id} was adopted at {at} and its snapshot is kept: restore it first \
         (whmcs_oxide_adopt_restore({product_id})) or keep it as it is"
    )
}

pub fn no_snapshot(product_id: i64) -> String {
    format!("product #{product_id} has no adoption snapshot to restore")
}

pub fn restore_blocked(product_id: i64, server: i64, services: &str) -> String {
    format!(
        "product #{product_id} cannot be restored: server #{server} added by the adoption now \
         also holds service(s) {services}; move them first"
    )
}

pub fn blocked(lines: &[String]) -> String {
    format!("nothing was changed: {}", lines.join("; "))
}

pub fn snapshot_unreadable(product_id: i64) -> String {
    format!("the adoption snapshot of product #{product_id} cannot be read")
}

// Report lines.
pub fn report_title(product_id: i64, name: &str, from: &str, to: &str, apply: bool) -> String {
    format!(
        "{} product #{product_id}{}: {from} → {to}",
        if apply { "Adopted" } else { "Dry run for" },
        quoted_name(name)
    )
}

pub fn naive_switch(module: &str, from: &str) -> String {
    format!("the product already says {module}, but its settings are {from}'s (the Module was switched without adoption)")
}

pub fn setting_line(position: usize, setting: &str, value: &str, from: &str, why: &str) -> String {
    let value = if value.is_empty() {
        "(empty)".to_string()
    } else {
        format!("“{value}”")
    };
    format!("{position:>2} {setting} = {value} ← {from}: {why}")
}

pub fn from_old(position: usize, label: &str, value: &str) -> String {
    format!("old {position} {label} “{}”", clip(value))
}

pub const NOT_FROM_OLD: &str = "not from the old settings";

pub fn dropped_line(position: usize, label: &str, value: &str, why: &str) -> String {
    format!("old {position} {label} “{}” dropped: {why}", clip(value))
}

pub fn choice_line(setting: &str, value: &str, old_behaviour: &str) -> String {
    let state = if value.is_empty() {
        "empty (off)".to_string()
    } else {
        format!("“{value}”")
    };
    format!("decide: “{setting}” is {state}. {old_behaviour}")
}

pub fn option_applied(name: &str, setting: &str) -> String {
    format!("configurable option “{name}” → applied through “{setting}”")
}

pub fn option_unused(name: &str, module: &str) -> String {
    format!("configurable option “{name}” → not applied by {module} (it stays on the product, without effect)")
}

pub fn blocker_line(line: &str) -> String {
    format!("blocks adoption: {line}")
}

pub fn server_line(id: i64, name: &str, kind: &str, action: &str) -> String {
    format!("server #{id} “{name}” ({kind}): {action}")
}

pub const SERVER_KEEP: &str = "already of the new module";
pub fn server_switch(module: &str) -> String {
    format!("its type becomes {module} (only this product uses it)")
}
pub fn server_duplicate(module: &str) -> String {
    format!(
        "shared with other products: a copy of type {module} is added (same address and \
         credentials, also in the product's server group) and this product's services move to it"
    )
}

pub fn listing_failed(id: i64, name: &str, why: &str) -> String {
    format!("server #{id} “{name}” could not be listed: {why}")
}

pub fn service_line(id: i64, username: &str, server: i64, findings: &str) -> String {
    format!("service #{id} {username} on server #{server}: {findings}")
}

pub const FOUND: &str = "found";
pub const MISSING: &str = "missing on the panel (reported only: nothing is created or terminated)";
pub const SUSPENDED_PANEL_ONLY: &str = "suspended on the panel only";
pub const SUSPENDED_WHMCS_ONLY: &str = "suspended in WHMCS only";
pub fn other_package(panel: &str, expected: &str) -> String {
    format!("on package “{panel}”, the product says “{expected}”")
}
pub const OTHER_OWNER: &str = "owned by a reseller on the panel";
pub fn not_checked(why: &str) -> String {
    format!("not checked ({why})")
}
pub fn status_not_live(status: &str) -> String {
    format!("status {status}")
}
pub const NO_USERNAME: &str = "no username";
pub const SERVER_UNLISTED: &str = "its server could not be listed";
pub const NO_SERVER: &str = "no server";

pub fn summary(total: usize, counts: &[(usize, &str)]) -> String {
    let parts: Vec<String> = counts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
    format!(
        "{total} service(s): {}",
        if parts.is_empty() {
            "none".into()
        } else {
            parts.join(", ")
        }
    )
}

pub const NOTHING_CHANGED: &str =
    "dry run: nothing was written and no panel was changed (listing reads only)";
pub fn applied(product_id: i64) -> String {
    format!(
        "applied: settings, server records and a snapshot written; no account on any panel was \
         changed. Undo: whmcs_oxide_adopt_restore({product_id})"
    )
}
pub fn restored(product_id: i64, from: &str) -> String {
    format!("product #{product_id} is back on the module “{from}” with its old settings, servers and services, as before the adoption")
}
