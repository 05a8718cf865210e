//! Answers a hostile panel, a proxy in front of it or a tenant on it could send: names holding
//! line breaks, separators, control characters, HTML and right-to-left marks; duplicate or
//! forged records; limits and numbers as the panel's own odd strings. Each changes the handler's
//! JSON answer; a body that is not JSON is left as it is.

use serde_json::{Map, Value as Json};

/// What a tenant can put in a name: a newline that forges another line, HestiaCP's and our
/// own separators, control characters, markup with a script, and a right-to-left override
/// that makes `exe.txt` read `txt.exe`.
pub const HOSTILE_TEXT: &str =
    "\nforged|755|x\t\u{1}\u{7f}<b onmouseover=alert(1)>x</b><script>alert('oxide')</script>\u{202e}cod.exe";

pub fn hostile_text() -> String {
    HOSTILE_TEXT.to_string()
}

fn edit(body: &[u8], f: impl FnOnce(&mut Json) -> bool) -> Vec<u8> {
    let Ok(mut v) = serde_json::from_slice::<Json>(body) else {
        return body.to_vec();
    };
    if f(&mut v) {
        serde_json::to_vec(&v).unwrap_or_else(|_| body.to_vec())
    } else {
        body.to_vec()
    }
}

/// Appends `text` to every string under one of `keys` (also to the keys of an object under
/// one of them: HestiaCP lists records as `{"alice": {…}}`).
pub fn names(body: &[u8], keys: &[String], text: &str) -> Vec<u8> {
    fn walk(v: &mut Json, keys: &[String], text: &str, inside: bool) -> bool {
        match v {
            Json::String(s) if inside => {
                s.push_str(text);
                true
            }
            Json::Object(m) => {
                let mut changed = false;
                let old = std::mem::take(m);
                for (k, mut child) in old {
                    let named = keys.contains(&k);
                    changed |= walk(&mut child, keys, text, named);
                    m.insert(k, child);
                }
                changed
            }
            Json::Array(a) => {
                let mut changed = false;
                for child in a {
                    changed |= walk(child, keys, text, inside);
                }
                changed
            }
            _ => false,
        }
    }
    edit(body, |v| {
        // Top-level object keys named `*` : the records of a keyed listing get hostile names.
        if keys.iter().any(|k| k == "*") {
            if let Json::Object(m) = v {
                let old = std::mem::take(m);
                for (k, child) in old {
                    m.insert(format!("{k}{text}"), child);
                }
            }
        }
        walk(v, keys, text, false) || keys.iter().any(|k| k == "*")
    })
}

/// Sets the field at `path` (JSON pointer) to `value`; a missing last key is added.
pub fn set(body: &[u8], path: &str, value: &Json) -> Vec<u8> {
    edit(body, |root| {
        if let Some(slot) = root.pointer_mut(path) {
            *slot = value.clone();
            return true;
        }
        let Some((parent, last)) = path.rsplit_once('/') else {
            return false;
        };
        match root.pointer_mut(parent) {
            Some(Json::Object(m)) => {
                m.insert(unescape(last), value.clone());
                true
            }
            _ => false,
        }
    })
}

/// In the list at `path`, a copy of element `index` with `with` merged in goes in front of it.
pub fn duplicate(body: &[u8], path: &str, index: usize, with: &Map<String, Json>) -> Vec<u8> {
    edit(body, |root| {
        let Some(Json::Array(list)) = root.pointer_mut(path) else {
            return false;
        };
        let Some(mut copy) = list.get(index).cloned() else {
            return false;
        };
        if let Json::Object(m) = &mut copy {
            for (k, v) in with {
                m.insert(k.clone(), v.clone());
            }
        }
        list.insert(index, copy);
        true
    })
}

/// Every number becomes a string.
pub fn numbers_as_strings(body: &[u8]) -> Vec<u8> {
    fn walk(v: &mut Json) -> bool {
        match v {
            Json::Number(n) => {
                *v = Json::String(n.to_string());
                true
            }
            Json::Object(m) => m.values_mut().fold(false, |c, x| walk(x) | c),
            Json::Array(a) => a.iter_mut().fold(false, |c, x| walk(x) | c),
            _ => false,
        }
    }
    edit(body, walk)
}

/// The answer padded with blanks after its end to `bytes` (JSON allows trailing blanks).
pub fn pad(mut body: Vec<u8>, bytes: u64) -> Vec<u8> {
    let want = usize::try_from(bytes).unwrap_or(usize::MAX);
    if body.len() < want {
        body.resize(want, b' ');
    }
    body
}

fn unescape(key: &str) -> String {
    key.replace("~1", "/").replace("~0", "~")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn j(b: Vec<u8>) -> Json {
        serde_json::from_slice(&b).unwrap()
    }

    #[test]
    fn changes_names_fields_and_lists() {
        let body =
            br#"{"data":{"acct":[{"user":"a","disk":5,"plan":"p"}]},"metadata":{"result":1}}"#;
        let v = j(names(body, &["user".into()], "<x>"));
        assert_eq!(v["data"]["acct"][0]["user"], "a<x>");
        assert_eq!(v["data"]["acct"][0]["plan"], "p");
        let v = j(names(br#"{"alice":{"NAME":"A"}}"#, &["*".into()], "|"));
        assert!(v.get("alice|").is_some());
        let v = j(set(body, "/metadata/result", &json!("0")));
        assert_eq!(v["metadata"]["result"], "0");
        let v = j(set(body, "/metadata/reason", &json!("<b>")));
        assert_eq!(v["metadata"]["reason"], "<b>");
        let mut with = Map::new();
        with.insert("plan".into(), json!("forged"));
        let v = j(duplicate(body, "/data/acct", 0, &with));
        assert_eq!(v["data"]["acct"][0]["plan"], "forged");
        assert_eq!(v["data"]["acct"][1]["plan"], "p");
        let v = j(numbers_as_strings(body));
        assert_eq!(v["data"]["acct"][0]["disk"], "5");
        assert_eq!(pad(b"{}".to_vec(), 10).len(), 10);
        assert_eq!(names(b"not json", &[], "x"), b"not json".to_vec());
    }
}
