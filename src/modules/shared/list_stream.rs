//! One list inside a JSON answer, read element by element as the answer streams in: a big
//! server's listing (`{"data":{"acct":[…50,000…]},"metadata":{…}}`) never exists in memory
//! as a whole, only one record at a time. Everything around the list (the envelope, whatever
//! order its keys come in) is kept, so the verdict is judged as for any answer.

use std::fmt;
use std::io::{BufRead, BufReader, Read};

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value as Json};

use crate::http::{HttpError, Request, Response, Transport};

/// Bytes read from the panel at a time: few, large reads keep the streamed parse as fast as
/// parsing a whole body.
pub const READ_BUFFER: usize = 256 * 1024;

/// An answer read around its list.
#[derive(Debug)]
pub struct Listed {
    /// The answer without the list.
    pub rest: Json,
    /// The list was there, as a list (possibly empty).
    pub found: bool,
}

/// Reads the answer in `reader`, handing each element of the list at `path` (keys from the
/// top) to `each`. Something other than a list at `path` stays in `rest`.
pub fn read_list<R: Read>(
    reader: R,
    path: &[&str],
    mut each: impl FnMut(Json),
) -> Result<Listed, serde_json::Error> {
    let mut de =
        serde_json::Deserializer::from_reader(BufReader::with_capacity(READ_BUFFER, reader));
    let mut found = false;
    let rest = Node {
        path,
        each: &mut each,
        found: &mut found,
    }
    .deserialize(&mut de)?
    .unwrap_or(Json::Null);
    de.end()?;
    Ok(Listed { rest, found })
}

/// Sends `req` and reads the list at `path` of its answer as it streams in ([`read_list`]);
/// `Ok(found)`. The answer without the list is handed to `judge`, which decides exactly as for
/// a whole answer (`Err` for anything but success). An answer that does not start as JSON (an
/// HTML page, an error text) is small: read whole and judged. `unreadable` words a body that
/// is not JSON after all.
pub fn send_list<E: From<HttpError>>(
    transport: &Transport<'_>,
    action: &str,
    req: &Request,
    path: &[&str],
    mut each: impl FnMut(Json),
    judge: impl Fn(&Response) -> Result<(), E>,
    unreadable: impl Fn(String) -> E,
) -> Result<bool, E> {
    transport.send_streamed(action, req, |status, headers, body| {
        let head = |body: String| Response {
            status,
            headers: headers.to_vec(),
            body,
        };
        let mut body = BufReader::new(body);
        let starts_json = body
            .fill_buf()
            .map(|b| b.iter().find(|c| !c.is_ascii_whitespace()) == Some(&b'{'))
            .unwrap_or(false);
        if !starts_json {
            let mut text = String::new();
            body.take(1024 * 1024)
                .read_to_string(&mut text)
                .map_err(|e| unreadable(format!("cannot read the answer ({e})")))?;
            judge(&head(text))?;
            return Ok(false);
        }
        let listed = read_list(body, path, &mut each).map_err(|e| {
            unreadable(format!(
                "HTTP {status}, not JSON ({})",
                super::answer::json_error(&e)
            ))
        })?;
        judge(&head(listed.rest.to_string()))?;
        Ok(listed.found)
    })
}

/// A value at some depth of the walk: an object on the way to the list is walked key by key;
/// the list itself (where `path` runs out) goes element by element to `each`. `None`: the value
/// was that list (streamed, not kept); anything else comes back whole.
struct Node<'p, 'f> {
    path: &'p [&'p str],
    each: &'f mut dyn FnMut(Json),
    found: &'f mut bool,
}

impl<'de> DeserializeSeed<'de> for Node<'_, '_> {
    type Value = Option<Json>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<Json>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_, '_> {
    type Value = Option<Json>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Option<Json>, A::Error> {
        let mut rest = Map::new();
        let Node { path, each, found } = self;
        while let Some(key) = m.next_key::<String>()? {
            let value = match path.split_first() {
                Some((first, deeper)) if *first == key => m.next_value_seed(Node {
                    path: deeper,
                    each: &mut *each,
                    found: &mut *found,
                })?,
                _ => Some(m.next_value::<Json>()?),
            };
            if let Some(v) = value {
                rest.insert(key, v);
            }
        }
        Ok(Some(Json::Object(rest)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Option<Json>, A::Error> {
        if !self.path.is_empty() {
            // A list on the way, not the one wanted: kept as it is.
            let mut out = Vec::new();
            while let Some(v) = s.next_element::<Json>()? {
                out.push(v);
            }
            return Ok(Some(Json::Array(out)));
        }
        *self.found = true;
        while let Some(v) = s.next_element::<Json>()? {
            (self.each)(v);
        }
        Ok(None)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<Json>, E> {
        Ok(Some(Json::from(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<Json>, E> {
        Ok(Some(Json::from(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<Json>, E> {
        Ok(Some(Json::from(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<Json>, E> {
        Ok(Some(Json::from(v)))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Option<Json>, E> {
        Ok(Some(Json::from(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<Json>, E> {
        Ok(Some(Json::Null))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn streams_the_list_and_keeps_the_rest_in_any_order() {
        let body =
            br#"{"data":{"acct":[{"user":"a"},null,{"user":"b"}],"x":1},"metadata":{"result":1}}"#;
        let mut seen = Vec::new();
        let l = read_list(&body[..], &["data", "acct"], |v| seen.push(v)).unwrap();
        assert_eq!(
            seen,
            vec![json!({"user":"a"}), Json::Null, json!({"user":"b"})]
        );
        assert_eq!(l.rest, json!({"data":{"x":1},"metadata":{"result":1}}));
        assert!(l.found);
        let empty = read_list(&br#"{"data":{"acct":[]}}"#[..], &["data", "acct"], |_| {}).unwrap();
        assert!(empty.found);

        let body = br#"{"metadata":{"result":0,"reason":"no"},"data":null}"#;
        let l = read_list(&body[..], &["data", "acct"], |_| panic!("no list")).unwrap();
        assert_eq!(
            l.rest,
            json!({"metadata":{"result":0,"reason":"no"},"data":null})
        );
        assert!(!l.found);

        let body = br#"{"data":{"acct":{"odd":true}}}"#;
        let l = read_list(&body[..], &["data", "acct"], |_| panic!("no list")).unwrap();
        assert_eq!(l.rest["data"]["acct"], json!({"odd": true}));
        assert!(!l.found);
        assert!(read_list(&b"{\"data\": "[..], &["data"], |_| {}).is_err());
    }
}
