//! The simulated scripts: validations, exit codes, state effects.

mod common;

use std::time::{Duration, Instant};

use common::*;

fn add(s: &Sim, user: &str, pkg: &str) {
    let r = api(
        s.h.addr,
        "v-add-user",
        &[user, "Passw0rd1", &format!("{user}@example.com"), pkg],
    );
    assert_eq!(r.status, 204, "{}", r.body);
}

#[test]
fn add_user_validations() {
    let s = plain();
    let a = s.h.addr;
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["al.ice", "Pw123456a", "a@example.com"],
            2,
            "Error: invalid user format :: al.ice",
        ),
        (
            &["a", "Pw123456a", "a@example.com"],
            2,
            "Error: invalid user format :: a",
        ),
        (
            &["12345", "Pw123456a", "a@example.com"],
            2,
            "Error: invalid user format :: 12345",
        ),
        (
            &["alice", "Pw123456a", "not-an-email"],
            2,
            "Error: invalid email format :: not-an-email",
        ),
        (
            &["alice", "Pw123456a", "a@example.com", "no such"],
            2,
            "Error: invalid package format :: no such",
        ),
        (
            &["alice", "Pw123456a", "a@example.com", "platinum"],
            3,
            "Error: package platinum doesn't exist",
        ),
        (
            &["www-data", "Pw123456a", "a@example.com"],
            4,
            "Error: user www-data exists",
        ),
        (
            &["admin", "Pw123456a", "a@example.com"],
            4,
            "Error: user admin exists",
        ),
        (
            &["alice", "Pw123456a", "a@example.com", "default", "Al\"ice"],
            2,
            "Error: Invalid name contains qoutes (\" or ') :: Al\"ice",
        ),
    ];
    for (args, code, body) in cases {
        let r = api(a, "v-add-user", args);
        assert_eq!(
            (r.exit(), r.body.as_str()),
            (Some(*code), *body),
            "{args:?}"
        );
    }
    let r = api(a, "v-add-user", &["MySQL", "Pw123456a", "a@example.com"]);
    assert_eq!(r.exit(), Some(2));
    assert!(
        r.body
            .starts_with("Error: The user name 'MySQL' is reserved"),
        "{}",
        r.body
    );
    assert!(!s.panel.user_exists("alice"));
    // Name + last name are joined; a 30-char name is fine.
    let long = "a".repeat(30);
    let r = api(
        a,
        "v-add-user",
        &[
            &long,
            "Pw123456a",
            "a@example.com",
            "gold",
            "Alice",
            "Smith",
        ],
    );
    assert_eq!(r.status, 204, "{}", r.body);
    let u = s.panel.user(&long).unwrap();
    assert_eq!(u["NAME"], "Alice Smith");
    assert_eq!(u["DISK_QUOTA"], "10240");
    assert_eq!(u["ROLE"], "user");
}

#[test]
fn tmp_file_password_quirk() {
    let s = plain();
    api(
        s.h.addr,
        "v-make-tmp-file",
        &["FromFile123\nsecond line", "pwfile"],
    );
    let r = api(
        s.h.addr,
        "v-add-user",
        &["alice", "/tmp/pwfile", "a@example.com"],
    );
    assert_eq!(r.status, 204);
    assert_eq!(
        s.panel.user_password("alice").as_deref(),
        Some("FromFile123")
    );
    // A /tmp/ value naming no file is kept literally.
    api(s.h.addr, "v-change-user-password", &["alice", "/tmp/none"]);
    assert_eq!(s.panel.user_password("alice").as_deref(), Some("/tmp/none"));
    api(
        s.h.addr,
        "v-change-user-password",
        &["alice", "/tmp/pwfile"],
    );
    assert_eq!(
        s.panel.user_password("alice").as_deref(),
        Some("FromFile123")
    );
}

