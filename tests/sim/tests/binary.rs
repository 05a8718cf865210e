//! The `oxide-sim` binary: output line, control port, shutdown paths, --state.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

fn spawn(extra: &[&str]) -> (Child, serde_json::Value) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_oxide-sim"))
        .args(["--panel", "hestia", "--ttl", "20"])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("line");
    let v: serde_json::Value = serde_json::from_str(&line).expect("json line");
    (child, v)
}

fn wait_exit(child: &mut Child, within: Duration) -> bool {
    let t = Instant::now();
    while t.elapsed() < within {
        if let Ok(Some(_)) = child.try_wait() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    false
}

fn addr_of(url: &str) -> SocketAddr {
    url.split("://").nth(1).unwrap().parse().unwrap()
}

#[test]
fn prints_one_line_and_stops_on_post_shutdown() {
    let (mut child, v) = spawn(&[]);
    assert_eq!(v["panel"], "hestia");
    assert_eq!(v["tls"], true);
    let port = v["port"].as_u64().unwrap();
    assert_eq!(v["url"], format!("https://127.0.0.1:{port}"));
    assert_eq!(v["sha256"].as_str().unwrap().len(), 95);
    let caddr = addr_of(v["control_url"].as_str().unwrap());
    let stats = request(caddr, "GET", "/stats", "", b"");
    assert_eq!(stats.json()["connections_accepted"], 0);
    request(caddr, "POST", "/shutdown", "", b"");
    assert!(wait_exit(&mut child, Duration::from_secs(3)));
}

#[test]
fn plain_with_state_file_and_watch_stdin() {
    let dir = std::env::temp_dir().join(format!("oxide-sim-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("state.json");
    std::fs::write(&file, r#"{"users":{"seeded":{"password":"Pw1234567"}}}"#).unwrap();
    let (mut child, v) = spawn(&[
        "--plain",
        "--watch-stdin",
        "--state",
        file.to_str().unwrap(),
    ]);
    assert_eq!(v["tls"], false);
    assert_eq!(v["sha256"], "");
    let addr = addr_of(v["url"].as_str().unwrap());
    let r = api(addr, "v-list-user", &["seeded", "json"]);
    assert_eq!(r.json()["seeded"]["PACKAGE"], "default");
    // Closing stdin stops it.
    let stdin = child.stdin.take();
    if let Some(mut s) = stdin {
        let _ = s.flush();
        drop(s);
    }
    assert!(wait_exit(&mut child, Duration::from_secs(3)));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn ttl_ends_the_process() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_oxide-sim"))
        .args(["--panel", "hestia", "--plain", "--ttl", "1"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    assert!(wait_exit(&mut child, Duration::from_secs(4)));
    let bad = Command::new(env!("CARGO_BIN_EXE_oxide-sim"))
        .args(["--panel", "nosuch"])
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(!bad.success());
}
