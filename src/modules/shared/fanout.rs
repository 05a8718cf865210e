//! Runs independent panel requests in parallel on scoped std threads: bounded in count
//! ([`MAX_THREADS`]), bounded in time by each request's own timeout, every thread joined
//! before returning. Nothing starts at load time, so PHP-FPM's fork model is unaffected.
//!
//! Worker threads must not touch WHMCS (PHP is not thread-safe): each task logs into its own
//! [`BufferedLog`], replayed into the module log on the calling thread afterwards.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::http::CallLog;
use crate::whmcs::dispatch::panic_text;

/// Most threads one call runs at once (puqVPNcp's group discovery needs two per server).
pub const MAX_THREADS: usize = 64;

/// `work` for every item, results in item order. One item runs on the calling thread; a
/// panicking task becomes `Err`.
pub fn map<T, R, F>(items: &[T], work: F) -> Vec<Result<R, String>>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    map_bounded(items, MAX_THREADS, work)
}

/// [`map`] with at most `threads` threads (at least one): for a fan-out inside another one.
pub fn map_bounded<T, R, F>(items: &[T], threads: usize, work: F) -> Vec<Result<R, String>>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let run = |item: &T| catch_unwind(AssertUnwindSafe(|| work(item))).map_err(panic_text);
    if items.len() <= 1 {
        return items.iter().map(run).collect();
    }
    let slots: Vec<Mutex<Option<Result<R, String>>>> =
        items.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let worker = || loop {
        let i = next.fetch_add(1, Ordering::SeqCst);
        let Some(item) = items.get(i) else { break };
        let out = run(item);
        if let Ok(mut slot) = slots[i].lock() {
            *slot = Some(out);
        }
    };
    std::thread::scope(|scope| {
        for _ in 0..items.len().min(threads.clamp(1, MAX_THREADS)) {
            let spawned = std::thread::Builder::new()
                .name("oxide-fanout".into())
                .spawn_scoped(scope, worker);
            // No thread (resource limits): this thread takes the remaining work.
            if spawned.is_err() {
                worker();
                break;
            }
        }
    });
    slots
        .into_iter()
        .map(|m| {
            m.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| Err("the task did not run".into()))
        })
        .collect()
}

/// One exchange logged by a worker thread.
struct Entry {
    action: String,
    request: String,
    response: String,
    secrets: Vec<String>,
}

/// A module log for worker threads, replayed on the calling thread.
#[derive(Default)]
pub struct BufferedLog {
    entries: Mutex<Vec<Entry>>,
}

impl CallLog for BufferedLog {
    fn log_exchange(&self, action: &str, request: &str, response: &str, secrets: &[String]) {
        if let Ok(mut e) = self.entries.lock() {
            e.push(Entry {
                action: action.to_string(),
                request: request.to_string(),
                response: response.to_string(),
                secrets: secrets.to_vec(),
            });
        }
    }
}

impl BufferedLog {
    pub fn replay(self, to: &dyn CallLog) {
        let entries = self.entries.into_inner().unwrap_or_default();
        for e in entries {
            to.log_exchange(&e.action, &e.request, &e.response, &e.secrets);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn runs_in_parallel_and_keeps_order() {
        let items: Vec<u64> = (0..10).collect();
        let started = Instant::now();
        let out = map(&items, |i| {
            std::thread::sleep(Duration::from_millis(200));
            i * 2
        });
        let took = started.elapsed();
        assert!(took < Duration::from_millis(1500), "took {took:?}");
        let values: Vec<u64> = out.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(values, (0..10).map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn a_panicking_task_is_an_error_not_a_crash() {
        let out = map(&[1, 2], |i| {
            if *i == 2 {
                panic!("boom");
            }
            *i
        });
        assert_eq!(out[0], Ok(1));
        assert!(out[1].as_ref().unwrap_err().contains("boom"));
    }

    #[test]
    fn threads_are_bounded() {
        let live = AtomicUsize::new(0);
        let peak = AtomicUsize::new(0);
        let items: Vec<usize> = (0..(MAX_THREADS * 2)).collect();
        map(&items, |_| {
            let now = live.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(now, Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(20));
            live.fetch_sub(1, Ordering::SeqCst);
        });
        assert!(peak.load(Ordering::SeqCst) <= MAX_THREADS);
    }
}