#[test]
fn suspend_and_unsuspend() {
    let s = plain();
    add(&s, "alice", "default");
    assert_eq!(api(s.h.addr, "v-unsuspend-user", &["alice"]).status, 204);
    assert_eq!(api(s.h.addr, "v-suspend-user", &["alice"]).status, 204);
    let again = api(s.h.addr, "v-suspend-user", &["alice"]);
    assert_eq!(
        (again.exit(), again.body.as_str()),
        (Some(5), "Error: user alice is suspended")
    );
    for (cmd, args) in [
        ("v-change-user-shell", vec!["alice", "bash"]),
        ("v-change-user-contact", vec!["alice", "n@example.com"]),
    ] {
        assert_eq!(api(s.h.addr, cmd, &args).exit(), Some(5), "{cmd}");
    }
    assert_eq!(s.panel.user("alice").unwrap()["SUSPENDED"], "yes");
    assert_eq!(api(s.h.addr, "v-unsuspend-user", &["alice"]).status, 204);
    assert_eq!(s.panel.user("alice").unwrap()["SUSPENDED"], "no");
    assert_eq!(api(s.h.addr, "v-delete-user", &["alice"]).status, 204);
    assert_eq!(api(s.h.addr, "v-delete-user", &["alice"]).exit(), Some(3));
    // The admin is never suspended or deleted.
    assert_eq!(api(s.h.addr, "v-suspend-user", &["admin"]).status, 204);
    assert_eq!(s.panel.user("admin").unwrap()["SUSPENDED"], "no");
}

#[test]
fn shells_and_contact() {
    let s = plain();
    add(&s, "alice", "default");
    assert_eq!(
        api(s.h.addr, "v-change-user-shell", &["alice", "/bin/bash"]).status,
        204
    );
    assert_eq!(s.panel.user("alice").unwrap()["SHELL"], "bash");
    let bad = api(s.h.addr, "v-change-user-shell", &["alice", "fish"]);
    assert_eq!(
        (bad.exit(), bad.body.as_str()),
        (Some(2), "Error: shell fish is not valid")
    );
    let r = api(s.h.addr, "v-list-sys-shells", &["json"]);
    let shells: Vec<String> = serde_json::from_str(&r.body).unwrap();
    assert!(shells.contains(&"nologin".to_string()) && shells.contains(&"bash".to_string()));
    assert_eq!(
        api(
            s.h.addr,
            "v-change-user-contact",
            &["alice", "new@example.com"]
        )
        .status,
        204
    );
    assert_eq!(s.panel.user("alice").unwrap()["CONTACT"], "new@example.com");
    assert_eq!(
        api(s.h.addr, "v-change-user-contact", &["alice", "bad"]).exit(),
        Some(2)
    );
    assert_eq!(
        api(s.h.addr, "v-change-user-name", &["alice", "Alice", "Smith"]).status,
        204
    );
    assert_eq!(s.panel.user("alice").unwrap()["NAME"], "Alice Smith");
}

#[test]
fn change_package_limit_checks() {
    let s = plain();
    add(&s, "alice", "default");
    s.panel.set_user_usage("alice", 20_000, 10);
    let r = api(s.h.addr, "v-change-user-package", &["alice", "gold"]);
    assert_eq!(
        (r.status, r.exit(), r.body.as_str()),
        (400, Some(8), "Error: Package doesn't cover DISK usage")
    );
    s.panel.set_user_usage("alice", 10, 200_000);
    let r = api(s.h.addr, "v-change-user-package", &["alice", "gold"]);
    assert_eq!(r.body, "Error: Package doesn't cover BANDWIDTH usage");
    s.panel.set_user_field("alice", "U_DATABASES", "9");
    let r = api(s.h.addr, "v-change-user-package", &["alice", "gold"]);
    assert_eq!(r.body, "Error: Package doesn't cover DATABASE usage");
    let r = api(s.h.addr, "v-change-user-package", &["alice", "gold", "yes"]);
    assert_eq!(r.status, 204, "{}", r.body);
    assert_eq!(s.panel.user("alice").unwrap()["PACKAGE"], "gold");
    assert_eq!(s.panel.user("alice").unwrap()["DISK_QUOTA"], "10240");
    assert_eq!(
        api(s.h.addr, "v-change-user-package", &["alice", "nope"]).exit(),
        Some(3)
    );
    // Suspended: exit 0 but an error line, and the package is changed.
    api(s.h.addr, "v-suspend-user", &["alice"]);
    let r = api(s.h.addr, "v-change-user-package", &["alice", "default"]);
    assert_eq!(
        (r.status, r.exit(), r.body.as_str()),
        (200, Some(0), "Error: user alice is suspended")
    );
    assert_eq!(s.panel.user("alice").unwrap()["PACKAGE"], "default");
}

