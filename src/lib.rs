//! whmcs-oxide: WHMCS server modules in Rust, shipped as the PHP extension `whmcs_oxide`.
//!
//! Layers: `whmcs` (the module contract, plain Rust), `http` (one transport for every panel),
//! `modules` (one folder per panel), and `php` — the only code that touches ext-php-rs, built
//! with the `php` feature.

pub mod http;
pub mod modules;
pub mod secret;
pub mod whmcs;

#[cfg(feature = "php")]
mod php;

/// Build facts shown by phpinfo.
pub mod build_info {
    pub const VERSION: &str = env!("CARGO_PKG_VERSION");
    pub const GIT_REVISION: &str = env!("OXIDE_GIT_REVISION");
    /// SOURCE_DATE_EPOCH or the commit's date, never the wall clock (see build.rs).
    pub const BUILD_DATE: &str = env!("OXIDE_BUILD_DATE");
    /// The oldest glibc the binary loads on.
    pub const GLIBC_BASELINE: &str = env!("OXIDE_GLIBC_BASELINE");
    pub const TARGET: &str = env!("OXIDE_TARGET");
}
