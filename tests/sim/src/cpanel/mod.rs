//! cPanel & WHM simulator: WHM API 1 (`/json-api/FUNCTION?api.version=1`) as
//! /work/shared/reference/cpanel-whm-api.md describes it, over in-memory state.

mod accounts;
pub mod api;
mod auth;
mod bandwidth;
mod clock;
mod envelope;
mod info;
mod listing;
mod mail;
mod resellers;
pub mod rules;
mod session;
pub mod state;
mod stateio;
mod stats;
#[cfg(test)]
mod tests;

use std::sync::{Mutex, MutexGuard};

use serde_json::Value;

use crate::http::{Request, Response};
use crate::panel::Panel;

pub use state::{Token, DEFAULT_ROOT_PASSWORD, DEFAULT_ROOT_TOKEN, DEFAULT_VERSION};

/// The simulated WHM server.
pub struct CpanelPanel {
    state: Mutex<State>,
}

use state::State;

impl Default for CpanelPanel {
    fn default() -> Self {
        Self::new()
    }
}

impl CpanelPanel {
    /// A fresh server: root with the token [`DEFAULT_ROOT_TOKEN`] (all privileges), packages
    /// `default` (unlimited), `basic` and `pro`, two free dedicated IPs, no accounts.
    pub fn new() -> CpanelPanel {
        CpanelPanel {
            state: Mutex::new(State::initial()),
        }
    }

    /// The state lock; a panicked handler must not wedge the simulator.
    pub fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds (or replaces) an API token of `user`; `acls` empty = every privilege.
    pub fn add_token(&self, user: &str, token: &str, acls: &[&str]) {
        let mut st = self.lock();
        st.tokens.retain(|t| t.token != token);
        st.tokens.push(Token {
            user: user.into(),
            name: String::new(),
            token: token.into(),
            acls: acls.iter().map(|s| s.to_string()).collect(),
        });
    }

    /// Sets the server's current month (`"2026-05"`); counters of other months stay as they are.
    pub fn set_month(&self, month: &str) -> bool {
        match state::parse_month(month) {
            Some(m) => {
                self.lock().current_month = m;
                true
            }
            None => false,
        }
    }

    /// Sets the bytes `user` transferred in `month` (`"2026-05"`).
    pub fn set_bandwidth(&self, user: &str, month: &str, bytes: u64) -> bool {
        let Some(m) = state::parse_month(month) else {
            return false;
        };
        self.lock()
            .bandwidth
            .entry(user.into())
            .or_default()
            .insert(state::month_key(m), bytes);
        true
    }

    pub fn set_createacct_delay_ms(&self, ms: u64) {
        self.lock().createacct_delay_ms = ms;
    }

    /// An account as in the state JSON, `None` when there is none.
    pub fn account(&self, user: &str) -> Option<Value> {
        self.lock().accounts.get(user).map(stateio::account_json)
    }

    pub fn account_names(&self) -> Vec<String> {
        self.lock().accounts.keys().cloned().collect()
    }
}

impl Panel for CpanelPanel {
    fn name(&self) -> &'static str {
        "cpanel"
    }

    /// The WHM function name (`createacct`), `-` for other paths.
    fn route(&self, req: &Request) -> String {
        api::function_of(&req.path).unwrap_or("-").to_string()
    }

    fn handle(&self, req: &Request) -> Response {
        api::handle(self, req)
    }

    fn auth_failure(&self) -> Response {
        envelope::access_denied()
    }

    fn state_json(&self) -> Value {
        stateio::to_json(&self.lock())
    }

    fn load_state(&self, v: &Value) -> Result<(), String> {
        let mut st = self.lock();
        let mut next = st.clone();
        stateio::merge(&mut next, v)?;
        *st = next;
        Ok(())
    }

    fn reset(&self) {
        *self.lock() = State::initial();
    }

    fn auth_kind(&self, req: &Request) -> String {
        auth::kind(req).into()
    }

    /// Query and form fields together (credentials travel in a header, never here).
    fn record_fields(&self, req: &Request) -> Vec<(String, String)> {
        api::Params::from_request(req).all().to_vec()
    }
}
