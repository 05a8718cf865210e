//! WHM API 1 answers: `{"metadata":{…,"result":1|0,"reason":…},"data":{…}}`, and the 403
//! body for bad credentials.

use serde_json::{json, Value};

use crate::http::Response;

/// What a function handler produces.
pub enum Outcome {
    Ok(Value),
    /// Success with `metadata.output.raw` (createacct, changepackage).
    OkRaw(Value, String),
    Fail(String),
}

pub fn ok(data: Value) -> Outcome {
    Outcome::Ok(data)
}

pub fn fail(reason: impl Into<String>) -> Outcome {
    Outcome::Fail(reason.into())
}

pub fn render(command: &str, outcome: Outcome) -> Response {
    let body = match outcome {
        Outcome::Ok(data) => json!({
            "metadata": {"command": command, "result": 1, "reason": "OK", "version": 1},
            "data": data,
        }),
        Outcome::OkRaw(data, raw) => json!({
            "metadata": {"command": command, "result": 1, "reason": "OK", "version": 1,
                          "output": {"raw": raw}},
            "data": data,
        }),
        Outcome::Fail(reason) => json!({
            "metadata": {"command": command, "result": 0, "reason": reason, "version": 1},
        }),
    };
    Response::json(200, &body)
}

pub fn access_denied() -> Response {
    Response::json(
        403,
        &json!({"cpanelresult": {"apiversion": "2", "error": "Access denied",
            "data": {"reason": "Access denied", "result": "0"}, "type": "text"}}),
    )
}

/// Without `api.version=1` WHM answers in API 0's shapes (which the module must never need).
pub fn api0(command: &str, version: &str) -> Response {
    if command == "version" {
        return Response::json(200, &json!({ "version": version }));
    }
    Response::json(
        200,
        &json!({"result": [{"status": 0,
            "statusmsg": "API 0 is not simulated: send api.version=1"}]}),
    )
}
