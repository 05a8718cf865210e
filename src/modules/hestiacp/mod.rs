//! `oxide_hestiacp`: WHMCS server module for HestiaCP.

pub mod account_name;
pub mod add_user;
pub mod adopt;
pub mod api;
pub mod change_package;
pub mod concurrent;
pub mod connection;
pub mod create;
pub mod credentials;
pub mod deploy;
pub mod domain_setup;
pub mod drift;
pub mod error;
pub mod exit_code;
pub mod filemanager;
pub mod mail_account;
pub mod manage;
pub mod package_spec;
pub mod password;
pub mod product;
pub mod service;
pub mod settings;
pub mod tmp_file;
pub mod usage;
pub mod user;
pub mod user_list;
pub mod username;
pub mod views;

use crate::whmcs::{Call, Failure, MetaData, ModuleSpec, Reply, Shape};

pub const NAME: &str = "oxide_hestiacp";

use crate::whmcs::module_spec::{function as f, service_button};

/// Every string a client (and the service tab) sees, in English; see docs/lang.md.
pub const ENGLISH: &str =
    include_str!("../../../php/modules/servers/oxide_hestiacp/lang/english.php");

pub static SPEC: ModuleSpec = ModuleSpec {
    name: NAME,
    english: ENGLISH,
    display_name: "HestiaCP",
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
            "Product settings (configoption1..24).",
        ),
        f(
            "TestConnection",
            Shape::SuccessError,
            connection::test_connection,
            "Checks address, certificate, key and its permissions.",
        ),
        f(
            "LoadPackages",
            Shape::Loader,
            connection::load_packages,
            "Loader: the server's packages.",
        ),
        f(
            "CreateAccount",
            Shape::Status,
            create::create_account,
            "Creates the account (and custom package, domain, certificate).",
        ),
        f(
            "SuspendAccount",
            Shape::Status,
            manage::suspend,
            "Suspends the account.",
        ),
        f(
            "UnsuspendAccount",
            Shape::Status,
            manage::unsuspend,
            "Unsuspends the account.",
        ),
        f(
            "TerminateAccount",
            Shape::Status,
            manage::terminate,
            "Deletes the account.",
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
            "Applies the product's package.",
        ),
        f(
            "UsageUpdate",
            Shape::Status,
            usage::usage_update,
            "Disk and bandwidth usage into tblhosting.",
        ),
        f(
            "ListAccounts",
            Shape::SuccessError,
            usage::list_accounts,
            "Accounts on the server, for server sync.",
        ),
        f(
            "AdminServicesTabFields",
            Shape::TabFields,
            drift::admin_tab,
            "Live account summary for staff.",
        ),
        f(
            "ClientArea",
            Shape::ClientArea,
            views::client_area,
            "Usage bars, shortcuts to the panel, quick mail account form.",
        ),
        f(
            "LoginLink",
            Shape::Html,
            views::login_link,
            "A link to the panel (HestiaCP has no SSO).",
        ),
        f(
            "AdminCustomButtonArray",
            Shape::StaticArray,
            drift::admin_buttons,
            "Admin buttons.",
        ),
        service_button(
            "IssueSsl",
            views::issue_ssl,
            "Admin button: issue the web domain's Let's Encrypt certificate.",
        ),
        service_button(
            "ReapplyPackage",
            views::reapply_package,
            "Admin button: deploy and apply the package again.",
        ),
        f(
            "ClientAreaCustomButtonArray",
            Shape::StaticArray,
            filemanager::client_buttons,
            "Client button: File Manager.",
        ),
        f(
            "ClientAreaAllowedFunctions",
            Shape::StaticArray,
            filemanager::client_allowed,
            "Client-callable functions: FileManager and its JSON endpoint.",
        ),
        f(
            mail_account::FUNCTION,
            Shape::Status,
            mail_account::create_email_account,
            "Client function: create a mail account on the service's domain (v-add-mail-account).",
        ),
        f(
            "FileManager",
            Shape::Page,
            filemanager::page,
            "Client page: the file manager of an Active service.",
        ),
        f(
            "FileManagerAction",
            Shape::SuccessError,
            filemanager::action,
            "One file-manager action (called by filemanager.php, not by clients).",
        ),
    ],
    shared: &drift::FUNCTIONS,
    settings_check: Some(adopt::settings_check),
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
