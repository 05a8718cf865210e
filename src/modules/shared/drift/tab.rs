//! The service page (AdminServicesTabFields): the module's own fields plus "Drift", read from
//! the last check (no panel request of its own).

use crate::whmcs::dispatch::failure_message;
use crate::whmcs::html;
use crate::whmcs::{Array, Call, Failure, Reply, Value};

use super::store;

/// The field's label.
pub const LABEL: &str = "Drift (WHMCS vs panel)";

/// The module's tab fields (or its error, as dispatch would show it) with the drift field added.
pub fn extend(call: &Call<'_>, inner: Result<Reply, Failure>) -> Result<Reply, Failure> {
    let mut fields = match inner {
        Ok(Reply::Value(Value::Array(a))) => a,
        Ok(other) => return Ok(other),
        // As dispatch reports a failed function: the message on the page and in the module log.
        Err(e) => {
            let message = failure_message(call.function, &e.to_string(), &call.secrets());
            call.log(call.function, "", &format!("failed: {message}"));
            Array::new().with("Error", html::escape(&message))
        }
    };
    fields.set(LABEL, drift_html(call));
    if let Some(w) = crate::modules::shared::plain_http::warning(call) {
        fields.set(
            crate::modules::shared::plain_http::TAB_LABEL,
            format!("<strong>Warning:</strong> {}", html::escape(&w)),
        );
    }
    Ok(Reply::array(fields))
}

/// What the last check said about this service, in words; never fails the tab.
pub fn drift_html(call: &Call<'_>) -> String {
    let (Some(service), Some(server)) = (call.params.service_id(), call.params.server().id) else {
        return "not checked: the service has no server".into();
    };
    let state = match store::server_state_of(call.host, call.module, server) {
        Ok(s) => s,
        Err(e) => return html::escape(&format!("cannot read the last drift check: {e}")),
    };
    let Some(state) = state else {
        return "not checked yet (the daily cron job checks every server; “Drift: check now” \
                checks this one)"
            .into();
    };
    if let Some(why) = &state.error {
        return html::escape(&format!(
            "the server could not be checked at {} UTC: {why}",
            state.checked_at
        ));
    }
    let findings = match store::findings(call.host, Some(call.module), Some(service)) {
        Ok(f) => f,
        Err(e) => return html::escape(&format!("cannot read the last drift check: {e}")),
    };
    let unread = if state.skipped > 0 {
        format!(
            "; {} account record(s) of the server could not be read, so missing accounts were \
             not judged (module log)",
            state.skipped
        )
    } else {
        String::new()
    };
    if findings.is_empty() {
        return html::escape(&format!(
            "none: WHMCS and the panel agreed at the last check ({} UTC){unread}",
            state.checked_at
        ));
    }
    let items: Vec<String> = findings
        .iter()
        .map(|f| {
            format!(
                "<li data-drift=\"{}\">{}</li>",
                f.finding.kind.code(),
                html::escape(&f.finding.reason())
            )
        })
        .collect();
    format!(
        "<ul class=\"oxide-drift\">{}</ul>checked {} UTC{}; repair with the “Drift: …” buttons \
         (nothing is repaired without a click)",
        items.join(""),
        html::escape(&state.checked_at),
        html::escape(&unread)
    )
}
