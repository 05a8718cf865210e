//! The interface every simulated panel implements; the server framework knows nothing else.

use crate::http::{Request, Response};

pub trait Panel: Send + Sync + 'static {
    /// Short name, e.g. "hestia".
    fn name(&self) -> &'static str;
    /// Fault-injection route key of a request (HestiaCP: the `cmd` value); "-" when none.
    fn route(&self, req: &Request) -> String;
    /// Answer a request (the panel's real behaviour).
    fn handle(&self, req: &Request) -> Response;
    /// What the panel answers to bad credentials (used by the `auth` fault).
    fn auth_failure(&self) -> Response;
    /// The whole simulated state, for inspection.
    fn state_json(&self) -> serde_json::Value;
    /// Seed or merge state.
    fn load_state(&self, v: &serde_json::Value) -> Result<(), String>;
    /// Back to the initial state.
    fn reset(&self);
    /// How the request authenticated, for the request log (panel-defined, e.g. "access_key").
    fn auth_kind(&self, _req: &Request) -> String {
        "none".into()
    }
    /// The request's parameters for the request log (secrets kept: tests assert on them).
    fn record_fields(&self, req: &Request) -> Vec<(String, String)> {
        req.fields()
    }
}
