//! The shared reader of a panel's numbers (`modules::shared::number`), under every rule: never
//! a panic, every amount fits a WHMCS integer column, a refused value is named inertly (no
//! line break, no markup) and shortened.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whmcs_oxide::modules::shared::number::{read, read_text, read_with_unit, Reading, Rule};

const RULES: [Rule; 4] = [
    Rule::COUNT,
    Rule::SIZE,
    Rule::SIZE.unlimited_as(&["unlimited"]).zero_as(&["none"]),
    Rule::COUNT.unlimited_as(&["unlimited"]).zero_unlimited(),
];
const UNITS: &[(&str, f64)] = &[("K", 1.0 / 1024.0), ("M", 1.0), ("G", 1024.0), ("T", 1048576.0)];

fn check(r: &Reading) {
    match r {
        Reading::Amount(n) => assert!(*n <= i64::MAX as u64, "{n}"),
        Reading::Refused { value, .. } => {
            assert!(!value.contains('\n') && !value.contains('<'), "{value}");
            assert!(value.chars().count() <= 40 * 10 + 3, "{value}");
        }
        Reading::Absent | Reading::Unlimited => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for rule in RULES {
        check(&read_text(&text, rule));
        check(&read_with_unit(&text, UNITS, rule));
        if let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) {
            check(&read(Some(&json), rule));
        }
    }
});
