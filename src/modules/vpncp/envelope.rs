//! The panel's answer envelope: `{"result":"OK","message":…,"data":…}` on success,
//! `{"result":"ERROR","message":…,"errors":{"field":"msg"}}` on failure. Judged by `result`
//! (and the HTTP status when there is no envelope), never by the message's wording.

use serde_json::Value as Json;

use crate::http::response::one_line;
use crate::http::Response;

use super::error::VpnError;

/// The `data` of a successful answer from an endpoint that may serve text (configs,
/// profiles): a 2xx answer that is not JSON — and not labelled JSON — is returned as a JSON
/// string; a JSON answer without an envelope is returned whole.
pub fn interpret(server: &str, action: &str, resp: &Response) -> Result<Json, VpnError> {
    interpret_as(server, action, resp, true)
}

/// The `data` of a successful answer from a JSON endpoint. A 2xx answer that is not JSON is
/// an unreadable answer, never a success: a garbled "OK" must not pass for a create, an
/// update or a delete that may not have happened.
pub fn interpret_json(server: &str, action: &str, resp: &Response) -> Result<Json, VpnError> {
    interpret_as(server, action, resp, false)
}

fn interpret_as(
    server: &str,
    action: &str,
    resp: &Response,
    text_ok: bool,
) -> Result<Json, VpnError> {
    if resp.is_html() {
        return Err(VpnError::Html {
            server: server.to_string(),
            action: action.to_string(),
            status: resp.status,
            title: resp.html_title().unwrap_or_else(|| "no title".into()),
        });
    }
    let ok_status = (200..300).contains(&resp.status);
    let auth_status = resp.status == 401 || resp.status == 403;
    let parsed: Option<Json> = serde_json::from_str(resp.body.trim()).ok();
    let Some(json) = parsed else {
        let labelled_json = resp.content_type().to_ascii_lowercase().contains("json");
        if ok_status && text_ok && !labelled_json {
            return Ok(Json::String(resp.body.clone()));
        }
        if ok_status {
            // No body excerpt: a garbled answer may still hold a password or a link.
            return Err(VpnError::BadAnswer {
                server: server.to_string(),
                action: action.to_string(),
                detail: format!(
                    "HTTP {} with {} bytes that are not JSON",
                    resp.status,
                    resp.body.len()
                ),
            });
        }
        let message = if resp.body.trim().is_empty() {
            "no message".to_string()
        } else {
            resp.snippet(200)
        };
        return Err(failure(server, action, resp.status, message, auth_status));
    };
    let result = json
        .get("result")
        .and_then(Json::as_str)
        .map(str::to_ascii_uppercase);
    match result.as_deref() {
        Some("OK") | Some("SUCCESS") if ok_status => {
            Ok(json.get("data").cloned().unwrap_or(Json::Null))
        }
        // A 2xx answer whose verdict is neither success nor the panel's `ERROR` (a garbled or
        // hostile `result`): the panel may well have acted, so it is no refusal either.
        Some(other) if ok_status && other != "ERROR" => Err(VpnError::BadAnswer {
            server: server.to_string(),
            action: action.to_string(),
            detail: format!("HTTP {} with an unknown `result`", resp.status),
        }),
        Some(_) => Err(failure(
            server,
            action,
            resp.status,
            message_of(&json),
            auth_status,
        )),
        // An envelope (it has `data`, or a `result` of another type) whose verdict cannot be
        // read: neither success nor failure can be assumed.
        None if json.get("data").is_some() || json.get("result").is_some() => {
            Err(VpnError::BadAnswer {
                server: server.to_string(),
                action: action.to_string(),
                detail: format!("HTTP {} without a readable `result`", resp.status),
            })
        }
        None if ok_status => Ok(json),
        None => Err(failure(
            server,
            action,
            resp.status,
            message_of(&json),
            auth_status,
        )),
    }
}

fn failure(server: &str, action: &str, status: u16, message: String, auth: bool) -> VpnError {
    if auth {
        VpnError::Auth {
            server: server.to_string(),
            message,
        }
    } else {
        VpnError::Panel {
            server: server.to_string(),
            action: action.to_string(),
            status,
            message,
        }
    }
}

/// `message` plus each field error (`field: msg`), one line.
fn message_of(json: &Json) -> String {
    let mut parts = Vec::new();
    if let Some(m) = json.get("message").and_then(Json::as_str) {
        if !m.trim().is_empty() {
            parts.push(m.trim().to_string());
        }
    }
    if let Some(errors) = json.get("errors").and_then(Json::as_object) {
        for (field, msg) in errors {
            let text = match msg {
                Json::String(s) => s.clone(),
                Json::Array(items) => items
                    .iter()
                    .filter_map(Json::as_str)
                    .collect::<Vec<_>>()
                    .join(" "),
                other => other.to_string(),
            };
            // Panels often repeat the first field error as the message.
            if parts.first() != Some(&text) {
                parts.push(format!("{field}: {text}"));
            } else {
                parts[0] = format!("{field}: {text}");
            }
        }
    }
    if parts.is_empty() {
        parts.push("no message".into());
    }
    one_line(&parts.join("; "), 300)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(status: u16, body: &str) -> Response {
        Response {
            status,
            headers: vec![],
            body: body.to_string(),
        }
    }

    #[test]
    fn success_gives_data() {
        let d = interpret(
            "s",
            "a",
            &resp(200, r#"{"result":"OK","message":"x","data":{"a":1}}"#),
        )
        .unwrap();
        assert_eq!(d["a"], 1);
        assert_eq!(
            interpret("s", "a", &resp(200, "[Interface]\n")).unwrap(),
            Json::String("[Interface]\n".into())
        );
    }

    #[test]
    fn a_garbled_ok_is_never_a_success() {
        let mut garbled = resp(200, "{\"broken\": ");
        assert!(matches!(
            interpret_json("s", "client.update", &garbled),
            Err(VpnError::BadAnswer { .. })
        ));
        assert!(interpret_json("s", "a", &resp(200, "[Interface]\n")).is_err());
        garbled.headers = vec![("Content-Type".into(), "application/json".into())];
        assert!(interpret("s", "client.config_text", &garbled).is_err());
    }

    #[test]
    fn errors_are_classified_with_their_fields() {
        let e = interpret(
            "s",
            "client.create",
            &resp(
                422,
                r#"{"result":"ERROR","message":"The given data was invalid.","errors":{"name":"The name is already in use"}}"#,
            ),
        )
        .unwrap_err();
        assert!(e.is_name_taken(), "{e}");
        assert!(e.to_string().contains("name: The name is already in use"));
        let e = interpret(
            "s",
            "client.get",
            &resp(404, r#"{"result":"ERROR","message":"Account not found"}"#),
        )
        .unwrap_err();
        assert!(e.is_not_found());
        let e = interpret(
            "s",
            "a",
            &resp(401, r#"{"result":"ERROR","message":"Invalid API token"}"#),
        )
        .unwrap_err();
        assert!(matches!(e, VpnError::Auth { .. }));
        // An ERROR envelope with HTTP 200 is still an error.
        assert!(interpret("s", "a", &resp(200, r#"{"result":"ERROR","message":"no"}"#)).is_err());
        let e = interpret(
            "s",
            "a",
            &resp(502, "<html><title>502 Bad Gateway</title></html>"),
        )
        .unwrap_err();
        assert!(e.to_string().contains("502 Bad Gateway"));
    }
}
