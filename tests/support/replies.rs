//! Reading a module function's [`Reply`] the way WHMCS does.

use whmcs_oxide::whmcs::{Array, Reply, Value};

/// `"success"` (any case), `success => true`, or an array without a failure marker (a
/// client-area page or template array, an admin tab's fields).
pub fn is_success(r: &Reply) -> bool {
    match r {
        Reply::Value(Value::Str(s)) => s.eq_ignore_ascii_case("success"),
        Reply::Value(Value::Array(a)) => match a.get("success") {
            Some(v) => v == &Value::Bool(true),
            None => failure_text(a).is_none(),
        },
        _ => false,
    }
}

/// The message WHMCS would show: the string, or the failure text of an array.
pub fn message(r: &Reply) -> String {
    match r {
        Reply::Value(Value::Str(s)) => s.clone(),
        Reply::Value(Value::Array(a)) => failure_text(a).unwrap_or_default(),
        other => format!("{other:?}"),
    }
}

/// `error` / `errorMsg` (TestConnection, SSO), `Error` (an admin tab), or the client area's
/// error template variable.
fn failure_text(a: &Array) -> Option<String> {
    let text = |v: &Value| v.as_text().map(|t| t.into_owned());
    a.get("error")
        .or_else(|| a.get("errorMsg"))
        .or_else(|| a.get("Error"))
        .and_then(text)
        .filter(|t| !t.is_empty())
        .or_else(|| match a.get("templateVariables") {
            Some(Value::Array(vars)) => vars.get("usefulErrorHelper").and_then(text),
            _ => None,
        })
}

/// UsageUpdate's reply when it wrote what it could and left some services unchanged: records
/// it could not read, or services whose account the panel's listing does not show.
pub fn skipped_some(msg: &str) -> bool {
    msg.contains(" services updated; ") && msg.ends_with("(their usage is unchanged)")
}
