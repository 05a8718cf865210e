//! Log of the requests a panel answered.

use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct RecordedRequest {
    /// Fault route key (HestiaCP: the command).
    pub route: String,
    pub method: String,
    pub path: String,
    /// Panel-defined, e.g. "access_key" | "legacy" | "none".
    pub auth_kind: String,
    /// Request parameters as received (secrets included).
    pub fields: Vec<(String, String)>,
    /// HTTP status put on the wire; 0 when nothing was sent (refuse, timeout faults).
    pub status: u16,
    /// Unix time in milliseconds when the request was read.
    pub at_ms: u64,
    /// The body sent, when the simulator was asked to keep answers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub answer: String,
}

impl RecordedRequest {
    /// Last value of a field.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Default)]
pub(crate) struct RequestLog {
    entries: Mutex<Vec<RecordedRequest>>,
}

impl RequestLog {
    pub fn push(&self, r: RecordedRequest) {
        if let Ok(mut e) = self.entries.lock() {
            e.push(r);
        }
    }
    pub fn all(&self) -> Vec<RecordedRequest> {
        self.entries.lock().map(|e| e.clone()).unwrap_or_default()
    }
    pub fn clear(&self) {
        if let Ok(mut e) = self.entries.lock() {
            e.clear();
        }
    }
}

pub(crate) fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}
