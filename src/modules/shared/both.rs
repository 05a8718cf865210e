//! Two independent panel requests at once, for any module's client. A panel request costs the
//! panel 150 ms and more (`make bench`), so a page or a check that needs two answers waits for
//! the slower one, not their sum. Each runs on its own client over a buffered log that is
//! replayed, in order, on the calling thread; both threads are joined before this returns
//! ([`super::fanout`]), and worker threads never touch WHMCS.

use crate::http::CallLog;

use super::fanout::{self, BufferedLog};

enum Either<A, B> {
    First(A),
    Second(B),
}

/// `first` and `second` at once, each given its own buffered log to build its client over.
/// Both results come back as they are, so the caller decides whose failure to report (usually
/// the first's, as when they ran one after the other); `Err` only when a task could not run at
/// all (a panic, in words).
pub fn both<A, B, FA, FB>(log_to: &dyn CallLog, first: FA, second: FB) -> Result<(A, B), String>
where
    A: Send,
    B: Send,
    FA: Fn(&dyn CallLog) -> A + Sync,
    FB: Fn(&dyn CallLog) -> B + Sync,
{
    let runs = fanout::map(&[0u8, 1], |which| {
        let log = BufferedLog::default();
        let out = if *which == 0 {
            Either::First(first(&log))
        } else {
            Either::Second(second(&log))
        };
        (log, out)
    });
    let (mut a, mut b) = (None, None);
    for run in runs {
        let (log, out) = run?;
        log.replay(log_to);
        match out {
            Either::First(x) => a = Some(x),
            Either::Second(y) => b = Some(y),
        }
    }
    match (a, b) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err("a request did not run".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    struct Log;
    impl CallLog for Log {
        fn log_exchange(&self, _: &str, _: &str, _: &str, _: &[String]) {}
    }

    #[test]
    fn runs_both_at_once_and_keeps_each_result() {
        let started = Instant::now();
        let (a, b) = both(
            &Log,
            |_log| -> Result<&'static str, String> {
                std::thread::sleep(Duration::from_millis(200));
                Ok("first")
            },
            |_log| -> Result<u64, String> {
                std::thread::sleep(Duration::from_millis(200));
                Err("second failed".into())
            },
        )
        .unwrap();
        assert!(
            started.elapsed() < Duration::from_millis(350),
            "ran one after the other"
        );
        assert_eq!(a, Ok("first"));
        assert_eq!(b, Err("second failed".to_string()));
    }
}
