//! cPanel module errors, worded for the WHMCS admin.

use crate::http::HttpError;
use crate::modules::shared::service::ServiceError;
use crate::whmcs::HostError;

#[derive(Debug, thiserror::Error)]
pub enum CpanelError {
    #[error(transparent)]
    Http(#[from] HttpError),
    #[error(transparent)]
    Host(#[from] HostError),
    #[error(
        "the server record has no WHM credentials: put a WHM API token in the Access Hash (or \
         Password) field and the WHM user (root or a reseller) in Username"
    )]
    NoCredentials,
    #[error(
        "WHM refused the credentials ({0}); check the WHM username and API token (WHM » \
         Development » Manage API Tokens)"
    )]
    Auth(String),
    #[error(
        "WHM refused {function}: the API token may not run it ({reason}); give the token the \
         privileges listed in TestConnection"
    )]
    Denied { function: String, reason: String },
    #[error("WHM {function} failed: {reason}")]
    Function { function: String, reason: String },
    #[error(
        "WHM answered {function} with an HTML page ({title}, HTTP {status}) instead of an API \
         answer; check the port (2087 with SSL, 2086 without) and that nothing sits in between"
    )]
    Html {
        function: String,
        status: u16,
        title: String,
    },
    #[error("WHM answered {function} with data this module cannot read ({detail})")]
    BadAnswer { function: String, detail: String },
    #[error("{0}")]
    Input(String),
}

impl CpanelError {
    pub fn input(msg: impl Into<String>) -> Self {
        CpanelError::Input(msg.into())
    }

    /// The panel's reason when a function ran and reported failure (`metadata.result` 0).
    pub fn reason(&self) -> Option<&str> {
        match self {
            CpanelError::Function { reason, .. } => Some(reason),
            _ => None,
        }
    }
}

/// A service the parameters do not describe: the admin's input to correct.
impl From<ServiceError> for CpanelError {
    fn from(e: ServiceError) -> Self {
        CpanelError::Input(e.to_string())
    }
}
