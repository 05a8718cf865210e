//! A typed client for WHM API 1: `POST /json-api/FUNCTION?api.version=1` with form fields.
//!
//! Success is decided by `metadata.result` only (WHM answers logical failures with HTTP 200
//! and result 0); bad credentials are HTTP 403 with `Access denied`.

use std::time::Duration;

use serde_json::Value as Json;

use crate::http::response::one_line;
use crate::http::{CallLog, Endpoint, Method, Request, Response, Transport};
use crate::modules::shared::number::{self, Rule};
use crate::whmcs::Call;

use super::credentials::Credentials;
use super::error::CpanelError;

pub const SECURE_PORT: u16 = 2087;
pub const PLAIN_PORT: u16 = 2086;
/// createacct can run well past 30 s on a busy server (DNS, mail, quota set-up).
const CREATE_TIMEOUT: Duration = Duration::from_secs(180);

pub struct WhmApi<'a> {
    transport: Transport<'a>,
    credentials: Credentials,
    /// The admin set `timeout=N` on the server: it applies to every call.
    fixed_timeout: bool,
}

/// What a client is built from, read from the call once (worker threads never read WHMCS).
#[derive(Clone)]
pub struct WhmConnection {
    endpoint: Endpoint,
    credentials: Credentials,
    secrets: Vec<String>,
    fixed_timeout: bool,
}

impl WhmConnection {
    pub fn for_call(call: &Call<'_>) -> Result<Self, CpanelError> {
        let server = call.params.server();
        let credentials = Credentials::from_server(&server)?;
        let pin = server.pin();
        let default_port = if server.secure {
            SECURE_PORT
        } else {
            PLAIN_PORT
        };
        let mut endpoint = Endpoint::from_server(
            server.host(),
            server.port,
            server.secure,
            default_port,
            pin.as_deref(),
        )?;
        if let Some(secs) = server.timeout_secs() {
            endpoint = endpoint.with_timeout(Duration::from_secs(secs));
        }
        let mut secrets = call.secrets();
        for s in credentials.secrets() {
            crate::secret::push(&mut secrets, &s);
        }
        Ok(WhmConnection {
            endpoint,
            credentials,
            secrets,
            fixed_timeout: server.timeout_secs().is_some(),
        })
    }

    /// Every answer waits at most `timeout` (the drift check bounds each server).
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.endpoint = self.endpoint.with_timeout(timeout);
        self.fixed_timeout = true;
        self
    }

    /// The WHM user the module authenticates as.
    pub fn user(&self) -> &str {
        self.credentials.user()
    }

    /// A client logging into `log` (a worker thread's buffer, or the call).
    pub fn client<'l>(&self, log: &'l dyn CallLog) -> WhmApi<'l> {
        WhmApi {
            transport: Transport::new(self.endpoint.clone(), log, self.secrets.clone()),
            credentials: self.credentials.clone(),
            fixed_timeout: self.fixed_timeout,
        }
    }
}

