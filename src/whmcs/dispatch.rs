//! The one place where a module function's outcome becomes what WHMCS expects: errors become
//! one-line messages in the function's failure shape, panics are caught, secrets are scrubbed.

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

use super::call::Call;
use super::host::Host;
use super::module_spec::{FunctionSpec, ModuleSpec};
use super::params::Params;
use super::reply::Reply;

/// Longest message handed to WHMCS (it shows it in a one-line banner).
const MAX_MESSAGE: usize = 600;

pub fn invoke(
    module: &ModuleSpec,
    function: &FunctionSpec,
    params: Params,
    host: &dyn Host,
) -> Reply {
    silence_panic_output();
    let call = Call::new(module.name, function.name, params, host);
    IN_MODULE_CALL.with(|c| c.set(true));
    let outcome = catch_unwind(AssertUnwindSafe(|| (function.handler)(&call)));
    IN_MODULE_CALL.with(|c| c.set(false));
    let cause = match outcome {
        Ok(Ok(reply)) => return reply,
        Ok(Err(err)) => err.to_string(),
        Err(payload) => panic_text(payload),
    };
    let message = failure_message(function.name, &cause, &call.secrets());
    call.log(function.name, "", &format!("failed: {message}"));
    function.shape.failure(&message)
}

/// A caught panic as the cause WHMCS is shown (also for panics on worker threads).
pub fn panic_text(payload: Box<dyn std::any::Any + Send>) -> String {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown".to_string());
    format!("internal error in whmcs_oxide ({what}); please report it")
}

/// `"<Function> failed: <cause>"`, on one line, without any secret.
pub fn failure_message(function: &str, cause: &str, secrets: &[String]) -> String {
    let line = crate::http::response::one_line(cause, MAX_MESSAGE);
    crate::secret::scrub(&format!("{function} failed: {line}"), secrets)
}

thread_local! {
    static IN_MODULE_CALL: Cell<bool> = const { Cell::new(false) };
}

/// Rust's default panic hook prints to stderr, which lands in PHP-FPM logs and breaks the
/// output of CLI scripts; a panic inside a module call is reported through WHMCS instead.
/// Panics anywhere else still reach the previous hook.
fn silence_panic_output() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !IN_MODULE_CALL.with(Cell::get) {
                previous(info);
            }
        }));
    });
}
