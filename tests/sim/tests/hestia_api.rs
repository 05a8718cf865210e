//! index.php rules: request data, auth paths, arg closing-up, 204/200, exit → HTTP.

mod common;

use common::*;
use oxide_sim::hestia::{DEFAULT_ACCESS_KEY_ID as KEY, DEFAULT_SECRET_KEY as SECRET};

const NULL_MSG: &str = "Error: data received is null or invalid";

#[test]
fn get_and_empty_posts_are_405() {
    let s = plain();
    let r = request(
        s.h.addr,
        "GET",
        "/api/?access_key=x&cmd=v-list-users",
        "",
        b"",
    );
    assert_eq!(r.status, 405);
    assert_eq!(r.exit(), Some(405));
    assert!(r.body.starts_with(NULL_MSG), "{}", r.body);
    let r = post(s.h.addr, &[]);
    assert_eq!(r.status, 405);
    // Form fields without any auth field: PHP falls back to the (non-JSON) body.
    let r = post(s.h.addr, &[("cmd", "v-list-users")]);
    assert_eq!(r.status, 405);
    // An access_key without secret_key and without user/hash is neither path.
    let r = post(s.h.addr, &[("access_key", KEY), ("cmd", "v-list-users")]);
    assert_eq!(r.status, 405);
}

