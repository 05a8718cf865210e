//! `oxide_hestiacp`: WHMCS server module for HestiaCP.

pub mod api;
pub mod connection;
pub mod credentials;
pub mod error;
pub mod exit_code;
pub mod settings;

use crate::whmcs::{Call, Failure, FunctionSpec, MetaData, ModuleSpec, Reply, Shape};

pub const NAME: &str = "oxide_hestiacp";

pub static SPEC: ModuleSpec = ModuleSpec {
    name: NAME,
    display_name: "HestiaCP",
    functions: &[
        FunctionSpec {
            name: "MetaData",
            shape: Shape::StaticArray,
            handler: metadata,
            doc: "Module metadata for WHMCS.",
        },
        FunctionSpec {
            name: "ConfigOptions",
            shape: Shape::StaticArray,
            handler: config_options,
            doc: "Product settings (configoption1..24).",
        },
        FunctionSpec {
            name: "TestConnection",
            shape: Shape::SuccessError,
            handler: connection::test_connection,
            doc: "Checks address, certificate, access key and its permissions; reports the HestiaCP version.",
        },
        FunctionSpec {
            name: "LoadPackages",
            shape: Shape::Loader,
            handler: connection::load_packages,
            doc: "Loader for the package dropdown: the server's packages.",
        },
    ],
};

fn metadata(_: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::Value(
        MetaData {
            display_name: "HestiaCP (whmcs-oxide)",
            requires_server: true,
            default_non_ssl_port: Some(api::DEFAULT_PORT),
            default_ssl_port: Some(api::DEFAULT_PORT),
            list_accounts_unique_identifier_field: Some("username"),
            list_accounts_unique_identifier_display_name: Some("Username"),
            list_accounts_product_field: Some("configoption1"),
            ..MetaData::default()
        }
        .to_value(),
    ))
}

fn config_options(_: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::Value(settings::definitions().to_value()))
}