/// `first` and `second` at once, each on its own client (see [`crate::modules::shared::both`]).
#[allow(clippy::type_complexity)]
pub fn both<A, B, FA, FB>(
    call: &Call<'_>,
    first: FA,
    second: FB,
) -> Result<(Result<A, CpanelError>, Result<B, CpanelError>), CpanelError>
where
    A: Send,
    B: Send,
    FA: Fn(&WhmApi<'_>) -> Result<A, CpanelError> + Sync,
    FB: Fn(&WhmApi<'_>) -> Result<B, CpanelError> + Sync,
{
    let conn = WhmConnection::for_call(call)?;
    crate::modules::shared::both::both(
        call,
        |log| first(&conn.client(log)),
        |log| second(&conn.client(log)),
    )
    .map_err(CpanelError::input)
}

impl<'a> WhmApi<'a> {
    /// The client for the server of this call.
    pub fn for_call(call: &'a Call<'a>) -> Result<Self, CpanelError> {
        Ok(WhmConnection::for_call(call)?.client(call))
    }

    /// The WHM user the module authenticates as.
    pub fn user(&self) -> &str {
        self.credentials.user()
    }

    /// Masks a value in every later log entry.
    pub fn add_secret(&mut self, secret: &str) {
        self.transport.add_secret(secret);
    }

    pub fn endpoint(&self) -> &Endpoint {
        self.transport.endpoint()
    }

    /// Runs `function`; `Ok(data)` only for `metadata.result` 1.
    pub fn call(&self, function: &str, fields: &[(&str, String)]) -> Result<Json, CpanelError> {
        let req = self.request(function, fields);
        let resp = self.transport.send(function, &req)?;
        interpret(function, &resp)
    }

    /// Runs `function` and hands each element of `data.<list>` to `each` as the answer streams
    /// in (a big server's listaccts is never held whole); `Ok(found)` when the list was there.
    /// The rest of the answer (`metadata`, whatever order it comes in) is judged as for any
    /// call; an answer that does not start as JSON (a login page, an error text) is read whole.
    pub fn call_list(
        &self,
        function: &str,
        fields: &[(&str, String)],
        list: &str,
        mut each: impl FnMut(Json),
    ) -> Result<bool, CpanelError> {
        let req = self.request(function, fields);
        crate::modules::shared::list_stream::send_list(
            &self.transport,
            function,
            &req,
            &["data", list],
            &mut each,
            |resp| interpret(function, resp).map(|_| ()),
            |detail| CpanelError::BadAnswer {
                function: function.to_string(),
                detail,
            },
        )
    }

    /// createacct, with a timeout long enough for a real account creation.
    pub fn create(&self, fields: &[(&str, String)]) -> Result<Json, CpanelError> {
        let mut req = self.request("createacct", fields);
        if !self.fixed_timeout {
            req = req.timeout(CREATE_TIMEOUT);
        }
        let resp = self.transport.send("createacct", &req)?;
        interpret("createacct", &resp)
    }

    /// A call whose answer holds secrets at `secret_keys` (masked in the module log).
    pub fn call_secret(
        &self,
        function: &str,
        fields: &[(&str, String)],
        secret_keys: &[&str],
    ) -> Result<Json, CpanelError> {
        let req = self
            .request(function, fields)
            .secret_response_fields(secret_keys);
        let resp = self.transport.send(function, &req)?;
        interpret(function, &resp)
    }

    fn request(&self, function: &str, fields: &[(&str, String)]) -> Request {
        // Form fields, not the query: passwords stay out of proxy and access logs.
        let form = fields
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect();
        Request::new(Method::Post, format!("/json-api/{function}"))
            .query("api.version", "1")
            .header("Authorization", self.credentials.header())
            .form(form)
    }
}

/// Turns an HTTP answer into the function's `data` or a classified error.
pub fn interpret(function: &str, resp: &Response) -> Result<Json, CpanelError> {
    let bad = |detail: String| CpanelError::BadAnswer {
        function: function.to_string(),
        detail,
    };
    if resp.status == 401 || resp.status == 403 {
        let reason = serde_json::from_str::<Json>(&resp.body)
            .ok()
            .and_then(|j| {
                j.pointer("/cpanelresult/error")
                    .or_else(|| j.pointer("/cpanelresult/data/reason"))
                    .and_then(Json::as_str)
                    .map(str::to_string)
            })
            .unwrap_or_else(|| format!("HTTP {}", resp.status));
        return Err(CpanelError::Auth(reason));
    }
    if resp.is_html() {
        return Err(CpanelError::Html {
            function: function.to_string(),
            status: resp.status,
            title: resp.html_title().unwrap_or_else(|| "no title".into()),
        });
    }
    let json: Json = serde_json::from_str(resp.body.trim()).map_err(|_| {
        bad(format!(
            "HTTP {}, not JSON: {}",
            resp.status,
            resp.snippet(120)
        ))
    })?;
    let Some(meta) = json.get("metadata") else {
        if let Some(err) = json.pointer("/cpanelresult/error").and_then(Json::as_str) {
            return Err(if err.eq_ignore_ascii_case("access denied") {
                CpanelError::Auth(err.to_string())
            } else {
                bad(err.to_string())
            });
        }
        return Err(bad(format!(
            "HTTP {}, no metadata (an API 0 answer?)",
            resp.status
        )));
    };
    let result = match meta.get("result") {
        Some(Json::Bool(b)) => Some(u64::from(*b)),
        other => number::read(other, Rule::COUNT).amount(),
    };
    let reason = || {
        meta.get("reason")
            .and_then(Json::as_str)
            .map(|r| one_line(r, 400))
            .filter(|r| !r.is_empty())
            .unwrap_or_else(|| "no reason given".into())
    };
    match result {
        Some(1) => Ok(match json.get("data") {
            Some(Json::Null) | None => Json::Object(serde_json::Map::new()),
            Some(d) => d.clone(),
        }),
        Some(0) => {
            let reason = reason();
            let lower = reason.to_lowercase();
            if lower.contains("permission") || lower.contains("access denied") {
                Err(CpanelError::Denied {
                    function: function.to_string(),
                    reason,
                })
            } else {
                Err(CpanelError::Function {
                    function: function.to_string(),
                    reason,
                })
            }
        }
        _ => Err(bad(format!(
            "HTTP {}, metadata.result is missing",
            resp.status
        ))),
    }
}

/// The list at `data.<key>` of `function`'s answer; needed (a missing list is no "none").
pub fn list<'j>(function: &str, data: &'j Json, key: &str) -> Result<&'j Vec<Json>, CpanelError> {
    data.get(key)
        .and_then(Json::as_array)
        .ok_or_else(|| CpanelError::BadAnswer {
            function: function.into(),
            detail: format!("no readable `{key}` list"),
        })
}

