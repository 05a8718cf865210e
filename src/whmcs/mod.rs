//! The WHMCS server-module contract in plain Rust: params, settings, results, the Host
//! interface and dispatch. Nothing here knows about PHP's C API.

pub mod call;
pub mod client_facing;
pub mod clock;
pub mod config_option;
pub mod dispatch;
pub mod function;
pub mod host;
pub mod html;
pub mod lang;
pub mod message;
pub mod metadata;
pub mod module_spec;
pub mod params;
pub mod reply;
pub mod schema;
pub mod server;
pub mod service_guard;
pub mod tables;
pub mod value;

pub use call::Call;
pub use config_option::{ConfigOption, ConfigOptions, FieldType};
pub use function::Shape;
pub use host::{Host, HostError, Input, LogEntry, Row};
pub use lang::Lang;
pub use metadata::MetaData;
pub use module_spec::{Failure, FunctionSpec, ModuleSpec};
pub use params::Params;
pub use reply::Reply;
pub use server::ServerParams;
pub use value::{Array, Key, Value};
