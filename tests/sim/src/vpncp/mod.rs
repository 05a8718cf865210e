//! puqVPNcp v2 simulator: the REST API under `/api/v1/` with bearer tokens and the
//! `result/message/data` envelope, per /work/shared/reference/puqvpncp-api.md. One instance is
//! one VPN server; a group test starts several (each with its own latency and faults).

mod api;
mod clients;
mod clock;
mod envelope;
mod files;
pub mod ipv4;
mod keys;
mod routes;
pub mod state;
mod stateio;
mod system;

use std::sync::{Mutex, MutexGuard};

use serde_json::Value;

use crate::http::{Request, Response};
use crate::panel::Panel;

pub use state::{DayTraffic, Session, State, DEFAULT_TOKEN};

pub struct VpncpPanel {
    state: Mutex<State>,
}

impl Default for VpncpPanel {
    fn default() -> Self {
        Self::new()
    }
}

impl VpncpPanel {
    /// A fresh server: token [`DEFAULT_TOKEN`], free licence (50 clients), network `default`.
    pub fn new() -> VpncpPanel {
        VpncpPanel {
            state: Mutex::new(State::initial()),
        }
    }

    /// The state lock; a panicked handler must not wedge the simulator.
    pub fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Merge a state document (same format as `POST /state`).
    pub fn merge(&self, v: &Value) -> Result<(), String> {
        self.load_state(v)
    }

    /// A client as in the state JSON, if it exists.
    pub fn client(&self, name: &str) -> Option<Value> {
        let doc = self.state_json();
        doc.get("clients").and_then(|c| c.get(name)).cloned()
    }

    pub fn client_names(&self) -> Vec<String> {
        self.lock().clients.keys().cloned().collect()
    }

    /// One-time links handed out so far.
    pub fn links(&self) -> usize {
        self.lock().links.len()
    }
}

impl Panel for VpncpPanel {
    fn name(&self) -> &'static str {
        "vpncp"
    }

    fn route(&self, req: &Request) -> String {
        routes::Route::of(req).key(&req.method)
    }

    fn handle(&self, req: &Request) -> Response {
        api::handle(self, req)
    }

    fn auth_failure(&self) -> Response {
        envelope::error(401, "Invalid API token")
    }

    fn state_json(&self) -> Value {
        stateio::to_json(&self.lock())
    }

    fn load_state(&self, v: &Value) -> Result<(), String> {
        let mut st = self.lock();
        // Apply to a copy so a bad document changes nothing.
        let mut next = st.clone();
        stateio::merge(&mut next, v)?;
        *st = next;
        Ok(())
    }

    fn reset(&self) {
        *self.lock() = State::initial();
    }

    fn auth_kind(&self, req: &Request) -> String {
        if api::bearer(req).is_some() {
            "bearer".into()
        } else {
            "none".into()
        }
    }

    fn record_fields(&self, req: &Request) -> Vec<(String, String)> {
        api::fields(req)
            .into_iter()
            .map(|(k, v)| {
                let s = match v {
                    Value::String(s) => s,
                    other => other.to_string(),
                };
                (k, s)
            })
            .collect()
    }
}
