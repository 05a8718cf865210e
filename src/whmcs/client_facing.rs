//! What a hosting client is told. Everything a client-area function (ClientArea, single
//! sign-on, client buttons such as Webmail/WHM login and OneTimeLink) shows on failure is one
//! of these sentences, in the client's language (`lang/<language>.php`, key [`ClientText::key`]):
//! never a panel's host, port, certificate fingerprint or the admin's repair advice (those go
//! to the module log).

use super::call::Call;
use super::lang::Lang;
use super::module_spec::Failure;
use super::value::Value;

/// The sentences a client may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientText {
    /// Any failure of an action whose detail is for staff (panel unreachable, refused…).
    Unavailable,
    /// The service page could not be shown (ClientArea), for the same reasons.
    PageUnavailable,
    /// The service is not Active (pending, suspended, terminated…).
    NotActive,
    /// A one-time link asked for without the service page's button (a GET or a prefetch).
    OneTimeLinkButtonOnly,
}

impl ClientText {
    /// Its key in the module's language files.
    pub fn key(self) -> &'static str {
        match self {
            ClientText::Unavailable => "actionUnavailable",
            ClientText::PageUnavailable => "errorLoading",
            ClientText::NotActive => "activeOnly",
            ClientText::OneTimeLinkButtonOnly => "otlOnlyByButton",
        }
    }

    /// What the module log says of it (for staff, in English).
    fn for_staff(self) -> &'static str {
        match self {
            ClientText::Unavailable | ClientText::PageUnavailable => "not available",
            ClientText::NotActive => "the service is not Active",
            ClientText::OneTimeLinkButtonOnly => {
                "a one-time link asked for without the service page's button"
            }
        }
    }
}

/// The text of `which` in English (`english` is a module's `lang/english.php`): what the tests
/// and a module whose folder cannot be found show.
pub fn client_text_in(english: &str, which: ClientText) -> String {
    Lang::load(None, super::lang::ENGLISH, english).text(which.key())
}

/// The text of `which` in English, from oxide_vpncp's file (the only module with every key;
/// the shared ones are the same in all four, as a test checks).
pub fn client_text(which: ClientText) -> String {
    client_text_in(crate::modules::vpncp::SPEC.english, which)
}

/// A refusal meant for the client as it is (dispatch shows it instead of the generic line).
#[derive(Debug, thiserror::Error)]
#[error("{}", .0.for_staff())]
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

/// Which sentence the client is shown for a failure with `cause` of `function`.
pub fn for_client(function: &str, cause: Option<&(dyn std::error::Error + 'static)>) -> ClientText {
    match cause.and_then(|c| c.downcast_ref::<ClientRefusal>()) {
        Some(refusal) => refusal.0,
        None if function == "ClientArea" => ClientText::PageUnavailable,
        None => ClientText::Unavailable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_keep_their_text_everything_else_is_generic() {
        let r = ClientRefusal(ClientText::NotActive);
        assert_eq!(for_client("WebmailLogin", Some(&r)), ClientText::NotActive);
        let other = std::io::Error::other("cannot connect to 10.0.0.5:2087; add pin=AB:CD");
        assert_eq!(
            for_client("WebmailLogin", Some(&other)),
            ClientText::Unavailable
        );
        assert_eq!(
            for_client("ClientArea", Some(&other)),
            ClientText::PageUnavailable
        );
        assert_eq!(for_client("ClientArea", None), ClientText::PageUnavailable);
    }

    #[test]
    fn every_module_has_the_shared_sentences_in_every_language_alike() {
        use crate::modules::{cpanel, hestiacp, storegrid, vpncp};
        for which in [
            ClientText::Unavailable,
            ClientText::PageUnavailable,
            ClientText::NotActive,
        ] {
            let english = client_text(which);
            assert_ne!(english, which.key(), "{which:?} has an English text");
            for spec in [&cpanel::SPEC, &hestiacp::SPEC, &storegrid::SPEC] {
                assert_eq!(
                    client_text_in(spec.english, which),
                    english,
                    "{} {which:?}",
                    spec.name
                );
            }
        }
        assert_ne!(
            client_text(ClientText::OneTimeLinkButtonOnly),
            "otlOnlyByButton"
        );
        let _ = vpncp::SPEC.name;
    }
}
