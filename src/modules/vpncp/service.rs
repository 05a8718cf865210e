//! The WHMCS service a call is about, validated.

use crate::modules::shared::service::service_id;
use crate::modules::shared::template::TemplateVars;
use crate::whmcs::Params;

use super::client_name;
use super::error::VpnError;

#[derive(Debug, Clone)]
pub struct Service {
    pub id: i64,
    pub client_id: i64,
    /// `tblhosting.username`: the VPN client's name once created.
    pub username: String,
    pub password: String,
    pub domain: String,
}

impl Service {
    pub fn from_params(p: &Params) -> Result<Self, VpnError> {
        let id = service_id(p)?;
        Ok(Service {
            id,
            client_id: p.client().id.unwrap_or(0),
            username: p.username(),
            password: p.password(),
            domain: p.domain(),
        })
    }

    /// What a client-name rule may use of this service; `now` as in [`TemplateVars`].
    pub fn template_vars(&self, now: Option<u64>) -> TemplateVars {
        TemplateVars {
            domain: self.domain.clone(),
            client_id: self.client_id,
            service_id: self.id,
            now,
        }
    }

    /// The VPN client's name of a service that was created (every call but create).
    pub fn client_name(&self) -> Result<&str, VpnError> {
        if self.username.is_empty() {
            return Err(VpnError::Input(
                "the service has no username: its VPN client was never created".into(),
            ));
        }
        if let Some(problem) = client_name::problem(&self.username) {
            return Err(VpnError::Input(format!(
                "the service's username `{}` is not a puqVPNcp client name: it {problem}",
                self.username
            )));
        }
        Ok(&self.username)
    }
}
