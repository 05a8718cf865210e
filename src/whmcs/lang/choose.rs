//! Whose language a page is in, as WHMCS decides it for its own pages.
//!
//! Client area: the language the visitor picked this session (`$_SESSION['Language']`), else
//! the client's own setting (`clientsdetails.language` / `tblclients.language`), else the
//! system default (`tblconfiguration` `Language`), else English. Admin area: the logged-in
//! admin's setting (`tbladmins.language` of `$_SESSION['adminid']`), else English.
//! A name is used only if it is a plain word the module has a file for: the session value is
//! the visitor's to set, so it never reaches a path unchecked.

use std::path::Path;

use crate::whmcs::{Call, Value};

pub const ENGLISH: &str = "english";

/// `raw` as a language file's base name, if it can be one: lower-case letters, `-`, `_`.
/// Nothing that could leave the folder (`/`, `.`, `\`, NUL) passes.
pub fn safe_name(raw: &str) -> Option<String> {
    let name = raw.trim().to_ascii_lowercase();
    let plain = !name.is_empty()
        && name.len() <= 32
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'_');
    plain.then_some(name)
}

/// The first candidate that names a language the module has (a file in `dir`), else English.
pub fn first_available(candidates: &[Option<String>], dir: Option<&Path>) -> String {
    candidates
        .iter()
        .flatten()
        .filter_map(|c| safe_name(c))
        .find(|name| name == ENGLISH || dir.is_some_and(|d| has_language(d, name)))
        .unwrap_or_else(|| ENGLISH.to_string())
}

fn has_language(dir: &Path, name: &str) -> bool {
    dir.join(format!("{name}.php")).is_file()
        || dir.join("overrides").join(format!("{name}.php")).is_file()
}

/// What the client area's language could be, in WHMCS's order.
pub fn client_candidates(call: &Call<'_>) -> Vec<Option<String>> {
    let session = call.host.session_value("Language");
    let own = call
        .params
        .get("clientsdetails")
        .and_then(Value::as_array)
        .and_then(|c| c.get("language"))
        .and_then(Value::as_text)
        .map(|s| s.into_owned())
        .filter(|s| !s.trim().is_empty())
        .or_else(|| client_row_language(call));
    let default = setting(call, "Language");
    vec![session, own, default]
}

/// What the admin area's language could be.
pub fn admin_candidates(call: &Call<'_>) -> Vec<Option<String>> {
    let admin = call
        .host
        .session_value("adminid")
        .and_then(|id| id.trim().parse::<i64>().ok())
        .and_then(|id| {
            call.host
                .query(
                    "SELECT language FROM tbladmins WHERE id = ?",
                    &[Value::Int(id)],
                )
                .ok()?
                .first()
                .map(|r| r.text("language"))
        });
    vec![admin]
}

fn client_row_language(call: &Call<'_>) -> Option<String> {
    let id = call.params.user_id()?;
    let rows = call
        .host
        .query(
            "SELECT language FROM tblclients WHERE id = ?",
            &[Value::Int(id)],
        )
        .ok()?;
    rows.first()
        .map(|r| r.text("language"))
        .filter(|s| !s.is_empty())
}

fn setting(call: &Call<'_>, name: &str) -> Option<String> {
    let rows = call
        .host
        .query(
            "SELECT value FROM tblconfiguration WHERE setting = ?",
            &[Value::from(name)],
        )
        .ok()?;
    rows.first()
        .map(|r| r.text("value"))
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_words_are_language_names() {
        assert_eq!(safe_name(" German ").as_deref(), Some("german"));
        assert_eq!(safe_name("portuguese-br").as_deref(), Some("portuguese-br"));
        for bad in [
            "",
            "../../../etc/passwd",
            "..",
            "german/../x",
            "a\\b",
            "english\0",
            "eng.php",
            "x2",
            &"a".repeat(33),
        ] {
            assert_eq!(safe_name(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_first_language_with_a_file_wins() {
        let dir = std::env::temp_dir().join(format!("oxide-lang-choose-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("overrides")).unwrap();
        std::fs::write(dir.join("german.php"), "<?php").unwrap();
        std::fs::write(dir.join("overrides/dutch.php"), "<?php").unwrap();
        let c = |v: &[Option<&str>]| -> Vec<Option<String>> {
            v.iter().map(|s| s.map(str::to_string)).collect()
        };
        let d = Some(dir.as_path());
        assert_eq!(
            first_available(&c(&[Some("German"), Some("dutch")]), d),
            "german"
        );
        assert_eq!(first_available(&c(&[None, Some("dutch")]), d), "dutch");
        assert_eq!(
            first_available(&c(&[Some("klingon"), Some("german")]), d),
            "german"
        );
        assert_eq!(first_available(&c(&[Some("../german")]), d), "english");
        assert_eq!(first_available(&c(&[None, None]), d), "english");
        assert_eq!(first_available(&c(&[Some("german")]), None), "english");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
