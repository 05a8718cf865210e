//! Every module compiled into the extension. Each lives in its own folder and depends only on
//! `crate::whmcs` and `crate::http`.

pub mod cpanel;
pub mod hestiacp;
pub mod shared;
pub mod storegrid;
pub mod vpncp;

use crate::whmcs::ModuleSpec;

/// The registry the PHP binding exports from (one line per module).
static ALL: &[&ModuleSpec] = &[
    &hestiacp::SPEC,
    &cpanel::SPEC,
    &storegrid::SPEC,
    &vpncp::SPEC,
];

pub fn all() -> &'static [&'static ModuleSpec] {
    ALL
}

/// Finds the module and function behind a PHP name such as `oxide_hestiacp_CreateAccount`.
pub fn resolve(
    php_name: &str,
) -> Option<(&'static ModuleSpec, &'static crate::whmcs::FunctionSpec)> {
    all().iter().find_map(|m| {
        let rest = php_name.strip_prefix(m.name)?.strip_prefix('_')?;
        m.all_functions()
            .find(|f| f.name.eq_ignore_ascii_case(rest))
            .map(|f| (*m, f))
    })
}

/// The modules that adopt products of other modules (`whmcs_oxide_adopt`).
pub fn adoption_targets() -> &'static [&'static shared::adopt::Target] {
    static TARGETS: &[&shared::adopt::Target] = &[&cpanel::adopt::TARGET, &hestiacp::adopt::TARGET];
    TARGETS
}
