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

#[cfg(test)]
mod lang_files {
    use std::collections::BTreeSet;
    use std::path::Path;

    use crate::whmcs::lang::parse;

    /// WHMCS's file names of the languages every module ships.
    const LANGUAGES: &[&str] = &[
        "english",
        "german",
        "spanish",
        "french",
        "russian",
        "portuguese-br",
    ];

    /// Every module ships every language with exactly English's keys, none empty.
    #[test]
    fn every_language_has_exactly_the_english_keys() {
        let servers = Path::new(env!("CARGO_MANIFEST_DIR")).join("php/modules/servers");
        for module in super::all() {
            let dir = servers.join(module.name).join("lang");
            let english: BTreeSet<String> = parse(module.english).into_keys().collect();
            assert!(
                english.len() > 5,
                "{}: english.php is nearly empty",
                module.name
            );
            for language in LANGUAGES {
                let path = dir.join(format!("{language}.php"));
                let src = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                let strings = parse(&src);
                let keys: BTreeSet<String> = strings.keys().cloned().collect();
                let missing: Vec<_> = english.difference(&keys).collect();
                let extra: Vec<_> = keys.difference(&english).collect();
                assert!(
                    missing.is_empty() && extra.is_empty(),
                    "{}: missing {missing:?}, not in English {extra:?}",
                    path.display()
                );
                let empty: Vec<_> = strings
                    .iter()
                    .filter(|(k, v)| v.trim().is_empty() && *k != "numberThousands")
                    .map(|(k, _)| k)
                    .collect();
                assert!(empty.is_empty(), "{}: empty {empty:?}", path.display());
            }
        }
    }
}
