//! Pieces every module uses.

pub mod call_log;
