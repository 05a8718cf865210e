//! HestiaCP 1.10 simulator: `POST /api/` as `web/api/index.php` answers it, with the
//! `bin/v-*` scripts a billing module uses simulated over in-memory state.

mod access;
pub mod api;
mod clock;
mod commands;
mod domainconf;
mod domains;
pub mod exec;
mod fs;
mod fs_archive;
pub mod fs_root;
mod letsencrypt;
mod mail;
mod output;
mod packages;
pub mod state;
mod stateio;
mod sysinfo;
mod users;
mod validate;

use std::sync::{Mutex, MutexGuard};

use serde_json::Value;

use crate::http::{Request, Response};
use crate::panel::Panel;

pub use state::{
    AccessKey, Certificate, State, DEFAULT_ACCESS_KEY_ID, DEFAULT_ADMIN_PASSWORD,
    DEFAULT_LEGACY_KEY, DEFAULT_SECRET_KEY,
};

/// The simulated HestiaCP server.
pub struct HestiaPanel {
    state: Mutex<State>,
    /// The homes the `v-*-fs-*` scripts work on (a temporary directory, removed on drop).
    pub fs: fs_root::FsRoot,
}

impl Default for HestiaPanel {
    fn default() -> Self {
        Self::new()
    }
}

impl HestiaPanel {
    /// A fresh install: admin user, packages default/system/gold, one admin access key
    /// ([`DEFAULT_ACCESS_KEY_ID`]:[`DEFAULT_SECRET_KEY`]), API allowed from 127.0.0.1.
    pub fn new() -> HestiaPanel {
        HestiaPanel {
            state: Mutex::new(State::initial()),
            fs: fs_root::FsRoot::default(),
        }
    }

    /// The state lock; a panicked handler must not wedge the simulator.
    pub fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Run a script directly, bypassing HTTP and auth: (exit code, stdout).
    pub fn exec(&self, cmd: &str, args: &[&str]) -> (i32, String) {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        commands::run(self, cmd, &args)
    }

    /// Add an access key for the admin. `perms` are API profile names (`"billing"`); empty
    /// = every command.
    pub fn add_access_key(&self, id: &str, secret: &str, perms: &[&str]) {
        let root = self.lock().root_user.clone();
        self.add_user_access_key(id, secret, &root, perms);
    }

    /// Add an access key owned by `user`.
    pub fn add_user_access_key(&self, id: &str, secret: &str, user: &str, perms: &[&str]) {
        let mut st = self.lock();
        st.access_keys.retain(|k| k.access_key_id != id);
        st.access_keys.push(AccessKey {
            access_key_id: id.into(),
            secret_key: secret.into(),
            user: user.into(),
            permissions: perms.iter().map(|s| s.to_string()).collect(),
            comment: String::new(),
        });
    }

    pub fn set_admin_password(&self, password: &str) {
        let mut st = self.lock();
        let root = st.root_user.clone();
        if let Some(u) = st.users.get_mut(&root) {
            u.password = password.into();
        }
    }

    /// API_ALLOWED_IP: comma list, `allow-all`, or empty (blocks everyone).
    pub fn set_api_allowed_ip(&self, v: &str) {
        self.lock().api_allowed_ip = v.into();
    }

    /// Enable/disable the whole API (API and API_SYSTEM, like v-change-sys-api).
    pub fn set_api_enabled(&self, on: bool) {
        let mut st = self.lock();
        st.api_legacy = on;
        st.api_system = if on { st.api_system.max(1) } else { 0 };
    }

    /// API_SYSTEM: 0 off, 1 admin keys only, 2 all users' keys.
    pub fn set_api_system(&self, level: u8) {
        self.lock().api_system = level;
    }

    /// v-add-letsencrypt-domain behaviour: delay, and Some(exit code) to fail.
    pub fn set_letsencrypt(&self, delay_ms: u64, fail_exit: Option<i32>) {
        let mut st = self.lock();
        st.letsencrypt.delay_ms = delay_ms;
        st.letsencrypt.fail_exit = fail_exit;
    }

    /// Set U_DISK / U_BANDWIDTH (MB) of a user; false when the user does not exist.
    pub fn set_user_usage(&self, name: &str, disk_mb: u64, bw_mb: u64) -> bool {
        match self.lock().users.get_mut(name) {
            Some(u) => {
                u.set("U_DISK", disk_mb.to_string());
                u.set("U_BANDWIDTH", bw_mb.to_string());
                true
            }
            None => false,
        }
    }

