//! The WHMCS service a lifecycle call is about, validated.

use crate::modules::shared::domain;
use crate::whmcs::params::ClientDetails;
use crate::whmcs::Params;

use super::error::HestiaError;

#[derive(Debug, Clone)]
pub struct Service {
    pub id: i64,
    pub client: ClientDetails,
    /// Normalised (punycode, no `www.`), `None` when the service has no domain.
    pub domain: Option<String>,
    /// The username WHMCS holds for the service (may be empty before the first create).
    pub username: String,
    pub password: String,
}

impl Service {
    pub fn from_params(p: &Params) -> Result<Self, HestiaError> {
        let id = p.service_id().ok_or_else(|| {
            HestiaError::Input(
                "no service id in the parameters; run this from a WHMCS service".into(),
            )
        })?;
        let raw_domain = p.domain();
        let domain = if raw_domain.is_empty() {
            None
        } else {
            Some(domain::normalize(&raw_domain).map_err(|e| HestiaError::Input(e.to_string()))?)
        };
        Ok(Service {
            id,
            client: p.client(),
            domain,
            username: p.username(),
            password: p.password(),
        })
    }

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
