//! The product settings (ConfigOptions) of `oxide_storegrid`, in `configoptionN` order.
//!
//! The seed's module fields, minus the five that belong to the WHMCS server record (protocol =
//! the Secure tick, hostname, port, admin username and password), plus three of this module's
//! own: the pass-key field name, the account-name rule and the action-hook points.

use crate::whmcs::{ConfigOption, ConfigOptions};

pub const ACTION: &str = "Action";
pub const RESELLER_NAME: &str = "Reseller Name";
pub const ACTIVATION: &str = "Activation Status";
pub const AUTO_AUTHORIZATION: &str = "Auto Authorization";
pub const STORAGE_ALLOTTED: &str = "Storage Allotted";
pub const STORAGE_LOCATION: &str = "Storage Location";
pub const REPORT: &str = "Enable Consolidated Report";
pub const REPORT_EMAIL: &str = "Consolidated Report Email";
pub const AUTO_MCAL: &str = "Is Auto MCAL";
pub const ALLOT_MCAL: &str = "Allot MCAL";
pub const THROTTLING: &str = "Bandwidth Throttling";
pub const ENABLE_THROTTLE: &str = "Enable Throttle";
pub const THROTTLE_SETTINGS: &str = "Throttle Settings";
pub const THROTTLE_FROM: &str = "Throttle From";
pub const THROTTLE_TILL: &str = "Throttle Till";
pub const RESTRICTED_RATE: &str = "Restricted Rate";
pub const SEND_MAIL: &str = "Send Mail";
pub const RETRIEVE_PASS_KEY: &str = "Retrieve Customer Pass Key";
pub const PASS_KEY_FIELD: &str = "Pass Key Field";
pub const NAME_RULE: &str = "Account Name Rule";
pub const HOOKS: &str = "Action Hooks";

/// Dropdown values (stored in `tblproducts.configoptionN`).
pub const SIGNUP_RESELLER: &str = "Signup Reseller";
pub const SIGNUP_CUSTOMER: &str = "Signup Customer";
pub const GLOBAL_CONFIGURATION: &str = "Global Configuration";
pub const NEW_CONFIGURATION: &str = "New Configuration";
pub const ALWAYS: &str = "Always Throttle";
pub const AT_SPECIFIED_TIME: &str = "Throttle only at specified time";
pub const HOOKS_NONE: &str = "none";
pub const HOOKS_CLIENT_ADD: &str = "ClientAdd";
pub const HOOKS_ACCEPT_ORDER: &str = "AcceptOrder";
pub const HOOKS_BOTH: &str = "ClientAdd,AcceptOrder";

/// The client custom field the seed stores the pass key in.
pub const DEFAULT_PASS_KEY_FIELD: &str = "Pass Key";

fn same(v: &'static str) -> (&'static str, &'static str) {
    (v, v)
}

pub fn definitions() -> ConfigOptions {
    ConfigOptions::new(vec![
        ConfigOption::dropdown(ACTION, &[same(SIGNUP_RESELLER), same(SIGNUP_CUSTOMER)], SIGNUP_CUSTOMER)
            .describe("add the client to the backup server as a reseller or as a customer"),
        ConfigOption::text(RESELLER_NAME, 25, "")
            .describe("customers are created under this reseller (required for Signup Customer)"),
        ConfigOption::yes_no(ACTIVATION, true).describe("create the account active"),
        ConfigOption::yes_no(AUTO_AUTHORIZATION, true)
            .describe("authorize backup clients automatically when they first connect"),
        ConfigOption::text(STORAGE_ALLOTTED, 20, "10737418240")
            .describe("bytes (or e.g. <code>500 GB</code>); 0 = no limit; a configurable option “Storage Allotted” (e.g. <code>100 GB</code>) overrides it"),
        ConfigOption::text(STORAGE_LOCATION, 30, "")
            .describe("absolute path on the backup server; empty: the server chooses"),
        ConfigOption::yes_no(REPORT, false).describe("customers only"),
        ConfigOption::text(REPORT_EMAIL, 40, "")
            .describe("report recipients, comma-separated (customers only)"),
        ConfigOption::yes_no(AUTO_MCAL, true).describe("allocate MCALs automatically"),
        ConfigOption::text(ALLOT_MCAL, 6, "")
            .describe("MCALs when not automatic; a configurable option “Allot MCAL” overrides it"),
        ConfigOption::dropdown(
            THROTTLING,
            &[same(GLOBAL_CONFIGURATION), same(NEW_CONFIGURATION)],
            GLOBAL_CONFIGURATION,
        )
        .describe("Global: inherit the server's (resellers) or the reseller's (customers) throttling"),
        ConfigOption::yes_no(ENABLE_THROTTLE, false).describe("New Configuration only"),
        ConfigOption::dropdown(THROTTLE_SETTINGS, &[same(ALWAYS), same(AT_SPECIFIED_TIME)], ALWAYS),
        ConfigOption::text(THROTTLE_FROM, 5, "").describe("HHMM, 24-hour, e.g. <code>0130</code>"),
        ConfigOption::text(THROTTLE_TILL, 5, "").describe("HHMM, 24-hour, e.g. <code>1740</code>"),
        ConfigOption::text(RESTRICTED_RATE, 15, "")
            .describe("bytes (or e.g. <code>512 KB</code>), more than 1024 bytes and less than 9999 GB; required when throttling"),
        ConfigOption::yes_no(SEND_MAIL, false)
            .describe("the backup server mails the new account its details"),
        ConfigOption::yes_no(RETRIEVE_PASS_KEY, false)
            .describe("customers only: store the pass key in the client custom field below (for the welcome e-mail)"),
        ConfigOption::text(PASS_KEY_FIELD, 20, DEFAULT_PASS_KEY_FIELD)
            .describe("client custom field for the pass key (created when missing)")
            .advanced(),
        ConfigOption::text(NAME_RULE, 30, "")
            .describe("empty: the service's username; or a template with {client_id}, {service_id}, {domain}, {random_letter_N}, {random_digit_N}")
            .advanced(),
        ConfigOption::dropdown(
            HOOKS,
            &[
                (HOOKS_NONE, "Not used by action hooks"),
                (HOOKS_CLIENT_ADD, "Sign up every new client (ClientAdd)"),
                (HOOKS_ACCEPT_ORDER, "Sign up the client of an accepted order (AcceptOrder)"),
                (HOOKS_BOTH, "Both ClientAdd and AcceptOrder"),
            ],
            HOOKS_NONE,
        )
        .describe("action hooks use this product's settings and a server of its server group")
        .advanced(),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_whmcs_limit_and_names_are_unique() {
        let d = definitions();
        assert_eq!(d.len(), 21);
        assert!(d.len() <= crate::whmcs::config_option::MAX_OPTIONS);
        let mut names: Vec<_> = d.iter().map(|o| o.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), d.len());
        assert_eq!(d.position(ACTION), Some(1));
    }
}
