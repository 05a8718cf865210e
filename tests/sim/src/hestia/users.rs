//! User scripts: v-add-user, v-delete-user, v-(un)suspend-user, v-change-user-*,
//! v-list-user(s), v-list-user-stats.

use super::commands::Args;
use super::exec::code::*;
use super::exec::{fail, Fail, R};
use super::output::{format_arg, render_map};
use super::state::{new_user_conf, State, User, PACKAGE_KEYS};
use super::{clock, validate, HestiaPanel};

/// Fields of v-list-users json, in order.
pub const LIST_USERS_KEYS: &[&str] = &[
    "NAME",
    "PACKAGE",
    "WEB_TEMPLATE",
    "BACKEND_TEMPLATE",
    "PROXY_TEMPLATE",
    "DNS_TEMPLATE",
    "WEB_DOMAINS",
    "WEB_ALIASES",
    "DNS_DOMAINS",
    "DNS_RECORDS",
    "MAIL_DOMAINS",
    "MAIL_ACCOUNTS",
    "DATABASES",
    "CRON_JOBS",
    "DISK_QUOTA",
    "CPU_QUOTA",
    "CPU_QUOTA_PERIOD",
    "MEMORY_LIMIT",
    "SWAP_LIMIT",
    "BANDWIDTH",
    "NS",
    "SHELL",
    "BACKUPS",
    "CONTACT",
    "CRON_REPORTS",
    "RKEY",
    "ROLE",
    "SUSPENDED",
    "SUSPENDED_USERS",
    "SUSPENDED_WEB",
    "SUSPENDED_DNS",
    "SUSPENDED_MAIL",
    "SUSPENDED_DB",
    "SUSPENDED_CRON",
    "IP_AVAIL",
    "IP_OWNED",
    "U_USERS",
    "U_DISK",
    "U_DISK_DIRS",
    "U_DISK_WEB",
    "U_DISK_MAIL",
    "U_DISK_DB",
    "U_BANDWIDTH",
    "U_WEB_DOMAINS",
    "U_WEB_SSL",
    "U_WEB_ALIASES",
    "U_DNS_DOMAINS",
    "U_DNS_RECORDS",
    "U_MAIL_DOMAINS",
    "U_MAIL_DKIM",
    "U_MAIL_ACCOUNTS",
    "U_DATABASES",
    "U_CRON_JOBS",
    "U_BACKUPS",
    "LANGUAGE",
    "TIME",
    "DATE",
];

/// Fields of v-list-user json, in order (HOME is computed).
pub const LIST_USER_KEYS: &[&str] = &[
    "NAME",
    "PACKAGE",
    "WEB_TEMPLATE",
    "BACKEND_TEMPLATE",
    "PROXY_TEMPLATE",
    "DNS_TEMPLATE",
    "WEB_DOMAINS",
    "WEB_ALIASES",
    "DNS_DOMAINS",
    "DNS_RECORDS",
    "MAIL_DOMAINS",
    "MAIL_ACCOUNTS",
    "DATABASES",
    "CRON_JOBS",
    "DISK_QUOTA",
    "BANDWIDTH",
    "HOME",
    "NS",
    "SHELL",
    "BACKUPS",
    "CONTACT",
    "CRON_REPORTS",
    "RKEY",
    "TWOFA",
    "QRCODE",
    "ROLE",
    "SUSPENDED",
    "SUSPENDED_USERS",
    "SUSPENDED_WEB",
    "SUSPENDED_DNS",
    "SUSPENDED_MAIL",
    "SUSPENDED_DB",
    "SUSPENDED_CRON",
    "IP_AVAIL",
    "IP_OWNED",
    "U_USERS",
    "U_DISK",
    "U_DISK_DIRS",
    "U_DISK_WEB",
    "U_DISK_MAIL",
    "U_DISK_DB",
    "U_BANDWIDTH",
    "U_WEB_DOMAINS",
    "U_WEB_SSL",
    "U_WEB_ALIASES",
    "U_DNS_DOMAINS",
    "U_DNS_RECORDS",
    "U_MAIL_DOMAINS",
    "U_MAIL_DKIM",
    "U_MAIL_ACCOUNTS",
    "U_DATABASES",
    "U_CRON_JOBS",
    "U_BACKUPS",
    "BACKUPS_INCREMENTAL",
    "LANGUAGE",
    "THEME",
    "NOTIFICATIONS",
    "PREF_UI_SORT",
    "LOGIN_DISABLED",
    "LOGIN_USE_IPLIST",
    "LOGIN_ALLOW_IPS",
    "PHPCLI",
    "TIME",
    "DATE",
];