    /// Set any user.conf field (e.g. U_DATABASES); false when the user does not exist.
    pub fn set_user_field(&self, name: &str, key: &str, value: &str) -> bool {
        match self.lock().users.get_mut(name) {
            Some(u) => {
                u.set(key, value);
                true
            }
            None => false,
        }
    }

    /// A user as in the state JSON (password, conf fields, domains, certificates).
    pub fn user(&self, name: &str) -> Option<Value> {
        let st = self.lock();
        st.users.get(name).map(stateio::user_json)
    }

    pub fn user_exists(&self, name: &str) -> bool {
        self.lock().users.contains(name)
    }

    pub fn user_password(&self, name: &str) -> Option<String> {
        self.lock().users.get(name).map(|u| u.password.clone())
    }

    pub fn user_names(&self) -> Vec<String> {
        self.lock().users.names()
    }

    /// Certificates issued for a user's domains.
    pub fn certificates(&self, user: &str) -> Vec<Certificate> {
        self.lock()
            .users
            .get(user)
            .map(|u| u.certificates.clone())
            .unwrap_or_default()
    }

    /// A package's fields.
    pub fn package(&self, name: &str) -> Option<Value> {
        self.lock()
            .packages
            .get(name)
            .map(|p| serde_json::to_value(&p.conf).unwrap_or(Value::Null))
    }

    /// Content of an in-memory /tmp file.
    pub fn tmp_file(&self, path: &str) -> Option<String> {
        self.lock().tmp_files.get(path).cloned()
    }

    /// Seed many users quickly (benchmarks): `prefix1`, `prefix2`, … on `package`.
    pub fn seed_users(&self, prefix: &str, count: usize, package: &str) {
        let mut st = self.lock();
        let pkg = st
            .packages
            .get(package)
            .map(|p| p.conf.clone())
            .unwrap_or_else(state::default_pkg);
        let base = state::new_user_conf("Seeded User", "seed@example.com", package, &pkg, "user");
        for i in 1..=count {
            let name = format!("{prefix}{i}");
            let mut conf = base.clone();
            conf.insert("CONTACT".into(), format!("{name}@example.com"));
            st.users.insert(
                &name,
                state::User {
                    password: "Seeded123".into(),
                    conf,
                    ..state::User::default()
                },
            );
        }
    }
}

impl Panel for HestiaPanel {
    fn name(&self) -> &'static str {
        "hestia"
    }

    fn route(&self, req: &Request) -> String {
        let data = match api::classify(req) {
            api::Route::AccessKey(d) | api::Route::Legacy(d) => d,
            api::Route::Invalid => return "-".into(),
        };
        data.get("cmd")
            .map(|c| api::php_trim(c).to_string())
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| "-".into())
    }

    fn handle(&self, req: &Request) -> Response {
        match req.path.as_str() {
            "/api/" | "/api/index.php" => api::handle(self, req),
            "/api" => Response::empty(301).with_header("Location", "/api/"),
            "/" => Response::empty(302).with_header("Location", "/login/"),
            _ => Response::nginx_error(404),
        }
    }

    /// What a wrong secret gets: exit 9, HTTP 401.
    fn auth_failure(&self) -> Response {
        Response::empty(401)
            .with_header("Hestia-Exit-Code", "9")
            .with_header("Content-Type", "text/html; charset=UTF-8")
            .with_body(b"Error: Authentication failed".to_vec())
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
        self.fs.clear();
    }

    fn auth_kind(&self, req: &Request) -> String {
        match api::classify(req) {
            api::Route::AccessKey(_) => "access_key",
            api::Route::Legacy(_) => "legacy",
            api::Route::Invalid => "none",
        }
        .into()
    }

    fn record_fields(&self, req: &Request) -> Vec<(String, String)> {
        let post = req.post_fields();
        if !post.is_empty() {
            return post;
        }
        if let Some(Value::Object(m)) = req.json() {
            return m
                .into_iter()
                .map(|(k, v)| {
                    let s = match v {
                        Value::String(s) => s,
                        other => other.to_string(),
                    };
                    (k, s)
                })
                .collect();
        }
        req.query.clone()
    }
}
