//! The typed client for the backup server's web-console API: builds the requests of
//! [`contract`](super::contract), judges answers by their JSON envelope, classifies errors.

use std::time::Duration;

use serde_json::{json, Value as Json};

use crate::http::{CallLog, Endpoint, Method, Request, Response, Transport};
use crate::modules::shared::answer;
use crate::whmcs::{Call, ServerParams};

use super::contract::{
    self, action, code, Account, Kind, ServerInfo, Settings, Signup, DEFAULT_HTTPS_PORT,
    DEFAULT_HTTP_PORT,
};
use super::error::StoregridError;

pub struct StoregridApi<'a> {
    transport: Transport<'a>,
    authorization: String,
}

impl<'a> StoregridApi<'a> {
    /// The client for the server WHMCS passed with this call.
    pub fn for_call(call: &'a Call<'a>) -> Result<Self, StoregridError> {
        Self::connect(call, &call.params.server(), None)
    }

    /// The client for `server`; `limit` caps how long any answer may take (hooks run inside
    /// a checkout or an admin page, which must not hang on a dead backup server).
    pub fn connect(
        call: &'a Call<'a>,
        server: &ServerParams,
        limit: Option<Duration>,
    ) -> Result<Self, StoregridError> {
        Self::connect_logged(server, limit, call.secrets(), call)
    }

    /// Like [`StoregridApi::connect`], logging into `log` (a worker thread's buffer: worker
    /// threads never touch PHP), with the call's `secrets` read on the calling thread.
    pub fn connect_logged(
        server: &ServerParams,
        limit: Option<Duration>,
        mut secrets: Vec<String>,
        log: &'a dyn CallLog,
    ) -> Result<Self, StoregridError> {
        if server.username.is_empty() || server.password.is_empty() {
            return Err(StoregridError::NoCredentials);
        }
        let mut endpoint = endpoint_for(server)?;
        if let Some(limit) = limit {
            let timeout = endpoint.timeout.min(limit);
            let connect = endpoint.connect_timeout.min(limit / 3);
            endpoint = endpoint.with_timeout(timeout).with_connect_timeout(connect);
        }
        let authorization =
            crate::http::basic_auth::header_value(&server.username, &server.password);
        crate::secret::push(&mut secrets, &server.password);
        crate::secret::push(&mut secrets, &authorization);
        Ok(StoregridApi {
            transport: Transport::new(endpoint, log, secrets),
            authorization,
        })
    }

    /// Masks a value in every later log entry.
    pub fn add_secret(&mut self, secret: &str) {
        self.transport.add_secret(secret);
    }

    pub fn endpoint(&self) -> &Endpoint {
        self.transport.endpoint()
    }

    /// The web console's address, for links.
    pub fn console_url(&self) -> String {
        self.endpoint().url("/")
    }

    /// One action; `Ok(data)` for a success envelope.
    pub fn call(&self, action: &str, body: Json) -> Result<Json, StoregridError> {
        self.send(action, body, &[])
    }

    fn send(
        &self,
        action: &str,
        body: Json,
        secret_answers: &[&str],
    ) -> Result<Json, StoregridError> {
        let req = self.request(action, body, secret_answers);
        let resp = self.transport.send(action, &req)?;
        interpret(action, &resp)
    }

    fn request(&self, action: &str, body: Json, secret_answers: &[&str]) -> Request {
        Request::new(Method::Post, format!("{}{action}", contract::PREFIX))
            .header("Authorization", self.authorization.as_str())
            .header("Accept", "application/json")
            .json(body)
            .secret_response_fields(secret_answers)
    }

    pub fn server_info(&self) -> Result<ServerInfo, StoregridError> {
        let data = self.call(action::SERVER_INFO, json!({}))?;
        Ok(ServerInfo::from_json(&data))
    }

    /// Signs the account up. A success envelope is all it takes: the account it describes is
    /// not read (the caller knows what it asked for), so an odd field there cannot turn a
    /// made account into a failure that leaves it behind.
    pub fn signup(&self, kind: Kind, body: &Signup) -> Result<(), StoregridError> {
        let action = kind.signup_action();
        self.call(action, to_json(action, body)?)?;
        Ok(())
    }

