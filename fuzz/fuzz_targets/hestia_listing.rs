//! The HestiaCP file manager's parser of `v-list-fs-directory` output.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whmcs_oxide::modules::hestiacp::filemanager::listing::Entry;

fuzz_target!(|data: &[u8]| {
    let _ = Entry::parse_all(&String::from_utf8_lossy(data));
});
