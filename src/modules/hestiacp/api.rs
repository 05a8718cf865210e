//! A typed client for HestiaCP's `/api/` endpoint.
//!
//! Success is judged by the `Hestia-Exit-Code` header only (some commands print an error line
//! and still exit 0, others answer 401 for a suspended user), never by the body's wording.

use std::io::Read;

use crate::http::response::one_line;
use crate::http::{CallLog, Endpoint, Method, Request, Response, Transport};
use crate::modules::shared::number::{self, Rule};
use crate::whmcs::Call;

use super::credentials::Credentials;
use super::error::HestiaError;
use super::exit_code::ExitCode;

pub const DEFAULT_PORT: u16 = 8083;

pub struct HestiaApi<'a> {
    transport: Transport<'a>,
    credentials: Credentials,
}

impl<'a> HestiaApi<'a> {
    /// The client for the server of this call.
    pub fn for_call(call: &'a Call<'a>) -> Result<Self, HestiaError> {
        let (endpoint, credentials, secrets) = connection(call)?;
        Ok(HestiaApi {
            transport: Transport::new(endpoint, call, secrets),
            credentials,
        })
    }

    /// A client that logs into `log` (a worker thread's buffer: worker threads never touch
    /// PHP), for a connection read from the call on the calling thread.
    pub fn with_log(
        endpoint: Endpoint,
        credentials: Credentials,
        secrets: Vec<String>,
        log: &'a dyn CallLog,
    ) -> Self {
        HestiaApi {
            transport: Transport::new(endpoint, log, secrets),
            credentials,
        }
    }

    /// Masks a value in every later log entry.
    pub fn add_secret(&mut self, secret: &str) {
        self.transport.add_secret(secret);
    }

    pub fn endpoint(&self) -> &Endpoint {
        self.transport.endpoint()
    }

    /// The name of this server's `/tmp` file for `subject` (see [`super::tmp_file`]).
    pub fn tmp_name(&self, kind: &str, subject: &str) -> String {
        super::tmp_file::name(&self.credentials, kind, subject)
    }

    /// Runs `cmd` with positional arguments; `Ok(output)` only for exit code 0.
    pub fn run(&self, cmd: &str, args: &[&str]) -> Result<String, HestiaError> {
        self.run_with(cmd, args, None)
    }

    /// Like [`HestiaApi::run`] with its own timeout (Let's Encrypt can take minutes).
    pub fn run_with(
        &self,
        cmd: &str,
        args: &[&str],
        timeout: Option<std::time::Duration>,
    ) -> Result<String, HestiaError> {
        let mut req = self.request(cmd, args)?;
        if let Some(t) = timeout {
            req = req.timeout(t);
        }
        let resp = self.transport.send(cmd, &req)?;
        interpret(cmd, &resp, self.legacy())
    }

    fn legacy(&self) -> bool {
        matches!(self.credentials, Credentials::Legacy { .. })
    }

    fn request(&self, cmd: &str, args: &[&str]) -> Result<Request, HestiaError> {
        check_arg_count(cmd, args.len())?;
        let mut fields = self.credentials.fields();
        fields.push(("cmd".into(), cmd.to_string()));
        for (i, a) in args.iter().enumerate() {
            check_arg(cmd, i + 1, a)?;
            // Always contiguous: Hestia closes up missing argN keys, shifting later ones.
            fields.push((format!("arg{}", i + 1), a.to_string()));
        }
        Ok(Request::new(Method::Post, "/api/").form(fields))
    }

    /// Runs a `… json` listing and hands its answer to `read` as it arrives (a big server's
    /// listing is never held whole). Only an answer with exit code 0 is streamed; any other
    /// (an error, an HTML page, the legacy API without exit codes) is small and is read and
    /// judged as [`HestiaApi::run`] judges it.
    pub fn stream_json<T>(
        &self,
        cmd: &str,
        args: &[&str],
        read: impl FnOnce(&mut dyn std::io::Read) -> Result<T, HestiaError>,
    ) -> Result<T, HestiaError> {
        let mut all: Vec<&str> = args.to_vec();
        all.push("json");
        let req = self.request(cmd, &all)?;
        let legacy = self.legacy();
        self.transport
            .send_streamed(cmd, &req, |status, headers, body| {
                let mut resp = Response {
                    status,
                    headers: headers.to_vec(),
                    body: String::new(),
                };
                let ok = resp.header("hestia-exit-code").map(str::trim) == Some("0")
                    && status < 300
                    && !resp.content_type().to_ascii_lowercase().contains("html");
                if ok {
                    return read(body);
                }
                std::io::Read::take(body, 1024 * 1024)
                    .read_to_string(&mut resp.body)
                    .map_err(|e| HestiaError::BadAnswer {
                        cmd: cmd.to_string(),
                        detail: format!("cannot read the answer ({e})"),
                    })?;
                // Judged like any answer: an error for anything but success; a success without
                // an exit code (the legacy API) is parsed whole.
                let whole = interpret(cmd, &resp, legacy)?;
                read(&mut whole.as_bytes())
            })
    }

