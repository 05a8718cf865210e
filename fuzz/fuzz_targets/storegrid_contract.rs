//! The StoreGrid contract readers: an account record (with its MCAL, throttling and report
//! settings) and the server information, from any JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whmcs_oxide::modules::storegrid::contract::{Account, ServerInfo};

fuzz_target!(|data: &[u8]| {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let _ = Account::from_json(&json);
    let _ = ServerInfo::from_json(&json);
    if let Some(items) = json.as_array() {
        for item in items {
            let _ = Account::from_json(item);
        }
    }
});