const PKG: &str = "WEB_TEMPLATE='default'\nBACKEND_TEMPLATE='default'\nPROXY_TEMPLATE='default'\nDNS_TEMPLATE='default'\nWEB_DOMAINS='5'\nWEB_ALIASES='10'\nDNS_DOMAINS='5'\nDNS_RECORDS='unlimited'\nMAIL_DOMAINS='5'\nMAIL_ACCOUNTS='50'\nRATE_LIMIT='200'\nDATABASES='5'\nCRON_JOBS='5'\nDISK_QUOTA='10240'\nCPU_QUOTA='unlimited'\nCPU_QUOTA_PERIOD='unlimited'\nMEMORY_LIMIT='unlimited'\nSWAP_LIMIT='unlimited'\nBANDWIDTH='102400'\nNS='ns1.example.com,ns2.example.com'\nSHELL='nologin'\nBACKUPS='3'\nBACKUPS_INCREMENTAL='no'";

fn upload(s: &Sim, name: &str, content: &str) {
    assert_eq!(
        api(s.h.addr, "v-make-tmp-file", &[content, name]).status,
        204
    );
}

#[test]
fn package_deployment_over_the_api() {
    let s = plain();
    upload(&s, "p1", PKG);
    let r = api(s.h.addr, "v-add-user-package", &["/tmp/p1", "silver"]);
    assert_eq!(r.status, 204, "{}", r.body);
    let list = api(s.h.addr, "v-list-user-packages", &["json"]).json();
    assert_eq!(list["silver"]["WEB_DOMAINS"], "5");
    assert_eq!(list["silver"]["SHELL"], "nologin");
    // Newest first (ls --sort=time).
    assert_eq!(
        list.as_object().unwrap().keys().next().map(String::as_str),
        Some("silver")
    );
    let again = api(s.h.addr, "v-add-user-package", &["/tmp/p1", "silver"]);
    assert_eq!(
        (again.exit(), again.body.as_str()),
        (Some(4), "Error: package silver already exists.")
    );
    let missing = api(
        s.h.addr,
        "v-add-user-package",
        &["/tmp/p1", "bronze", "yes"],
    );
    assert_eq!(
        (missing.exit(), missing.body.as_str()),
        (Some(3), "Error: package bronze doesn't exist")
    );
    let nofile = api(s.h.addr, "v-add-user-package", &["/tmp/none", "bronze"]);
    assert_eq!(
        (nofile.exit(), nofile.body.as_str()),
        (Some(3), "/tmp/none does not exist")
    );
    let usage = api(s.h.addr, "v-add-user-package", &["/tmp/p1"]);
    assert_eq!(usage.body, "Usage: v-add-user-package PKG_DIR PACKAGE");

    // Rewrite + re-apply to users.
    add(&s, "alice", "silver");
    upload(&s, "p2", &PKG.replace("WEB_DOMAINS='5'", "WEB_DOMAINS='7'"));
    assert_eq!(
        api(
            s.h.addr,
            "v-add-user-package",
            &["/tmp/p2", "silver", "yes"]
        )
        .status,
        204
    );
    assert_eq!(s.panel.user("alice").unwrap()["WEB_DOMAINS"], "5");
    assert_eq!(
        api(s.h.addr, "v-update-user-package", &["silver"]).status,
        204
    );
    assert_eq!(s.panel.user("alice").unwrap()["WEB_DOMAINS"], "7");
    let one = api(s.h.addr, "v-list-user-package", &["silver", "json"]).json();
    assert_eq!(one["silver"]["BACKUPS_INCREMENTAL"], "no");
    assert_eq!(
        api(s.h.addr, "v-list-user-package", &["nope", "json"]).exit(),
        Some(3)
    );
    // Delete moves users to default.
    assert_eq!(
        api(s.h.addr, "v-delete-user-package", &["silver"]).status,
        204
    );
    assert_eq!(s.panel.user("alice").unwrap()["PACKAGE"], "default");
    assert!(s.panel.package("silver").is_none());
}

