//! Certificate verification: the normal WebPKI path, or a pinned SHA-256 fingerprint.
//!
//! Panels such as HestiaCP ship self-signed certificates. Turning verification off (what most
//! PHP modules do) lets anyone on the path read the admin key; pinning the certificate's
//! fingerprint keeps the connection authenticated. Either way the presented fingerprint is
//! carried in the error so the admin is told exactly what to pin.

use std::fmt;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, OtherError, SignatureScheme};
use sha2::{Digest, Sha256};

use super::error::HttpError;

/// A SHA-256 certificate fingerprint.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub [u8; 32]);

impl Fingerprint {
    /// Accepts `AB:CD:…` (as `openssl x509 -fingerprint -sha256` prints it), plain hex, and an
    /// optional `sha256:`/`SHA256 Fingerprint=` prefix; case-insensitive.
    pub fn parse(text: &str) -> Result<Self, HttpError> {
        let t = text.trim();
        let t = t.rsplit_once('=').map_or(t, |(_, v)| v);
        let t = t
            .strip_prefix("sha256:")
            .or_else(|| t.strip_prefix("SHA256:"))
            .unwrap_or(t);
        let hex: String = t
            .chars()
            .filter(|c| !matches!(c, ':' | ' ' | '-'))
            .collect();
        if hex.len() != 64 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(HttpError::BadPin(
                "expected a SHA-256 fingerprint of 64 hex digits, e.g. AB:CD:…".to_string(),
            ));
        }
        let mut out = [0u8; 32];
        for (i, byte) in out.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16)
                .map_err(|_| HttpError::BadPin("not hexadecimal".to_string()))?;
        }
        Ok(Fingerprint(out))
    }

    pub fn of(der: &[u8]) -> Self {
        Fingerprint(Sha256::digest(der).into())
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|b| format!("{b:02X}")).collect();
        f.write_str(&parts.join(":"))
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({self})")
    }
}

/// Why a certificate was refused, carried through rustls and reqwest to our error mapping.
#[derive(Debug)]
pub enum CertRefusal {
    PinMismatch { seen: Fingerprint },
    Untrusted { seen: Fingerprint, reason: String },
}

impl fmt::Display for CertRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CertRefusal::PinMismatch { seen } => write!(f, "certificate pin mismatch (saw {seen})"),
            CertRefusal::Untrusted { seen, reason } => {
                write!(f, "untrusted certificate: {reason} (saw {seen})")
            }
        }
    }
}

impl std::error::Error for CertRefusal {}

#[derive(Debug)]
pub struct PanelVerifier {
    pin: Option<Fingerprint>,
    webpki: Arc<WebPkiServerVerifier>,
    provider: Arc<CryptoProvider>,
}

impl PanelVerifier {
    pub fn new(pin: Option<Fingerprint>, provider: Arc<CryptoProvider>) -> Result<Self, HttpError> {
        let roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        let webpki = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
            .build()
            .map_err(|e| HttpError::Client(e.to_string()))?;
        Ok(PanelVerifier {
            pin,
            webpki,
            provider,
        })
    }
}

fn refuse(r: CertRefusal) -> rustls::Error {
    rustls::Error::InvalidCertificate(CertificateError::Other(OtherError(Arc::new(r))))
}

impl ServerCertVerifier for PanelVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let seen = Fingerprint::of(end_entity.as_ref());
        match self.pin {
            // A pin names the exact certificate: chain and hostname no longer matter, which is
            // what lets a self-signed panel certificate be trusted safely.
            Some(pin) if pin == seen => Ok(ServerCertVerified::assertion()),
            Some(_) => Err(refuse(CertRefusal::PinMismatch { seen })),
            None => self
                .webpki
                .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
                .map_err(|e| {
                    refuse(CertRefusal::Untrusted {
                        seen,
                        reason: describe(&e),
                    })
                }),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

fn describe(e: &rustls::Error) -> String {
    match e {
        rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer) => {
            "issued by an unknown authority, e.g. self-signed".to_string()
        }
        rustls::Error::InvalidCertificate(CertificateError::NotValidForName)
        | rustls::Error::InvalidCertificate(CertificateError::NotValidForNameContext { .. }) => {
            "issued for a different hostname".to_string()
        }
        rustls::Error::InvalidCertificate(CertificateError::Expired)
        | rustls::Error::InvalidCertificate(CertificateError::ExpiredContext { .. }) => {
            "expired".to_string()
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_fingerprint_spellings() {
        let colon = "ab:".repeat(31) + "ab";
        let a = Fingerprint::parse(&colon).unwrap();
        let b = Fingerprint::parse(&"AB".repeat(32)).unwrap();
        let c =
            Fingerprint::parse(&format!("SHA256 Fingerprint={}", colon.to_uppercase())).unwrap();
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a.to_string(), "AB:".repeat(31) + "AB");
        assert!(Fingerprint::parse("AB:CD").is_err());
        assert!(Fingerprint::parse(&"zz".repeat(32)).is_err());
    }
}
