//! Pieces every module uses.

pub mod call_log;
pub mod domain;
pub mod fanout;
pub mod names;
pub mod random;
pub mod template;
pub mod usage;