/// Reserved names of v-add-user's is_user_free.
pub const RESERVED: &[&str] = &[
    "aria",
    "aria_log",
    "mysql",
    "mysql_upgrade",
    "ib",
    "ib_buffer",
    "ddl",
    "ddl_recovery",
    "performance",
    "sudo",
];

/// `is_format_valid 'user'` + `is_object_valid 'user' 'USER'`.
pub fn existing<'a>(st: &'a State, user: &str) -> Result<&'a User, Fail> {
    validate::user(user, "user", false)?;
    st.users
        .get(user)
        .ok_or_else(|| Fail::new(E_NOTEXIST, format!("user {user} doesn't exist")))
}

/// `is_object_unsuspended 'user' 'USER'`
pub fn unsuspended(u: &User, user: &str) -> Result<(), Fail> {
    if u.suspended() {
        fail(E_SUSPENDED, format!("user {user} is suspended"))
    } else {
        Ok(())
    }
}

/// `is_password_valid`: a `/tmp/…` value naming an existing file becomes its first line.
pub fn resolve_password(st: &State, password: &str) -> String {
    if password.starts_with("/tmp/") && !password.contains("../") {
        if let Some(content) = st.tmp_files.get(password) {
            return content.split('\n').next().unwrap_or("").to_string();
        }
    }
    password.to_string()
}

fn user_fields<'a>(u: &'a User, keys: &[&'a str], home: &'a str) -> Vec<(&'a str, &'a str)> {
    keys.iter()
        .map(|k| (*k, if *k == "HOME" { home } else { u.get(k) }))
        .collect()
}

pub fn list_user(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let fmt = format_arg(a.get(2))?;
    let st = p.lock();
    let u = existing(&st, user)?;
    let home = format!("/home/{user}");
    Ok(render_map(
        fmt,
        [(user, user_fields(u, LIST_USER_KEYS, &home))],
    ))
}

pub fn list_users(p: &HestiaPanel, a: Args) -> R {
    let fmt = format_arg(a.get(1))?;
    let st = p.lock();
    Ok(render_map(
        fmt,
        st.users
            .iter()
            .map(|(n, u)| (n.as_str(), user_fields(u, LIST_USERS_KEYS, ""))),
    ))
}

const STATS_KEYS: &[&str] = &[
    "TIME",
    "PACKAGE",
    "IP_OWNED",
    "DISK_QUOTA",
    "U_DISK",
    "U_DISK_DIRS",
    "U_DISK_WEB",
    "U_DISK_MAIL",
    "U_DISK_DB",
    "BANDWIDTH",
    "U_BANDWIDTH",
    "U_WEB_DOMAINS",
    "U_WEB_SSL",
    "U_WEB_ALIASES",
    "U_DNS_DOMAINS",
    "U_DNS_RECORDS",
    "U_MAIL_DOMAINS",
    "U_MAIL_DKIM",
    "U_MAIL_ACCOUNTS",
    "U_DATABASES",
    "U_CRON_JOBS",
    "U_BACKUPS",
];

/// Monthly rows: stored history plus the current month from user.conf.
pub fn list_user_stats(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let fmt = format_arg(a.get(2))?;
    let st = p.lock();
    let u = existing(&st, user)?;
    let (y, m) = clock::year_month();
    let this_month = format!("{y:04}-{m:02}-01");
    let mut rows: Vec<(String, Vec<(&str, String)>)> = Vec::new();
    for row in st.stats.get(user).map(Vec::as_slice).unwrap_or(&[]) {
        let date = row.get("DATE").cloned().unwrap_or_default();
        if date == this_month {
            continue;
        }
        let f = STATS_KEYS
            .iter()
            .map(|k| (*k, row.get(*k).cloned().unwrap_or_default()))
            .collect();
        rows.push((date, f));
    }
    let current = STATS_KEYS
        .iter()
        .map(|k| {
            let v = if *k == "TIME" {
                "00:00:00".to_string()
            } else {
                u.get(k).to_string()
            };
            (*k, v)
        })
        .collect();
    rows.push((this_month, current));
    Ok(render_map(
        fmt,
        rows.iter().map(|(d, f)| {
            (
                d.as_str(),
                f.iter().map(|(k, v)| (*k, v.as_str())).collect(),
            )
        }),
    ))
}

