//! `web/api/index.php`: request data selection, access-key and legacy authentication,
//! argument handling and the response rules (exit code → HTTP status, 204 vs 200, JSON
//! Content-Type, `returncode=yes`).

use std::collections::BTreeMap;

use crate::http::{Request, Response};

use super::access;
use super::commands;
use super::exec::code::*;
use super::HestiaPanel;

/// PHP's default Content-Type for echoed output.
const PHP_CT: &str = "text/html; charset=UTF-8";
const NULL_OR_INVALID: &str =
    "Error: data received is null or invalid, check https://hestiacp.com/docs/server-administration/rest-api.html";

/// The PHP `$request_data` array: keys → string values (later duplicates win).
pub type Data = BTreeMap<String, String>;

/// Which branch of index.php handles the request.
#[derive(Debug, PartialEq)]
pub enum Route {
    AccessKey(Data),
    Legacy(Data),
    /// 405 `data received is null or invalid`.
    Invalid,
}

/// `$_POST` when it has access_key/user/hash, else the JSON body, then the hash split.
pub fn classify(req: &Request) -> Route {
    let post = req.post_fields();
    let has_auth = |k: &str| k == "access_key" || k == "user" || k == "hash";
    let mut data: Data = if post.iter().any(|(k, _)| has_auth(k)) {
        post.into_iter().collect()
    } else {
        match json_data(&req.body) {
            Some(d) => d,
            None => return Route::Invalid,
        }
    };
    if !data.contains_key("access_key") {
        if let Some(hash) = data.get("hash").cloned() {
            if hash.matches(':').count() == 1 {
                if let Some((id, secret)) = hash.split_once(':') {
                    if id.len() == 20 && secret.len() == 40 {
                        data.insert("access_key".into(), id.to_string());
                        data.insert("secret_key".into(), secret.to_string());
                        data.remove("hash");
                    }
                }
            }
        }
    }
    if data.contains_key("access_key") && data.contains_key("secret_key") {
        Route::AccessKey(data)
    } else if data.contains_key("user") || data.contains_key("hash") {
        Route::Legacy(data)
    } else {
        Route::Invalid
    }
}

/// `json_decode(php://input, true) != null`: a non-empty JSON object; scalars become strings
/// the way PHP's trim() casts them, nulls are unset.
fn json_data(body: &[u8]) -> Option<Data> {
    let v: serde_json::Value = serde_json::from_slice(body).ok()?;
    let obj = v.as_object()?;
    if obj.is_empty() {
        return None;
    }
    let mut d = Data::new();
    for (k, v) in obj {
        let s = match v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Bool(true) => "1".into(),
            serde_json::Value::Bool(false) => String::new(),
            _ => continue,
        };
        d.insert(k.clone(), s);
    }
    Some(d)
}

/// PHP `empty()` on a string.
fn php_empty(s: &str) -> bool {
    s.is_empty() || s == "0"
}

/// PHP `trim()` characters.
pub fn php_trim(s: &str) -> &str {
    s.trim_matches([' ', '\t', '\n', '\r', '\0', '\x0B'])
}

/// `arg1..arg13` that are set, trimmed, keyed by position name. Absent keys are simply
/// missing, so the positional list closes up.
fn collect_args(data: &Data) -> Vec<(usize, String)> {
    (1..=13)
        .filter_map(|i| {
            data.get(&format!("arg{i}"))
                .map(|v| (i, php_trim(v).to_string()))
        })
        .collect()
}

/// `api_error()`: header, mapped status, body (or the code with returncode=yes).
fn api_error(exit: i32, message: &str, return_code: bool) -> Response {
    let message = php_trim(message);
    let status = if exit >= 100 {
        exit as u16
    } else {
        http_status(exit)
    };
    let body = if return_code {
        exit.to_string()
    } else if message.starts_with("Error:") {
        message.to_string()
    } else {
        format!("Error: {message}")
    };
    Response::empty(status)
        .with_header("Hestia-Exit-Code", exit.to_string())
        .with_header("Content-Type", PHP_CT)
        .with_body(body.into_bytes())
}

