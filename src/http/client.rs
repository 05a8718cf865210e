//! One HTTP client per process and TLS setting, created on first use.
//!
//! PHP-FPM and Apache prefork load the extension once and then fork workers. A client built
//! before the fork carries a runtime thread that does not exist in the child, so nothing is
//! built at load time, and clients are keyed by process id: a child that finds its parent's
//! clients leaks them (dropping would wait on a thread that is not there) and builds its own.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use once_cell::sync::Lazy;
use reqwest::blocking::Client;

use super::error::HttpError;
use super::pin::{Fingerprint, PanelVerifier};

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct ClientKey {
    pin: Option<Fingerprint>,
    connect_timeout_ms: u128,
}

struct ClientCache {
    pid: u32,
    clients: HashMap<ClientKey, Client>,
}

static CACHE: Lazy<Mutex<ClientCache>> = Lazy::new(|| {
    Mutex::new(ClientCache {
        pid: std::process::id(),
        clients: HashMap::new(),
    })
});

/// The client for this process and TLS setting.
pub fn client_for(
    pin: Option<Fingerprint>,
    connect_timeout: Duration,
) -> Result<Client, HttpError> {
    let key = ClientKey {
        pin,
        connect_timeout_ms: connect_timeout.as_millis(),
    };
    // A panic while holding the lock cannot leave the map inconsistent, so a poisoned lock is
    // still usable.
    let mut cache = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    let pid = std::process::id();
    if cache.pid != pid {
        let inherited = std::mem::take(&mut cache.clients);
        std::mem::forget(inherited);
        cache.pid = pid;
    }
    if let Some(c) = cache.clients.get(&key) {
        return Ok(c.clone());
    }
    let client = build(pin, connect_timeout)?;
    cache.clients.insert(key, client.clone());
    Ok(client)
}

/// Clients built by this process so far (for phpinfo and tests).
pub fn clients_in_process() -> usize {
    let cache = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    if cache.pid == std::process::id() {
        cache.clients.len()
    } else {
        0
    }
}

fn build(pin: Option<Fingerprint>, connect_timeout: Duration) -> Result<Client, HttpError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = PanelVerifier::new(pin, provider.clone())?;
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| HttpError::Client(e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    Client::builder()
        .use_preconfigured_tls(tls)
        .connect_timeout(connect_timeout)
        // Per-request timeouts are set on each request; this is only the outer bound.
        .timeout(None)
        // Panel APIs never redirect legitimately; following one could send credentials elsewhere.
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .pool_idle_timeout(Duration::from_secs(50))
        .tcp_keepalive(Duration::from_secs(30))
        .user_agent(concat!("whmcs-oxide/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| HttpError::Client(e.to_string()))
}
