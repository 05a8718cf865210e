//! The simulated file-manager scripts over HTTP: real bytes in a real tree, Hestia's path rules
//! (including its loose ones), archives, and nothing escaping the simulated root.

mod common;

use std::fs;
use std::io::Write;

use common::*;

fn with_user(user: &str) -> Sim {
    let s = plain();
    let r = api(
        s.h.addr,
        "v-add-user",
        &[user, "Passw0rd1", &format!("{user}@example.com")],
    );
    assert_eq!(r.status, 204, "{}", r.body);
    s.panel.fs.ensure_home(user).unwrap();
    s
}

fn ok(r: &Resp) {
    assert_eq!(r.exit(), Some(0), "{} {}", r.status, r.body);
}

#[test]
fn files_round_trip_through_tmp_and_listing_shows_them() {
    let s = with_user("alice");
    let a = s.h.addr;
    ok(&api(
        a,
        "v-make-tmp-file",
        &["hello world\nsecond line", "fm-up-1"],
    ));
    ok(&api(
        a,
        "v-add-fs-directory",
        &["alice", "/home/alice/docs"],
    ));
    ok(&api(
        a,
        "v-copy-fs-file",
        &["alice", "/tmp/fm-up-1", "/home/alice/docs/a.txt"],
    ));
    let real = s.panel.fs.real("/home/alice/docs/a.txt");
    assert_eq!(fs::read(&real).unwrap(), b"hello world\nsecond line\n");
    let r = api(a, "v-open-fs-file", &["alice", "/home/alice/docs/a.txt"]);
    ok(&r);
    assert_eq!(r.body, "hello world\nsecond line");
    let r = api(a, "v-list-fs-directory", &["alice", "/home/alice/docs"]);
    ok(&r);
    let lines: Vec<&str> = r.body.lines().collect();
    assert!(lines[0].starts_with("d|"), "{}", r.body);
    assert!(lines[0].ends_with('|'), "the start point has an empty %P");
    let f: Vec<&str> = lines[1].split('|').collect();
    assert_eq!(
        (f[0], f[1], f[4], f[6], f[7]),
        ("f", "644", "alice", "24", "a.txt")
    );
    // Trailing blanks of every line are lost on the way out (PHP exec()).
    fs::write(&real, "a  \r\nb\t\n").unwrap();
    let r = api(a, "v-open-fs-file", &["alice", "/home/alice/docs/a.txt"]);
    assert_eq!(r.body, "a\nb");
    ok(&api(
        a,
        "v-move-fs-file",
        &["alice", "/home/alice/docs/a.txt", "/home/alice/docs/b.txt"],
    ));
    ok(&api(
        a,
        "v-change-fs-file-permission",
        &["alice", "/home/alice/docs/b.txt", "0600"],
    ));
    let r = api(a, "v-list-fs-directory", &["alice", "/home/alice/docs"]);
    assert!(r.body.contains("f|600|"), "{}", r.body);
    let r = api(a, "v-search-fs-object", &["alice", "*.txt"]);
    assert!(r.body.ends_with("|docs/b.txt"), "{}", r.body);
    ok(&api(
        a,
        "v-delete-fs-directory",
        &["alice", "/home/alice/docs"],
    ));
    assert!(!s.panel.fs.real("/home/alice/docs").exists());
}

#[test]
fn paths_outside_the_home_are_refused_with_the_scripts_codes() {
    let s = with_user("alice");
    with_user_on(&s, "bob");
    let a = s.h.addr;
    let home = s.panel.fs.real("/home/alice");
    std::os::unix::fs::symlink("/etc", home.join("etc-link")).unwrap();
    std::os::unix::fs::symlink("/home/bob", home.join("bob-link")).unwrap();
    fs::write(s.panel.fs.real("/home/bob/web/secret.txt"), "bob's").unwrap();
    let cases: &[(&str, &[&str], i32)] = &[
        (
            "v-open-fs-file",
            &["alice", "/home/alice/../bob/web/secret.txt"],
            2,
        ),
        (
            "v-open-fs-file",
            &["alice", "/home/alice/bob-link/web/secret.txt"],
            2,
        ),
        ("v-open-fs-file", &["alice", "/etc/passwd"], 2),
        (
            "v-open-fs-file",
            &["alice", "/home/alice/etc-link/passwd"],
            2,
        ),
        ("v-list-fs-directory", &["alice", "/home/bob"], 2),
        ("v-add-fs-file", &["alice", "/home/alice/etc-link/x"], 2),
        ("v-delete-fs-directory", &["alice", "/home/bob/web"], 1),
        (
            "v-delete-fs-file",
            &["alice", "/home/bob/web/secret.txt"],
            2,
        ),
        ("v-add-fs-file", &["alice", "relative.txt"], 2),
    ];
    for (cmd, args, code) in cases {
        let r = api(a, cmd, args);
        assert_eq!(r.exit(), Some(*code), "{cmd} {args:?}: {}", r.body);
    }
    assert_eq!(
        fs::read(s.panel.fs.real("/home/bob/web/secret.txt")).unwrap(),
        b"bob's"
    );
}