    /// Runs a `… json` listing command and parses its answer.
    pub fn json(&self, cmd: &str, args: &[&str]) -> Result<serde_json::Value, HestiaError> {
        let mut all: Vec<&str> = args.to_vec();
        all.push("json");
        let body = self.run(cmd, &all)?;
        parse_json(cmd, &body)
    }
}

/// Where and how to reach the call's panel: the endpoint (HTTPS, `pin=` and `timeout=` lines of
/// the Access Hash), the credentials, and every secret to mask.
pub fn connection(call: &Call<'_>) -> Result<(Endpoint, Credentials, Vec<String>), HestiaError> {
    let server = call.params.server();
    let credentials = Credentials::from_server(&server)?;
    let pin = server.pin();
    let endpoint = Endpoint::from_server(
        server.host(),
        server.port,
        // Hestia's API is HTTPS-only on its backend port; "Secure" unticked still means TLS.
        true,
        DEFAULT_PORT,
        pin.as_deref(),
    )?;
    let endpoint = match server.timeout_secs() {
        Some(secs) => endpoint.with_timeout(std::time::Duration::from_secs(secs)),
        None => endpoint,
    };
    let mut secrets = call.secrets();
    for s in credentials.secrets() {
        crate::secret::push(&mut secrets, &s);
    }
    Ok((endpoint, credentials, secrets))
}

/// HestiaCP's API (`web/api/index.php`) reads `arg1`…`arg13` and silently drops the rest.
pub const MAX_ARGS: usize = 13;

/// Refuses a command that would lose arguments on the way (nothing is sent).
pub fn check_arg_count(cmd: &str, n: usize) -> Result<(), HestiaError> {
    if n > MAX_ARGS {
        return Err(HestiaError::Input(format!(
            "{cmd} would need {n} arguments; HestiaCP's API passes at most {MAX_ARGS} to a command"
        )));
    }
    Ok(())
}

/// Arguments reach shell scripts on the panel: refuse what cannot be a legitimate value there.
fn check_arg(cmd: &str, n: usize, value: &str) -> Result<(), HestiaError> {
    // The one multi-line value: the package file handed to v-make-tmp-file.
    let multiline_ok = cmd == "v-make-tmp-file" && n == 1 && !value.contains('\0');
    if !multiline_ok && value.contains(['\n', '\r', '\0']) {
        return Err(HestiaError::Input(format!(
            "argument {n} of {cmd} contains a line break or NUL byte, which HestiaCP cannot accept"
        )));
    }
    Ok(())
}

pub fn parse_json(cmd: &str, body: &str) -> Result<serde_json::Value, HestiaError> {
    let trimmed = body.trim();
    if trimmed.is_empty() {
        // Hestia prints nothing (HTTP 204) for some empty listings.
        return Ok(serde_json::Value::Object(serde_json::Map::new()));
    }
    serde_json::from_str(trimmed).map_err(|e| HestiaError::BadAnswer {
        cmd: cmd.to_string(),
        detail: format!(
            "invalid JSON ({})",
            crate::modules::shared::answer::json_error(&e)
        ),
    })
}

/// Turns an HTTP answer into the command's output or a classified error.
///
/// The access-key API always sends `Hestia-Exit-Code`; only the legacy (user/password) API
/// answers without it, so an answer without the header counts as legacy only on that path
/// (otherwise a proxy's or a truncated 200 would pass for success).
pub fn interpret(cmd: &str, resp: &Response, legacy: bool) -> Result<String, HestiaError> {
    let code = resp
        .header("hestia-exit-code")
        .and_then(|v| number::read_text(v, Rule::COUNT).amount())
        .and_then(|n| i32::try_from(n).ok())
        .map(ExitCode);
    let message = || first_error_line(&resp.body);
    if resp.is_html() {
        return Err(HestiaError::Html {
            cmd: cmd.to_string(),
            status: resp.status,
            title: resp.html_title().unwrap_or_else(|| "no title".into()),
        });
    }
    match code {
        Some(ExitCode::OK) if resp.status < 300 => Ok(resp.body.clone()),
        Some(code) if code.is_auth() => {
            if code == ExitCode::FORBIDDEN && resp.body.contains("permission to run") {
                Err(HestiaError::Forbidden {
                    cmd: cmd.to_string(),
                    message: message(),
                })
            } else {
                Err(HestiaError::Auth(message()))
            }
        }
        Some(code) => Err(HestiaError::Command {
            cmd: cmd.to_string(),
            code: if code == ExitCode::OK {
                ExitCode(-1)
            } else {
                code
            },
            message: message(),
        }),
        None if legacy => interpret_without_code(cmd, resp),
        None => Err(HestiaError::BadAnswer {
            cmd: cmd.to_string(),
            detail: format!(
                "HTTP {} without HestiaCP's exit code: {}",
                resp.status,
                resp.snippet(120)
            ),
        }),
    }
}

