//! The one place where a module function's outcome becomes what WHMCS expects: errors become
//! one-line messages in the function's failure shape, panics are caught, secrets are scrubbed,
//! and functions that change a service run one at a time per service.

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

use super::call::Call;
use super::client_facing;
use super::function::Shape;
use super::host::Host;
use super::lang::Lang;
use super::module_spec::{Failure, FunctionSpec, ModuleSpec};
use super::params::Params;
use super::reply::Reply;
use super::service_guard::{self, GuardError, ServiceGuard};

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
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        refuse_foreign_settings(module, function, &call)?;
        run(function, &call)
    }));
    IN_MODULE_CALL.with(|c| c.set(false));
    let (message, for_client) = match outcome {
        Ok(Ok(reply)) => return reply,
        // Not a failure of the function: it did not run, and says why in plain words.
        Ok(Err(Stop::Busy(held))) => (
            format!("{}: {held}", function.name),
            client_facing::for_client(function.name, None),
        ),
        Ok(Err(Stop::Refused(line))) => (
            format!("{}: {line}", function.name),
            client_facing::for_client(function.name, None),
        ),
        Ok(Err(Stop::Failed(cause))) => (
            failure_message(function.name, &cause.to_string(), &call.secrets()),
            client_facing::for_client(function.name, Some(cause.as_ref())),
        ),
        Err(payload) => (
            failure_message(function.name, &panic_text(payload), &call.secrets()),
            client_facing::for_client(function.name, None),
        ),
    };
    call.log(function.name, "", &format!("failed: {message}"));
    if function.client_facing {
        // The admin detail is in the module log; the client gets a plain line in its language.
        let lang = Lang::for_client(&call, module.english);
        let shown = lang.text(for_client.key());
        return match function.shape {
            Shape::ClientArea => Reply::client_area_error(&shown, Some(lang.to_value())),
            shape => shape.failure(&shown),
        };
    }
    function.shape.failure(&message)
}

/// Why a function returned no reply of its own.
enum Stop {
    /// Another exclusive call holds the service's lock.
    Busy(GuardError),
    /// The function (or taking the lock) failed with this cause.
    Failed(Failure),
    /// The product's settings were not saved by this module: nothing ran.
    Refused(String),
}

/// Functions that must work whatever the product holds: WHMCS's module list and the settings
/// form, through which the admin sees and fixes the product.
const ALWAYS_RUN: &[&str] = &["MetaData", "ConfigOptions"];

/// The one place every module function passes before it may reach a panel: a product whose
/// stored settings belong to another module is refused, before the lock and any request.
fn refuse_foreign_settings(
    module: &ModuleSpec,
    function: &FunctionSpec,
    call: &Call<'_>,
) -> Result<(), Stop> {
    let Some(check) = module.settings_check else {
        return Ok(());
    };
    if ALWAYS_RUN.contains(&function.name) {
        return Ok(());
    }
    match check(call) {
        Some(line) => Err(Stop::Refused(line)),
        None => Ok(()),
    }
}

/// Runs the handler; an exclusive function of a service only while holding its lock, which
/// is released on every way out, a caught panic included (the guard drops while unwinding).
fn run(function: &FunctionSpec, call: &Call<'_>) -> Result<Reply, Stop> {
    let _guard = match call.params.service_id() {
        Some(id) if function.exclusive => Some(lock(call, id)?),
        _ => None,
    };
    (function.handler)(call).map_err(Stop::Failed)
}

fn lock<'a>(call: &Call<'a>, service_id: i64) -> Result<ServiceGuard<'a>, Stop> {
    let lease = service_guard::lease_secs(&call.params.server());
    match ServiceGuard::acquire(call.host, service_id, call.function, lease) {
        Ok(guard) => {
            if let Some(old) = &guard.took_over {
                call.host.log_activity(&format!(
                    "{}: {} of service {service_id} took over the lock of {} (started {} s ago), \
                     which ran out without being released: that call ended abnormally",
                    call.module, call.function, old.operation, old.age_secs
                ));
            }
            Ok(guard)
        }
        Err(held @ GuardError::Held(_)) => Err(Stop::Busy(held)),
        Err(e) => Err(Stop::Failed(Box::new(e))),
    }
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
