//! Shared pieces of the Rust integration tests: a SQLite-backed WHMCS host and params builders.
#![allow(dead_code)]

pub mod faults;
pub mod hostile;
pub mod params;
pub mod plain_sim;
pub mod replies;
pub mod reshape;
pub mod sqlite_host;
