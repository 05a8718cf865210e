//! Sends a [`Request`] to an [`Endpoint`], logs the exchange and classifies failures.

use std::io::Read;
use std::time::Duration;

use super::client::client_for;
use super::endpoint::Endpoint;
use super::error::HttpError;
use super::pin::CertRefusal;
use super::request::{Body, Request};
use super::response::Response;

/// A whole answer (one record, one command's output, a file the file manager opens) is held in
/// this process's memory, outside PHP's `memory_limit`: one larger than this is refused as
/// soon as the bound is passed, so a broken or hostile panel cannot fill the worker's memory.
/// The largest legitimate ones are a big folder's listing and a VPN server's online sessions.
pub const MAX_ANSWER: u64 = 16 * 1024 * 1024;
/// A streamed listing is read one record at a time and never held whole (a server of 50,000
/// accounts lists ~60 MB); this bounds how long one is read.
pub const MAX_STREAMED: u64 = 256 * 1024 * 1024;
/// How much of an answer goes into the module log.
pub const MAX_LOGGED: usize = 64 * 1024;

/// Where exchanges are logged (WHMCS's `logModuleCall`); `secrets` are masked by the logger.
pub trait CallLog {
    fn log_exchange(&self, action: &str, request: &str, response: &str, secrets: &[String]);
}

pub struct Transport<'a> {
    endpoint: Endpoint,
    log: &'a dyn CallLog,
    secrets: Vec<String>,
}

impl<'a> Transport<'a> {
    pub fn new(endpoint: Endpoint, log: &'a dyn CallLog, secrets: Vec<String>) -> Self {
        Transport {
            endpoint,
            log,
            secrets,
        }
    }

    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// Adds a value to mask in every later log entry (e.g. a generated password).
    pub fn add_secret(&mut self, secret: &str) {
        crate::secret::push(&mut self.secrets, secret);
    }

    pub fn secrets(&self) -> &[String] {
        &self.secrets
    }

    /// Sends `req`; `action` names it in the module log.
    pub fn send(&self, action: &str, req: &Request) -> Result<Response, HttpError> {
        let url = self.endpoint.url(&req.path);
        let rendered = req.render(&url);
        let result = self.exchange(&url, req);
        let logged = match &result {
            Ok(r) => render_response(r),
            Err(e) => format!("(no answer) {e}"),
        };
        let mut secrets = self.secrets.clone();
        if let Ok(r) = &result {
            for s in response_secrets(&r.body, &req.secret_response_fields) {
                crate::secret::push(&mut secrets, &s);
            }
        }
        self.log.log_exchange(action, &rendered, &logged, &secrets);
        result
    }

    /// Sends `req` and hands the answer's status, headers and body reader to `read`, which
    /// consumes the body as it arrives (a big server's listing is never held whole). A transport
    /// failure while reading wins over what `read` made of the cut-off body.
    pub fn send_streamed<T, E: From<HttpError>>(
        &self,
        action: &str,
        req: &Request,
        read: impl FnOnce(u16, &[(String, String)], &mut dyn Read) -> Result<T, E>,
    ) -> Result<T, E> {
        let url = self.endpoint.url(&req.path);
        let rendered = req.render(&url);
        let timeout = req.timeout.unwrap_or(self.endpoint.timeout);
        let resp = match self.open(&url, req) {
            Ok(r) => r,
            Err(e) => {
                self.log.log_exchange(
                    action,
                    &rendered,
                    &format!("(no answer) {e}"),
                    &self.secrets,
                );
                return Err(E::from(e));
            }
        };
        let (status, headers) = head_of(&resp);
        let mut tee = super::stream::Tee::new(resp, MAX_LOGGED, MAX_STREAMED);
        let out = read(status, &headers, &mut tee);
        let failure = if tee.too_large {
            Some(HttpError::TooLarge {
                addr: self.endpoint.authority(),
                limit_mb: MAX_STREAMED / 1024 / 1024,
            })
        } else {
            tee.error.as_ref().map(|e| self.classify_io(e, timeout))
        };
        let mut logged = render_response(&Response {
            status,
            headers,
            body: String::from_utf8_lossy(&tee.kept).into_owned(),
        });
        logged.push_str(&format!("\n… ({} bytes read as a stream)", tee.total));
        self.log
            .log_exchange(action, &rendered, &logged, &self.secrets);
        match failure {
            Some(e) => Err(E::from(e)),
            None => out,
        }
    }

