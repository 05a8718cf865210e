//! Zval ⇄ [`Value`], done once per call at the boundary.

use ext_php_rs::types::{ArrayKey, ZendHashTable, Zval};

use crate::whmcs::{Array, Key, Value};

/// Nesting deeper than this is cut (WHMCS's params are three levels deep at most).
const MAX_DEPTH: usize = 16;

pub fn array_from_ht(ht: &ZendHashTable) -> Array {
    array_at(ht, 0)
}

fn array_at(ht: &ZendHashTable, depth: usize) -> Array {
    ht.iter()
        .map(|(k, v)| (key_from(&k), value_at(v, depth + 1)))
        .collect()
}

fn key_from(k: &ArrayKey<'_>) -> Key {
    match k {
        ArrayKey::Long(i) => Key::Int(*i),
        ArrayKey::String(s) => Key::Str(s.clone()),
        ArrayKey::Str(s) => Key::Str((*s).to_string()),
        ArrayKey::ZendString(s) => Key::Str(s.as_str().map(str::to_string).unwrap_or_default()),
    }
}

pub fn value_from(z: &Zval) -> Value {
    value_at(z, 0)
}

fn value_at(z: &Zval, depth: usize) -> Value {
    let z = z.dereference();
    if let Some(b) = z.bool() {
        return Value::Bool(b);
    }
    if let Some(i) = z.long() {
        return Value::Int(i);
    }
    if let Some(f) = z.double() {
        return Value::Float(f);
    }
    if z.is_string() {
        // Non-UTF-8 bytes (a latin1 WHMCS install) are kept as lossy text rather than dropped.
        return Value::Str(
            z.zend_str()
                .map(|s| String::from_utf8_lossy(s.as_bytes()).into_owned())
                .unwrap_or_default(),
        );
    }
    if let Some(ht) = z.array() {
        if depth >= MAX_DEPTH {
            return Value::Array(Array::new());
        }
        return Value::Array(array_at(ht, depth));
    }
    if let Some(obj) = z.object() {
        return Value::Object(obj.get_class_name().unwrap_or_default());
    }
    Value::Null
}

pub fn to_zval(v: &Value) -> Zval {
    let mut z = Zval::new();
    match v {
        Value::Null | Value::Object(_) => z.set_null(),
        Value::Bool(b) => z.set_bool(*b),
        Value::Int(i) => z.set_long(*i),
        Value::Float(f) => z.set_double(*f),
        Value::Str(s) => {
            if z.set_string(s, false).is_err() {
                z.set_null();
            }
        }
        Value::Array(a) => z.set_hashtable(to_hashtable(a)),
    }
    z
}

pub fn to_hashtable(a: &Array) -> ext_php_rs::boxed::ZBox<ZendHashTable> {
    let mut ht = ZendHashTable::with_capacity(u32::try_from(a.len()).unwrap_or(u32::MAX));
    for (k, v) in a.iter() {
        let zv = to_zval(v);
        // Insertion only fails for keys PHP cannot hold (NUL bytes); such an entry is dropped.
        let _ = match k {
            Key::Int(i) => ht.insert(*i, zv),
            Key::Str(s) => ht.insert(s.as_str(), zv),
        };
    }
    ht
}
