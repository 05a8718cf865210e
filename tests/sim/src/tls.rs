//! A fresh self-signed certificate per server, like a panel that was never given a real one.

use std::sync::Arc;

use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use sha2::{Digest, Sha256};

pub(crate) struct TlsIdentity {
    pub config: Arc<rustls::ServerConfig>,
    pub cert_der: Vec<u8>,
    pub cert_pem: String,
}

pub(crate) fn self_signed() -> std::io::Result<TlsIdentity> {
    let err = |e: String| std::io::Error::other(e);
    let ck = rcgen::generate_simple_self_signed(vec![
        "localhost".to_string(),
        "127.0.0.1".to_string(),
        "::1".to_string(),
    ])
    .map_err(|e| err(e.to_string()))?;
    let cert_der = ck.cert.der().to_vec();
    let cert_pem = ck.cert.pem();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(ck.signing_key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13, &rustls::version::TLS12])
        .map_err(|e| err(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(vec![CertificateDer::from(cert_der.clone())], key)
        .map_err(|e| err(e.to_string()))?;
    Ok(TlsIdentity {
        config: Arc::new(config),
        cert_der,
        cert_pem,
    })
}

/// SHA-256 of DER bytes as `AB:CD:…` (the `openssl x509 -fingerprint -sha256` format).
pub fn fingerprint(der: &[u8]) -> String {
    Sha256::digest(der)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}
