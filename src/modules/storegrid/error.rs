//! Backup-server module errors, worded for the WHMCS admin.

use crate::http::HttpError;
use crate::modules::shared::random::RandomError;
use crate::modules::shared::service::ServiceError;
use crate::whmcs::HostError;

use super::contract::code;

#[derive(Debug, thiserror::Error)]
pub enum StoregridError {
    #[error(transparent)]
    Http(#[from] HttpError),
    #[error(transparent)]
    Host(#[from] HostError),
    #[error(transparent)]
    Random(#[from] RandomError),
    #[error(
        "the server record has no web-console login: enter an admin-level web-console username \
         and password in the server's Username and Password fields"
    )]
    NoCredentials,
    #[error("the backup server refused the web-console login ({0}); check the server's Username and Password")]
    Auth(String),
    #[error("the web-console user may not do this ({0}); use an admin-level web-console user")]
    Forbidden(String),
    #[error("the backup server refused {action}: {message}{}", field_note(.field))]
    Api {
        action: String,
        code: String,
        message: String,
        field: Option<String>,
    },
    #[error("the backup server answered {action} with an HTML page ({title}, HTTP {status}) instead of an API answer; check the web console port and protocol")]
    Html {
        action: String,
        status: u16,
        title: String,
    },
    #[error("the backup server answered {action} with data this module cannot read ({detail})")]
    BadAnswer { action: String, detail: String },
    /// Bad input: the message names the setting or field.
    #[error("{0}")]
    Input(String),
}

fn field_note(field: &Option<String>) -> String {
    field
        .as_deref()
        .map(|f| format!(" (field `{f}`)"))
        .unwrap_or_default()
}

impl StoregridError {
    /// The API error code, when the server answered with one.
    pub fn code(&self) -> Option<&str> {
        match self {
            StoregridError::Api { code, .. } => Some(code),
            StoregridError::Auth(_) => Some(code::AUTH_FAILED),
            StoregridError::Forbidden(_) => Some(code::FORBIDDEN),
            _ => None,
        }
    }

    pub fn is(&self, wanted: &str) -> bool {
        self.code() == Some(wanted)
    }

    /// The request may have been carried out although no usable answer came back: the
    /// connection broke or timed out after sending, or something other than the API answered.
    pub fn answer_lost(&self) -> bool {
        matches!(
            self,
            StoregridError::Http(
                HttpError::Timeout { .. } | HttpError::Broken { .. } | HttpError::TooLarge { .. }
            ) | StoregridError::Html { .. }
                | StoregridError::BadAnswer { .. }
        )
    }
}

/// A service the parameters do not describe: the admin's input to correct.
impl From<ServiceError> for StoregridError {
    fn from(e: ServiceError) -> Self {
        StoregridError::Input(e.to_string())
    }
}
