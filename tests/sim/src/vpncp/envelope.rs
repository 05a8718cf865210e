//! puqVPNcp's answer envelope: `{"result":"OK","message":…,"data":…}` or
//! `{"result":"ERROR","message":…,"errors":{"field":"msg"}}`.

use serde_json::{json, Map, Value};

use crate::http::Response;

pub fn ok(data: Value) -> Response {
    ok_with(200, "Success", data)
}

pub fn ok_with(status: u16, message: &str, data: Value) -> Response {
    Response::json(
        status,
        &json!({"result": "OK", "message": message, "data": data}),
    )
}

pub fn error(status: u16, message: &str) -> Response {
    Response::json(
        status,
        &json!({"result": "ERROR", "message": message, "errors": {}}),
    )
}

/// A validation failure naming the field, as Laravel-style panels answer (422).
pub fn invalid(field: &str, message: &str) -> Response {
    let mut errors = Map::new();
    errors.insert(field.to_string(), Value::String(message.to_string()));
    Response::json(
        422,
        &json!({"result": "ERROR", "message": message, "errors": errors}),
    )
}

pub fn not_found(what: &str) -> Response {
    error(404, what)
}
