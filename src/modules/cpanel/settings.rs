//! The product settings (ConfigOptions) of `oxide_cpanel`, in `configoptionN` order.

use crate::whmcs::{ConfigOption, ConfigOptions, FieldType};

pub const PACKAGE: &str = "WHM package";
pub const DEDICATED_IP: &str = "Dedicated IP";
pub const USERNAME_RULE: &str = "Username rule";
pub const SIZE_UNIT: &str = "Size unit of options";
pub const OPT_DISK: &str = "Option: disk space";
pub const OPT_BANDWIDTH: &str = "Option: bandwidth";
pub const OPT_EMAIL: &str = "Option: email accounts";
pub const OPT_DATABASES: &str = "Option: databases";
pub const OPT_ADDON: &str = "Option: addon domains";
pub const OPT_SUBDOMAINS: &str = "Option: subdomains";
pub const OPT_PARKED: &str = "Option: parked domains";
pub const OPT_DEDICATED_IP: &str = "Option: dedicated IP";
pub const KEEP_DNS: &str = "Keep DNS zone on terminate";
pub const RESELLER_ACL_LIST: &str = "Reseller ACL list";
pub const RESELLER_PRIVILEGES: &str = "Reseller privileges";
pub const RESELLER_ACCOUNTS: &str = "Reseller account limit";
pub const RESELLER_DISK: &str = "Reseller disk limit (MB)";
pub const RESELLER_BANDWIDTH: &str = "Reseller bandwidth limit (MB)";
pub const RESELLER_OVERSELL: &str = "Reseller overselling";
pub const RESELLER_NAMESERVERS: &str = "Reseller nameservers";
pub const RESELLER_SUSPEND_ONLY: &str = "Suspend the reseller only";
pub const RESELLER_TERMINATE_ALL: &str = "Terminate deletes all reseller's accounts";

/// The Loader (PHP name) filling "WHM package" from the server's `listpkgs`.
pub const LOAD_PACKAGES: &str = "oxide_cpanel_LoadPackages";
/// The Loader filling "Reseller ACL list" from the server's `listacls`.
pub const LOAD_ACL_LISTS: &str = "oxide_cpanel_LoadAclLists";

fn option_name(name: &'static str, default: &str) -> ConfigOption {
    ConfigOption::text(name, 25, default)
        .describe(
            "name of the configurable option that overrides the package's value for one account \
             (several names: comma-separated); empty: not used",
        )
        .advanced()
}

pub fn definitions() -> ConfigOptions {
    let mut package = ConfigOption::new(PACKAGE, FieldType::Dropdown)
        .with_loader(LOAD_PACKAGES)
        .describe("the WHM package (hosting plan) every account of this product is created on");
    package.size = Some(25);
    let mut acl_list = ConfigOption::new(RESELLER_ACL_LIST, FieldType::Dropdown)
        .with_loader(LOAD_ACL_LISTS)
        .describe(
            "Reseller Hosting: the saved WHM privilege (ACL) list given to the reseller; \
             empty: the privileges below",
        );
    acl_list.size = Some(25);
    ConfigOptions::new(vec![
        package,
        ConfigOption::yes_no(DEDICATED_IP, false)
            .describe("give each account a free dedicated IP address of the server"),
        ConfigOption::text(USERNAME_RULE, 30, "").describe(
            "empty: WHMCS's username (must follow cPanel's rules); or a template such as \
             <code>{domain}</code> or <code>web{service_id}</code> — made valid and unique",
        ),
        ConfigOption::dropdown(SIZE_UNIT, &[("MB", "MB"), ("GB", "GB")], "MB")
            .describe("unit of disk/bandwidth option values given without one (e.g. a quantity)")
            .advanced(),
        option_name(OPT_DISK, "Disk Space"),
        option_name(OPT_BANDWIDTH, "Bandwidth"),
        option_name(OPT_EMAIL, "Email Accounts"),
        option_name(OPT_DATABASES, "Databases, MySQL Databases"),
        option_name(OPT_ADDON, "Addon Domains"),
        option_name(OPT_SUBDOMAINS, "Subdomains"),
        option_name(OPT_PARKED, "Parked Domains"),
        option_name(OPT_DEDICATED_IP, "Dedicated IP"),
        ConfigOption::yes_no(KEEP_DNS, false)
            .describe("leave the account's DNS zone on the server when the account is removed")
            .advanced(),
        acl_list,
        ConfigOption::text(RESELLER_PRIVILEGES, 40, "").describe(
            "Reseller Hosting: privileges when no ACL list is chosen, comma-separated WHM \
             privilege names (e.g. <code>create-acct, kill-acct, suspend-acct, list-accts</code>)",
        ),
        ConfigOption::text(RESELLER_ACCOUNTS, 8, "").describe(
            "Reseller Hosting: most accounts the reseller may own (empty: no limit; \
             configurable option “Account Limit” overrides)",
        ),
        ConfigOption::text(RESELLER_DISK, 8, "").describe(
            "Reseller Hosting: disk space for all its accounts (empty: no limit; \
             configurable option “Reseller Disk Space” overrides)",
        ),
        ConfigOption::text(RESELLER_BANDWIDTH, 8, "").describe(
            "Reseller Hosting: monthly bandwidth for all its accounts (empty: no limit; \
             configurable option “Reseller Bandwidth” overrides)",
        ),
        ConfigOption::yes_no(RESELLER_OVERSELL, false)
            .describe("Reseller Hosting: allow selling more disk and bandwidth than the limits"),
        ConfigOption::text(RESELLER_NAMESERVERS, 40, "").describe(
            "Reseller Hosting: the reseller's nameservers, comma-separated (empty: the server's)",
        ),
        ConfigOption::yes_no(RESELLER_SUSPEND_ONLY, false).describe(
            "Reseller Hosting: suspend only the reseller's own account, not its customers' accounts",
        ),
        ConfigOption::yes_no(RESELLER_TERMINATE_ALL, false).describe(
            "Reseller Hosting — <b>irreversible</b>: Terminate deletes the reseller <b>and every \
             account it owns</b>. Off: reseller status is revoked and only its own account is \
             removed; its customers' accounts stay on the server (given to root)",
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_whmcs_limit_and_names_are_unique() {
        let d = definitions();
        assert!(d.len() <= crate::whmcs::config_option::MAX_OPTIONS);
        let mut names: Vec<_> = d.iter().map(|o| o.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), d.len());
        assert_eq!(
            d.position(PACKAGE),
            Some(1),
            "ListAccountsProductField is configoption1"
        );
    }
}
