//! The WHMCS service a lifecycle call is about, validated.

use crate::modules::shared::service::service_id;
use crate::whmcs::{tables, Call, Params};

use super::account_name;
use super::contact::Contact;
use super::error::StoregridError;
use super::NAME;

#[derive(Debug, Clone)]
pub struct Service {
    pub id: i64,
    pub contact: Contact,
    pub domain: String,
    /// The username WHMCS holds for the service (empty before the first create of a product
    /// type WHMCS fills none for).
    pub username: String,
    pub password: String,
}

impl Service {
    pub fn from_params(p: &Params) -> Result<Self, StoregridError> {
        let id = service_id(p)?;
        Ok(Service {
            id,
            contact: Contact::from_params(p),
            domain: p.domain(),
            username: p.username(),
            password: p.password(),
        })
    }

    /// How a create by this service marks its account (see the contract's `external_ref`).
    pub fn external_ref(&self) -> String {
        format!("whmcs-service-{}", self.id)
    }

    /// The backup account of a service that was created: its username, else the name its
    /// create recorded.
    pub fn account_name(&self, call: &Call<'_>) -> Result<String, StoregridError> {
        let name = if self.username.is_empty() {
            tables::recorded_account(call.host, NAME, self.id)?.unwrap_or_default()
        } else {
            self.username.clone()
        };
        if name.is_empty() {
            return Err(StoregridError::Input(
                "the service has no username: it was never created on the backup server".into(),
            ));
        }
        if let Some(problem) = account_name::problem(&name) {
            return Err(StoregridError::Input(format!(
                "the service's username `{name}` {problem}, so it cannot be a backup account"
            )));
        }
        Ok(name)
    }
}