#[test]
fn package_file_checks() {
    let s = plain();
    let cases = [
        (
            PKG.replace("WEB_DOMAINS='5'", "WEB_DOMAINS='abc'"),
            2,
            "Error: invalid WEB_DOMAINS format :: abc",
        ),
        (
            PKG.replace("BANDWIDTH='102400'", "BANDWIDTH='1G'"),
            2,
            "Error: invalid BANDWIDTH format :: 1G",
        ),
        (
            PKG.replace("RATE_LIMIT='200'", "RATE_LIMIT='unlimited'"),
            2,
            "Error: invalid RATE_LIMIT format :: unlimited",
        ),
        (
            PKG.replace("BACKUPS='3'", "BACKUPS='x'"),
            2,
            "Error: invalid BACKUPS format :: x",
        ),
        (
            PKG.replace("BACKUPS_INCREMENTAL='no'", "BACKUPS_INCREMENTAL='maybe'"),
            2,
            "Error: invalid BACKUPS_INCREMENTAL format :: maybe",
        ),
        (
            PKG.replace("WEB_TEMPLATE='default'", "WEB_TEMPLATE='fancy'"),
            3,
            "Error: fancy web template doesn't exist",
        ),
        (
            PKG.replace("DNS_TEMPLATE='default'", "DNS_TEMPLATE='nodns'"),
            3,
            "Error: nodns dns template doesn't exist",
        ),
        (
            PKG.replace("ns2.example.com", "ns2_bad"),
            2,
            "Error: invalid ns2 format :: ns2_bad",
        ),
        (
            PKG.replace("SHELL='nologin'", "SHELL='fish'"),
            2,
            "Error: shell fish is not valid",
        ),
        (
            PKG.replace("DISK_QUOTA='10240'\n", ""),
            2,
            "Error: invalid DISK_QUOTA format ::",
        ),
    ];
    for (i, (content, code, body)) in cases.iter().enumerate() {
        let name = format!("bad{i}");
        upload(&s, &name, content);
        let r = api(
            s.h.addr,
            "v-add-user-package",
            &[&format!("/tmp/{name}"), &format!("pkg{i}")],
        );
        assert_eq!(
            (r.exit(), r.body.as_str()),
            (Some(*code), *body),
            "case {i}"
        );
    }
    // `unlimited` and /bin/bash are fine.
    upload(
        &s,
        "ok",
        &PKG.replace("WEB_DOMAINS='5'", "WEB_DOMAINS='unlimited'")
            .replace("SHELL='nologin'", "SHELL='/bin/bash'"),
    );
    let r = api(s.h.addr, "v-add-user-package", &["/tmp/ok", "okpkg"]);
    assert_eq!(r.status, 204, "{}", r.body);
    assert_eq!(s.panel.package("okpkg").unwrap()["SHELL"], "bash");
}

