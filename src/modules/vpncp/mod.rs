//! `oxide_vpncp`: WHMCS server module for the puqVPNcp VPN panel (v2 API).
//!
//! Seed: puqvpncp-product-configuration.txt. Product settings are one JSON document in
//! configoption24; a new client goes to the first ticked server → network pair with a free
//! licence slot and a free IP across the product's server group; bandwidth caps are pushed
//! right after the create and a client whose caps fail is deleted again; usage is read live.

pub mod admin_tab;
pub mod api;
pub mod caps;
pub mod client_area;
pub mod client_name;
pub mod connection;
pub mod create;
pub mod drift;
pub mod encode;
pub mod envelope;
pub mod error;
pub mod format;
pub mod group;
pub mod live;
pub mod manage;
pub mod placement;
pub mod product;
pub mod product_page;
pub mod selection;
pub mod server;
pub mod service;
pub mod settings;
pub mod settings_doc;
pub mod shapes;
pub mod traffic_chart;
pub mod usage;

use crate::whmcs::{Call, Failure, MetaData, ModuleSpec, Reply, Shape};

pub const NAME: &str = "oxide_vpncp";

use crate::whmcs::module_spec::{function as f, service_button};

/// Every string a client (and the service tab) sees, in English; see docs/lang.md.
pub const ENGLISH: &str = include_str!("../../../php/modules/servers/oxide_vpncp/lang/english.php");

pub static SPEC: ModuleSpec = ModuleSpec {
    name: NAME,
    english: ENGLISH,
    display_name: "puqVPNcp",
    functions: &[
        f("MetaData", Shape::StaticArray, metadata, "Module metadata for WHMCS."),
        f(
            "ConfigOptions",
            Shape::StaticArray,
            config_options,
            "Product settings: the JSON document in configoption24 and its panel (the group's networks, discovered in parallel).",
        ),
        f(
            "TestConnection",
            Shape::SuccessError,
            connection::test_connection,
            "System status, licence and networks; reports the licence slots.",
        ),
        f(
            "CreateAccount",
            Shape::Status,
            create::create_account,
            "Picks the server and network, creates the client, sets its caps (deleted again if that fails).",
        ),
        f("SuspendAccount", Shape::Status, manage::suspend, "Disables the client."),
        f("UnsuspendAccount", Shape::Status, manage::unsuspend, "Enables the client."),
        f(
            "TerminateAccount",
            Shape::Status,
            manage::terminate,
            "Deletes the client (already gone is success).",
        ),
        f(
            "ChangePassword",
            Shape::Status,
            manage::change_password,
            "Sets the client's password.",
        ),
        f(
            "ChangePackage",
            Shape::Status,
            manage::apply_caps,
            "Re-applies the bandwidth caps (product and speed options).",
        ),
        f(
            "UsageUpdate",
            Shape::Status,
            usage::usage_update,
            "This month's traffic into tblhosting.bwusage.",
        ),
        f(
            "MetricUsage",
            Shape::Page,
            usage::metric_usage,
            "Month traffic in GB for the usage-billing provider (lib/MetricsProvider.php).",
        ),
        f(
            "AdminServicesTabFields",
            Shape::TabFields,
            drift::admin_tab,
            "Live client, status and connection for staff.",
        ),
        f(
            "AdminCustomButtonArray",
            Shape::StaticArray,
            drift::admin_buttons,
            "Admin buttons.",
        ),
        service_button(
            "ReapplyCaps",
            manage::apply_caps,
            "Admin button: push the bandwidth caps again.",
        ),
        f(
            "ClientArea",
            Shape::ClientArea,
            client_area::client_area,
            "Client card, configs and QR, profiles, online status, traffic per day.",
        ),
        f(
            "ClientAreaAllowedFunctions",
            Shape::StaticArray,
            client_area::allowed_functions,
            "Client functions without a button.",
        ),
        f(
            "OneTimeLink",
            Shape::Page,
            client_area::one_time_link,
            "Client area (POST only): a one-time link to the client's configuration.",
        ),
    ],
    shared: &drift::FUNCTIONS,
    settings_check: None,
};

fn metadata(_: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::Value(
        MetaData {
            display_name: "puqVPNcp (whmcs-oxide)",
            requires_server: true,
            default_non_ssl_port: Some(server::DEFAULT_PORT),
            default_ssl_port: Some(server::DEFAULT_SECURE_PORT),
            ..MetaData::default()
        }
        .to_value(),
    ))
}

fn config_options(call: &Call<'_>) -> Result<Reply, Failure> {
    let panel = product_page::render(call);
    Ok(Reply::Value(settings::with_panel(panel).to_value()))
}
