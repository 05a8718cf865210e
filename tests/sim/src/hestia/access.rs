//! `bin/v-check-access-key`, `bin/v-check-api-key` and the API permission profiles of
//! install/common/api/*.

use super::commands;
use super::exec::code::{E_FORBIDEN, E_PASSWORD};
use super::exec::Fail;
use super::state::State;

/// The API profiles Hestia installs: (name, ROLE, COMMANDS).
pub const PROFILES: &[(&str, &str, &str)] = &[
    ("billing", "admin", "v-add-user,v-delete-user,v-suspend-user,v-unsuspend-user,v-change-user-shell,v-list-user,v-list-users,v-make-tmp-file,v-add-domain,v-change-user-package,v-make-tmp-file,v-change-user-password"),
    ("mail-accounts", "user", "v-list-mail-domains,v-list-mail-domain,v-list-mail-account,v-list-mail-accounts,v-list-mail-account-autoreply,v-delete-mail-account,v-delete-mail-account-alias,v-delete-mail-account-autoreply,v-delete-mail-account-forward,v-delete-mail-account-fwd-only,v-add-mail-account,v-add-mail-account-alias,v-add-mail-account-autoreply,v-add-mail-account-forward,v-add-mail-account-fwd-only,v-change-mail-account-password,v-change-mail-account-quota,v-suspend-mail-account,v-suspend-mail-accounts,v-unsuspend-mail-account,v-unsuspend-mail-accounts"),
    ("phpmyadmin-sso", "admin", "v-add-database-temp-user,v-delete-database-temp-user"),
    ("purge-nginx-cache", "user", "v-purge-nginx-cache,v-list-web-domains,v-list-web-domain"),
    ("sync-dns-cluster", "admin", "v-list-users,v-list-sys-config,v-list-user,v-add-cron-restart-job,v-delete-dns-domains-src,v-insert-dns-domain,v-insert-dns-record,v-insert-dns-records,v-rebuild-dns-domains,v-rebuild-dns-domain,v-delete-dns-record,v-make-tmp-file,v-insert-dns-domain,v-delete-dns-domain"),
    ("update-dns-records", "user", "v-list-dns-records,v-change-dns-record"),
];

/// `get_apis_commands`: the commands a permission list allows (unknown profiles add none).
pub fn allowed_commands(perms: &[String]) -> Vec<&'static str> {
    perms
        .iter()
        .filter_map(|p| PROFILES.iter().find(|(n, _, _)| *n == p.trim()))
        .flat_map(|(_, _, cmds)| cmds.split(','))
        .collect()
}

/// A key that passed v-check-access-key.
pub struct KeyOk {
    pub user: String,
    /// USER_ARG_POSITION (0 = any user may be named).
    pub user_arg_position: usize,
}

fn alnum20(s: &str) -> bool {
    s.len() == 20 && s.chars().all(|c| c.is_ascii_alphanumeric())
}

/// `^[[:alnum:]|_|\.|\+|/|\^|~|=|%|\-]{40}$`
fn secret_format(s: &str) -> bool {
    s.len() == 40
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "|_.+/^~=%-".contains(c))
}

/// v-check-access-key: every failure prints `Error: …` and exits 9, except the
/// permission/command checks which exit 10 (abort_missmatch).
pub fn check_access_key(
    st: &State,
    key_id: &str,
    secret: &str,
    cmd: &str,
    _ip: &str,
) -> Result<KeyOk, Fail> {
    let id = super::api::php_basename(key_id);
    let deny = |m: String| Err(Fail::new(E_PASSWORD, m));
    if !alnum20(&id) {
        return deny(format!("invalid access_key_id format :: {id}"));
    }
    let Some(key) = st.access_keys.iter().find(|k| k.access_key_id == id) else {
        return deny(format!("key {key_id} doesn't exist"));
    };
    if !secret_format(secret) {
        return deny("invalid secret_access_key format".into());
    }
    if key.secret_key != secret {
        return deny(format!("Invalid secret key for key {id}"));
    }
    let forbid = |m: String| Err(Fail::new(E_FORBIDEN, m));
    let no_perm = || {
        forbid(format!(
            "Key {id} don't have permission to run the command {cmd}"
        ))
    };
    let exists = cmd == "v-make-tmp-file" || commands::find(cmd).is_some();
    if !exists {
        return forbid(format!("Command {cmd} not found"));
    }
    if !key.permissions.is_empty() {
        if !allowed_commands(&key.permissions).contains(&cmd) {
            return no_perm();
        }
    } else if key.user != st.root_user {
        return no_perm();
    }
    let user_arg_position = if key.user == st.root_user || cmd == "v-make-tmp-file" {
        0
    } else {
        commands::find(cmd)
            .map(|c| commands::arg_position(c.options, "USER"))
            .unwrap_or(0)
    };
    let Some(user) = st.users.get(&key.user) else {
        return deny(format!("user {} doesn't exist", key.user));
    };
    if user.suspended() {
        return deny(format!("user {} is suspended", key.user));
    }
    Ok(KeyOk {
        user: key.user.clone(),
        user_arg_position,
    })
}

/// v-check-api-key: a legacy key of 16+ characters that exists in data/keys.
pub fn check_legacy_key(st: &State, hash: &str) -> bool {
    let key = super::api::php_basename(hash);
    key.len() >= 16 && st.legacy_keys.contains(&key)
}