/// A WHM value as text: strings as they are, numbers printed.
pub fn text(v: Option<&Json>) -> String {
    match v {
        Some(Json::String(s)) => s.clone(),
        Some(Json::Number(n)) => n.to_string(),
        Some(Json::Bool(b)) => if *b { "1" } else { "0" }.to_string(),
        _ => String::new(),
    }
}

/// A WHM flag (`1`, `"1"`, `true`).
pub fn flag(v: Option<&Json>) -> bool {
    matches!(text(v).trim(), "1" | "true" | "y" | "yes")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(status: u16, body: &str) -> Response {
        Response {
            status,
            headers: vec![],
            body: body.into(),
        }
    }

    #[test]
    fn decides_on_result_only() {
        let ok = interpret(
            "version",
            &resp(
                200,
                r#"{"metadata":{"result":1,"reason":"OK"},"data":{"version":"11.1"}}"#,
            ),
        )
        .unwrap();
        assert_eq!(ok["version"], "11.1");
        let e = interpret(
            "createacct",
            &resp(200, r#"{"metadata":{"result":0,"reason":"Sorry, taken"}}"#),
        )
        .unwrap_err();
        assert_eq!(e.reason(), Some("Sorry, taken"));
        let e = interpret(
            "x",
            &resp(403, r#"{"cpanelresult":{"apiversion":"2","error":"Access denied","data":{"reason":"Access denied","result":"0"},"type":"text"}}"#),
        )
        .unwrap_err();
        assert!(matches!(e, CpanelError::Auth(_)));
        let e = interpret(
            "removeacct",
            &resp(
                200,
                r#"{"metadata":{"result":"0","reason":"Permission denied: kill-acct"}}"#,
            ),
        )
        .unwrap_err();
        assert!(matches!(e, CpanelError::Denied { .. }));
        let e = interpret("x", &resp(200, r#"{"result":[{"status":0}]}"#)).unwrap_err();
        assert!(matches!(e, CpanelError::BadAnswer { .. }));
        let e = interpret("x", &resp(200, "<html><title>WHM Login</title></html>")).unwrap_err();
        assert!(e.to_string().contains("WHM Login"));
    }

    #[test]
    fn values() {
        let j: Json = serde_json::json!({"a": "12", "b": 3, "c": "unlimited", "d": 1});
        assert!(flag(j.get("d")));
    }
}
