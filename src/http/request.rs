//! A request to a panel, described as data so it can be logged before it is sent.

use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    None,
    Form(Vec<(String, String)>),
    Json(serde_json::Value),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub method: Method,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
    pub body: Body,
    /// Overrides the endpoint's timeout (e.g. Let's Encrypt issuance).
    pub timeout: Option<Duration>,
    /// JSON keys whose string values in the *answer* are secrets (e.g. a key the panel
    /// generates): masked in the module log although nobody knew them before the call.
    pub secret_response_fields: Vec<String>,
    /// The whole answer is a credential (a config file, a profile, a one-time link): a
    /// successful answer's body is never written to the module log, whatever its shape.
    pub secret_answer: bool,
}

impl Request {
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        Request {
            method,
            path: path.into(),
            query: Vec::new(),
            headers: Vec::new(),
            body: Body::None,
            timeout: None,
            secret_response_fields: Vec::new(),
            secret_answer: false,
        }
    }

    pub fn query(mut self, k: &str, v: impl Into<String>) -> Self {
        self.query.push((k.to_string(), v.into()));
        self
    }

    pub fn header(mut self, k: &str, v: impl Into<String>) -> Self {
        self.headers.push((k.to_string(), v.into()));
        self
    }

    pub fn form(mut self, fields: Vec<(String, String)>) -> Self {
        self.body = Body::Form(fields);
        self
    }

    pub fn json(mut self, v: serde_json::Value) -> Self {
        self.body = Body::Json(v);
        self
    }

    pub fn timeout(mut self, t: Duration) -> Self {
        self.timeout = Some(t);
        self
    }

    /// Marks JSON keys of the answer whose string values must be masked in the log.
    pub fn secret_response_fields(mut self, keys: &[&str]) -> Self {
        self.secret_response_fields = keys.iter().map(|k| k.to_string()).collect();
        self
    }

    /// Marks the whole answer as a credential: its body stays out of the module log.
    pub fn secret_answer(mut self) -> Self {
        self.secret_answer = true;
        self
    }

    /// The request as text for the module log. Credential headers are never written, whatever
    /// the masking list holds.
    pub fn render(&self, url: &str) -> String {
        let mut out = format!("{} {}", self.method.as_str(), url);
        if !self.query.is_empty() {
            let q: Vec<String> = self.query.iter().map(|(k, v)| format!("{k}={v}")).collect();
            out.push('?');
            out.push_str(&q.join("&"));
        }
        out.push('\n');
        for (k, v) in &self.headers {
            let shown = if is_credential_header(k) {
                "[not logged]"
            } else {
                v
            };
            out.push_str(&format!("{k}: {shown}\n"));
        }
        match &self.body {
            Body::None => {}
            Body::Form(fields) => {
                for (k, v) in fields {
                    out.push_str(&format!("{k}={v}\n"));
                }
            }
            Body::Json(v) => out.push_str(&v.to_string()),
        }
        out
    }
}

fn is_credential_header(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n == "authorization" || n == "cookie" || n.contains("token") || n.contains("key")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_hides_credential_headers() {
        let r = Request::new(Method::Post, "/api/")
            .header("Authorization", "whm root:SECRET")
            .form(vec![("cmd".into(), "v-list-users".into())]);
        let text = r.render("https://h:1/api/");
        assert!(!text.contains("SECRET"));
        assert!(text.contains("cmd=v-list-users"));
    }
}