fn with_user_on(s: &Sim, user: &str) {
    let r = api(
        s.h.addr,
        "v-add-user",
        &[user, "Passw0rd1", &format!("{user}@example.com")],
    );
    assert_eq!(r.status, 204, "{}", r.body);
    s.panel.fs.ensure_home(user).unwrap();
}

#[test]
fn the_prefix_rule_lets_alice_name_alice2_but_user_exec_stops_her() {
    let s = with_user("alice");
    with_user_on(&s, "alice2");
    let a = s.h.addr;
    fs::write(s.panel.fs.real("/home/alice2/web/x.txt"), "x").unwrap();
    // Passes the script's `egrep ^/home/alice`, fails as the user (not her home).
    let r = api(a, "v-open-fs-file", &["alice", "/home/alice2/web/x.txt"]);
    assert_eq!(r.exit(), Some(3), "{}", r.body);
}

#[test]
fn archives_are_made_and_extracted_inside_the_home() {
    let s = with_user("alice");
    let a = s.h.addr;
    let home = s.panel.fs.real("/home/alice");
    fs::create_dir_all(home.join("site/css")).unwrap();
    fs::write(home.join("site/index.html"), "<h1>hi</h1>\n").unwrap();
    fs::write(home.join("site/css/a.css"), "body{}\n").unwrap();
    ok(&api(
        a,
        "v-add-fs-archive",
        &["alice", "/home/alice/site.tar.gz", "/home/alice/site"],
    ));
    let r = api(
        a,
        "v-add-fs-archive",
        &["alice", "/home/alice/site.tar.gz", "/home/alice/site"],
    );
    assert_eq!(r.exit(), Some(1), "exists: {}", r.body);
    ok(&api(a, "v-add-fs-directory", &["alice", "/home/alice/out"]));
    ok(&api(
        a,
        "v-extract-fs-archive",
        &["alice", "/home/alice/site.tar.gz", "/home/alice/out"],
    ));
    assert_eq!(
        fs::read(home.join("out/site/css/a.css")).unwrap(),
        b"body{}\n"
    );

    // A file below folders: tar has no folder members for it, extraction makes them.
    ok(&api(
        a,
        "v-add-fs-archive",
        &["alice", "/home/alice/one.tar", "/home/alice/site/css/a.css"],
    ));
    ok(&api(
        a,
        "v-extract-fs-archive",
        &["alice", "/home/alice/one.tar", "/home/alice/one"],
    ));
    assert_eq!(
        fs::read(home.join("one/site/css/a.css")).unwrap(),
        b"body{}\n"
    );

    // A zip with a "../" member and a link planted to escape through.
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let o = zip::write::SimpleFileOptions::default();
        z.start_file("ok/readme.txt", o).unwrap();
        z.write_all(b"inside\n").unwrap();
        z.start_file("../../../escape.txt", o).unwrap();
        z.write_all(b"outside?\n").unwrap();
        z.finish().unwrap();
    }
    fs::write(home.join("up.zip"), buf.into_inner()).unwrap();
    ok(&api(
        a,
        "v-extract-fs-archive",
        &["alice", "/home/alice/up.zip", "/home/alice/z"],
    ));
    assert_eq!(fs::read(home.join("z/ok/readme.txt")).unwrap(), b"inside\n");
    // unzip strips the "../" parts: the member lands inside the destination.
    assert!(home.join("z/escape.txt").exists());
    assert!(!s.panel.fs.real("/escape.txt").exists());
    assert!(!s.panel.fs.real("/home/escape.txt").exists());

    // Extracting through a link to /etc: the write fails, nothing appears there.
    std::os::unix::fs::symlink("/etc", home.join("z/ok/etc")).unwrap();
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        z.start_file("ok/etc/passwd", zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(b"root::0:0\n").unwrap();
        z.finish().unwrap();
    }
    fs::write(home.join("evil.zip"), buf.into_inner()).unwrap();
    let r = api(
        a,
        "v-extract-fs-archive",
        &["alice", "/home/alice/evil.zip", "/home/alice/z"],
    );
    assert_eq!(r.exit(), Some(3), "{}", r.body);
    assert_eq!(
        fs::read_to_string(s.panel.fs.real("/etc/passwd")).unwrap(),
        oxide_sim::hestia::fs_root::PASSWD
    );
}
