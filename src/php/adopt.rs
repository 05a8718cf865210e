//! `whmcs_oxide_adopt()` and `whmcs_oxide_adopt_restore()`: adoption (src/modules/shared/adopt)
//! as extension functions for scripts and the admin addon. Errors become
//! `['success' => false, 'error' => line]`; a panic never crosses into PHP.

use std::panic::{catch_unwind, AssertUnwindSafe};

use ext_php_rs::args::Arg;
use ext_php_rs::builders::FunctionBuilder;
use ext_php_rs::flags::DataType;
use ext_php_rs::types::Zval;
use ext_php_rs::zend::{run_handler, ExecuteData};

use super::convert::to_zval;
use super::host::PhpHost;
use crate::modules::shared::adopt::{self, AdoptError};
use crate::whmcs::dispatch::panic_text;
use crate::whmcs::{Array, Value};

pub fn functions() -> Vec<FunctionBuilder<'static>> {
    vec![
        FunctionBuilder::new("whmcs_oxide_adopt", adopt_handler)
            .arg(Arg::new("productId", DataType::Long))
            .arg(Arg::new("toModule", DataType::String))
            .not_required()
            .arg(Arg::new("apply", DataType::Bool).default("false"))
            .returns(DataType::Array, false, false),
        FunctionBuilder::new("whmcs_oxide_adopt_restore", restore_handler)
            .arg(Arg::new("productId", DataType::Long))
            .returns(DataType::Array, false, false),
    ]
}

extern "C" fn adopt_handler(ex: &mut ExecuteData, retval: &mut Zval) {
    run_handler(AssertUnwindSafe(|| {
        let mut pid = Arg::new("productId", DataType::Long);
        let mut module = Arg::new("toModule", DataType::String);
        let mut apply = Arg::new("apply", DataType::Bool);
        if ex
            .parser()
            .arg(&mut pid)
            .arg(&mut module)
            .not_required()
            .arg(&mut apply)
            .parse()
            .is_err()
        {
            return;
        }
        let pid: i64 = pid.val().unwrap_or(0);
        let module: String = module.val().unwrap_or_default();
        let apply: bool = apply.val().unwrap_or(false);
        respond(retval, || {
            adopt::adopt(&PhpHost::new(), pid, &module, apply)
        });
    }));
}

extern "C" fn restore_handler(ex: &mut ExecuteData, retval: &mut Zval) {
    run_handler(AssertUnwindSafe(|| {
        let mut pid = Arg::new("productId", DataType::Long);
        if ex.parser().arg(&mut pid).parse().is_err() {
            return;
        }
        let pid: i64 = pid.val().unwrap_or(0);
        respond(retval, || adopt::restore(&PhpHost::new(), pid));
    }));
}

fn respond(retval: &mut Zval, f: impl FnOnce() -> Result<Array, AdoptError>) {
    let out = match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(report)) => report,
        Ok(Err(e)) => failure(&e.to_string()),
        Err(payload) => failure(&panic_text(payload)),
    };
    *retval = to_zval(&Value::Array(out));
}

fn failure(message: &str) -> Array {
    Array::new().with("success", false).with("error", message)
}