    fn exchange(&self, url: &str, req: &Request) -> Result<Response, HttpError> {
        let timeout = req.timeout.unwrap_or(self.endpoint.timeout);
        let resp = self.open(url, req)?;
        let (status, headers) = head_of(&resp);
        // One byte more than the bound tells an answer over it; an endless one ends there (or
        // at the request's timeout, which covers the whole body).
        let mut bytes = Vec::new();
        resp.take(MAX_ANSWER + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| self.classify_io(&e, timeout))?;
        if bytes.len() as u64 > MAX_ANSWER {
            return Err(HttpError::TooLarge {
                addr: self.endpoint.authority(),
                limit_mb: MAX_ANSWER / 1024 / 1024,
            });
        }
        Ok(Response {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        })
    }

    /// Sends `req`; the answer's head has arrived, its body not yet.
    fn open(&self, url: &str, req: &Request) -> Result<reqwest::blocking::Response, HttpError> {
        let client = client_for(self.endpoint.pin, self.endpoint.connect_timeout)?;
        let timeout = req.timeout.unwrap_or(self.endpoint.timeout);
        let method = match req.method {
            super::request::Method::Get => reqwest::Method::GET,
            super::request::Method::Post => reqwest::Method::POST,
            super::request::Method::Put => reqwest::Method::PUT,
            super::request::Method::Delete => reqwest::Method::DELETE,
        };
        let mut builder = client.request(method, url).timeout(timeout);
        if !req.query.is_empty() {
            builder = builder.query(&req.query);
        }
        for (k, v) in &req.headers {
            builder = builder.header(k.as_str(), v.as_str());
        }
        builder = match &req.body {
            Body::None => builder,
            Body::Form(fields) => builder.form(fields),
            Body::Json(v) => builder
                .header("Content-Type", "application/json")
                .body(v.to_string()),
        };
        builder.send().map_err(|e| self.classify(&e, timeout))
    }

    fn classify(&self, e: &reqwest::Error, timeout: Duration) -> HttpError {
        let addr = self.endpoint.authority();
        if let Some(refusal) = find_refusal(e) {
            return match refusal {
                CertRefusal::PinMismatch { seen } => HttpError::PinMismatch {
                    addr,
                    seen: seen.to_string(),
                },
                CertRefusal::Untrusted { seen, reason } => HttpError::Untrusted {
                    addr,
                    reason: reason.clone(),
                    seen: seen.to_string(),
                },
            };
        }
        if e.is_timeout() {
            let connect = is_connect(e);
            return HttpError::Timeout {
                addr,
                secs: if connect {
                    self.endpoint.connect_timeout.as_secs()
                } else {
                    timeout.as_secs()
                },
            };
        }
        let root = root_cause(e);
        if let Some(tls) = find_tls_error(e) {
            return HttpError::Tls {
                addr,
                reason: tls.to_string(),
            };
        }
        if is_connect(e) {
            return HttpError::Connect { addr, reason: root };
        }
        HttpError::Broken { addr, reason: root }
    }

    fn classify_io(&self, e: &std::io::Error, timeout: Duration) -> HttpError {
        let addr = self.endpoint.authority();
        let timed_out = matches!(e.kind(), std::io::ErrorKind::TimedOut)
            || e.get_ref()
                .and_then(|inner| inner.downcast_ref::<reqwest::Error>())
                .is_some_and(reqwest::Error::is_timeout);
        if timed_out {
            return HttpError::Timeout {
                addr,
                secs: timeout.as_secs(),
            };
        }
        HttpError::Broken {
            addr,
            reason: root_cause(e),
        }
    }
}

/// Status and headers of an answer whose body is still to be read.
fn head_of(resp: &reqwest::blocking::Response) -> (u16, Vec<(String, String)>) {
    let headers = resp
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    (resp.status().as_u16(), headers)
}

