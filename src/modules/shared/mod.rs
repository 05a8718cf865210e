//! Pieces every module uses.

pub mod adopt;
pub mod answer;
pub mod both;
pub mod call_log;
pub mod domain;
pub mod drift;
pub mod fanout;
pub mod figure;
pub mod link;
pub mod list_stream;
pub mod listing;
pub mod log_text;
pub mod mail_form;
pub mod meter;
pub mod names;
pub mod number;
pub mod plain_http;
pub mod random;
pub mod service;
pub mod skipped;
pub mod template;
pub mod usage;