pub fn add_user(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let email = a.s(3);
    // ${4-default}: only an *unset* package defaults; an empty one stays empty.
    let package = a.or(4, "default");
    let mut name = a.s(5).to_string();
    if !a.s(6).is_empty() {
        name = format!("{name} {}", a.s(6));
    }
    let mut st = p.lock();
    if !user.is_empty() {
        validate::user(user, "user", true)?;
    }
    if !email.is_empty() {
        validate::email(email)?;
    }
    if !package.is_empty() {
        validate::object(package, "package")?;
    }
    if !name.is_empty() {
        validate::name(&name)?;
    }
    if RESERVED.contains(&user.to_lowercase().as_str()) {
        return fail(
            E_INVALID,
            format!(
                "The user name '{user}' is reserved and cannot be used. List of reserved names: {}",
                RESERVED.join(" ")
            ),
        );
    }
    if st.passwd_has(user) {
        return fail(E_EXISTS, format!("user {user} exists"));
    }
    let password = resolve_password(&st, a.s(2));
    let Some(pkg) = st.packages.get(package).map(|p| p.conf.clone()) else {
        return fail(E_NOTEXIST, format!("package {package} doesn't exist"));
    };
    if user.is_empty() || user.contains('|') {
        // useradd rejects what the regex let through.
        return fail(E_INVALID, "user creation failed");
    }
    let conf = new_user_conf(&name, email, package, &pkg, "user");
    st.users.insert(
        user,
        User {
            password,
            conf,
            ..User::default()
        },
    );
    let root = st.root_user.clone();
    if let Some(r) = st.users.get_mut(&root) {
        let n = r.get("U_USERS").parse::<u64>().unwrap_or(0) + 1;
        r.set("U_USERS", n.to_string());
    }
    Ok(String::new())
}

pub fn delete_user(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let mut st = p.lock();
    validate::restart(a.s(2))?;
    existing(&st, user)?;
    if user == st.root_user {
        return Ok(String::new());
    }
    st.users.remove(user);
    st.stats.remove(user);
    let root = st.root_user.clone();
    if let Some(r) = st.users.get_mut(&root) {
        let n = r
            .get("U_USERS")
            .parse::<u64>()
            .unwrap_or(1)
            .saturating_sub(1);
        r.set("U_USERS", n.to_string());
    }
    Ok(String::new())
}

fn set_suspended(u: &mut User, yes: bool) {
    let flag = if yes { "yes" } else { "no" };
    u.set("SUSPENDED", flag);
    for list in [&mut u.web, &mut u.dns, &mut u.mail] {
        for d in list.iter_mut() {
            d.insert("SUSPENDED".into(), flag.into());
        }
    }
    let (w, d, m) = (u.web.len(), u.dns.len(), u.mail.len());
    let n = |c: usize| if yes { c.to_string() } else { "0".to_string() };
    u.set("SUSPENDED_WEB", n(w));
    u.set("SUSPENDED_DNS", n(d));
    u.set("SUSPENDED_MAIL", n(m));
}

pub fn suspend_user(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let mut st = p.lock();
    validate::restart(a.s(2))?;
    unsuspended(existing(&st, user)?, user)?;
    if user == st.root_user {
        return Ok(String::new());
    }
    if let Some(u) = st.users.get_mut(user) {
        set_suspended(u, true);
    }
    Ok(String::new())
}

/// Exits 0 even for a user that is not suspended (the script has no such check).
pub fn unsuspend_user(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let mut st = p.lock();
    validate::restart(a.s(2))?;
    existing(&st, user)?;
    if user == st.root_user {
        return Ok(String::new());
    }
    if let Some(u) = st.users.get_mut(user) {
        set_suspended(u, false);
    }
    Ok(String::new())
}

pub fn change_password(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let mut st = p.lock();
    unsuspended(existing(&st, user)?, user)?;
    let password = resolve_password(&st, a.s(2));
    if let Some(u) = st.users.get_mut(user) {
        u.password = password;
        u.set("RKEY", clock::pseudo_random(16));
    }
    Ok(String::new())
}

/// v-change-user-shell's body; Err carries what it prints.
fn apply_shell(st: &mut State, user: &str, shell: &str) -> Result<(), Fail> {
    if !shell.is_empty() && st.shell_line(shell).is_none() {
        // is_format_valid_shell echoes its own text.
        return Err(Fail::raw(
            E_INVALID,
            format!("Error: shell {shell} is not valid"),
        ));
    }
    unsuspended(existing(st, user)?, user)?;
    let line = st.shell_line(shell).cloned().unwrap_or_default();
    let base = line.rsplit('/').next().unwrap_or("").to_string();
    if let Some(u) = st.users.get_mut(user) {
        u.set("SHELL", base);
    }
    Ok(())
}

pub fn change_shell(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let mut st = p.lock();
    validate::user(user, "user", false)?;
    apply_shell(&mut st, user, a.s(2))?;
    Ok(String::new())
}

pub fn change_contact(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let email = a.s(2);
    let mut st = p.lock();
    validate::user(user, "user", false)?;
    if !email.is_empty() {
        validate::email(email)?;
    }
    unsuspended(existing(&st, user)?, user)?;
    if let Some(u) = st.users.get_mut(user) {
        u.set("CONTACT", email);
    }
    Ok(String::new())
}

