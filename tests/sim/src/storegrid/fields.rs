//! Reading a request body's fields with the contract's types; every mistake is a 422
//! INVALID_PARAMETER naming the field.

use serde_json::{Map, Value};

use super::error::ApiError;

pub struct Fields<'a>(pub &'a Map<String, Value>);

impl<'a> Fields<'a> {
    /// Unknown fields are refused: a misspelt setting must not be silently ignored.
    pub fn only(&self, allowed: &[&str]) -> Result<(), ApiError> {
        match self.0.keys().find(|k| !allowed.contains(&k.as_str())) {
            Some(k) => Err(ApiError::invalid(k, format!("unknown field {k}"))),
            None => Ok(()),
        }
    }

    pub fn str(&self, key: &str) -> Result<Option<&'a str>, ApiError> {
        match self.0.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(ApiError::invalid(key, format!("{key} must be a string"))),
        }
    }

    pub fn required_str(&self, key: &str) -> Result<&'a str, ApiError> {
        self.str(key)?
            .filter(|s| !s.trim().is_empty())
            .ok_or_else(|| ApiError::invalid(key, format!("{key} is required")))
    }

    pub fn bool(&self, key: &str) -> Result<Option<bool>, ApiError> {
        match self.0.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(ApiError::invalid(
                key,
                format!("{key} must be true or false"),
            )),
        }
    }

    pub fn u64(&self, key: &str) -> Result<Option<u64>, ApiError> {
        match self.0.get(key) {
            None => Ok(None),
            Some(v) => v.as_u64().map(Some).ok_or_else(|| {
                ApiError::invalid(key, format!("{key} must be a whole number of 0 or more"))
            }),
        }
    }

    pub fn object(&self, key: &str) -> Result<Option<Fields<'a>>, ApiError> {
        match self.0.get(key) {
            None => Ok(None),
            Some(Value::Object(m)) => Ok(Some(Fields(m))),
            Some(_) => Err(ApiError::invalid(key, format!("{key} must be an object"))),
        }
    }
}
