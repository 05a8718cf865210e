//! `oxide_storegrid`: WHMCS server module and action hooks for a backup server (Vembu
//! StoreGrid SP edition): reseller/customer signup with every setting of the vendor's module,
//! activation, pass key, usage. The web-console API is this module's assumption
//! (`contract.rs`, docs/oxide_storegrid.md).

pub mod account_name;
pub mod api;
pub mod change_package;
pub mod client_field;
pub mod clock_time;
pub mod connection;
pub mod contact;
pub mod contract;
pub mod create;
pub mod drift;
pub mod email;
pub mod error;
pub mod hook_source;
pub mod hooks;
pub mod manage;
pub mod pass_key;
pub mod password;
pub mod product;
pub mod provision;
pub mod service;
pub mod settings;
pub mod size;
pub mod usage;
pub mod views;

use crate::whmcs::{Call, Failure, MetaData, ModuleSpec, Reply, Shape};

pub const NAME: &str = "oxide_storegrid";

use crate::whmcs::module_spec::{function as f, service_button};

/// Every string a client (and the service tab) sees, in English; see docs/lang.md.
pub const ENGLISH: &str =
    include_str!("../../../php/modules/servers/oxide_storegrid/lang/english.php");

pub static SPEC: ModuleSpec = ModuleSpec {
    name: NAME,
    english: ENGLISH,
    display_name: "Backup Server (StoreGrid)",
    functions: &[
        f(
            "MetaData",
            Shape::StaticArray,
            metadata,
            "Module metadata for WHMCS.",
        ),
        f(
            "ConfigOptions",
            Shape::StaticArray,
            config_options,
            "Product settings (configoption1..21).",
        ),
        f(
            "TestConnection",
            Shape::SuccessError,
            connection::test_connection,
            "Checks address, protocol, certificate, login and admin role.",
        ),
        f(
            "CreateAccount",
            Shape::Status,
            create::create_account,
            "Signs the client up as reseller or customer (and stores the pass key).",
        ),
        f(
            "SuspendAccount",
            Shape::Status,
            manage::suspend,
            "Deactivates the account.",
        ),
        f(
            "UnsuspendAccount",
            Shape::Status,
            manage::unsuspend,
            "Activates the account.",
        ),
        f(
            "TerminateAccount",
            Shape::Status,
            manage::terminate,
            "Deactivates the account (backups are kept).",
        ),
        f(
            "ChangePassword",
            Shape::Status,
            manage::change_password,
            "Changes the account password.",
        ),
        f(
            "ChangePackage",
            Shape::Status,
            change_package::change_package,
            "Re-applies storage, MCAL, throttling and report settings.",
        ),
        f(
            "UsageUpdate",
            Shape::Status,
            usage::usage_update,
            "Storage used and allotted into tblhosting disk fields.",
        ),
        f(
            "ListAccounts",
            Shape::SuccessError,
            usage::list_accounts,
            "Resellers and customers on the server, for server sync.",
        ),
        f(
            "AdminServicesTabFields",
            Shape::TabFields,
            drift::admin_tab,
            "Live status, storage, MCAL and throttling for staff.",
        ),
        f(
            "ClientArea",
            Shape::ClientArea,
            views::client_area,
            "Status, storage and MCAL for the client.",
        ),
        f(
            "AdminCustomButtonArray",
            Shape::StaticArray,
            drift::admin_buttons,
            "Admin buttons.",
        ),
        f(
            "RetrievePassKey",
            Shape::Status,
            views::retrieve_pass_key,
            "Admin button: store the customer's pass key in the client custom field again.",
        ),
        service_button(
            "ReapplySettings",
            change_package::change_package,
            "Admin button: apply the product's settings to the account again.",
        ),
        f(
            "HookSignup",
            Shape::Status,
            hooks::hook_signup,
            "Called by hooks.php on ClientAdd/AcceptOrder; logs failures, never throws.",
        ),
    ],
    shared: &drift::FUNCTIONS,
    settings_check: None,
};

fn metadata(_: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::Value(
        MetaData {
            display_name: "Backup Server — StoreGrid (whmcs-oxide)",
            requires_server: true,
            default_non_ssl_port: Some(contract::DEFAULT_HTTP_PORT),
            default_ssl_port: Some(contract::DEFAULT_HTTPS_PORT),
            list_accounts_unique_identifier_field: Some("username"),
            list_accounts_unique_identifier_display_name: Some("Account name"),
            list_accounts_product_field: Some("configoption1"),
            ..MetaData::default()
        }
        .to_value(),
    ))
}

fn config_options(_: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::Value(settings::definitions().to_value()))
}
