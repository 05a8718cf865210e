//! The WHMCS service a lifecycle call is about, validated.

use super::error::HestiaError;

/// The service, its checks answering in this module's error.
pub type Service = crate::modules::shared::service::Service<HestiaError>;

impl Service {
    /// The username of an account that exists already (every call but create).
    pub fn existing_username(&self) -> Result<&str, HestiaError> {
        if self.username.is_empty() {
            return Err(HestiaError::Input(
                "the service has no username: it was never created on the panel".into(),
            ));
        }
        if let Some(problem) = super::username::problem(&self.username) {
            return Err(HestiaError::Input(format!(
                "username `{}` {problem}",
                self.username
            )));
        }
        Ok(&self.username)
    }

    /// Contact e-mail for the panel account, validated like HestiaCP does.
    pub fn contact_email(&self) -> Result<&str, HestiaError> {
        let e = self.client.email.as_str();
        let valid = e.split_once('@').is_some_and(|(local, host)| {
            !local.is_empty()
                && local
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c))
                && host.contains('.')
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-".contains(c))
                && host.rsplit('.').next().is_some_and(|tld| tld.len() >= 2)
        });
        if valid {
            Ok(e)
        } else {
            Err(HestiaError::Input(format!(
                "the client's e-mail `{e}` is not accepted by HestiaCP; correct it in the client profile"
            )))
        }
    }
}
