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

/// The Loader (PHP name) filling "WHM package" from the server's `listpkgs`.
pub const LOAD_PACKAGES: &str = "oxide_cpanel_LoadPackages";

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
