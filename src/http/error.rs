//! Transport errors, each worded so the admin knows what to fix.

#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("invalid server address: {0}")]
    BadAddress(String),
    #[error("invalid certificate pin: {0}")]
    BadPin(String),
    #[error("cannot connect to {addr} ({reason}); check the server's hostname, port and firewall")]
    Connect { addr: String, reason: String },
    #[error("no answer from {addr} within {secs} s")]
    Timeout { addr: String, secs: u64 },
    #[error(
        "the TLS certificate of {addr} does not match the pinned fingerprint; the server presented \
         SHA-256 {seen}. If the panel's certificate was renewed, verify it on the server and update \
         the pin line in the server's Access Hash"
    )]
    PinMismatch { addr: String, seen: String },
    #[error(
        "the TLS certificate of {addr} is not trusted ({reason}). If this is the panel's own \
         self-signed certificate, verify its fingerprint on the server and add the line \
         `pin={seen}` to the server's Access Hash (verification stays on)"
    )]
    Untrusted {
        addr: String,
        reason: String,
        seen: String,
    },
    #[error("TLS handshake with {addr} failed: {reason}")]
    Tls { addr: String, reason: String },
    #[error("the connection to {addr} broke before the answer was complete ({reason})")]
    Broken { addr: String, reason: String },
    #[error(
        "the answer from {addr} is larger than {limit_mb} MB, more than the module reads from a \
         panel; check that the server's address and port point to the panel itself"
    )]
    TooLarge { addr: String, limit_mb: u64 },
    #[error("could not set up the HTTP client: {0}")]
    Client(String),
}
