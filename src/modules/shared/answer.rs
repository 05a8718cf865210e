//! Reading panel answers tolerantly: a function takes the fields it needs and nothing else.
//!
//! Panels of other versions, proxies and odd records send `null` for "not applicable", leave
//! fields out, or send `"12"` where `12` is meant. Every reader here answers `None` for a value
//! it cannot read instead of failing; the function decides whether it needs the field
//! ([`need`] gives the error that names it) or can do without. Numbers are read by
//! [`super::number`].

use serde_json::Value as Json;

/// A field the function needs that the answer lacks or has in a form nobody can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no readable `{field}`{}", .note.as_deref().map(|n| format!(" ({n})")).unwrap_or_default())]
pub struct UnreadableField {
    pub field: String,
    /// Where, when it is not the record's own field.
    pub note: Option<String>,
}

impl UnreadableField {
    pub fn new(field: &str) -> Self {
        UnreadableField {
            field: field.to_string(),
            note: None,
        }
    }

    /// A field of another record that may have been this one's.
    pub fn elsewhere(field: &str, note: &str) -> Self {
        UnreadableField {
            field: field.to_string(),
            note: Some(note.to_string()),
        }
    }
}

/// The value, or the error naming `field`.
pub fn need<T>(value: Option<T>, field: &str) -> Result<T, UnreadableField> {
    value.ok_or_else(|| UnreadableField::new(field))
}

/// Text: a string, or a number written out (panels print ids and sizes either way).
pub fn text(v: &Json, key: &str) -> Option<String> {
    match v.get(key)? {
        Json::String(s) => Some(s.clone()),
        Json::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A string and nothing else: for names, references and keys, where a number is no name.
pub fn string(v: &Json, key: &str) -> Option<String> {
    v.get(key).and_then(Json::as_str).map(str::to_string)
}

/// A string, or `""` (see [`string`]).
pub fn string_or_empty(v: &Json, key: &str) -> String {
    string(v, key).unwrap_or_default()
}

/// Text, or `""` when there is none (for fields shown as they are).
pub fn text_or_empty(v: &Json, key: &str) -> String {
    text(v, key).unwrap_or_default()
}

/// Yes or no: a boolean, 0/1, or the words panels use (`yes`/`no`, `true`/`false`, `on`/`off`).
pub fn flag(v: &Json, key: &str) -> Option<bool> {
    match v.get(key)? {
        Json::Bool(b) => Some(*b),
        Json::Number(n) => match n.as_i64() {
            Some(0) => Some(false),
            Some(1) => Some(true),
            _ => None,
        },
        Json::String(s) => flag_from_text(s),
        _ => None,
    }
}

/// Yes or no written as text (see [`flag`]).
pub fn flag_from_text(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "yes" | "true" | "on" | "1" | "y" => Some(true),
        "no" | "false" | "off" | "0" | "n" => Some(false),
        _ => None,
    }
}

/// A nested object (anything else, `[]` included, is no object).
pub fn object<'a>(v: &'a Json, key: &str) -> Option<&'a Json> {
    v.get(key).filter(|o| o.is_object())
}

/// A list's elements; none when it is missing or not a list.
pub fn list<'a>(v: &'a Json, key: &str) -> &'a [Json] {
    v.get(key)
        .and_then(Json::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// Texts of a list (elements that are not text are left out).
pub fn texts(v: &Json, key: &str) -> Vec<String> {
    list(v, key)
        .iter()
        .filter_map(|e| e.as_str().map(str::to_string))
        .collect()
}

/// What is wrong with a body that is not JSON, in words (not the parser's type wording).
pub fn json_error(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Eof => "the answer ends early",
        serde_json::error::Category::Syntax => "a syntax error",
        serde_json::error::Category::Io => "a read error",
        serde_json::error::Category::Data => "an unexpected shape",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_what_is_readable_and_nothing_else() {
        let v = json!({
            "s": "abc", "n": 12, "ns": " 42 ", "f": 3.9, "neg": -1, "big": 1e300,
            "yes": "Yes", "one": 1, "two": 2, "b": true, "nul": null, "o": {"k": 1},
            "empty": [], "l": ["a", 1, "b"]
        });
        assert_eq!(text(&v, "s").as_deref(), Some("abc"));
        assert_eq!(text(&v, "n").as_deref(), Some("12"));
        assert_eq!(text(&v, "b"), None);
        assert_eq!(text(&v, "nul"), None);
        assert_eq!(text(&v, "missing"), None);
        assert_eq!(text_or_empty(&v, "o"), "");
        assert_eq!(string(&v, "n"), None);
        assert_eq!(string_or_empty(&v, "s"), "abc");
        assert_eq!(flag(&v, "yes"), Some(true));
        assert_eq!(flag(&v, "one"), Some(true));
        assert_eq!(flag(&v, "two"), None);
        assert_eq!(flag(&v, "b"), Some(true));
        assert_eq!(flag(&v, "s"), None);
        assert!(object(&v, "o").is_some());
        assert!(object(&v, "empty").is_none());
        assert_eq!(list(&v, "o").len(), 0);
        assert_eq!(texts(&v, "l"), vec!["a", "b"]);
        assert_eq!(text(&json!(null), "s"), None);
        let e = need(None::<u64>, "storage_used").unwrap_err();
        assert_eq!(e.to_string(), "no readable `storage_used`");
        assert_eq!(need(Some(1), "x"), Ok(1));
        assert_eq!(
            UnreadableField::elsewhere("user", "in a showbw record").to_string(),
            "no readable `user` (in a showbw record)"
        );
    }
}
