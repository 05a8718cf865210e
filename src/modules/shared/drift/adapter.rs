//! What a module gives the drift check: how to list one server, what plan a product means,
//! and the lifecycle functions the repair buttons reuse.

use std::time::Duration;

use crate::http::CallLog;
use crate::whmcs::module_spec::Handler;
use crate::whmcs::{Call, Failure, Params};

use super::account::Listing;
use super::compare::PlanMatches;

/// Lists one server on a worker thread (it must not touch WHMCS), logging into `log`.
pub type Lister = Box<dyn Fn(&dyn CallLog) -> Result<Listing, String> + Send + Sync>;

pub struct Adapter {
    /// Reads the call's server settings on the calling thread; every answer waits at most
    /// the given time.
    pub lister: fn(&Call<'_>, Duration) -> Result<Lister, Failure>,
    /// The package a product's services should be on, from the product's settings
    /// (`configoptionN`, `pid`); `None`: not compared.
    pub expected_plan: fn(&Params) -> Option<String>,
    pub plan_matches: PlanMatches,
    /// The module's own SuspendAccount / UnsuspendAccount ("already so" is success).
    pub suspend: Handler,
    pub unsuspend: Handler,
    /// The module's package (re-)application, e.g. ChangePackage (idempotent).
    pub reapply_package: Handler,
    /// Whether "Drift: re-apply package" is listed (not when the module has such a button
    /// of its own, or compares no package).
    pub package_button: bool,
    /// Whether renamed accounts can be found (and "Drift: re-link renamed account" listed).
    pub relink_button: bool,
}