#[test]
fn json_body_and_hash_forms_authenticate() {
    let s = plain();
    let body = serde_json::json!({"access_key": KEY, "secret_key": SECRET, "cmd": "v-list-sys-info", "arg1": "json"});
    let r = request(
        s.h.addr,
        "POST",
        "/api/",
        "application/json",
        body.to_string().as_bytes(),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["sysinfo"]["HESTIA"], "1.10.3");
    let hash = format!("{KEY}:{SECRET}");
    let r = post(
        s.h.addr,
        &[
            ("hash", &hash),
            ("cmd", "v-list-sys-info"),
            ("arg1", "json"),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let reqs = s.h.requests();
    assert_eq!(
        reqs.last().map(|r| r.auth_kind.as_str()),
        Some("access_key")
    );
}

#[test]
fn multipart_form_is_accepted() {
    let s = plain();
    let mut body = String::new();
    for (k, v) in [
        ("access_key", KEY),
        ("secret_key", SECRET),
        ("cmd", "v-list-sys-info"),
        ("arg1", "json"),
    ] {
        body.push_str(&format!(
            "--BND\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
        ));
    }
    body.push_str("--BND--\r\n");
    let r = request(
        s.h.addr,
        "POST",
        "/api/",
        "multipart/form-data; boundary=BND",
        body.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
}

#[test]
fn success_without_output_is_204_and_with_output_200_json() {
    let s = plain();
    let r = api(
        s.h.addr,
        "v-add-user",
        &["alice", "Passw0rd1", "a@example.com"],
    );
    assert_eq!(r.status, 204);
    assert_eq!(r.exit(), Some(0));
    assert!(r.body.is_empty());
    let r = api(s.h.addr, "v-list-user", &["alice", "json"]);
    assert_eq!(r.status, 200);
    assert!(r
        .header("Content-Type")
        .unwrap_or("")
        .starts_with("application/json"));
    let v = r.json();
    assert_eq!(v["alice"]["PACKAGE"], "default");
    assert_eq!(v["alice"]["SUSPENDED"], "no");
    // Empty list: `{\n}`, which PHP's json_decode finds falsy → no JSON content type.
    let r = api(s.h.addr, "v-list-web-domains", &["alice", "json"]);
    assert_eq!(r.status, 200);
    assert_eq!(r.body, "{\n}");
    assert!(!r.header("Content-Type").unwrap_or("").contains("json"));
}

#[test]
fn absent_args_close_up_but_empty_strings_keep_their_place() {
    let s = plain();
    // arg1 + arg5 without arg4: arg5 becomes PACKAGE.
    let r = post(
        s.h.addr,
        &[
            ("access_key", KEY),
            ("secret_key", SECRET),
            ("cmd", "v-add-user"),
            ("arg1", "bob"),
            ("arg2", "Passw0rd1"),
            ("arg3", "b@example.com"),
            ("arg5", "gold"),
        ],
    );
    assert_eq!(r.status, 204, "{}", r.body);
    assert_eq!(s.panel.user("bob").unwrap()["PACKAGE"], "gold");
    // An empty arg4 stays PACKAGE="" (${4-default} does not default it) → 3.
    let r = post(
        s.h.addr,
        &[
            ("access_key", KEY),
            ("secret_key", SECRET),
            ("cmd", "v-add-user"),
            ("arg1", "carol"),
            ("arg2", "Passw0rd1"),
            ("arg3", "c@example.com"),
            ("arg4", ""),
            ("arg5", "gold"),
        ],
    );
    assert_eq!(r.exit(), Some(3), "{}", r.body);
    assert_eq!(r.body, "Error: package  doesn't exist");
    // arg1 + arg3 → arg3 is position 2 (FORMAT).
    let r = post(
        s.h.addr,
        &[
            ("access_key", KEY),
            ("secret_key", SECRET),
            ("cmd", "v-list-user"),
            ("arg1", "bob"),
            ("arg3", "json"),
        ],
    );
    assert_eq!(r.json()["bob"]["PACKAGE"], "gold");
    // Values are trimmed.
    let r = api(s.h.addr, "v-list-user", &["  bob \n", " json "]);
    assert_eq!(r.status, 200, "{}", r.body);
}

#[test]
fn exit_codes_map_to_http_statuses() {
    let s = plain();
    let a = s.h.addr;
    // 1: usage line.
    let r = api(a, "v-add-user", &["alice"]);
    assert_eq!((r.status, r.exit()), (400, Some(1)));
    assert_eq!(
        r.body,
        "Usage: v-add-user USER PASSWORD EMAIL [PACKAGE] [NAME]"
    );
    // 2 → 422
    let r = api(a, "v-add-user", &["1bad", "Passw0rd1", "a@example.com"]);
    assert_eq!((r.status, r.exit()), (422, Some(2)));
    assert_eq!(r.body, "Error: invalid user format :: 1bad");
    // 3 → 400
    let r = api(a, "v-list-user", &["ghost", "json"]);
    assert_eq!((r.status, r.exit()), (400, Some(3)));
    assert_eq!(r.body, "Error: user ghost doesn't exist");
    // 4 → 400
    api(a, "v-add-user", &["alice", "Passw0rd1", "a@example.com"]);
    let r = api(a, "v-add-user", &["alice", "Passw0rd1", "a@example.com"]);
    assert_eq!((r.status, r.exit()), (400, Some(4)));
    assert_eq!(r.body, "Error: user alice exists");
    // 5 → 401
    api(a, "v-suspend-user", &["alice"]);
    let r = api(a, "v-change-user-password", &["alice", "Other123x"]);
    assert_eq!((r.status, r.exit()), (401, Some(5)));
    assert_eq!(r.body, "Error: user alice is suspended");
    // 9 → 401
    let r = post(
        a,
        &[
            ("access_key", KEY),
            ("secret_key", &"x".repeat(40)),
            ("cmd", "v-list-users"),
        ],
    );
    assert_eq!((r.status, r.exit()), (401, Some(9)));
    assert_eq!(r.body, format!("Error: Invalid secret key for key {KEY}"));
    // 10 → 401
    let r = api(a, "v-no-such-thing", &[]);
    assert_eq!((r.status, r.exit()), (401, Some(10)));
    assert_eq!(r.body, "Error: Command v-no-such-thing not found");
    // 2 for the cmd regex, before auth.
    let r = api(a, "v-list users", &[]);
    assert_eq!((r.status, r.exit()), (422, Some(2)));
    assert_eq!(r.body, "Error: v-list users command invalid");
}

#[test]
fn returncode_yes_answers_the_code() {
    let s = plain();
    api(
        s.h.addr,
        "v-add-user",
        &["alice", "Passw0rd1", "a@example.com"],
    );
    let r = post(
        s.h.addr,
        &[
            ("access_key", KEY),
            ("secret_key", SECRET),
            ("cmd", "v-add-user"),
            ("arg1", "alice"),
            ("arg2", "x"),
            ("arg3", "a@example.com"),
            ("returncode", "yes"),
        ],
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.body, "4");
    assert_eq!(r.exit(), Some(4));
    let r = post(
        s.h.addr,
        &[
            ("access_key", KEY),
            ("secret_key", SECRET),
            ("cmd", "v-list-users"),
            ("returncode", "yes"),
        ],
    );
    assert_eq!((r.status, r.body.as_str()), (200, "0"));
}

#[test]
fn legacy_auth_answers_200_for_command_results() {
    let s = plain();
    let a = s.h.addr;
    let ok = post(
        a,
        &[
            ("user", "admin"),
            ("password", "AdminPass123"),
            ("cmd", "v-add-user"),
            ("arg1", "alice"),
            ("arg2", "Passw0rd1"),
            ("arg3", "a@example.com"),
        ],
    );
    assert_eq!((ok.status, ok.body.as_str()), (200, "OK"));
    assert!(ok.exit().is_none());
    let dup = post(
        a,
        &[
            ("user", "admin"),
            ("password", "AdminPass123"),
            ("cmd", "v-add-user"),
            ("arg1", "alice"),
            ("arg2", "Passw0rd1"),
            ("arg3", "a@example.com"),
        ],
    );
    assert_eq!(
        (dup.status, dup.body.as_str()),
        (200, "Error: user alice exists\n")
    );
    let rc = post(
        a,
        &[
            ("user", "admin"),
            ("password", "AdminPass123"),
            ("cmd", "v-add-user"),
            ("arg1", "alice"),
            ("arg2", "x"),
            ("arg3", "a@example.com"),
            ("returncode", "yes"),
        ],
    );
    assert_eq!(rc.body, "4");
    let list = post(
        a,
        &[
            ("hash", "simlegacykey0000000000000000000a"),
            ("cmd", "v-list-users"),
            ("arg1", "json"),
        ],
    );
    assert_eq!(list.status, 200);
    assert!(list.body.ends_with("}\n"));
    assert_eq!(
        s.h.requests().last().map(|r| r.auth_kind.clone()),
        Some("legacy".into())
    );
    // Auth failures use the status table.
    let bad = post(
        a,
        &[
            ("user", "admin"),
            ("password", "wrong"),
            ("cmd", "v-list-users"),
        ],
    );
    assert_eq!(
        (bad.status, bad.exit(), bad.body.as_str()),
        (401, Some(9), "Error: authentication failed")
    );
    let nonadmin = post(
        a,
        &[
            ("user", "alice"),
            ("password", "Passw0rd1"),
            ("cmd", "v-list-users"),
        ],
    );
    assert_eq!((nonadmin.status, nonadmin.exit()), (401, Some(10)));
    let nopw = post(a, &[("user", "admin"), ("cmd", "v-list-users")]);
    assert_eq!(nopw.exit(), Some(9));
    let badkey = post(
        a,
        &[("hash", "nosuchlegacykey00000"), ("cmd", "v-list-users")],
    );
    assert_eq!(badkey.exit(), Some(9));
}

#[test]
fn api_allowed_ip_rules() {
    let s = plain();
    let a = s.h.addr;
    s.panel.set_api_allowed_ip("10.0.0.1,10.0.0.2");
    let r = api(a, "v-list-users", &["json"]);
    assert_eq!((r.status, r.exit()), (401, Some(10)));
    assert_eq!(r.body, "Error: IP is not allowed to connect with API");
    s.panel.set_api_allowed_ip("");
    assert_eq!(api(a, "v-list-users", &["json"]).status, 401);
    s.panel.set_api_allowed_ip("allow-all");
    assert_eq!(api(a, "v-list-users", &["json"]).status, 200);
    s.panel.set_api_allowed_ip("10.0.0.1,127.0.0.1");
    assert_eq!(api(a, "v-list-users", &["json"]).status, 200);
    // 0.0.0.0 means everyone for access keys only.
    s.panel.set_api_allowed_ip("0.0.0.0");
    assert_eq!(api(a, "v-list-users", &["json"]).status, 200);
    let legacy = post(
        a,
        &[
            ("user", "admin"),
            ("password", "AdminPass123"),
            ("cmd", "v-list-users"),
        ],
    );
    assert_eq!((legacy.status, legacy.exit()), (401, Some(10)));
}

#[test]
fn disabled_api_and_non_admin_keys() {
    let s = plain();
    let a = s.h.addr;
    api(a, "v-add-user", &["alice", "Passw0rd1", "a@example.com"]);
    s.panel.add_user_access_key(
        "ALICEKEY000000000001",
        &"a".repeat(40),
        "alice",
        &["purge-nginx-cache"],
    );
    let alice = |cmd: &str, arg1: &str| {
        post(
            a,
            &[
                ("access_key", "ALICEKEY000000000001"),
                ("secret_key", &"a".repeat(40)),
                ("cmd", cmd),
                ("arg1", arg1),
                ("arg2", "json"),
            ],
        )
    };
    // API_SYSTEM=1: only admin keys.
    let r = alice("v-list-web-domains", "alice");
    assert_eq!((r.status, r.exit()), (401, Some(21)));
    s.panel.set_api_system(2);
    assert_eq!(alice("v-list-web-domains", "alice").status, 200);
    let other = alice("v-list-web-domains", "admin");
    assert_eq!((other.status, other.exit()), (401, Some(10)));
    assert!(
        other.body.contains("the \"user\" argument doesn\\'t match"),
        "{}",
        other.body
    );
    let denied = alice("v-list-users", "json");
    assert_eq!(denied.exit(), Some(10));
    // Disabled entirely.
    s.panel.set_api_enabled(false);
    let r = api(a, "v-list-users", &["json"]);
    assert_eq!(
        (r.status, r.exit(), r.body.as_str()),
        (400, Some(11), "Error: API has been disabled")
    );
    let legacy = post(
        a,
        &[
            ("user", "admin"),
            ("password", "AdminPass123"),
            ("cmd", "v-list-users"),
        ],
    );
    assert_eq!((legacy.status, legacy.exit()), (400, Some(11)));
    assert_eq!(
        legacy.body,
        "Error: API has been disabledError: API Disabled"
    );
}

#[test]
fn billing_profile_permissions() {
    let s = plain();
    let id = "BILLINGKEY0000000001";
    let secret = "b".repeat(40);
    s.panel.add_access_key(id, &secret, &["billing"]);
    let call = |cmd: &str, args: &[&str]| {
        let names: Vec<String> = (1..=args.len()).map(|i| format!("arg{i}")).collect();
        let mut f = vec![
            ("access_key", id),
            ("secret_key", secret.as_str()),
            ("cmd", cmd),
        ];
        for (n, v) in names.iter().zip(args) {
            f.push((n.as_str(), v));
        }
        post(s.h.addr, &f)
    };
    assert_eq!(
        call("v-add-user", &["alice", "Passw0rd1", "a@example.com"]).status,
        204
    );
    assert_eq!(call("v-list-users", &["json"]).status, 200);
    assert_eq!(call("v-make-tmp-file", &["x", "billing-tmp"]).status, 204);
    for cmd in [
        "v-list-user-packages",
        "v-list-sys-info",
        "v-add-letsencrypt-domain",
        "v-list-user-stats",
        "v-add-user-package",
    ] {
        let r = call(cmd, &["json"]);
        assert_eq!((r.status, r.exit()), (401, Some(10)), "{cmd}");
        assert_eq!(
            r.body,
            format!("Error: Key {id} don't have permission to run the command {cmd}")
        );
    }
}

#[test]
fn bad_key_formats_exit_9() {
    let s = plain();
    let r = post(
        s.h.addr,
        &[
            ("access_key", "short"),
            ("secret_key", SECRET),
            ("cmd", "v-list-users"),
        ],
    );
    assert_eq!(
        (r.status, r.exit(), r.body.as_str()),
        (401, Some(9), "Error: invalid access_key_id format :: short")
    );
    let r = post(
        s.h.addr,
        &[
            ("access_key", "ZZZZZZZZZZZZZZZZZZZZ"),
            ("secret_key", SECRET),
            ("cmd", "v-list-users"),
        ],
    );
    assert_eq!(r.body, "Error: key ZZZZZZZZZZZZZZZZZZZZ doesn't exist");
    let r = post(
        s.h.addr,
        &[
            ("access_key", KEY),
            ("secret_key", ""),
            ("cmd", "v-list-users"),
        ],
    );
    assert_eq!(
        (r.exit(), r.body.as_str()),
        (Some(9), "Error: Authentication failed")
    );
    let r = post(
        s.h.addr,
        &[("access_key", KEY), ("secret_key", SECRET), ("cmd", "")],
    );
    assert_eq!(
        (r.status, r.body.as_str()),
        (422, "Error: Command not provided")
    );
}

#[test]
fn make_tmp_file_semantics() {
    let s = plain();
    let r = api(
        s.h.addr,
        "v-make-tmp-file",
        &["line one\nline two", "../../etc/pkg-1"],
    );
    assert_eq!((r.status, r.exit()), (204, Some(0)));
    assert_eq!(
        s.panel.tmp_file("/tmp/pkg-1").as_deref(),
        Some("line one\nline two\n")
    );
    // Named args: arg2 missing → PHP dies.
    let r = post(
        s.h.addr,
        &[
            ("access_key", KEY),
            ("secret_key", SECRET),
            ("cmd", "v-make-tmp-file"),
            ("arg1", "x"),
            ("arg3", "name"),
        ],
    );
    assert_eq!(r.status, 500);
}

#[test]
fn other_paths() {
    let s = plain();
    assert_eq!(request(s.h.addr, "POST", "/api", "", b"").status, 301);
    assert_eq!(request(s.h.addr, "GET", "/nothing", "", b"").status, 404);
    let r = request(
        s.h.addr,
        "POST",
        "/api/index.php",
        "application/x-www-form-urlencoded",
        form(&[
            ("access_key", KEY),
            ("secret_key", SECRET),
            ("cmd", "v-list-users"),
            ("arg1", "json"),
        ])
        .as_bytes(),
    );
    assert_eq!(r.status, 200);
}