/// `exit_code_to_http_code()` of web/inc/helpers.php.
pub fn http_status(exit: i32) -> u16 {
    match exit {
        0 => 200,
        E_ARGS => 400,
        E_INVALID => 422,
        E_PASSWORD => 401,
        E_SUSPENDED | E_UNSUSPENDED | E_FORBIDEN | E_API_DISABLED => 401,
        E_DISABLED => 400,
        _ => 400,
    }
}

/// Whether PHP's `json_decode($out, true)` is truthy (decides the JSON Content-Type).
/// Validates without building a tree: listings can be ~100 MB.
fn json_truthy(out: &str) -> bool {
    if serde_json::from_str::<serde::de::IgnoredAny>(out).is_err() {
        return false;
    }
    let t = out.trim_start();
    let after_open = || t[1..].trim_start().chars().next();
    match t.chars().next() {
        Some('{') => after_open() != Some('}'),
        Some('[') => after_open() != Some(']'),
        Some('"') => serde_json::from_str::<String>(t)
            .map(|s| !(s.is_empty() || s == "0"))
            .unwrap_or(false),
        Some('t') => true,
        Some('f') | Some('n') => false,
        _ => serde_json::from_str::<f64>(t)
            .map(|f| f != 0.0)
            .unwrap_or(true),
    }
}

/// `POST /api/`
pub fn handle(panel: &HestiaPanel, req: &Request) -> Response {
    match classify(req) {
        Route::Invalid => api_error(405, NULL_OR_INVALID, false),
        Route::AccessKey(d) => access_key_path(panel, req, &d),
        Route::Legacy(d) => legacy_path(panel, req, &d),
    }
}

/// `API_ALLOWED_IP` check; the access-key path also treats `0.0.0.0` as everyone.
fn ip_allowed(setting: &str, ip: &str, zero_means_all: bool) -> bool {
    if setting == "allow-all" {
        return true;
    }
    let mut list: Vec<&str> = setting.split(',').collect();
    list.push("");
    list.contains(&ip) || (zero_means_all && list.contains(&"0.0.0.0"))
}

fn client_ip(req: &Request) -> String {
    // get_real_user_ip(): REMOTE_ADDR, IPv4-mapped IPv6 stripped.
    match req.peer.ip() {
        std::net::IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => v6.to_string(),
        },
        ip => ip.to_string(),
    }
}

fn access_key_path(panel: &HestiaPanel, req: &Request, data: &Data) -> Response {
    let rc = data.get("returncode").map(String::as_str) == Some("yes");
    let ip = client_ip(req);
    let (api_system, allowed, root) = {
        let st = panel.lock();
        (
            st.api_system,
            st.api_allowed_ip.clone(),
            st.root_user.clone(),
        )
    };
    if api_system == 0 {
        return api_error(E_DISABLED, "API has been disabled", rc);
    }
    if !ip_allowed(&allowed, &ip, true) {
        return api_error(E_FORBIDEN, "IP is not allowed to connect with API", rc);
    }
    let get = |k: &str| php_trim(data.get(k).map(String::as_str).unwrap_or("")).to_string();
    let key_id = get("access_key");
    let secret = get("secret_key");
    let cmd = get("cmd");
    let args = collect_args(data);
    if php_empty(&cmd) {
        return api_error(E_INVALID, "Command not provided", rc);
    }
    if !valid_cmd(&cmd) {
        return api_error(E_INVALID, &format!("{cmd} command invalid"), rc);
    }
    if php_empty(&key_id) || php_empty(&secret) {
        return api_error(E_PASSWORD, "Authentication failed", rc);
    }
    let key = match access::check_access_key(&panel.lock(), &key_id, &secret, &cmd, &ip) {
        Ok(k) => k,
        Err(f) => return api_error(f.code, &f.out, rc),
    };
    if key.user != root && api_system < 2 {
        return api_error(E_API_DISABLED, "API has been disabled", rc);
    }
    if key.user != root && key.user_arg_position > 0 {
        let given = args
            .iter()
            .find(|(i, _)| *i == key.user_arg_position)
            .map(|(_, v)| v.as_str())
            .unwrap_or("");
        if given != key.user {
            return api_error(
                E_FORBIDEN,
                &format!("Key {key_id} - the \"user\" argument doesn\\'t match the key\\'s user"),
                rc,
            );
        }
    }
    let (exit, out) = if cmd == "v-make-tmp-file" {
        match make_tmp_file(panel, &args, false) {
            Some(()) => (0, String::new()),
            None => return Response::empty(500),
        }
    } else {
        let positional: Vec<String> = args.into_iter().map(|(_, v)| v).collect();
        let (exit, out) = commands::run(panel, &cmd, &positional);
        let mut out = exec_lines(out);
        trim_in_place(&mut out);
        (exit, out)
    };
    let mut resp = Response::empty(200).with_header("Hestia-Exit-Code", exit.to_string());
    if rc {
        resp.set_header("Content-Type", PHP_CT);
        resp.body = exit.to_string().into_bytes();
        return resp;
    }
    if exit > 0 {
        resp.status = http_status(exit);
        resp.set_header("Content-Type", PHP_CT);
    } else if out.is_empty() {
        resp.status = 204;
    } else if json_truthy(&out) {
        resp.set_header("Content-Type", "application/json; charset=utf-8");
    } else {
        resp.set_header("Content-Type", PHP_CT);
    }
    resp.body = out.into_bytes();
    resp
}

