//! A PHP value as WHMCS hands it over, converted once at the PHP boundary.
//!
//! `$params` mixes strings, ints, bools, floats, nested arrays and objects; modules read it
//! through the coercing accessors here so a `"1"` and a `1` mean the same thing, as they do in PHP.

use std::borrow::Cow;

/// An array key: PHP arrays are ordered maps keyed by int or string.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    Int(i64),
    Str(String),
}

impl From<&str> for Key {
    fn from(s: &str) -> Self {
        Key::Str(s.to_string())
    }
}

impl From<String> for Key {
    fn from(s: String) -> Self {
        Key::Str(s)
    }
}

impl From<i64> for Key {
    fn from(i: i64) -> Self {
        Key::Int(i)
    }
}

/// An ordered PHP array.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Array(Vec<(Key, Value)>);

/// A PHP value. Objects (WHMCS passes an Eloquent `model`) are kept only as their class name.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Array(Array),
    Object(String),
}

impl Array {
    pub fn new() -> Self {
        Array(Vec::new())
    }

    /// Sets `key`, replacing an existing entry in place (PHP keeps the original position).
    pub fn set(&mut self, key: impl Into<Key>, value: impl Into<Value>) -> &mut Self {
        let key = key.into();
        let value = value.into();
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
        self
    }

    /// Builder form of [`Array::set`].
    pub fn with(mut self, key: impl Into<Key>, value: impl Into<Value>) -> Self {
        self.set(key, value);
        self
    }

    /// Appends with the next integer key, like `$a[] = $v`.
    pub fn push(&mut self, value: impl Into<Value>) {
        let next = self
            .0
            .iter()
            .filter_map(|(k, _)| match k {
                Key::Int(i) => Some(*i + 1),
                Key::Str(_) => None,
            })
            .max()
            .unwrap_or(0);
        self.0.push((Key::Int(next), value.into()));
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find_map(|(k, v)| match k {
            Key::Str(s) if s == key => Some(v),
            Key::Int(i) if key.parse::<i64>().ok() == Some(*i) => Some(v),
            _ => None,
        })
    }

    pub fn iter(&self) -> impl Iterator<Item = &(Key, Value)> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The values in order, ignoring keys (for PHP lists).
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.0.iter().map(|(_, v)| v)
    }
}

impl FromIterator<(Key, Value)> for Array {
    fn from_iter<T: IntoIterator<Item = (Key, Value)>>(iter: T) -> Self {
        let mut a = Array::new();
        for (k, v) in iter {
            a.set(k, v);
        }
        a
    }
}

impl Value {
    /// PHP's string conversion for scalars; `None` for arrays, objects and null.
    pub fn as_text(&self) -> Option<Cow<'_, str>> {
        match self {
            Value::Str(s) => Some(Cow::Borrowed(s)),
            Value::Int(i) => Some(Cow::Owned(i.to_string())),
            Value::Float(f) => Some(Cow::Owned(format_float(*f))),
            Value::Bool(true) => Some(Cow::Borrowed("1")),
            Value::Bool(false) => Some(Cow::Borrowed("")),
            Value::Null | Value::Array(_) | Value::Object(_) => None,
        }
    }

    /// An integer if the value is one, or a string holding exactly one (after trimming).
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(i64::from(*b)),
            Value::Float(f) if f.fract() == 0.0 && f.is_finite() => Some(*f as i64),
            Value::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// WHMCS truthiness for settings: yes/no fields store `"on"`; also accept 1/true/yes.
    pub fn as_flag(&self) -> bool {
        match self {
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => matches!(
                s.trim().to_ascii_lowercase().as_str(),
                "on" | "1" | "yes" | "true" | "y"
            ),
            _ => false,
        }
    }

    pub fn as_array(&self) -> Option<&Array> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}

fn format_float(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(s)
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::Str(s.clone())
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl From<i32> for Value {
    fn from(i: i32) -> Self {
        Value::Int(i64::from(i))
    }
}
impl From<u32> for Value {
    fn from(i: u32) -> Self {
        Value::Int(i64::from(i))
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}
impl From<Array> for Value {
    fn from(a: Array) -> Self {
        Value::Array(a)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(o: Option<T>) -> Self {
        o.map_or(Value::Null, Into::into)
    }
}
impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(v: Vec<T>) -> Self {
        let mut a = Array::new();
        for item in v {
            a.push(item);
        }
        Value::Array(a)
    }
}

/// Converts panel JSON into a value (used for template variables).
impl From<&serde_json::Value> for Value {
    fn from(j: &serde_json::Value) -> Self {
        match j {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => n
                .as_i64()
                .map(Value::Int)
                .unwrap_or_else(|| Value::Float(n.as_f64().unwrap_or(0.0))),
            serde_json::Value::String(s) => Value::Str(s.clone()),
            serde_json::Value::Array(items) => {
                items.iter().map(Value::from).collect::<Vec<_>>().into()
            }
            serde_json::Value::Object(map) => Value::Array(
                map.iter()
                    .map(|(k, v)| (Key::Str(k.clone()), Value::from(v)))
                    .collect(),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coercions_follow_php() {
        assert_eq!(Value::Int(5).as_text().as_deref(), Some("5"));
        assert_eq!(Value::Bool(false).as_text().as_deref(), Some(""));
        assert_eq!(Value::Float(2.0).as_text().as_deref(), Some("2"));
        assert_eq!(Value::from(" 42 ").as_int(), Some(42));
        assert_eq!(Value::from("4x").as_int(), None);
        assert!(Value::from("on").as_flag());
        assert!(!Value::from("").as_flag());
        assert!(!Value::Null.as_flag());
    }

    #[test]
    fn array_keeps_order_and_replaces_in_place() {
        let mut a = Array::new();
        a.set("b", 1).set("a", 2).set("b", 3);
        let keys: Vec<_> = a.iter().map(|(k, _)| k.clone()).collect();
        assert_eq!(keys, vec![Key::from("b"), Key::from("a")]);
        assert_eq!(a.get("b"), Some(&Value::Int(3)));
        a.push("x");
        assert_eq!(a.get("0"), Some(&Value::from("x")));
    }
}
