//! File-manager errors, worded for the hosting client (the admin detail of panel failures goes
//! to the module log, not to the client's screen).

use super::super::error::HestiaError;

#[derive(Debug, thiserror::Error)]
pub enum FmError {
    /// Bad input from the client: names the field, nothing was sent to the panel.
    #[error("{0}")]
    Input(String),
    /// Not this client's service, not active, or a path that leaves the home.
    #[error("{0}")]
    Denied(String),
    /// Refused because of a size limit.
    #[error("{0}")]
    TooLarge(String),
    /// The panel ran the command and it failed (its message is about the client's own files).
    #[error("the server could not {what}: {message}")]
    Command { what: String, message: String },
    /// Anything else from the panel connection: the client gets a generic line.
    #[error(
        "the hosting server is not reachable right now; please try again later or contact support"
    )]
    Panel(#[source] HestiaError),
}

impl FmError {
    pub fn input(msg: impl Into<String>) -> Self {
        FmError::Input(msg.into())
    }

    pub fn denied(msg: impl Into<String>) -> Self {
        FmError::Denied(msg.into())
    }

    /// Turns a panel failure into what the client sees; `what` is the attempted action
    /// ("create the folder docs").
    pub fn from_panel(e: HestiaError, what: impl Into<String>) -> Self {
        match e {
            HestiaError::Command { message, .. } => FmError::Command {
                what: what.into(),
                message,
            },
            HestiaError::Input(m) => FmError::Input(m),
            other => FmError::Panel(other),
        }
    }

    /// The machine-readable kind for the page's script.
    pub fn kind(&self) -> &'static str {
        match self {
            FmError::Input(_) => "input",
            FmError::Denied(_) => "denied",
            FmError::TooLarge(_) => "too_large",
            FmError::Command { .. } => "command",
            FmError::Panel(_) => "unavailable",
        }
    }
}