/// `is_common_format_spaces_valid`
fn spaces_format(v: &str, what: &str) -> Result<(), Fail> {
    let bad = || fail(E_INVALID, format!("invalid {what} format :: {v}"));
    let first = v.chars().next();
    let last = v.chars().next_back();
    if v.contains(['\t', '\n', '\r', '\x0B', '\x0C'])
        || v.starts_with(' ')
        || v.ends_with(' ')
        || v.contains("  ")
        || v.contains(|c| "!|#$^&()+={}:<>?/\\\"';%`".contains(c))
        || v.chars().count() >= 400
        || (v.contains('@') && v.chars().count() > 1)
        || (v.contains('*') && !v.contains("*.") && v != "*")
        || last.is_some_and(|c| !c.is_ascii_alphanumeric())
        || v.contains("..")
        || first.is_some_and(|c| !c.is_ascii_alphanumeric())
        || v.contains("--")
        || v.contains("__")
    {
        return bad();
    }
    Ok(())
}

pub fn change_name(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let name = a.s(2);
    let lname = a.s(3);
    let mut st = p.lock();
    validate::user(user, "user", false)?;
    if !name.is_empty() {
        validate::name(name)?;
    }
    unsuspended(existing(&st, user)?, user)?;
    spaces_format(name, "name")?;
    if !lname.is_empty() {
        spaces_format(lname, "last name")?;
    }
    let full = if lname.is_empty() {
        name.to_string()
    } else {
        format!("{name} {lname}")
    };
    if let Some(u) = st.users.get_mut(user) {
        u.set("NAME", full);
    }
    Ok(String::new())
}

/// `[ "$LIMIT" -lt "$USED" ]` with bash semantics: non-integers make the test false.
fn below(limit: &str, used: &str) -> bool {
    match (limit.parse::<i64>(), used.parse::<i64>()) {
        (Ok(l), Ok(u)) => l < u,
        _ => false,
    }
}

/// `is_package_available` of v-change-user-package.
fn package_covers(u: &User, pkg: &super::state::Conf) -> Result<(), Fail> {
    let lim = |k: &str| pkg.get(k).map(String::as_str).unwrap_or("0").to_string();
    // CRON_JOBS is not reset before sourcing the package, so it keeps the user's value
    // when the package lacks it.
    let cron = pkg
        .get("CRON_JOBS")
        .cloned()
        .unwrap_or_else(|| u.get("CRON_JOBS").to_string());
    let checks: [(String, &str, &str); 6] = [
        (lim("WEB_DOMAINS"), "U_WEB_DOMAINS", "WEB_DOMAIN"),
        (lim("DNS_DOMAINS"), "U_DNS_DOMAINS", "DNS_DOMAIN"),
        // MAIL_DOMAINS: the script calls check_result "$E_LIMI"T (a typo), so an exceeded
        // mail domain limit never fails. Kept that way.
        (lim("DATABASES"), "U_DATABASES", "DATABASE"),
        (cron, "U_CRON_JOBS", "CRON"),
        (lim("DISK_QUOTA"), "U_DISK", "DISK"),
        (lim("BANDWIDTH"), "U_BANDWIDTH", "BANDWIDTH"),
    ];
    for (limit, used_key, label) in checks {
        if limit != "unlimited" && below(&limit, u.get(used_key)) {
            return fail(E_LIMIT, format!("Package doesn't cover {label} usage"));
        }
    }
    Ok(())
}

/// Rewrite user.conf's package fields (change_user_package); TIME/DATE are kept.
pub fn apply_package(u: &mut User, package: &str, pkg: &super::state::Conf) {
    u.set("PACKAGE", package);
    for k in PACKAGE_KEYS {
        u.set(k, pkg.get(*k).cloned().unwrap_or_default());
    }
}

pub fn change_package(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let package = a.s(2);
    let force = a.s(3);
    let mut st = p.lock();
    validate::user(user, "user", false)?;
    if !package.is_empty() {
        validate::object(package, "package")?;
    }
    existing(&st, user)?;
    let Some(pkg) = st.packages.get(package).map(|p| p.conf.clone()) else {
        return fail(E_NOTEXIST, format!("package {package} doesn't exist"));
    };
    if force != "yes" {
        if let Some(u) = st.users.get(user) {
            package_covers(u, &pkg)?;
        }
    }
    if let Some(u) = st.users.get_mut(user) {
        apply_package(u, package, &pkg);
    }
    // It then runs v-change-user-shell and ignores its exit code: a suspended user gets
    // the new package, exit 0, and the shell script's error line on stdout.
    let shell = pkg.get("SHELL").cloned().unwrap_or_default();
    match apply_shell(&mut st, user, &shell) {
        Ok(()) => Ok(String::new()),
        Err(f) => Ok(f.out),
    }
}
