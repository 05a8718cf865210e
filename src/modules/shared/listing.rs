//! The end of every ListAccounts: the accounts WHMCS imports, and the records left out.

use crate::whmcs::{Array, Call, Reply, Value};

use super::skipped::Skipped;

/// `['success' => true, 'accounts' => […]]`; with records skipped, also `skipped` (the
/// summary) and a module-log line naming every one, so an import never silently misses one.
pub fn reply(call: &Call<'_>, accounts: Vec<Array>, skipped: &Skipped, noun: &str) -> Reply {
    let mut list = Array::new();
    for a in accounts {
        list.push(a);
    }
    let mut out = Array::new().with("accounts", Value::Array(list));
    if let Some(summary) = skipped.summary(noun) {
        call.log("ListAccounts", "", &format!("skipped:\n{}", skipped.all()));
        out.set("skipped", summary);
    }
    Reply::ok_array(out)
}
