//! The one handler behind every exported function.
//!
//! Functions are registered at runtime from the module registry, so the list of PHP names is
//! the registry itself; the handler finds out which name PHP called and dispatches to it.

use std::panic::AssertUnwindSafe;

use ext_php_rs::args::Arg;
use ext_php_rs::flags::DataType;
use ext_php_rs::types::Zval;
use ext_php_rs::zend::{run_handler, ExecuteData};

use super::convert::{array_from_ht, to_zval};
use super::host::PhpHost;
use crate::whmcs::dispatch::invoke;
use crate::whmcs::{Params, Reply};

pub extern "C" fn handle(ex: &mut ExecuteData, retval: &mut Zval) {
    // run_handler turns a bailout or an unexpected panic at this level into PHP's own handling
    // instead of aborting the process; module code runs under dispatch's catch_unwind already.
    run_handler(AssertUnwindSafe(|| respond(ex, retval)));
}

fn respond(ex: &mut ExecuteData, retval: &mut Zval) {
    let name = called_name(ex);
    let mut arg = Arg::new("params", DataType::Array).allow_null();
    // Wrong argument counts are reported by PHP itself (ArgumentCountError), like any function.
    if ex.parser().not_required().arg(&mut arg).parse().is_err() {
        return;
    }
    // A non-array (e.g. null) is treated as empty params: WHMCS always passes an array.
    let params = arg
        .zval()
        .and_then(|z| z.array().map(array_from_ht))
        .unwrap_or_default();
    let reply = match crate::modules::resolve(&name) {
        Some((module, function)) => invoke(module, function, Params::new(params), &PhpHost::new()),
        None => Reply::text(format!("whmcs_oxide: no module function {name}")),
    };
    match reply {
        Reply::Value(v) => *retval = to_zval(&v),
        Reply::Null => retval.set_null(),
        Reply::Throw(message) => {
            ext_php_rs::exception::PhpException::from_message(message).throw();
        }
    }
}

fn called_name(ex: &ExecuteData) -> String {
    ex.function()
        .and_then(|f| {
            // SAFETY: `common` is valid for every kind of zend_function; the name of an
            // internal function is a live zend_string for the duration of the call.
            let name = unsafe { f.common.function_name.as_ref() }?;
            name.as_str().ok().map(str::to_string)
        })
        .unwrap_or_default()
}
