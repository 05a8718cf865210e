//! Injected failures: what the transport or a proxy in front of the panel does wrong.

use std::sync::Mutex;

use serde::{Deserialize, Serialize};

fn star() -> String {
    "*".into()
}
fn d500() -> u16 {
    500
}
fn d502() -> u16 {
    502
}
fn d30000() -> u64 {
    30_000
}
fn d302() -> u16 {
    302
}
fn d64mib() -> u64 {
    64 * 1024 * 1024
}
fn d60() -> u64 {
    60
}

/// What goes wrong. JSON: `{"kind":"status","status":500,"body":"..."}` (flattened into Fault).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultKind {
    /// Wait `ms`, then answer normally.
    Latency {
        #[serde(default)]
        ms: u64,
    },
    /// Answer `status` with a plain-text body; the handler is not run.
    Status {
        #[serde(default = "d500")]
        status: u16,
        #[serde(default)]
        body: String,
    },
    /// An nginx HTML error page with `status`; the handler is not run.
    Html {
        #[serde(default = "d502")]
        status: u16,
    },
    /// Close the connection right after reading the request, sending nothing.
    Refuse,
    /// Run the handler, send the head (full Content-Length) and half the body, then RST.
    ResetMidBody,
    /// Like ResetMidBody but a clean close after part of the body.
    Truncate,
    /// HTTP 200 application/json with invalid JSON; the handler is not run.
    Malformed,
    /// Read the request, send nothing for `ms`, close; the handler is not run.
    Timeout {
        #[serde(default = "d30000")]
        ms: u64,
    },
    /// Run the handler (state changes happen), hold the answer `ms`, close without sending.
    TimeoutAfter {
        #[serde(default = "d30000")]
        ms: u64,
    },
    /// Run the handler but label its body `Content-Type: text/html`.
    ContentType,
    /// Answer with the panel's own bad-credentials response.
    Auth,
    /// Run the handler (state changes happen) and change one field of its JSON answer.
    Reshape {
        /// JSON pointer of the field (`/data/account/reseller`).
        path: String,
        change: crate::reshape::Change,
    },
    /// A gateway or another app on the port answers `status` with a JSON `body`
    /// (`{"error":"Not Found"}`); the handler is not run.
    Json {
        #[serde(default = "d502")]
        status: u16,
        #[serde(default)]
        body: serde_json::Value,
    },
    /// `status` (302) with `Location: location` (another host, port, scheme or path); the
    /// handler is not run.
    Redirect {
        #[serde(default = "d302")]
        status: u16,
        location: String,
    },
    /// Run the handler and pad its answer with trailing blanks to `bytes` (still valid JSON).
    Oversized {
        #[serde(default = "d64mib")]
        bytes: u64,
    },
    /// HTTP 200 JSON without a length whose body never ends: `{"data":"xxxx…` sent in 64 KiB
    /// pieces every `every_ms` (0 = as fast as the client reads) until the client goes, the
    /// server stops or `max_secs` passed. The handler is not run.
    Endless {
        #[serde(default)]
        every_ms: u64,
        #[serde(default = "d60")]
        max_secs: u64,
    },
    /// Run the handler and append `text` (default [`crate::hostile::HOSTILE_TEXT`]: a newline,
    /// `|`, control characters, HTML and a right-to-left mark) to every string whose key is one
    /// of `keys`, anywhere in its JSON answer: what a tenant can put in the names it chooses.
    Names {
        keys: Vec<String>,
        #[serde(default = "crate::hostile::hostile_text")]
        text: String,
    },
    /// Run the handler and set the field at JSON pointer `path` of its answer to `value`
    /// (added when its parent object has no such key): `"unlimited"`, `null`, `"0"`, HTML.
    Set {
        path: String,
        value: serde_json::Value,
    },
    /// Run the handler and, in the list at `path`, put a copy of element `index` with the
    /// fields of `with` changed in front of it: a duplicate name, or a forged record.
    Duplicate {
        path: String,
        #[serde(default)]
        index: usize,
        #[serde(default)]
        with: serde_json::Map<String, serde_json::Value>,
    },
    /// Run the handler and turn every number of its JSON answer into a string (`5` → `"5"`).
    NumbersAsStrings,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Fault {
    /// Route key to match ("*" = every request).
    #[serde(default = "star")]
    pub route: String,
    #[serde(flatten)]
    pub kind: FaultKind,
    /// How many more requests it applies to; None = until cleared.
    #[serde(default)]
    pub times: Option<u32>,
}

impl Fault {
    pub fn new(route: &str, kind: FaultKind) -> Fault {
        Fault {
            route: route.to_string(),
            kind,
            times: None,
        }
    }
    /// Builder: apply only `n` times.
    pub fn times(mut self, n: u32) -> Fault {
        self.times = Some(n);
        self
    }
}

/// Faults in insertion order.
#[derive(Default)]
pub(crate) struct FaultSet {
    faults: Mutex<Vec<Fault>>,
}

impl FaultSet {
    pub fn add(&self, f: Fault) {
        if let Ok(mut v) = self.faults.lock() {
            v.push(f);
        }
    }
    pub fn clear(&self) {
        if let Ok(mut v) = self.faults.lock() {
            v.clear();
        }
    }
    pub fn list(&self) -> Vec<Fault> {
        self.faults.lock().map(|v| v.clone()).unwrap_or_default()
    }
    /// The first fault matching `route` with times left; its count is used up.
    pub fn take(&self, route: &str) -> Option<FaultKind> {
        let mut v = self.faults.lock().ok()?;
        let i = v
            .iter()
            .position(|f| (f.route == "*" || f.route == route) && f.times != Some(0))?;
        let kind = v[i].kind.clone();
        if let Some(n) = v[i].times {
            if n <= 1 {
                v.remove(i);
            } else {
                v[i].times = Some(n - 1);
            }
        }
        Some(kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shape_and_defaults() {
        let f: Fault = serde_json::from_str(
            r#"{"route":"v-add-user","kind":"status","status":503,"body":"x","times":1}"#,
        )
        .unwrap();
        assert_eq!(
            f.kind,
            FaultKind::Status {
                status: 503,
                body: "x".into()
            }
        );
        assert_eq!(f.times, Some(1));
        let f: Fault = serde_json::from_str(r#"{"kind":"timeout"}"#).unwrap();
        assert_eq!(f.route, "*");
        assert_eq!(f.kind, FaultKind::Timeout { ms: 30_000 });
        let f: Fault = serde_json::from_str(r#"{"kind":"reset_mid_body"}"#).unwrap();
        assert_eq!(f.kind, FaultKind::ResetMidBody);
        let v = serde_json::to_value(Fault::new("a", FaultKind::Html { status: 502 })).unwrap();
        assert_eq!(v["kind"], "html");
        assert_eq!(v["status"], 502);
    }

    #[test]
    fn matching_order_and_counts() {
        let s = FaultSet::default();
        s.add(Fault::new("a", FaultKind::Refuse).times(2));
        s.add(Fault::new("*", FaultKind::Malformed));
        assert_eq!(s.take("b"), Some(FaultKind::Malformed));
        assert_eq!(s.take("a"), Some(FaultKind::Refuse));
        assert_eq!(s.take("a"), Some(FaultKind::Refuse));
        assert_eq!(s.take("a"), Some(FaultKind::Malformed));
        assert_eq!(s.list().len(), 1);
    }
}
