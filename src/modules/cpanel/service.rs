//! The WHMCS service a lifecycle call is about, validated.

use super::error::CpanelError;

/// The service, its checks answering in this module's error.
pub type Service = crate::modules::shared::service::Service<CpanelError>;

impl Service {
    /// cPanel accounts are built around a main domain.
    pub fn require_domain(&self) -> Result<&str, CpanelError> {
        self.domain.as_deref().ok_or_else(|| {
            CpanelError::input("the service has no domain; a cPanel account needs its main domain")
        })
    }

    /// The cPanel username of an account that exists already (every call but create).
    pub fn existing_username(&self) -> Result<String, CpanelError> {
        if self.username.is_empty() {
            return Err(CpanelError::input(
                "the service has no username: it was never created on the server",
            ));
        }
        if let Some(problem) = super::username::problem(&self.username) {
            return Err(CpanelError::input(format!(
                "the service's username `{}` {problem}",
                self.username
            )));
        }
        Ok(self.username.to_ascii_lowercase())
    }

    /// The account's contact e-mail: the client's, when it is a usable address.
    pub fn contact_email(&self) -> Result<String, CpanelError> {
        let e = self.client.email.trim();
        if e.is_empty() {
            return Ok(String::new());
        }
        let valid = e.split_once('@').is_some_and(|(local, host)| {
            !local.is_empty()
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && !e
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || c == ',')
        });
        if valid {
            Ok(e.to_string())
        } else {
            Err(CpanelError::input(format!(
                "the client's e-mail `{e}` is not a valid address; correct it in the client profile"
            )))
        }
    }

    /// A password WHM can receive: not empty, no line breaks or NUL bytes.
    pub fn check_password(password: &str) -> Result<(), CpanelError> {
        if password.is_empty() {
            return Err(CpanelError::input("the service has no password"));
        }
        if password.contains(['\n', '\r', '\0']) {
            return Err(CpanelError::input(
                "the password must not contain line breaks or NUL bytes",
            ));
        }
        Ok(())
    }
}