fn legacy_path(panel: &HestiaPanel, req: &Request, data: &Data) -> Response {
    let rc = data.get("returncode").map(String::as_str) == Some("yes");
    let ip = client_ip(req);
    let (api_legacy, allowed, root) = {
        let st = panel.lock();
        (
            st.api_legacy,
            st.api_allowed_ip.clone(),
            st.root_user.clone(),
        )
    };
    if !api_legacy {
        // index.php echoes a line and then calls api_error(), so both end up in the body.
        let mut r = api_error(E_DISABLED, "Error: API Disabled", rc);
        let mut body = b"Error: API has been disabled".to_vec();
        body.extend_from_slice(&r.body);
        r.body = body;
        return r;
    }
    if !ip_allowed(&allowed, &ip, false) {
        return api_error(
            E_FORBIDEN,
            "Error: IP is not allowed to connect with API",
            rc,
        );
    }
    let hash = data.get("hash").cloned().unwrap_or_default();
    if php_empty(&hash) {
        if data.get("user").map(String::as_str) != Some(root.as_str()) {
            return api_error(E_FORBIDEN, "Error: authentication failed", rc);
        }
        let Some(password) = data.get("password") else {
            return api_error(E_PASSWORD, "Error: authentication failed", rc);
        };
        let ok = panel
            .lock()
            .users
            .get(&root)
            .map(|u| u.password == *password)
            .unwrap_or(false);
        if !ok {
            return api_error(E_PASSWORD, "Error: authentication failed", rc);
        }
    } else if !access::check_legacy_key(&panel.lock(), &hash) {
        return api_error(E_PASSWORD, "Error: authentication failed", rc);
    }
    let cmd = php_trim(data.get("cmd").map(String::as_str).unwrap_or("")).to_string();
    let args = collect_args(data);
    if php_empty(&cmd) {
        return api_error(E_INVALID, "Command not provided", rc);
    }
    if !valid_cmd(&cmd) {
        return api_error(E_INVALID, &format!("{cmd} command invalid"), rc);
    }
    let ok = |body: String| {
        Response::empty(200)
            .with_header("Content-Type", PHP_CT)
            .with_body(body.into_bytes())
    };
    if cmd == "v-make-tmp-file" {
        if make_tmp_file(panel, &args, true).is_none() {
            return Response::empty(500);
        }
        // $cmd_exit_code is never set on this branch: returncode=yes echoes nothing.
        return ok(if rc { String::new() } else { "OK".into() });
    }
    let positional: Vec<String> = args.into_iter().map(|(_, v)| v).collect();
    let (exit, out) = if commands::find(&cmd).is_some() {
        let (exit, out) = commands::run(panel, &cmd, &positional);
        (exit, exec_lines(out))
    } else {
        // sudo: command not found → exit 1, nothing on stdout.
        (1, String::new())
    };
    if rc {
        return ok(exit.to_string());
    }
    // exec() drops trailing whitespace of the last line; the legacy path adds one "\n".
    let out = out.trim_end_matches(['\n', ' ', '\t', '\r']);
    if out.is_empty() {
        ok("OK".into())
    } else {
        ok(format!("{out}\n"))
    }
}

