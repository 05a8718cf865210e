//! The WHMCS service a lifecycle call is about, read from `$params` the one way every module
//! reads it: a service id is required; the domain, where a module uses it, is normalised.

use std::fmt;
use std::marker::PhantomData;

use crate::modules::shared::domain::{self, DomainError};
use crate::whmcs::params::ClientDetails;
use crate::whmcs::Params;

/// Why `$params` do not describe a service the module can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ServiceError {
    #[error("no service id in the parameters; run this from a WHMCS service")]
    NoServiceId,
    #[error("the service's {0}")]
    Domain(#[from] DomainError),
}

/// The service's id (`serviceid`), which every call about a service needs.
pub fn service_id(p: &Params) -> Result<i64, ServiceError> {
    p.service_id().ok_or(ServiceError::NoServiceId)
}

/// A web-hosting service (an account with a main domain). `E` is the module's error type: each
/// module adds its own checks (username rules, contact e-mail) in an `impl Service<ItsError>`,
/// and `from_params` answers in that type.
pub struct Service<E> {
    pub id: i64,
    pub client: ClientDetails,
    /// Normalised (punycode, no `www.`); `None` when the service has no domain.
    pub domain: Option<String>,
    /// The username WHMCS holds (may be empty before the first create).
    pub username: String,
    pub password: String,
    errors: PhantomData<fn() -> E>,
}

impl<E: From<ServiceError>> Service<E> {
    pub fn from_params(p: &Params) -> Result<Self, E> {
        let id = service_id(p)?;
        let raw_domain = p.domain();
        let domain = if raw_domain.is_empty() {
            None
        } else {
            Some(domain::normalize(&raw_domain).map_err(ServiceError::from)?)
        };
        Ok(Service {
            id,
            client: p.client(),
            domain,
            username: p.username(),
            password: p.password(),
            errors: PhantomData,
        })
    }
}

// By hand: derived impls would require `E: Clone` / `E: Debug` of the marker.
impl<E> Clone for Service<E> {
    fn clone(&self) -> Self {
        Service {
            id: self.id,
            client: self.client.clone(),
            domain: self.domain.clone(),
            username: self.username.clone(),
            password: self.password.clone(),
            errors: PhantomData,
        }
    }
}

impl<E> fmt::Debug for Service<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Service")
            .field("id", &self.id)
            .field("client", &self.client)
            .field("domain", &self.domain)
            .field("username", &self.username)
            .field("password", &"…")
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::whmcs::Array;

    #[derive(Debug)]
    struct Refused(String);
    impl From<ServiceError> for Refused {
        fn from(e: ServiceError) -> Self {
            Refused(e.to_string())
        }
    }

    fn params(a: Array) -> Params {
        Params::new(a)
    }

    #[test]
    fn reads_id_domain_and_credentials() {
        let p = params(
            Array::new()
                .with("serviceid", 42)
                .with("domain", "WWW.Example.COM.")
                .with("username", "ada")
                .with("password", " pw "),
        );
        let s = Service::<Refused>::from_params(&p).unwrap();
        assert_eq!(s.id, 42);
        assert_eq!(s.domain.as_deref(), Some("example.com"));
        assert_eq!((s.username.as_str(), s.password.as_str()), ("ada", " pw "));
        assert!(
            !format!("{s:?}").contains(" pw "),
            "Debug shows no password"
        );
    }

    #[test]
    fn no_id_and_bad_domain_are_named() {
        let none = Service::<Refused>::from_params(&params(Array::new())).unwrap_err();
        assert_eq!(
            none.0,
            "no service id in the parameters; run this from a WHMCS service"
        );
        let p = params(Array::new().with("serviceid", 1).with("domain", "a b.com"));
        let bad = Service::<Refused>::from_params(&p).unwrap_err();
        assert!(
            bad.0.starts_with("the service's domain `a b.com`"),
            "{}",
            bad.0
        );
        let p = params(Array::new().with("serviceid", 1));
        assert_eq!(Service::<Refused>::from_params(&p).unwrap().domain, None);
    }
}