/// The legacy (user/password) API has no exit-code header: `OK` or `Error: …` with HTTP 200.
fn interpret_without_code(cmd: &str, resp: &Response) -> Result<String, HestiaError> {
    let body = resp.body.trim_start();
    if resp.status == 401 || resp.status == 403 {
        return Err(HestiaError::Auth(first_error_line(&resp.body)));
    }
    // HestiaCP's legacy API answers a command's failure with HTTP 200; an `Error: …` page with
    // another status is someone else's (a gateway's 404 must not read as "user doesn't exist").
    if body.starts_with("Error:") && (200..300).contains(&resp.status) {
        let msg = first_error_line(body);
        if looks_like_auth_failure(body) {
            return Err(HestiaError::Auth(msg));
        }
        return Err(HestiaError::Command {
            cmd: cmd.to_string(),
            code: ExitCode::from_message(&msg),
            message: msg,
        });
    }
    if (200..300).contains(&resp.status) {
        let out = if body.trim() == "OK" {
            ""
        } else {
            resp.body.as_str()
        };
        return Ok(out.to_string());
    }
    Err(HestiaError::BadAnswer {
        cmd: cmd.to_string(),
        detail: format!(
            "HTTP {} without an exit code: {}",
            resp.status,
            resp.snippet(120)
        ),
    })
}

fn looks_like_auth_failure(body: &str) -> bool {
    let b = body.to_ascii_lowercase();
    [
        "authentication",
        "access key",
        "secret key",
        "not allowed",
        "ip address",
        "password",
        "api is disabled",
        "permission",
    ]
    .iter()
    .any(|w| b.contains(w))
}

fn first_error_line(body: &str) -> String {
    let line = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("no message");
    one_line(line.strip_prefix("Error:").unwrap_or(line).trim(), 300)
}

/// Whether an error means the thing does not exist (for "already gone" handling).
pub fn is_missing(e: &HestiaError) -> bool {
    e.exit_code() == Some(ExitCode::NOTEXIST)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(status: u16, code: Option<&str>, body: &str) -> Response {
        let mut headers = vec![];
        if let Some(c) = code {
            headers.push(("Hestia-Exit-Code".to_string(), c.to_string()));
        }
        Response {
            status,
            headers,
            body: body.to_string(),
        }
    }

    #[test]
    fn judges_by_exit_code() {
        assert_eq!(
            interpret("c", &resp(204, Some("0"), ""), false).unwrap(),
            ""
        );
        let e = interpret(
            "v-add-user",
            &resp(400, Some("4"), "Error: user alice exists"),
            false,
        )
        .unwrap_err();
        assert_eq!(e.exit_code(), Some(ExitCode::EXISTS));
        assert!(e.to_string().contains("user alice exists"));
        // 401 with exit 5 is a suspended user, not bad credentials.
        let e = interpret(
            "v-change-user-password",
            &resp(401, Some("5"), "Error: user is suspended"),
            false,
        )
        .unwrap_err();
        assert_eq!(e.exit_code(), Some(ExitCode::SUSPENDED));
        let e = interpret(
            "c",
            &resp(401, Some("10"), "Error: authentication failed"),
            false,
        )
        .unwrap_err();
        assert!(matches!(e, HestiaError::Auth(_)));
    }

    #[test]
    fn legacy_and_html_answers() {
        assert_eq!(interpret("c", &resp(200, None, "OK"), true).unwrap(), "");
        assert!(interpret("c", &resp(200, None, "Error: user doesn't exist"), true).is_err());
        let missing = interpret(
            "c",
            &resp(200, None, "Error: user shopuser doesn't exist"),
            true,
        );
        assert!(is_missing(&missing.unwrap_err()));
        // Not HestiaCP's answer: a proxy's 404 page worded like one is no proof of "gone".
        let proxy = interpret(
            "c",
            &resp(404, None, "Error: user shopuser doesn't exist"),
            true,
        );
        assert!(!is_missing(&proxy.unwrap_err()));
        // With an access key, a 200 without the exit code is not success (a proxy, a cut answer).
        assert!(interpret("c", &resp(200, None, "OK"), false).is_err());
        let e = interpret(
            "c",
            &resp(502, None, "<html><head><title>502 Bad Gateway</title>"),
            false,
        )
        .unwrap_err();
        assert!(e.to_string().contains("502 Bad Gateway"));
    }

    #[test]
    fn refuses_more_arguments_than_the_api_passes() {
        assert!(check_arg_count("v-add-fs-archive", 13).is_ok());
        let e = check_arg_count("v-add-fs-archive", 14).unwrap_err();
        assert!(e.to_string().contains("at most 13"), "{e}");
    }

    #[test]
    fn refuses_line_breaks() {
        assert!(check_arg("v-add-user", 1, "a\nb").is_err());
        assert!(check_arg("v-make-tmp-file", 1, "A='1'\nB='2'").is_ok());
        assert!(check_arg("v-make-tmp-file", 2, "a\nb").is_err());
        assert!(check_arg("v-add-user", 1, "a b").is_ok());
    }
}
