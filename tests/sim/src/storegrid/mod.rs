//! Backup server (Vembu StoreGrid SP) simulator: the web-console API exactly as
//! `oxide_storegrid` assumes it (src/modules/storegrid/contract.rs, docs/oxide_storegrid.md),
//! written from that contract: resellers and customers in one namespace, the MCAL pool,
//! throttling and report validation, pass keys, account mails.

mod actions;
pub mod api;
mod basic_auth;
mod clock;
pub mod error;
mod fields;
mod rules;
pub mod state;

use std::sync::{Mutex, MutexGuard};

use serde_json::Value;

use crate::http::{Request, Response};
use crate::panel::Panel;

pub use state::{Account, ConsoleUser, Mail, State, DEFAULT_ADMIN, DEFAULT_ADMIN_PASSWORD};

pub struct StoregridPanel {
    state: Mutex<State>,
}

impl Default for StoregridPanel {
    fn default() -> Self {
        Self::new()
    }
}

impl StoregridPanel {
    /// A fresh server: web-console admin `admin` / `AdminPass123`, 1000 MCALs, no accounts.
    pub fn new() -> StoregridPanel {
        StoregridPanel {
            state: Mutex::new(State::initial()),
        }
    }

    /// The state lock; a panicked handler must not wedge the simulator.
    pub fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn account(&self, name: &str) -> Option<Account> {
        self.lock().account(name).cloned()
    }

    pub fn mails(&self) -> Vec<Mail> {
        self.lock().mails.clone()
    }

    pub fn set_storage_used(&self, name: &str, bytes: u64) -> bool {
        match self.lock().account_mut(name) {
            Some(a) => {
                a.storage_used = bytes;
                true
            }
            None => false,
        }
    }

    pub fn add_user(&self, name: &str, password: &str, role: &str) {
        let mut st = self.lock();
        st.users.retain(|u| u.name != name);
        st.users.push(ConsoleUser {
            name: name.into(),
            password: password.into(),
            role: role.into(),
        });
    }
}

impl Panel for StoregridPanel {
    fn name(&self) -> &'static str {
        "storegrid"
    }

    /// The action name (`SignupCustomer`, …); `-` for other paths.
    fn route(&self, req: &Request) -> String {
        api::action_of(&req.path).unwrap_or("-").to_string()
    }

    fn handle(&self, req: &Request) -> Response {
        api::handle(self, req)
    }

    fn auth_failure(&self) -> Response {
        error::ApiError::new(401, "AUTH_FAILED", "invalid username or password").response()
    }

    fn state_json(&self) -> Value {
        serde_json::to_value(&*self.lock()).unwrap_or(Value::Null)
    }

    fn load_state(&self, v: &Value) -> Result<(), String> {
        let mut st = self.lock();
        // Applied to a copy so a bad document changes nothing.
        let mut next = st.clone();
        state::merge(&mut next, v)?;
        *st = next;
        Ok(())
    }

    fn reset(&self) {
        *self.lock() = State::initial();
    }

    fn auth_kind(&self, req: &Request) -> String {
        match req.header("authorization") {
            Some(h) if h.trim_start().to_ascii_lowercase().starts_with("basic ") => "basic",
            Some(_) => "other",
            None => "none",
        }
        .into()
    }

    /// The JSON body's top-level fields (objects as JSON text), secrets kept.
    fn record_fields(&self, req: &Request) -> Vec<(String, String)> {
        match req.json() {
            Some(Value::Object(m)) => m
                .into_iter()
                .map(|(k, v)| {
                    let s = match v {
                        Value::String(s) => s,
                        other => other.to_string(),
                    };
                    (k, s)
                })
                .collect(),
            _ => req.query.clone(),
        }
    }
}

#[cfg(test)]
mod tests;
