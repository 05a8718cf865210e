//! One HTTP transport for every module: per-process clients, timeouts, certificate pinning,
//! and logging of every exchange with secrets masked.

pub mod basic_auth;
pub mod client;
pub mod endpoint;
pub mod error;
pub mod pin;
pub mod request;
pub mod response;
pub mod stream;
pub mod transport;

pub use endpoint::Endpoint;
pub use error::HttpError;
pub use pin::Fingerprint;
pub use request::{Method, Request};
pub use response::Response;
pub use transport::{CallLog, Transport};

/// The TLS stack, for phpinfo.
pub const TLS_BACKEND: &str = "rustls 0.23 (ring), WebPKI roots or SHA-256 certificate pin";
