//! HestiaCP module errors, worded for the WHMCS admin.

use crate::http::HttpError;
use crate::modules::shared::service::ServiceError;
use crate::whmcs::HostError;

use super::exit_code::ExitCode;

#[derive(Debug, thiserror::Error)]
pub enum HestiaError {
    #[error(transparent)]
    Http(#[from] HttpError),
    #[error(transparent)]
    Host(#[from] HostError),
    #[error(
        "the server record has no HestiaCP credentials: put an access key as ACCESS_KEY_ID:SECRET \
         in the Access Hash (or password) field, or the admin username and password"
    )]
    NoCredentials,
    #[error("HestiaCP refused the credentials ({0}); check the access key and the panel's API allowed IPs")]
    Auth(String),
    #[error("HestiaCP refused {cmd}: the access key may not run it ({message}); use an admin key with full permissions")]
    Forbidden { cmd: String, message: String },
    #[error("HestiaCP {cmd} failed ({code}): {message}")]
    Command {
        cmd: String,
        code: ExitCode,
        message: String,
    },
    #[error("HestiaCP answered {cmd} with an HTML page ({title}, HTTP {status}) instead of an API answer; check the port and that the API is enabled")]
    Html {
        cmd: String,
        status: u16,
        title: String,
    },
    #[error("HestiaCP answered {cmd} with data this module cannot read ({detail})")]
    BadAnswer { cmd: String, detail: String },
    #[error("{0}")]
    Input(String),
}

impl HestiaError {
    /// The panel's exit code, when the command ran and failed.
    pub fn exit_code(&self) -> Option<ExitCode> {
        match self {
            HestiaError::Command { code, .. } => Some(*code),
            _ => None,
        }
    }
}

/// A service the parameters do not describe: the admin's input to correct.
impl From<ServiceError> for HestiaError {
    fn from(e: ServiceError) -> Self {
        HestiaError::Input(e.to_string())
    }
}
