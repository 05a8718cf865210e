//! The text rules: domains, name templates, certificate pins, server addresses, usernames,
//! file-manager paths, sizes and clock times.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whmcs_oxide::http::{Endpoint, Fingerprint};
use whmcs_oxide::modules::shared::{domain, template};
use whmcs_oxide::modules::{hestiacp, storegrid};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = domain::normalize(&text);
    let vars = template::TemplateVars {
        domain: "example.com".into(),
        client_id: 7,
        service_id: 42,
        now: Some(1_787_400_123),
    };
    let _ = template::expand(&text, &vars);
    let _ = Fingerprint::parse(&text);
    let _ = Endpoint::from_server(&text, None, true, 8083, None);
    let n = hestiacp::username::normalize(&text);
    assert!(hestiacp::username::problem(&n).is_none(), "normalize gave {n:?}");
    let _ = hestiacp::filemanager::path::HomePath::parse(&text, "path");
    let _ = storegrid::size::parse(&text, 1);
    let _ = storegrid::clock_time::parse(&text);
});
