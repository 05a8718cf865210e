//! Minimal HTTP/1.1 request parsing and response serialisation (std only).

use std::io::{self, Read, Write};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::multipart;

/// Largest accepted request head (request line + headers).
pub const MAX_HEAD: usize = 64 * 1024;
/// Largest accepted request body.
pub const MAX_BODY: usize = 16 * 1024 * 1024;

/// One parsed HTTP request.
#[derive(Clone, Debug)]
pub struct Request {
    pub method: String,
    /// Path without the query string, still percent-encoded as sent.
    pub path: String,
    pub query: Vec<(String, String)>,
    /// Header names are lowercased; values as sent (trimmed).
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub peer: SocketAddr,
    /// "HTTP/1.1" or "HTTP/1.0".
    pub version: String,
}

impl Request {
    /// A request built in code (tests, direct handler calls).
    pub fn new(method: &str, path: &str, peer: SocketAddr) -> Request {
        let (p, q) = split_target(path);
        Request {
            method: method.to_string(),
            path: p,
            query: q,
            headers: Vec::new(),
            body: Vec::new(),
            peer,
            version: "HTTP/1.1".into(),
        }
    }

    /// Builder: a form-encoded POST body.
    pub fn with_form(mut self, fields: &[(&str, &str)]) -> Request {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in fields {
            s.append_pair(k, v);
        }
        self.body = s.finish().into_bytes();
        self.headers.push((
            "content-type".into(),
            "application/x-www-form-urlencoded".into(),
        ));
        self
    }

    /// First header with this (case-insensitive) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The media type of the body, lowercased, without parameters.
    pub fn content_type(&self) -> Option<String> {
        self.header("content-type").map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
    }