/// String values of `keys` anywhere in a JSON answer (nothing when it is not JSON).
fn response_secrets(body: &str, keys: &[String]) -> Vec<String> {
    fn walk(v: &serde_json::Value, keys: &[String], out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, child) in m {
                    match child {
                        serde_json::Value::String(s) if keys.contains(k) => {
                            crate::secret::push(out, s);
                            // The log holds the raw body, where the value appears JSON-escaped
                            // (a config's newlines as `\n`, PHP's `\/`).
                            let escaped = serde_json::to_string(s).unwrap_or_default();
                            let escaped = escaped.trim_matches('"');
                            crate::secret::push(out, escaped);
                            crate::secret::push(out, &escaped.replace('/', "\\/"));
                        }
                        other => walk(other, keys, out),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, keys, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if keys.is_empty() {
        return out;
    }
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(body) {
        walk(&v, keys, &mut out);
    }
    out
}

fn render_response(r: &Response) -> String {
    let mut out = format!("HTTP {}\n", r.status);
    for (k, v) in &r.headers {
        if k.eq_ignore_ascii_case("content-type") || k.to_ascii_lowercase().starts_with("hestia") {
            out.push_str(&format!("{k}: {v}\n"));
        }
    }
    out.push('\n');
    if r.body.len() > MAX_LOGGED {
        let mut cut = MAX_LOGGED;
        while !r.body.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&r.body[..cut]);
        out.push_str(&format!("\n… ({} bytes in all)", r.body.len()));
    } else {
        out.push_str(&r.body);
    }
    out
}

/// Walks an error's sources. An `io::Error` is opened with `get_ref()`: its `source()` skips
/// the error it wraps (and transports nest them).
fn chain<'e>(
    e: &'e (dyn std::error::Error + 'static),
) -> Vec<&'e (dyn std::error::Error + 'static)> {
    let mut out = Vec::new();
    let mut cur = Some(e);
    while let Some(err) = cur {
        out.push(err);
        cur = match err.downcast_ref::<std::io::Error>() {
            Some(io) => io.get_ref().map(|inner| {
                let inner: &(dyn std::error::Error + 'static) = inner;
                inner
            }),
            None => err.source(),
        };
    }
    out
}

fn find_tls_error(e: &reqwest::Error) -> Option<&rustls::Error> {
    chain(e)
        .into_iter()
        .find_map(|x| x.downcast_ref::<rustls::Error>())
}

fn find_refusal(e: &reqwest::Error) -> Option<&CertRefusal> {
    match find_tls_error(e)? {
        rustls::Error::InvalidCertificate(rustls::CertificateError::Other(other)) => {
            let inner: &(dyn std::error::Error + 'static) = &*other.0;
            inner.downcast_ref::<CertRefusal>()
        }
        _ => None,
    }
}

fn is_connect(e: &reqwest::Error) -> bool {
    e.is_connect()
        || chain(e).into_iter().any(|x| {
            x.downcast_ref::<std::io::Error>().is_some_and(|io| {
                matches!(
                    io.kind(),
                    std::io::ErrorKind::ConnectionRefused | std::io::ErrorKind::AddrNotAvailable
                )
            })
        })
}

/// The innermost message, e.g. "Connection refused (os error 111)", without the
/// documentation links some TLS errors append (they mean nothing to a WHMCS admin).
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let text = chain(e)
        .last()
        .map(|x| x.to_string())
        .unwrap_or_else(|| e.to_string());
    match text.find(": https://") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_secret_values_in_json_answers() {
        let body = r#"{"status":"success","data":{"pass_key":"AB12-CD34","name":"x","list":[{"pass_key":"Z"}]}}"#;
        let found = response_secrets(body, &["pass_key".to_string()]);
        assert_eq!(found, vec!["AB12-CD34".to_string(), "Z".to_string()]);
        assert!(response_secrets("not json", &["pass_key".to_string()]).is_empty());
        assert!(response_secrets(body, &[]).is_empty());
        let body = r#"{"data":{"config":"[Interface]\nKey = a/b"}}"#;
        let found = response_secrets(body, &["config".to_string()]);
        assert!(
            found.contains(&"[Interface]\\nKey = a/b".to_string()),
            "{found:?}"
        );
        assert!(
            found.contains(&"[Interface]\\nKey = a\\/b".to_string()),
            "{found:?}"
        );
    }
}