/// PHP's exec() hands back lines without their trailing whitespace (isspace), joined by
/// index.php with "\n": trailing blanks and CRs of every line are lost.
fn exec_lines(out: String) -> String {
    if !out
        .lines()
        .any(|l| l.ends_with([' ', '\t', '\r', '\x0B', '\x0C']))
    {
        return out;
    }
    out.split('\n')
        .map(|l| l.trim_end_matches([' ', '\t', '\r', '\x0B', '\x0C']))
        .collect::<Vec<_>>()
        .join("\n")
}

/// PHP trim() without copying a large output.
fn trim_in_place(s: &mut String) {
    let end = php_trim_end_len(s);
    s.truncate(end);
    let start = s.len() - php_trim(s).len();
    if start > 0 {
        s.drain(..start);
    }
}

fn php_trim_end_len(s: &str) -> usize {
    s.trim_end_matches([' ', '\t', '\n', '\r', '\0', '\x0B'])
        .len()
}

/// `^[a-zA-Z0-9_-]+$`
fn valid_cmd(cmd: &str) -> bool {
    !cmd.is_empty()
        && cmd
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// `v-make-tmp-file` is handled inside index.php: `/tmp/basename(arg2)` ← arg1 + "\n".
/// Uses the *named* arg1/arg2 (no closing up). None = PHP would die (no file name).
fn make_tmp_file(panel: &HestiaPanel, args: &[(usize, String)], legacy: bool) -> Option<()> {
    let named = |n: usize| args.iter().find(|(i, _)| *i == n).map(|(_, v)| v.clone());
    let mut name = named(2).unwrap_or_default();
    if legacy {
        name = escapeshellcmd(&name);
    }
    let base = php_basename(&name);
    if base.is_empty() {
        return None;
    }
    let content = format!("{}\n", named(1).unwrap_or_default());
    let mut st = panel.lock();
    st.tmp_files.insert(format!("/tmp/{base}"), content);
    // fopen(…, "w") writes the file at once, as the real index.php does.
    panel.fs.sync_tmp(&st.tmp_files);
    Some(())
}

/// PHP basename(): last path component, trailing slashes ignored.
pub fn php_basename(p: &str) -> String {
    p.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or("")
        .to_string()
}

/// PHP escapeshellcmd(): backslash-escape shell metacharacters (quotes only when unpaired;
/// simplified to always escaping them).
fn escapeshellcmd(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "#&;`|*?~<>^()[]{}$\\,\n'\"".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(body: &str, ct: &str) -> Request {
        let mut r = Request::new("POST", "/api/", "127.0.0.1:1".parse().unwrap());
        r.body = body.as_bytes().to_vec();
        r.headers.push(("content-type".into(), ct.into()));
        r
    }

    #[test]
    fn classification() {
        let f = "application/x-www-form-urlencoded";
        assert!(matches!(
            classify(&req("access_key=a&secret_key=b&cmd=x", f)),
            Route::AccessKey(_)
        ));
        assert!(matches!(
            classify(&req("user=admin&password=x", f)),
            Route::Legacy(_)
        ));
        // Form without an auth field: PHP falls back to the JSON body, which is not JSON.
        assert_eq!(classify(&req("cmd=x", f)), Route::Invalid);
        assert!(matches!(
            classify(&req(
                r#"{"access_key":"a","secret_key":"b"}"#,
                "application/json"
            )),
            Route::AccessKey(_)
        ));
        let h = format!("hash={}:{}", "A".repeat(20), "b".repeat(40));
        match classify(&req(&h, f)) {
            Route::AccessKey(d) => assert_eq!(d["access_key"], "A".repeat(20)),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            classify(&req("hash=legacykey", f)),
            Route::Legacy(_)
        ));
        assert_eq!(classify(&req("", f)), Route::Invalid);
    }

    #[test]
    fn truthiness_and_status() {
        assert!(!json_truthy("{\n}"));
        assert!(json_truthy("{\"a\":\"b\"}"));
        assert!(!json_truthy("OK"));
        assert_eq!(http_status(2), 422);
        assert_eq!(http_status(4), 400);
        assert_eq!(http_status(21), 401);
        assert_eq!(http_status(11), 400);
        assert_eq!(php_basename("../../etc/x"), "x");
    }
}