    /// Fields PHP would put in `$_POST`: urlencoded or multipart bodies of POST requests.
    pub fn post_fields(&self) -> Vec<(String, String)> {
        if !self.method.eq_ignore_ascii_case("POST") {
            return Vec::new();
        }
        match self.content_type().as_deref() {
            Some("application/x-www-form-urlencoded") => form_urlencoded::parse(&self.body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
            Some("multipart/form-data") => self
                .header("content-type")
                .and_then(multipart::boundary)
                .map(|b| multipart::parse(&self.body, &b))
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// Form fields from the body, or the query string when the body has none.
    pub fn fields(&self) -> Vec<(String, String)> {
        let f = self.post_fields();
        if f.is_empty() {
            self.query.clone()
        } else {
            f
        }
    }

    /// Last value of a form/query field (PHP semantics: later duplicates win).
    pub fn field(&self, name: &str) -> Option<String> {
        self.fields()
            .into_iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    /// The body parsed as JSON, if it is JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// One HTTP response.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    /// Empty body.
    pub fn empty(status: u16) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// Plain text body.
    pub fn text(status: u16, body: impl Into<String>) -> Response {
        Response::empty(status)
            .with_header("Content-Type", "text/plain; charset=utf-8")
            .with_body(body.into().into_bytes())
    }

    /// JSON body serialised from a value.
    pub fn json(status: u16, v: &serde_json::Value) -> Response {
        let body = serde_json::to_vec(v).unwrap_or_default();
        Response::empty(status)
            .with_header("Content-Type", "application/json")
            .with_body(body)
    }

    /// HTML body.
    pub fn html(status: u16, body: impl Into<String>) -> Response {
        Response::empty(status)
            .with_header("Content-Type", "text/html")
            .with_body(body.into().into_bytes())
    }

    /// The HTML error page nginx serves for a status (what a proxy in front of a panel returns).
    pub fn nginx_error(status: u16) -> Response {
        let title = format!("{} {}", status, reason(status));
        Response::html(
            status,
            format!(
                "<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
            ),
        )
    }

    pub fn with_header(mut self, name: &str, value: impl Into<String>) -> Response {
        self.headers.push((name.to_string(), value.into()));
        self
    }

    /// Replace (or add) a header.
    pub fn set_header(&mut self, name: &str, value: impl Into<String>) {
        self.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
        self.headers.push((name.to_string(), value.into()));
    }

    pub fn with_body(mut self, body: Vec<u8>) -> Response {
        self.body = body;
        self
    }

    /// First header with this (case-insensitive) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn body_str(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// Status line and headers (with Content-Length and Connection) as wire bytes.
    pub fn head_bytes(&self, keep_alive: bool) -> Vec<u8> {
        let mut h = format!("HTTP/1.1 {} {}\r\n", self.status, reason(self.status));
        h.push_str("Server: nginx\r\n");
        for (k, v) in &self.headers {
            if k.eq_ignore_ascii_case("content-length") || k.eq_ignore_ascii_case("connection") {
                continue;
            }
            h.push_str(&format!("{k}: {v}\r\n"));
        }
        h.push_str(&format!("Content-Length: {}\r\n", self.body.len()));
        h.push_str(if keep_alive {
            "Connection: keep-alive\r\n"
        } else {
            "Connection: close\r\n"
        });
        h.push_str("\r\n");
        h.into_bytes()
    }
}

/// Reason phrase for common statuses.
pub fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        411 => "Length Required",
        413 => "Request Entity Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Time-out",
        _ => "Unknown",
    }
}

fn split_target(target: &str) -> (String, Vec<(String, String)>) {
    match target.split_once('?') {
        Some((p, q)) => (
            p.to_string(),
            form_urlencoded::parse(q.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        ),
        None => (target.to_string(), Vec::new()),
    }
}

/// Why no request could be read.
#[derive(Debug)]
pub enum ReadError {
    /// Peer closed, idle timeout or server stopping: just close.
    Closed,
    /// Answer with this status and close.
    Reject(u16, &'static str),
}

/// A buffered connection reader that polls with short socket timeouts so that a stopping
/// server is noticed quickly, while still allowing `idle` of silence.
pub struct BufConn<S: Read + Write> {
    pub stream: S,
    buf: Vec<u8>,
    idle: Duration,
}

impl<S: Read + Write> BufConn<S> {
    pub fn new(stream: S, idle: Duration) -> BufConn<S> {
        BufConn {
            stream,
            buf: Vec::new(),
            idle,
        }
    }

    /// Read more bytes into the buffer; Ok(0) on EOF.
    fn fill(&mut self, stop: &AtomicBool) -> io::Result<usize> {
        let started = Instant::now();
        let mut chunk = [0u8; 16 * 1024];
        loop {
            if stop.load(Ordering::Relaxed) {
                return Ok(0);
            }
            match self.stream.read(&mut chunk) {
                Ok(n) => {
                    self.buf.extend_from_slice(&chunk[..n]);
                    return Ok(n);
                }
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
                {
                    if started.elapsed() >= self.idle {
                        return Ok(0);
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let rest = self.buf.split_off(n);
        std::mem::replace(&mut self.buf, rest)
    }

    /// Read exactly `n` body bytes.
    fn read_exact_n(&mut self, n: usize, stop: &AtomicBool) -> Result<Vec<u8>, ReadError> {
        while self.buf.len() < n {
            match self.fill(stop) {
                Ok(0) | Err(_) => return Err(ReadError::Closed),
                Ok(_) => {}
            }
        }
        Ok(self.take(n))
    }

    /// Read one CRLF-terminated line (for chunked bodies).
    fn read_line(&mut self, stop: &AtomicBool) -> Result<String, ReadError> {
        loop {
            if let Some(i) = self.buf.windows(2).position(|w| w == b"\r\n") {
                let line = self.take(i + 2);
                return Ok(String::from_utf8_lossy(&line[..i]).into_owned());
            }
            if self.buf.len() > MAX_HEAD {
                return Err(ReadError::Reject(400, "chunk line too long"));
            }
            match self.fill(stop) {
                Ok(0) | Err(_) => return Err(ReadError::Closed),
                Ok(_) => {}
            }
        }
    }

    /// Read and parse one request; answers `100 Continue` when the client waits for it
    /// (curl does for larger bodies).
    pub fn read_request(
        &mut self,
        peer: SocketAddr,
        stop: &AtomicBool,
    ) -> Result<Request, ReadError> {
        // Head.
        let head_end = loop {
            // Tolerate stray CRLFs between requests (RFC 9112 §2.2).
            while self.buf.starts_with(b"\r\n") {
                self.take(2);
            }
            if let Some(i) = self.buf.windows(4).position(|w| w == b"\r\n\r\n") {
                if i > MAX_HEAD {
                    return Err(ReadError::Reject(431, "request head too large"));
                }
                break i;
            }
            if self.buf.len() > MAX_HEAD {
                return Err(ReadError::Reject(431, "request head too large"));
            }
            match self.fill(stop) {
                Ok(0) | Err(_) => return Err(ReadError::Closed),
                Ok(_) => {}
            }
        };
        let head = self.take(head_end + 4);
        let head = String::from_utf8_lossy(&head[..head_end]).into_owned();
        let mut lines = head.split("\r\n");
        let line = lines.next().unwrap_or("");
        let mut parts = line.split(' ');
        let (method, target, version) = match (parts.next(), parts.next(), parts.next()) {
            (Some(m), Some(t), Some(v)) if !m.is_empty() && v.starts_with("HTTP/1.") => {
                (m.to_string(), t.to_string(), v.to_string())
            }
            _ => return Err(ReadError::Reject(400, "bad request line")),
        };
        let mut headers = Vec::new();
        for l in lines {
            let Some((k, v)) = l.split_once(':') else {
                return Err(ReadError::Reject(400, "bad header line"));
            };
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
        let (path, query) = split_target(&target);
        let mut req = Request {
            method,
            path,
            query,
            headers,
            body: Vec::new(),
            peer,
            version,
        };

        let chunked = req
            .header("transfer-encoding")
            .map(|v| v.to_ascii_lowercase().contains("chunked"))
            .unwrap_or(false);
        let length = match req.header("content-length") {
            Some(v) => match v.parse::<usize>() {
                Ok(n) => Some(n),
                Err(_) => return Err(ReadError::Reject(400, "bad content-length")),
            },
            None => None,
        };
        if let Some(n) = length {
            if n > MAX_BODY {
                return Err(ReadError::Reject(413, "body too large"));
            }
        }
        let expects_continue = req
            .header("expect")
            .map(|v| v.eq_ignore_ascii_case("100-continue"))
            .unwrap_or(false);
        if expects_continue && (chunked || length.unwrap_or(0) > 0) {
            let _ = self
                .stream
                .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
                .and_then(|_| self.stream.flush());
        }

        if chunked {
            let mut body = Vec::new();
            loop {
                let line = self.read_line(stop)?;
                let size_str = line.split(';').next().unwrap_or("").trim();
                let size = usize::from_str_radix(size_str, 16)
                    .map_err(|_| ReadError::Reject(400, "bad chunk size"))?;
                if size == 0 {
                    // Trailers until an empty line.
                    loop {
                        if self.read_line(stop)?.is_empty() {
                            break;
                        }
                    }
                    break;
                }
                if body.len() + size > MAX_BODY {
                    return Err(ReadError::Reject(413, "body too large"));
                }
                body.extend(self.read_exact_n(size, stop)?);
                self.read_exact_n(2, stop)?;
            }
            req.body = body;
        } else if let Some(n) = length {
            req.body = self.read_exact_n(n, stop)?;
        }
        Ok(req)
    }
}

/// Whether the connection stays open after answering `req`.
pub fn keep_alive(req: &Request) -> bool {
    let conn = req
        .header("connection")
        .map(|v| v.to_ascii_lowercase())
        .unwrap_or_default();
    if conn.split(',').any(|t| t.trim() == "close") {
        return false;
    }
    if req.version == "HTTP/1.0" {
        return conn.split(',').any(|t| t.trim() == "keep-alive");
    }
    true
}
