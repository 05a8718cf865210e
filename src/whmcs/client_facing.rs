//! What a hosting client is told. Everything a client-area function (ClientArea, single
//! sign-on, client buttons such as Webmail/WHM login and OneTimeLink) shows on failure comes
//! from [`client_text`], the one place to route to language files: never a panel's host,
//! port, certificate fingerprint or the admin's repair advice (those go to the module log).

use super::call::Call;
use super::module_spec::Failure;
use super::value::Value;

/// The sentences a client may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientText {
    /// Any failure whose detail is for staff (panel unreachable, refused, misconfigured…).
    Unavailable,
    /// The service is not Active (pending, suspended, terminated…).
    NotActive,
    /// A one-time link asked for without the service page's button (a GET or a prefetch).
    OneTimeLinkButtonOnly,
}

/// The text of `which`, in English until the language files route it.
pub fn client_text(which: ClientText) -> &'static str {
    match which {
        ClientText::Unavailable => {
            "This action is not available right now. Please try again later or contact support."
        }
        ClientText::NotActive => "This action is available for active services only.",
        ClientText::OneTimeLinkButtonOnly => {
            "A one-time link is created only with the button on the service page, so a \
             prefetched or shared link cannot use it up."
        }
    }
}

/// A refusal meant for the client as it is (dispatch shows it instead of the generic line).
#[derive(Debug, thiserror::Error)]
#[error("{}", client_text(*.0))]
pub struct ClientRefusal(pub ClientText);

/// Refuses unless the call's service is Active in WHMCS (read from `tblhosting`, not from the
/// request), before any panel request is made.
pub fn require_active(call: &Call<'_>) -> Result<(), Failure> {
    let refuse = || -> Failure { Box::new(ClientRefusal(ClientText::NotActive)) };
    let id = call.params.service_id().ok_or_else(refuse)?;
    let rows = call.host.query(
        "SELECT domainstatus FROM tblhosting WHERE id = ?",
        &[Value::Int(id)],
    )?;
    match rows.first().map(|r| r.text("domainstatus")) {
        Some(status) if status == "Active" => Ok(()),
        status => {
            call.log(
                call.function,
                "",
                &format!(
                    "refused: service #{id} is {}, not Active",
                    status.as_deref().unwrap_or("missing")
                ),
            );
            Err(refuse())
        }
    }
}

/// What the client is shown for a failure with `cause` (already scrubbed of secrets).
pub fn message_for_client(cause: &(dyn std::error::Error + 'static)) -> &'static str {
    match cause.downcast_ref::<ClientRefusal>() {
        Some(refusal) => client_text(refusal.0),
        None => client_text(ClientText::Unavailable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_keep_their_text_everything_else_is_generic() {
        let r = ClientRefusal(ClientText::NotActive);
        assert_eq!(message_for_client(&r), client_text(ClientText::NotActive));
        let other = std::io::Error::other("cannot connect to 10.0.0.5:2087; add pin=AB:CD");
        assert_eq!(
            message_for_client(&other),
            client_text(ClientText::Unavailable)
        );
    }
}
