//! A server module's language strings, loaded by the module itself (WHMCS loads them only for
//! addon modules). See docs/lang.md.
//!
//! Files: `modules/servers/<module>/lang/<language>.php`, then the admin's
//! `lang/overrides/<language>.php`, as WHMCS layers its own files. English is read first and
//! every other language laid over it, so a key a translation lacks still shows English, never
//! a bare key. The module's English file is also compiled in: a module whose folder cannot be
//! found (no `ROOTDIR`) still speaks English.
//!
//! Pages get every string as the template variable `_lang` (`{$_lang.diskUsage}`); Rust code
//! asks [`Lang::text`] / [`Lang::fill`].

mod choose;
mod file;
mod number;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use choose::{safe_name, ENGLISH};
pub use file::parse;
pub use number::NumberStyle;

use crate::whmcs::{Array, Call, Value};

/// The template variable that carries a page's strings.
pub const TEMPLATE_VAR: &str = "_lang";

#[derive(Debug, Clone)]
pub struct Lang {
    /// The file name chosen, e.g. `german`.
    pub language: String,
    strings: BTreeMap<String, String>,
    style: NumberStyle,
}

impl Lang {
    /// The client area's language (see `choose`). `english` is the module's compiled-in
    /// `lang/english.php`.
    pub fn for_client(call: &Call<'_>, english: &str) -> Lang {
        let dir = lang_dir(call);
        let language = choose::first_available(&choose::client_candidates(call), dir.as_deref());
        Lang::load(dir.as_deref(), &language, english)
    }

    /// The admin area's language.
    pub fn for_admin(call: &Call<'_>, english: &str) -> Lang {
        let dir = lang_dir(call);
        let language = choose::first_available(&choose::admin_candidates(call), dir.as_deref());
        Lang::load(dir.as_deref(), &language, english)
    }

    /// `language` (already checked by `choose`) over English, each with its override.
    pub fn load(dir: Option<&Path>, language: &str, english: &str) -> Lang {
        let mut strings = parse(english);
        let mut layers = vec![ENGLISH.to_string()];
        if language != ENGLISH {
            layers.push(language.to_string());
        }
        if let Some(dir) = dir {
            for layer in &layers {
                for path in [
                    dir.join(format!("{layer}.php")),
                    dir.join("overrides").join(format!("{layer}.php")),
                ] {
                    if let Ok(src) = std::fs::read_to_string(&path) {
                        strings.extend(parse(&src));
                    }
                }
            }
        }
        let style = style_of(&strings);
        Lang {
            language: language.to_string(),
            strings,
            style,
        }
    }

    /// The string for `key`; a key no file has shows as itself (a test catches it).
    pub fn text(&self, key: &str) -> String {
        self.strings
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    /// `text(key)` with each `{name}` replaced by its value.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut s = self.text(key);
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }

    pub fn numbers(&self) -> &NumberStyle {
        &self.style
    }

    /// A size given in MB, in this language (`1,5 GB`).
    pub fn size_mb(&self, mb: f64) -> String {
        self.style.size_mb(mb)
    }

    pub fn size_bytes(&self, bytes: f64) -> String {
        self.style.size_bytes(bytes)
    }

    /// Every string, for the template variable [`TEMPLATE_VAR`].
    pub fn to_value(&self) -> Value {
        let mut a = Array::new();
        for (k, v) in &self.strings {
            a.set(k.as_str(), v.as_str());
        }
        a.into()
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.strings.keys().map(String::as_str)
    }
}

fn style_of(strings: &BTreeMap<String, String>) -> NumberStyle {
    let mut style = NumberStyle::default();
    let get = |k: &str| strings.get(k).filter(|s| !s.is_empty()).cloned();
    if let Some(d) = get("numberDecimal") {
        style.decimal = d;
    }
    if let Some(t) = strings.get("numberThousands") {
        style.thousands = t.clone();
    }
    for (slot, key) in style
        .units
        .iter_mut()
        .zip(["unitB", "unitKB", "unitMB", "unitGB", "unitTB"])
    {
        if let Some(u) = get(key) {
            *slot = u;
        }
    }
    style
}

/// `ROOTDIR/modules/servers/<module>/lang`, if WHMCS says where it is installed.
fn lang_dir(call: &Call<'_>) -> Option<PathBuf> {
    let root = call.host.install_root()?;
    let dir = root
        .join("modules")
        .join("servers")
        .join(call.module)
        .join("lang");
    dir.is_dir().then_some(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "<?php\n$_LANG['hello'] = 'Hello {name}';\n$_LANG['only'] = 'Only English';\n$_LANG['numberDecimal'] = '.';\n";

    #[test]
    fn a_language_lies_over_english_and_overrides_over_both() {
        let dir = std::env::temp_dir().join(format!("oxide-lang-load-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("overrides")).unwrap();
        std::fs::write(
            dir.join("german.php"),
            "<?php $_LANG['hello'] = 'Hallo {name}'; $_LANG['numberDecimal'] = ',';",
        )
        .unwrap();
        std::fs::write(
            dir.join("overrides/german.php"),
            "<?php $_LANG['hello'] = 'Servus {name}';",
        )
        .unwrap();
        let de = Lang::load(Some(&dir), "german", EN);
        assert_eq!(de.fill("hello", &[("name", "Ana")]), "Servus Ana");
        assert_eq!(de.text("only"), "Only English");
        assert_eq!(de.text("missing"), "missing");
        assert_eq!(de.size_mb(1536.0), "1,5 GB");
        let en = Lang::load(None, ENGLISH, EN);
        assert_eq!(en.fill("hello", &[("name", "Ana")]), "Hello Ana");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
