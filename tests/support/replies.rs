//! Reading a module function's [`Reply`] the way WHMCS does.

use whmcs_oxide::whmcs::{Reply, Value};

/// `"success"` (any case), `success => true`, or a page array (a client-area custom page).
pub fn is_success(r: &Reply) -> bool {
    match r {
        Reply::Value(Value::Str(s)) => s.eq_ignore_ascii_case("success"),
        Reply::Value(Value::Array(a)) => {
            a.get("success") == Some(&Value::Bool(true)) || a.get("templatefile").is_some()
        }
        _ => false,
    }
}

/// The message WHMCS would show: the string, or `error` / `errorMsg` of an array.
pub fn message(r: &Reply) -> String {
    match r {
        Reply::Value(Value::Str(s)) => s.clone(),
        Reply::Value(Value::Array(a)) => a
            .get("error")
            .or_else(|| a.get("errorMsg"))
            .and_then(Value::as_text)
            .unwrap_or_default()
            .into_owned(),
        other => format!("{other:?}"),
    }
}
