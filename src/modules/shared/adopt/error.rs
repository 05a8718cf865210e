//! Adoption's errors: a refusal (bad input, wrong product) or WHMCS's database.

use crate::whmcs::HostError;

#[derive(Debug, thiserror::Error)]
pub enum AdoptError {
    /// Nothing was changed; the line says why.
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Database(#[from] HostError),
}
