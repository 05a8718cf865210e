//! `oxide_cpanel`: WHMCS server module for cPanel & WHM through WHM API 1, covering the
//! seed's integration functions (../shared/seeds/cpanel-integration-functions.txt).

pub mod account;
pub mod account_name;
pub mod add_details;
pub mod adopt;
pub mod api;
pub mod bandwidth;
pub mod change_package;
pub mod client_area;
pub mod connection;
pub mod create;
pub mod credentials;
pub mod dedicated_ip;
pub mod drift;
pub mod error;
pub mod hosting;
pub mod limits;
pub mod mailbox;
pub mod manage;
pub mod metrics;
pub mod packages;
pub mod product;
pub mod reseller;
pub mod service;
pub mod settings;
pub mod shortcuts;
pub mod sso;
pub mod traffic;
pub mod usage;
pub mod username;
pub mod views;

use crate::whmcs::{Call, Failure, MetaData, ModuleSpec, Reply, Shape};

pub const NAME: &str = "oxide_cpanel";

use crate::whmcs::module_spec::{client_function, function as f, service_button};

/// Every string a client (and the service tab) sees, in English; see docs/lang.md.
pub const ENGLISH: &str =
    include_str!("../../../php/modules/servers/oxide_cpanel/lang/english.php");

pub static SPEC: ModuleSpec = ModuleSpec {
    name: NAME,
    english: ENGLISH,
    display_name: "cPanel/WHM",
    functions: &[
        f("MetaData", Shape::StaticArray, metadata, "Module metadata for WHMCS."),
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
            "Checks address, certificate and token; reports the cPanel version and missing privileges.",
        ),
        f(
            "LoadPackages",
            Shape::Loader,
            connection::load_packages,
            "Loader: the server's WHM packages (listpkgs).",
        ),
        f(
            "CreateAccount",
            Shape::Status,
            create::create_account,
            "createacct, then the add-on limits (modifyacct); safe to retry.",
        ),
        f(
            "SuspendAccount",
            Shape::Status,
            manage::suspend,
            "suspendacct with the WHMCS suspension reason.",
        ),
        f(
            "UnsuspendAccount",
            Shape::Status,
            manage::unsuspend,
            "unsuspendacct.",
        ),
        f(
            "TerminateAccount",
            Shape::Status,
            manage::terminate,
            "removeacct (the dedicated IP goes with it); already gone is success.",
        ),
        f(
            "ChangePassword",
            Shape::Status,
            manage::change_password,
            "passwd.",
        ),
        f(
            "ChangePackage",
            Shape::Status,
            change_package::change_package,
            "changepackage, then the add-on limits again.",
        ),
        f(
            "UsageUpdate",
            Shape::Status,
            usage::usage_update,
            "Disk and bandwidth into tblhosting; monthly traffic accounting.",
        ),
        f(
            "MetricUsage",
            Shape::Page,
            metrics::metric_usage,
            "Usage-billing figures of every account of the server (lib/MetricsProvider.php).",
        ),
        f(
            "LoadAclLists",
            Shape::Loader,
            connection::load_acl_lists,
            "Loader: the server's saved reseller ACL lists (listacls).",
        ),
        f(
            "ClientAreaCustomButtonArray",
            Shape::StaticArray,
            sso::client_buttons,
            "Client buttons: Webmail, and WHM for a reseller.",
        ),
        f(
            "ClientAreaAllowedFunctions",
            Shape::StaticArray,
            client_allowed,
            "Client functions without a button: the quick e-mail form's CreateEmailAccount.",
        ),
        client_function(
            mailbox::FUNCTION,
            Shape::Status,
            mailbox::create_email_account,
            "Client area (form POST email_prefix, email_pw, email_quota): a mailbox through UAPI Email::add_pop.",
        ),
        client_function(
            "WebmailLogin",
            Shape::Page,
            sso::webmail_login,
            "Client button: logs in to Webmail (create_user_session webmaild).",
        ),
        client_function(
            "WhmLogin",
            Shape::Page,
            sso::reseller_whm_login,
            "Client button (Reseller Hosting): logs in to WHM as the reseller.",
        ),
        f(
            "ListAccounts",
            Shape::SuccessError,
            usage::list_accounts,
            "Accounts on the server, for server sync.",
        ),
        f(
            "ServiceSingleSignOn",
            Shape::SuccessErrorMsg,
            sso::service_sso,
            "Logs the client in to cPanel (create_user_session cpaneld).",
        ),
        f(
            "AdminSingleSignOn",
            Shape::SuccessErrorMsg,
            sso::admin_sso,
            "Logs staff in to WHM (create_user_session whostmgrd).",
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
            client_area::client_area,
            "Usage bars, limits, quick shortcuts into cPanel (single sign-on), logins and the quick e-mail form.",
        ),
        f(
            "AdminLink",
            Shape::Html,
            views::admin_link,
            "A link to WHM's login page for the server list.",
        ),
        f(
            "AdminCustomButtonArray",
            Shape::StaticArray,
            drift::admin_buttons,
            "Admin buttons.",
        ),
        service_button(
            "ReapplyAddons",
            change_package::reapply_addons,
            "Admin button: apply the add-on limits again.",
        ),
    ],
    shared: &drift::FUNCTIONS,
    settings_check: Some(adopt::settings_check),
};

fn metadata(_: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::Value(
        MetaData {
            display_name: "cPanel/WHM (whmcs-oxide)",
            requires_server: true,
            default_non_ssl_port: Some(api::PLAIN_PORT),
            default_ssl_port: Some(api::SECURE_PORT),
            service_sso_label: Some("Log in to cPanel"),
            admin_sso_label: Some("Log in to WHM"),
            list_accounts_unique_identifier_field: Some("username"),
            list_accounts_unique_identifier_display_name: Some("Username"),
            list_accounts_product_field: Some("configoption1"),
        }
        .to_value(),
    ))
}

fn client_allowed(_: &Call<'_>) -> Result<Reply, Failure> {
    let mut list = crate::whmcs::Array::new();
    list.push(mailbox::FUNCTION);
    Ok(Reply::array(list))
}

fn config_options(_: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::Value(settings::definitions().to_value()))
}