#[test]
fn domains_normalise_validate_and_count() {
    let s = plain();
    add(&s, "alice", "gold");
    let a = s.h.addr;
    assert_eq!(
        api(a, "v-add-web-domain", &["alice", "WWW.Bücher.DE."]).status,
        204
    );
    let web = api(a, "v-list-web-domains", &["alice", "json"]).json();
    assert_eq!(web["xn--bcher-kva.de"]["ALIAS"], "www.xn--bcher-kva.de");
    assert_eq!(web["xn--bcher-kva.de"]["IP"], "192.0.2.10");
    let dup = api(a, "v-add-web-domain", &["alice", "xn--bcher-kva.de"]);
    assert_eq!(
        (dup.exit(), dup.body.as_str()),
        (Some(4), "Error: Web domain xn--bcher-kva.de exists")
    );
    let ip = api(a, "v-add-web-domain", &["alice", "192.168.1.1"]);
    assert_eq!(
        (ip.status, ip.exit(), ip.body.as_str()),
        (
            400,
            Some(1),
            "Error: Invalid domain format. IP address detected as input."
        )
    );
    for bad in ["exa_mple.com", "-a.com", "a..com", "12345", "www"] {
        let r = api(a, "v-add-web-domain", &["alice", bad]);
        assert_eq!(r.exit(), Some(2), "{bad}: {}", r.body);
        assert!(
            r.body.starts_with("Error: invalid domain format :: "),
            "{}",
            r.body
        );
    }
    assert_eq!(
        api(a, "v-add-web-domain", &["ghost", "x.com"]).exit(),
        Some(3)
    );
    // Limit: gold allows 5 web domains.
    for i in 2..=5 {
        assert_eq!(
            api(a, "v-add-web-domain", &["alice", &format!("d{i}.com")]).status,
            204
        );
    }
    let full = api(a, "v-add-web-domain", &["alice", "d6.com"]);
    assert_eq!(
        (full.exit(), full.body.as_str()),
        (
            Some(8),
            "Error: WEB_DOMAINS limit is reached :: upgrade user package"
        )
    );
    assert_eq!(s.panel.user("alice").unwrap()["U_WEB_DOMAINS"], "5");
    // v-add-domain: web is full, DNS and mail still added → exit 0.
    assert_eq!(api(a, "v-add-domain", &["alice", "d6.com"]).status, 204);
    let dns = api(a, "v-list-dns-domains", &["alice", "json"]).json();
    assert_eq!(dns["d6.com"]["SOA"], "ns1.example.com");
    let mail = api(a, "v-list-mail-domains", &["alice", "json"]).json();
    assert_eq!(mail["d6.com"]["ANTISPAM"], "no");
    // Delete.
    assert_eq!(api(a, "v-delete-domain", &["alice", "d6.com"]).status, 204);
    assert_eq!(
        api(a, "v-delete-domain", &["alice", "d6.com"]).exit(),
        Some(3)
    );
    assert_eq!(
        api(a, "v-delete-web-domain", &["alice", "d5.com"]).status,
        204
    );
    let gone = api(a, "v-delete-web-domain", &["alice", "d5.com"]);
    assert_eq!(gone.body, "Error: web domain d5.com doesn't exist");
    // Another user's domain.
    add(&s, "bob", "default");
    let taken = api(a, "v-add-dns-domain", &["bob", "d2.com", "192.0.2.10"]);
    assert_eq!(taken.exit(), Some(4), "{}", taken.body);
}

#[test]
fn add_domain_all_full_is_8() {
    let s = plain();
    add(&s, "alice", "system"); // 1 web, 1 dns, 1 mail
    assert_eq!(
        api(s.h.addr, "v-add-domain", &["alice", "one.com"]).status,
        204
    );
    let r = api(s.h.addr, "v-add-domain", &["alice", "two.com"]);
    assert_eq!(
        (r.exit(), r.body.as_str()),
        (Some(8), "Error: Package limit reached")
    );
}

#[test]
fn letsencrypt_mail_vs_web_delay_and_failure() {
    let s = plain();
    add(&s, "alice", "default");
    let a = s.h.addr;
    api(a, "v-add-web-domain", &["alice", "site.com"]);
    let nomail = api(
        a,
        "v-add-letsencrypt-domain",
        &["alice", "site.com", "", "yes"],
    );
    assert_eq!(
        (nomail.exit(), nomail.body.as_str()),
        (Some(3), "Error: mail domain site.com doesn't exist")
    );
    api(a, "v-add-mail-domain", &["alice", "site.com"]);
    assert_eq!(
        api(
            a,
            "v-add-letsencrypt-domain",
            &["alice", "site.com", "", "yes"]
        )
        .status,
        204
    );
    let certs = s.panel.certificates("alice");
    assert_eq!(certs.len(), 1);
    assert_eq!(
        (certs[0].domain.as_str(), certs[0].kind.as_str()),
        ("site.com", "mail")
    );
    let web = api(a, "v-list-web-domains", &["alice", "json"]).json();
    assert_eq!(web["site.com"]["SSL"], "no");
    let mail = api(a, "v-list-mail-domains", &["alice", "json"]).json();
    assert_eq!(mail["site.com"]["SSL"], "yes");
    // Web certificate, with a delay.
    s.panel.set_letsencrypt(300, None);
    let t = Instant::now();
    assert_eq!(
        api(a, "v-add-letsencrypt-domain", &["alice", "site.com"]).status,
        204
    );
    assert!(t.elapsed() >= Duration::from_millis(300));
    assert!(s
        .panel
        .certificates("alice")
        .iter()
        .any(|c| c.kind == "web"));
    assert_eq!(
        api(a, "v-list-web-domains", &["alice", "json"]).json()["site.com"]["LETSENCRYPT"],
        "yes"
    );
    let alias = api(
        a,
        "v-add-letsencrypt-domain",
        &["alice", "site.com", "foo.site.com"],
    );
    assert_eq!(alias.body, "Error: domain alias foo.site.com doesn't exist");
    s.panel.set_letsencrypt(0, Some(15));
    let r = api(a, "v-add-letsencrypt-domain", &["alice", "site.com"]);
    assert_eq!((r.status, r.exit()), (400, Some(15)));
    assert!(
        r.body
            .starts_with("Error: Let's Encrypt validation status 400 (site.com)"),
        "{}",
        r.body
    );
    let bad = api(
        a,
        "v-add-letsencrypt-domain",
        &["alice", "site.com", "", "maybe"],
    );
    assert_eq!(bad.body, "Error: invalid mail format :: maybe");
}

