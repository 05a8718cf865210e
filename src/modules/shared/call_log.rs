//! Module calls log their HTTP exchanges through WHMCS's module log.

use crate::http::CallLog;
use crate::whmcs::{Call, LogEntry};

impl CallLog for Call<'_> {
    fn log_exchange(&self, action: &str, request: &str, response: &str, secrets: &[String]) {
        let mut all = self.secrets();
        for s in secrets {
            crate::secret::push(&mut all, s);
        }
        self.host.log_call(&LogEntry {
            module: self.module,
            action,
            request,
            response,
            processed: "",
            secrets: &all,
        });
    }
}
