//! Simulators of the hosting panels whmcs-oxide provisions against, for tests.
//!
//! A panel (see [`Panel`]) is served over HTTPS (fresh self-signed certificate) or HTTP by
//! [`start`]; faults can be injected, requests are recorded, and a control API lets tests in
//! other processes (PHP) drive it. The `oxide-sim` binary wraps the same thing.

pub mod calendar;
mod control;
pub mod cpanel;
pub mod fault;
pub mod hestia;
pub mod hostile;
pub mod http;
mod multipart;
pub mod panel;
pub mod record;
pub mod reshape;
pub mod server;
pub mod storegrid;
pub mod tls;
pub mod vpncp;

use std::sync::Arc;

pub use fault::{Fault, FaultKind};
pub use http::{Request, Response};
pub use panel::Panel;
pub use record::RecordedRequest;
pub use server::{start, SimHandle, StartOptions};

/// Panel names the binary accepts.
pub const PANELS: &[&str] = &["hestia", "cpanel", "vpncp", "storegrid"];

/// A fresh panel by name (the binary's `--panel`).
pub fn panel_by_name(name: &str) -> Option<Arc<dyn Panel>> {
    match name {
        "hestia" | "hestiacp" => Some(Arc::new(hestia::HestiaPanel::new())),
        "cpanel" | "whm" => Some(Arc::new(cpanel::CpanelPanel::new())),
        "vpncp" | "puqvpncp" => Some(Arc::new(vpncp::VpncpPanel::new())),
        "storegrid" | "backup" => Some(Arc::new(storegrid::StoregridPanel::new())),
        // one arm per panel
        _ => None,
    }
}
