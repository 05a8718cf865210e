//! What one panel answer may cost: a whole answer is read up to `MAX_ANSWER` (16 MiB) and a
//! streamed listing up to `MAX_STREAMED`; past the bound, or past the request's timeout for
//! an answer that trickles in without end, the call fails with an error naming the server.
//! Driven by the simulators' `oversized` and `endless` modes.

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use oxide_sim::hestia::HestiaPanel;
use oxide_sim::{Fault, FaultKind, SimHandle};
use support::plain_sim::plain_sim;
use whmcs_oxide::http::transport::{MAX_ANSWER, MAX_STREAMED};
use whmcs_oxide::http::{CallLog, Endpoint, HttpError, Method, Request, Transport};

struct NoLog;
impl CallLog for NoLog {
    fn log_exchange(&self, _: &str, _: &str, _: &str, _: &[String]) {}
}

fn endpoint(sim: &SimHandle, timeout_secs: u64) -> Endpoint {
    let mut e =
        Endpoint::from_server("127.0.0.1", Some(sim.port()), false, 8083, None).expect("endpoint");
    e.timeout = Duration::from_secs(timeout_secs);
    e
}

fn request() -> Request {
    Request::new(Method::Post, "/api/").form(vec![
        ("cmd".into(), "v-list-sys-info".into()),
        ("arg1".into(), "json".into()),
    ])
}

fn send(sim: &SimHandle, timeout_secs: u64) -> (Result<usize, HttpError>, Duration) {
    let log = NoLog;
    let t = Transport::new(endpoint(sim, timeout_secs), &log, vec![]);
    let started = Instant::now();
    let r = t.send("probe", &request()).map(|r| r.body.len());
    (r, started.elapsed())
}

fn sim_with(kind: FaultKind) -> SimHandle {
    let sim = plain_sim(Arc::new(HestiaPanel::new()));
    sim.add_fault(Fault::new("*", kind));
    sim
}

#[test]
fn an_answer_within_the_bound_is_read_whole() {
    let sim = sim_with(FaultKind::Oversized {
        bytes: 4 * 1024 * 1024,
    });
    let (r, _) = send(&sim, 10);
    assert_eq!(r.expect("a 4 MiB answer is fine"), 4 * 1024 * 1024);
}

#[test]
fn an_oversized_answer_is_refused_naming_the_server() {
    let sim = sim_with(FaultKind::Oversized {
        bytes: 17 * 1024 * 1024,
    });
    let (r, _) = send(&sim, 10);
    let e = r.expect_err("an answer over the bound is refused");
    let msg = e.to_string();
    assert!(matches!(e, HttpError::TooLarge { .. }), "{msg}");
    assert!(msg.contains(&format!("127.0.0.1:{}", sim.port())), "{msg}");
    assert!(msg.contains("16 MB"), "{msg}");
}

#[test]
fn an_endless_answer_ends_at_the_bound() {
    let sim = sim_with(FaultKind::Endless {
        every_ms: 0,
        max_secs: 60,
    });
    let (r, took) = send(&sim, 30);
    let e = r.expect_err("an endless answer is refused");
    assert!(matches!(e, HttpError::TooLarge { .. }), "{e}");
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

#[test]
fn an_endless_trickle_ends_at_the_timeout() {
    let sim = sim_with(FaultKind::Endless {
        every_ms: 100,
        max_secs: 60,
    });
    let (r, took) = send(&sim, 1);
    let e = r.expect_err("a trickling endless answer is refused");
    assert!(matches!(e, HttpError::Timeout { .. }), "{e}");
    assert!(e.to_string().contains("127.0.0.1:"), "{e}");
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn an_endless_streamed_answer_ends_at_the_bound_or_the_timeout() {
    let sim = sim_with(FaultKind::Endless {
        every_ms: 0,
        max_secs: 60,
    });
    let log = NoLog;
    let t = Transport::new(endpoint(&sim, 3), &log, vec![]);
    let started = Instant::now();
    let r: Result<u64, HttpError> = t.send_streamed("probe", &request(), |_, _, body| {
        let mut n = 0u64;
        let mut buf = vec![0u8; 256 * 1024];
        loop {
            match body.read(&mut buf) {
                Ok(0) => return Ok(n),
                Ok(k) => n += k as u64,
                Err(_) => return Ok(n),
            }
        }
    });
    let e = r.expect_err("an endless listing is refused");
    assert!(
        matches!(e, HttpError::TooLarge { .. } | HttpError::Timeout { .. }),
        "{e}"
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    const { assert!(MAX_STREAMED > MAX_ANSWER) };
}
