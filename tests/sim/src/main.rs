//! `oxide-sim --panel hestia [--plain] [--port N] [--control-port N] [--latency-ms N]
//!  [--state FILE.json] [--ttl SECS] [--watch-stdin]`
//!
//! Prints one JSON line describing the server, then serves until the ttl elapses,
//! `POST /shutdown` on the control port, a signal, or (with --watch-stdin) stdin EOF.

use std::io::{Read, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use oxide_sim::{panel_by_name, start, StartOptions, PANELS};

struct Args {
    panel: String,
    opts: StartOptions,
    state: Option<String>,
    ttl: u64,
    watch_stdin: bool,
}

fn usage() -> String {
    format!(
        "usage: oxide-sim --panel {} [--plain] [--port N] [--control-port N] [--latency-ms N] [--state FILE.json] [--ttl SECS] [--watch-stdin]",
        PANELS.join("|")
    )
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        panel: String::new(),
        opts: StartOptions {
            control_port: Some(0),
            ..StartOptions::default()
        },
        state: None,
        ttl: 900,
        watch_stdin: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut val = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        let num = |s: String, name: &str| -> Result<u64, String> {
            s.parse::<u64>()
                .map_err(|_| format!("{name}: not a number: {s}"))
        };
        match arg.as_str() {
            "--panel" => a.panel = val("--panel")?,
            "--plain" => a.opts.tls = false,
            "--port" => a.opts.port = num(val("--port")?, "--port")? as u16,
            "--control-port" => {
                a.opts.control_port = Some(num(val("--control-port")?, "--control-port")? as u16)
            }
            "--latency-ms" => a.opts.latency_ms = num(val("--latency-ms")?, "--latency-ms")?,
            "--state" => a.state = Some(val("--state")?),
            "--ttl" => a.ttl = num(val("--ttl")?, "--ttl")?,
            "--watch-stdin" => a.watch_stdin = true,
            "-h" | "--help" => return Err(usage()),
            other => return Err(format!("unknown argument {other}\n{}", usage())),
        }
    }
    if a.panel.is_empty() {
        return Err(usage());
    }
    Ok(a)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let Some(panel) = panel_by_name(&args.panel) else {
        eprintln!("unknown panel {}\n{}", args.panel, usage());
        return ExitCode::from(2);
    };
    if let Some(file) = &args.state {
        let loaded = std::fs::read_to_string(file)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
            .and_then(|v| panel.load_state(&v));
        if let Err(e) = loaded {
            eprintln!("cannot load state {file}: {e}");
            return ExitCode::from(2);
        }
    }
    let mut handle = match start(panel, args.opts.clone()) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("cannot start: {e}");
            return ExitCode::from(1);
        }
    };
    let line = serde_json::json!({
        "panel": args.panel,
        "url": handle.base_url(),
        "port": handle.port(),
        "control_url": handle.control_url(),
        "sha256": handle.cert_sha256(),
        "tls": handle.is_tls(),
    });
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();

    let stdin_closed = Arc::new(AtomicBool::new(false));
    if args.watch_stdin {
        let flag = stdin_closed.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 1024];
            let mut stdin = std::io::stdin();
            while let Ok(n) = stdin.read(&mut buf) {
                if n == 0 {
                    break;
                }
            }
            flag.store(true, Ordering::SeqCst);
        });
    }
    let deadline = Instant::now() + Duration::from_secs(args.ttl);
    while Instant::now() < deadline
        && !handle.shutdown_requested()
        && !stdin_closed.load(Ordering::SeqCst)
    {
        std::thread::sleep(Duration::from_millis(50));
    }
    handle.shutdown();
    ExitCode::SUCCESS
}
