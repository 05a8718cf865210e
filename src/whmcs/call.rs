//! The context of one module function call.

use std::cell::RefCell;

use super::host::{Host, LogEntry};
use super::params::Params;

pub struct Call<'a> {
    pub module: &'static str,
    pub function: &'static str,
    pub params: Params,
    pub host: &'a dyn Host,
    secrets: RefCell<Vec<String>>,
}

impl<'a> Call<'a> {
    pub fn new(
        module: &'static str,
        function: &'static str,
        params: Params,
        host: &'a dyn Host,
    ) -> Self {
        let secrets = params.secrets();
        Call {
            module,
            function,
            params,
            host,
            secrets: RefCell::new(secrets),
        }
    }

    /// Registers a value that must never be logged or returned (e.g. a generated password).
    pub fn add_secret(&self, secret: &str) {
        crate::secret::push(&mut self.secrets.borrow_mut(), secret);
    }

    pub fn secrets(&self) -> Vec<String> {
        self.secrets.borrow().clone()
    }

    /// A module-log entry that is not an HTTP exchange (e.g. a decision the module made).
    pub fn log(&self, action: &str, request: &str, response: &str) {
        self.log_masked(action, request, response, &[]);
    }

    /// The one way into the module log: the call's secrets and `extra` ones, each in every
    /// form it can take there ([`crate::secret::masking_list`]), become WHMCS's `replaceVars`.
    pub fn log_masked(&self, action: &str, request: &str, response: &str, extra: &[String]) {
        let mut all = self.secrets();
        for s in extra {
            crate::secret::push(&mut all, s);
        }
        let masks = crate::secret::masking_list(&all);
        self.host.log_call(&LogEntry {
            module: self.module,
            action,
            request,
            response,
            processed: "",
            secrets: &masks,
        });
    }
}