#[test]
fn listings_are_all_strings() {
    let s = plain();
    add(&s, "alice", "gold");
    s.panel.set_user_usage("alice", 312, 1024);
    let users = api(s.h.addr, "v-list-users", &["json"]).json();
    let m = users.as_object().unwrap();
    assert_eq!(m.keys().next().map(String::as_str), Some("admin"));
    assert_eq!(users["admin"]["ROLE"], "admin");
    assert_eq!(users["alice"]["U_DISK"], "312");
    assert_eq!(users["alice"]["U_BANDWIDTH"], "1024");
    for key in [
        "NAME",
        "PACKAGE",
        "WEB_DOMAINS",
        "DNS_DOMAINS",
        "MAIL_DOMAINS",
        "DATABASES",
        "DISK_QUOTA",
        "BANDWIDTH",
        "SHELL",
        "CONTACT",
        "ROLE",
        "SUSPENDED",
        "U_DISK",
        "U_BANDWIDTH",
        "U_WEB_DOMAINS",
        "U_DNS_DOMAINS",
        "U_MAIL_DOMAINS",
        "U_DATABASES",
        "IP_OWNED",
        "TIME",
        "DATE",
    ] {
        assert!(users["alice"][key].is_string(), "{key}");
    }
    for (_, u) in m {
        for (_, v) in u.as_object().unwrap() {
            assert!(v.is_string());
        }
    }
    let stats = api(s.h.addr, "v-list-user-stats", &["alice", "json"]).json();
    let row = stats.as_object().unwrap().values().next_back().unwrap();
    assert_eq!(row["U_DISK"], "312");
    for cmd in [
        "v-list-web-templates",
        "v-list-web-templates-backend",
        "v-list-web-templates-proxy",
        "v-list-dns-templates",
    ] {
        let v: Vec<String> = serde_json::from_str(&api(s.h.addr, cmd, &["json"]).body).unwrap();
        assert!(v.contains(&"default".to_string()), "{cmd}");
    }
    let bad = api(s.h.addr, "v-list-users", &["xml"]);
    assert_eq!(
        (bad.exit(), bad.body.as_str()),
        (Some(2), "Error: xml type is invalid")
    );
}

#[test]
fn list_users_is_fast_with_50k_users() {
    let s = plain();
    s.panel.seed_users("bulk", 50_000, "gold");
    let t = Instant::now();
    let (code, out) = s.panel.exec("v-list-users", &["json"]);
    assert_eq!(code, 0);
    eprintln!("render: {:?} ({} bytes)", t.elapsed(), out.len());
    let t = Instant::now();
    let r = api(s.h.addr, "v-list-users", &["json"]);
    let took = t.elapsed();
    eprintln!("v-list-users 50k: {took:?}, {} bytes", r.body.len());
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(v.as_object().unwrap().len(), 50_001);
    assert_eq!(v["bulk49999"]["PACKAGE"], "gold");
    assert!(took < Duration::from_secs(5), "took {took:?}");
}