    /// The account, or `None` when the server has none of that name.
    pub fn account(&self, name: &str) -> Result<Option<Account>, StoregridError> {
        match self.call(action::GET_ACCOUNT, json!({ "name": name })) {
            Ok(data) => account_of(action::GET_ACCOUNT, data).map(Some),
            Err(e) if e.is(code::NOT_FOUND) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Every account, each read on its own as the answer streams in (a big server's listing
    /// is never held whole; an odd record is the caller's to skip); a record that is not even
    /// an object comes back as a nameless default.
    pub fn accounts(&self) -> Result<Vec<Account>, StoregridError> {
        let action = action::LIST_ACCOUNTS;
        let req = self.request(action, json!({}), &[]);
        let mut all = Vec::new();
        let found = crate::modules::shared::list_stream::send_list(
            &self.transport,
            action,
            &req,
            &["data", "accounts"],
            |v| all.push(Account::from_json(&v)),
            |resp| interpret(action, resp).map(|_| ()),
            |detail| StoregridError::BadAnswer {
                action: action.into(),
                detail,
            },
        )?;
        if !found {
            return Err(StoregridError::BadAnswer {
                action: action.into(),
                detail: "no readable `accounts` list".into(),
            });
        }
        Ok(all)
    }

    /// Activates or deactivates; `Ok(changed)`.
    pub fn set_active(&self, name: &str, active: bool) -> Result<bool, StoregridError> {
        let data = self.call(
            action::SET_ACCOUNT_STATUS,
            json!({ "name": name, "active": active }),
        )?;
        Ok(data.get("changed").and_then(Json::as_bool).unwrap_or(true))
    }

    /// Applies `settings`; the account in the answer is not needed.
    pub fn update(&self, name: &str, settings: &Settings) -> Result<(), StoregridError> {
        let mut body = to_json(action::UPDATE_ACCOUNT, settings)?;
        if let Json::Object(m) = &mut body {
            m.insert("name".into(), Json::from(name));
        }
        self.call(action::UPDATE_ACCOUNT, body)?;
        Ok(())
    }

    pub fn change_password(&self, name: &str, password: &str) -> Result<(), StoregridError> {
        self.call(
            action::CHANGE_PASSWORD,
            json!({ "name": name, "password": password }),
        )?;
        Ok(())
    }

    /// The customer's pass key (masked in the module log although it is new to us).
    pub fn pass_key(&self, name: &str) -> Result<String, StoregridError> {
        let data = self.send(action::GET_PASS_KEY, json!({ "name": name }), &["pass_key"])?;
        answer::string(&data, "pass_key")
            .map(|k| k.trim().to_string())
            .filter(|k| is_token(k))
            .ok_or_else(|| StoregridError::BadAnswer {
                action: action::GET_PASS_KEY.into(),
                detail: "no readable `pass_key`".into(),
            })
    }

    pub fn delete(&self, name: &str) -> Result<(), StoregridError> {
        self.call(action::DELETE_ACCOUNT, json!({ "name": name }))?;
        Ok(())
    }
}

/// Where the web console of `server` is: the Secure tick chooses https, the port defaults to
/// 6061 (https) or 6060 (http), the Access Hash may carry `pin=` and `timeout=`.
pub fn endpoint_for(server: &ServerParams) -> Result<Endpoint, StoregridError> {
    let pin = server.pin();
    // Port 0 = "not given": the default then follows the protocol the endpoint ends up with
    // (a URL typed into the hostname field may switch it to https).
    let mut endpoint =
        Endpoint::from_server(server.host(), server.port, server.secure, 0, pin.as_deref())?;
    if endpoint.port == 0 {
        endpoint.port = if endpoint.secure {
            DEFAULT_HTTPS_PORT
        } else {
            DEFAULT_HTTP_PORT
        };
    }
    if let Some(secs) = server.timeout_secs() {
        endpoint = endpoint.with_timeout(Duration::from_secs(secs));
    }
    Ok(endpoint)
}

fn to_json<T: serde::Serialize>(action: &str, v: &T) -> Result<Json, StoregridError> {
    serde_json::to_value(v).map_err(|e| StoregridError::BadAnswer {
        action: action.into(),
        detail: format!("cannot encode the request: {e}"),
    })
}

/// The `account` object of an answer.
fn account_of(action: &str, data: Json) -> Result<Account, StoregridError> {
    answer::object(&data, "account")
        .map(Account::from_json)
        .ok_or_else(|| StoregridError::BadAnswer {
            action: action.into(),
            detail: "no readable `account`".into(),
        })
}

/// The `data` of a success envelope, or the classified error.
pub fn interpret(action: &str, resp: &Response) -> Result<Json, StoregridError> {
    if resp.is_html() {
        return Err(StoregridError::Html {
            action: action.into(),
            status: resp.status,
            title: resp.html_title().unwrap_or_else(|| "no title".into()),
        });
    }
    let bad = |detail: String| StoregridError::BadAnswer {
        action: action.into(),
        detail,
    };
    let envelope: Json = match serde_json::from_str(resp.body.trim()) {
        Ok(v) => v,
        Err(_) if resp.status == 401 => {
            return Err(StoregridError::Auth(format!("HTTP {}", resp.status)))
        }
        Err(e) => {
            return Err(bad(format!(
                "HTTP {}, not JSON ({}): {}",
                resp.status,
                answer::json_error(&e),
                resp.snippet(120)
            )))
        }
    };
    match envelope.get("status").and_then(Json::as_str) {
        Some("success") if (200..300).contains(&resp.status) => {
            // No `data` (or not an object) reads as an empty one: what a function needs
            // from it, it asks for by name.
            Ok(answer::object(&envelope, "data")
                .cloned()
                .unwrap_or_else(|| json!({})))
        }
        Some("error") => {
            let err = envelope.get("error").cloned().unwrap_or(Json::Null);
            let text = |k: &str| err.get(k).and_then(Json::as_str).map(str::to_string);
            let code = text("code").unwrap_or_else(|| format!("HTTP {}", resp.status));
            let message = crate::http::response::one_line(
                &text("message").unwrap_or_else(|| "no message".into()),
                300,
            );
            Err(match code.as_str() {
                code::AUTH_FAILED => StoregridError::Auth(message),
                code::FORBIDDEN => StoregridError::Forbidden(message),
                _ => StoregridError::Api {
                    action: action.into(),
                    code,
                    message,
                    field: text("field"),
                },
            })
        }
        // No snippet of the body: it is JSON the server meant as an answer, and may carry a
        // secret (a pass key) that only the module log masks.
        _ => Err(bad(format!(
            "HTTP {} without a readable success or error `status`",
            resp.status
        ))),
    }
}

/// A pass key goes into a client custom field and from there into the welcome e-mail: only a
/// token of visible characters is taken (the reference does not give its format; StoreGrid's
/// own keys are groups of letters and digits), never text with blanks, line breaks, control
/// characters or markup.
fn is_token(key: &str) -> bool {
    (1..=256).contains(&key.len())
        && key
            .chars()
            .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '\'' | '&' | '`'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pass_key_is_a_token() {
        assert!(is_token("1A2B-3C4D-5E6F-7A8B"));
        for bad in ["", "a b", "K\nforged", "<script>", "k\u{202e}"] {
            assert!(!is_token(bad), "{bad:?}");
        }
    }

    fn resp(status: u16, body: &str) -> Response {
        Response {
            status,
            headers: vec![],
            body: body.into(),
        }
    }

    #[test]
    fn protocol_and_port_follow_the_server_record() {
        let server = |host: &str, secure: bool, port: Option<u16>| ServerParams {
            hostname: host.into(),
            secure,
            port,
            access_hash: "timeout=5".into(),
            ..ServerParams::default()
        };
        let e = endpoint_for(&server("backup.example", false, None)).unwrap();
        assert_eq!(e.url("/"), "http://backup.example:6060/");
        assert_eq!(e.timeout, Duration::from_secs(5));
        let e = endpoint_for(&server("backup.example", true, None)).unwrap();
        assert_eq!(e.url("/"), "https://backup.example:6061/");
        let e = endpoint_for(&server("https://backup.example/", false, None)).unwrap();
        assert_eq!(e.url("/"), "https://backup.example:6061/");
        let e = endpoint_for(&server("backup.example", true, Some(9443))).unwrap();
        assert_eq!(e.url("/"), "https://backup.example:9443/");
        assert!(endpoint_for(&server("", true, None)).is_err());
    }

    #[test]
    fn judges_by_the_envelope() {
        let ok = interpret("X", &resp(200, r#"{"status":"success","data":{"a":1}}"#)).unwrap();
        assert_eq!(ok["a"], 1);
        let e = interpret(
            "SignupCustomer",
            &resp(
                422,
                r#"{"status":"error","error":{"code":"RESELLER_NOT_FOUND","message":"no reseller acme","field":"reseller"}}"#,
            ),
        )
        .unwrap_err();
        assert!(e.is(code::RESELLER_NOT_FOUND));
        assert!(e.to_string().contains("no reseller acme"), "{e}");
        assert!(e.to_string().contains("`reseller`"), "{e}");
        let e = interpret(
            "X",
            &resp(
                401,
                r#"{"status":"error","error":{"code":"AUTH_FAILED","message":"bad login"}}"#,
            ),
        )
        .unwrap_err();
        assert!(matches!(e, StoregridError::Auth(_)));
    }

    #[test]
    fn html_and_garbage_are_named() {
        let e = interpret(
            "X",
            &resp(
                502,
                "<html><head><title>502 Bad Gateway</title></head></html>",
            ),
        )
        .unwrap_err();
        assert!(e.to_string().contains("502 Bad Gateway"));
        let e = interpret("X", &resp(200, r#"{"broken": "#)).unwrap_err();
        assert!(matches!(e, StoregridError::BadAnswer { .. }));
        let e = interpret("X", &resp(500, r#"{"status":"success"}"#)).unwrap_err();
        assert!(matches!(e, StoregridError::BadAnswer { .. }));
    }
}
