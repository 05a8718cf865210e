//! Shared helpers: a tiny std-only HTTP/1.1 client and simulator setup.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use oxide_sim::hestia::{HestiaPanel, DEFAULT_ACCESS_KEY_ID, DEFAULT_SECRET_KEY};
use oxide_sim::{start, SimHandle, StartOptions};

pub struct Sim {
    pub panel: Arc<HestiaPanel>,
    pub h: SimHandle,
}

/// A plain-HTTP Hestia simulator (raw client friendly).
pub fn plain() -> Sim {
    let panel = Arc::new(HestiaPanel::new());
    let h = start(
        panel.clone(),
        StartOptions {
            tls: false,
            control_port: Some(0),
            ..StartOptions::default()
        },
    )
    .expect("start");
    Sim { panel, h }
}

#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// Everything received, raw.
    pub raw: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn exit(&self) -> Option<i32> {
        self.header("Hestia-Exit-Code").and_then(|v| v.parse().ok())
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// Send raw bytes on a new connection, read until the peer closes.
pub fn raw(addr: SocketAddr, bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    s.write_all(bytes)?;
    let mut out = Vec::new();
    let mut buf = [0u8; 65536];
    loop {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) if out.is_empty() => return Err(e),
            Err(_) => break, // RST after partial data
        }
    }
    Ok(out)
}

pub fn parse(raw: Vec<u8>) -> Resp {
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Resp {
        status,
        headers,
        body: body.to_string(),
        raw,
    }
}

pub fn request(addr: SocketAddr, method: &str, path: &str, ctype: &str, body: &[u8]) -> Resp {
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if !ctype.is_empty() {
        req.push_str(&format!("Content-Type: {ctype}\r\n"));
    }
    req.push_str("\r\n");
    let mut bytes = req.into_bytes();
    bytes.extend_from_slice(body);
    parse(raw(addr, &bytes).expect("request"))
}

pub fn form(fields: &[(&str, &str)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        s.append_pair(k, v);
    }
    s.finish()
}

/// POST /api/ form-encoded.
pub fn post(addr: SocketAddr, fields: &[(&str, &str)]) -> Resp {
    request(
        addr,
        "POST",
        "/api/",
        "application/x-www-form-urlencoded",
        form(fields).as_bytes(),
    )
}

/// POST /api/ with the default admin key, cmd and positional args arg1..argN.
pub fn api(addr: SocketAddr, cmd: &str, args: &[&str]) -> Resp {
    let names: Vec<String> = (1..=args.len()).map(|i| format!("arg{i}")).collect();
    let mut f = vec![
        ("access_key", DEFAULT_ACCESS_KEY_ID),
        ("secret_key", DEFAULT_SECRET_KEY),
        ("cmd", cmd),
    ];
    for (n, a) in names.iter().zip(args) {
        f.push((n.as_str(), a));
    }
    post(addr, &f)
}

/// Plain HTTP request to the control server.
pub fn control(sim: &SimHandle, method: &str, path: &str, body: &str) -> Resp {
    let url = sim.control_url().expect("control server");
    let addr: SocketAddr = url.trim_start_matches("http://").parse().expect("addr");
    request(addr, method, path, "application/json", body.as_bytes())
}
