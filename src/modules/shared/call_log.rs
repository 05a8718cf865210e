//! Module calls log their HTTP exchanges through WHMCS's module log.

use crate::http::CallLog;
use crate::whmcs::Call;

impl CallLog for Call<'_> {
    fn log_exchange(&self, action: &str, request: &str, response: &str, secrets: &[String]) {
        self.log_masked(action, request, response, secrets);
    }
}
