//! A simulator over plain HTTP, in-process, for tests that start panels themselves (several
//! servers, or a panel state set up in Rust).

use std::sync::Arc;

use oxide_sim::panel::Panel;
use oxide_sim::{start, SimHandle, StartOptions};

pub fn plain_sim(panel: Arc<dyn Panel>) -> SimHandle {
    start(
        panel,
        StartOptions {
            tls: false,
            ..StartOptions::default()
        },
    )
    .expect("simulator starts")
}
