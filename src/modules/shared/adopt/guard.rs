//! The refusal every function of an adopting module runs first (through its ModuleSpec's
//! `settings_check`): settings another module saved are never acted on.

use crate::whmcs::{Call, Value};

use super::old::Old;
use super::target::Target;
use super::text;

/// `Some(line)` when the call's product holds settings `target.module` did not save.
pub fn check(target: &Target, call: &Call<'_>) -> Option<String> {
    let old = Old::from_params(&call.params)?;
    let reason = (target.foreign)(&old)?;
    let pid = call.params.product_id().unwrap_or(0);
    Some(text::refusal(
        pid,
        &product_name(call, pid),
        target.module,
        &reason,
    ))
}

/// The product's name for the refusal; the refusal stands without it.
fn product_name(call: &Call<'_>, pid: i64) -> String {
    call.host
        .query(
            "SELECT name FROM tblproducts WHERE id = ?",
            &[Value::Int(pid)],
        )
        .ok()
        .and_then(|rows| rows.first().map(|r| r.text("name")))
        .unwrap_or_default()
}

/// Reasons shared by the modules' checks.
pub mod reasons {
    use super::super::old::{is_yes_no, Old};
    use super::text;
    use crate::whmcs::ConfigOptions;

    use crate::whmcs::FieldType;

    /// A yes/no setting of ours holding anything else, or a fixed dropdown of ours holding a
    /// value it does not offer (read from the definitions, so new options stay accepted).
    pub fn by_type(defs: &ConfigOptions, old: &Old) -> Option<String> {
        defs.iter().enumerate().find_map(|(i, def)| {
            let n = i + 1;
            let v = old.get(n);
            match def.field_type {
                FieldType::YesNo if !is_yes_no(&v) => Some(text::not_yes_no(n, def.name, &v)),
                FieldType::Dropdown if def.loader.is_none() && !def.options.is_empty() => {
                    let offered = v.is_empty()
                        || def.options.iter().any(|(value, label)| {
                            value.eq_ignore_ascii_case(&v) || label.eq_ignore_ascii_case(&v)
                        });
                    let allowed: Vec<&str> = def.options.iter().map(|(o, _)| o.as_str()).collect();
                    (!offered).then(|| text::not_one_of(n, def.name, &v, &allowed.join("/")))
                }
                _ => None,
            }
        })
    }

    /// A value stored beyond our last setting: WHMCS's form writes only positions 1..N.
    pub fn beyond(defs: &ConfigOptions, old: &Old, module: &str) -> Option<String> {
        (defs.len() + 1..=super::super::old::POSITIONS).find_map(|n| {
            let v = old.get(n);
            (!v.is_empty()).then(|| text::beyond_ours(n, module, defs.len(), &v))
        })
    }
}
