//! The cPanel/WHM readers of what a function's `data` holds: listaccts accounts (each
//! record, the list, disk sizes), showbw traffic and the metrics batch counts.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whmcs_oxide::modules::cpanel::{account, bandwidth, metrics};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = account::size_mb(Some(&serde_json::Value::String(text.into_owned())));
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let _ = account::PanelAccount::from_json(&json);
    let _ = account::PanelAccount::all_from("listaccts", &json);
    let _ = bandwidth::read(&json, None);
    let _ = bandwidth::read(&json, bandwidth::Month::parse("2026-02"));
    let _ = metrics::counts_of(&json);
    if let Some(items) = json.as_array() {
        for item in items {
            let _ = account::PanelAccount::from_json(item);
            let _ = metrics::counts_of(item);
        }
    }
});
