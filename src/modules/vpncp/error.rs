//! puqVPNcp module errors, worded for the WHMCS admin.

use crate::http::HttpError;
use crate::modules::shared::service::ServiceError;
use crate::whmcs::HostError;

#[derive(Debug, thiserror::Error)]
pub enum VpnError {
    #[error(transparent)]
    Http(#[from] HttpError),
    #[error(transparent)]
    Host(#[from] HostError),
    #[error(
        "the server record {0} has no puqVPNcp API token: put the token in the server's Password field"
    )]
    NoToken(String),
    #[error(
        "puqVPNcp at {server} refused the API token ({message}); check the token in the server's \
         Password field, that it has not expired and that it allows this WHMCS's IP address"
    )]
    Auth { server: String, message: String },
    #[error("puqVPNcp at {server} refused {action} (HTTP {status}): {message}")]
    Panel {
        server: String,
        action: String,
        status: u16,
        message: String,
        /// The panel's own answer that the client does not exist (see envelope::says_missing).
        missing: bool,
    },
    #[error(
        "puqVPNcp at {server} answered {action} with an HTML page ({title}, HTTP {status}) instead \
         of an API answer; check the port (8098, or 443 with Secure ticked)"
    )]
    Html {
        server: String,
        action: String,
        status: u16,
        title: String,
    },
    #[error("puqVPNcp at {server} answered {action} with data this module cannot read ({detail})")]
    BadAnswer {
        server: String,
        action: String,
        detail: String,
    },
    /// Bad settings or input; the message names the field.
    #[error("{0}")]
    Input(String),
}

impl VpnError {
    /// The panel itself says the client does not exist; nothing else is proof of "gone".
    pub fn is_not_found(&self) -> bool {
        matches!(self, VpnError::Panel { missing: true, .. })
    }

    /// The panel refused a new client's name as taken.
    pub fn is_name_taken(&self) -> bool {
        matches!(self, VpnError::Panel { message, .. }
            if message.to_ascii_lowercase().contains("already in use"))
    }

    /// No readable answer (no answer at all, or a garbled one): whether the panel acted is
    /// unknown.
    pub fn is_unanswered(&self) -> bool {
        matches!(self, VpnError::Http(_) | VpnError::BadAnswer { .. })
    }

    /// The request may have been carried out although it failed: no readable answer, a
    /// proxy's HTML error page, or the panel's own server error (5xx). A refusal (4xx, the
    /// token) made nothing.
    pub fn may_have_acted(&self) -> bool {
        self.is_unanswered()
            || matches!(self, VpnError::Html { .. })
            || matches!(self, VpnError::Panel { status, .. } if *status >= 500)
    }
}

/// A service the parameters do not describe: the admin's input to correct.
impl From<ServiceError> for VpnError {
    fn from(e: ServiceError) -> Self {
        VpnError::Input(e.to_string())
    }
}
