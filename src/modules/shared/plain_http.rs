//! A server record without TLS: the connection is allowed (puqVPNcp listens on plain HTTP
//! port 8098 by default), but staff are told plainly that the token and the passwords the
//! module sends cross the network readable — on TestConnection and on the service tab.

use crate::whmcs::{Array, Call};

/// The warning for `call`'s server, or `None` when it uses TLS.
pub fn warning(call: &Call<'_>) -> Option<String> {
    let server = call.params.server();
    if server.uses_tls() || server.host().trim().is_empty() {
        return None;
    }
    Some(format!(
        "no TLS: “Secure” is not ticked for {}, so the API token and every password this module \
         sends travel over plain HTTP, readable on the network path. Tick “Secure” (for a \
         self-signed certificate, add pin=<SHA-256 fingerprint> to the Access Hash)",
        server.host().trim()
    ))
}

/// Adds the warning (if any) to a TestConnection reply's `warning` and the module log.
pub fn warn_in(call: &Call<'_>, reply: &mut Array) {
    let Some(w) = warning(call) else {
        return;
    };
    call.log(call.function, "", &format!("warning: {w}"));
    let text = match reply.get("warning").and_then(|v| v.as_text()) {
        Some(old) if !old.is_empty() => format!("{w}. {old}"),
        _ => w,
    };
    reply.set("warning", text);
}

/// The service tab's label for the warning.
pub const TAB_LABEL: &str = "Connection security";
