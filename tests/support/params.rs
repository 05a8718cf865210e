//! Builders for WHMCS `$params` as the Rust tests need them.

use whmcs_oxide::whmcs::{Array, Params};

/// Server fields pointing at a simulator.
pub fn server(port: u16, access_hash: &str) -> Array {
    Array::new()
        .with("server", true)
        .with("serverid", 1)
        .with("serverip", "127.0.0.1")
        .with("serverhostname", "127.0.0.1")
        .with("serverusername", "admin")
        .with("serverpassword", "")
        .with("serveraccesshash", access_hash)
        .with("serversecure", true)
        .with("serverport", i64::from(port))
}

pub fn params(a: Array) -> Params {
    Params::new(a)
}
