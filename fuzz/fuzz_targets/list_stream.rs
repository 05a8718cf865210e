//! `list_stream::read_list`, the streamed reader of every big listing: any bytes, a path
//! chosen by the first byte. It must never panic, and it must accept every answer
//! serde_json accepts (a streamed read that refused a valid listing would fail a server).
#![no_main]

use libfuzzer_sys::fuzz_target;
use whmcs_oxide::modules::shared::list_stream::read_list;

const PATHS: [&[&str]; 4] = [
    &["data", "acct"],
    &["data"],
    &[],
    &["result", "data", "list"],
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let path = PATHS[usize::from(pick) % PATHS.len()];
    let mut n = 0usize;
    let streamed = read_list(body, path, |_| n += 1);
    if serde_json::from_slice::<serde_json::Value>(body).is_ok() {
        assert!(
            streamed.is_ok(),
            "a valid JSON answer was refused: {streamed:?}"
        );
    }
});
