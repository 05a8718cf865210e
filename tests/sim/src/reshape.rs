//! Answers with one field changed: what a panel of another version, a proxy or an odd record
//! sends. Tests run every function with every field of every answer it reads changed in turn.
//!
//! A field is named by a JSON pointer (`/data/account/reseller`); a body that is not JSON is
//! left as it is.

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

/// The key [`Change::Extra`] adds.
pub const EXTRA_KEY: &str = "oxide_unexpected";

/// How the field is changed.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// `null` in its place.
    Null,
    /// Left out (an array element is removed).
    Remove,
    /// A value of another type: text → 7, number/bool/null → "n/a", array/object → "n/a".
    Retype,
    /// An empty array (PHP's json_encode of an empty array where an object is meant).
    EmptyList,
    /// An object: one more key of a kind nobody expects; anything else is left as it is.
    Extra,
}

impl Change {
    pub const ALL: [Change; 5] = [
        Change::Null,
        Change::Remove,
        Change::Retype,
        Change::EmptyList,
        Change::Extra,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Change::Null => "null",
            Change::Remove => "removed",
            Change::Retype => "of another type",
            Change::EmptyList => "an empty list",
            Change::Extra => "with an extra field",
        }
    }
}

/// `body` with the field at `path` changed; unchanged when it is not JSON or has no such field.
pub fn apply(body: &[u8], path: &str, change: Change) -> Vec<u8> {
    let Ok(mut v) = serde_json::from_slice::<Json>(body) else {
        return body.to_vec();
    };
    if change_at(&mut v, path, change) {
        serde_json::to_vec(&v).unwrap_or_else(|_| body.to_vec())
    } else {
        body.to_vec()
    }
}

fn change_at(root: &mut Json, path: &str, change: Change) -> bool {
    if change == Change::Remove {
        let Some((parent, last)) = path.rsplit_once('/') else {
            return false;
        };
        let key = unescape(last);
        return match root.pointer_mut(parent) {
            Some(Json::Object(m)) => m.shift_remove(&key).is_some(),
            Some(Json::Array(a)) => match key.parse::<usize>() {
                Ok(i) if i < a.len() => {
                    a.remove(i);
                    true
                }
                _ => false,
            },
            _ => false,
        };
    }
    let Some(slot) = root.pointer_mut(path) else {
        return false;
    };
    match change {
        Change::Null => *slot = Json::Null,
        Change::Retype => {
            *slot = match slot {
                Json::String(_) => Json::from(7),
                _ => Json::from("n/a"),
            }
        }
        Change::EmptyList => *slot = Json::Array(Vec::new()),
        Change::Extra => match slot {
            Json::Object(m) => {
                m.insert(
                    EXTRA_KEY.into(),
                    serde_json::json!({"nested": [1, "two", null]}),
                );
            }
            _ => return false,
        },
        Change::Remove => return false,
    }
    true
}

/// Every field of an answer as JSON pointers, parents before children. Of an array only the
/// first element is walked (elements share a shape); `max` bounds the count for big answers.
pub fn paths(v: &Json, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    walk(v, String::new(), &mut out, max);
    out
}

fn walk(v: &Json, at: String, out: &mut Vec<String>, max: usize) {
    if out.len() >= max {
        return;
    }
    if !at.is_empty() {
        out.push(at.clone());
    }
    match v {
        Json::Object(m) => {
            for (k, child) in m {
                walk(child, format!("{at}/{}", escape(k)), out, max);
            }
        }
        Json::Array(a) => {
            if let Some(first) = a.first() {
                walk(first, format!("{at}/0"), out, max);
            }
        }
        _ => {}
    }
}

/// The last key of a pointer, as the answer spells it (`/data/accounts/0/name` → `name`).
pub fn field_name(path: &str) -> String {
    unescape(path.rsplit('/').next().unwrap_or(path))
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn unescape(key: &str) -> String {
    key.replace("~1", "/").replace("~0", "~")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn changes_one_field() {
        let body = br#"{"data":{"accounts":[{"name":"a","size":3},{"name":"b"}]}}"#;
        let get = |path: &str, c: Change| -> Json {
            serde_json::from_slice(&apply(body, path, c)).unwrap()
        };
        assert_eq!(
            get("/data/accounts/0/name", Change::Null)["data"]["accounts"][0]["name"],
            Json::Null
        );
        assert!(
            get("/data/accounts/0/size", Change::Remove)["data"]["accounts"][0]
                .get("size")
                .is_none()
        );
        assert_eq!(
            get("/data/accounts/0", Change::Remove)["data"]["accounts"],
            json!([{"name": "b"}])
        );
        assert_eq!(
            get("/data/accounts/0/name", Change::Retype)["data"]["accounts"][0]["name"],
            7
        );
        assert_eq!(
            get("/data/accounts/0/size", Change::Retype)["data"]["accounts"][0]["size"],
            "n/a"
        );
        assert_eq!(get("/data", Change::EmptyList)["data"], Json::Array(vec![]));
        assert!(get("/data", Change::Extra)["data"].get(EXTRA_KEY).is_some());
        assert_eq!(apply(b"not json", "/a", Change::Null), b"not json".to_vec());
        assert_eq!(apply(body, "/nope", Change::Null), body.to_vec());
    }

    #[test]
    fn walks_every_field_once() {
        let v = json!({"a": {"b/c": 1, "d": [{"e": 1}, {"e": 2}]}});
        assert_eq!(
            paths(&v, 100),
            vec!["/a", "/a/b~1c", "/a/d", "/a/d/0", "/a/d/0/e"]
        );
        assert_eq!(field_name("/a/b~1c"), "b/c");
        assert_eq!(paths(&v, 2).len(), 2);
    }
}
