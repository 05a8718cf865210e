//! `<module>_MetaData()`.

use super::value::{Array, Value};

#[derive(Debug, Clone, Default)]
pub struct MetaData {
    pub display_name: &'static str,
    pub requires_server: bool,
    pub default_non_ssl_port: Option<u16>,
    pub default_ssl_port: Option<u16>,
    pub service_sso_label: Option<&'static str>,
    pub admin_sso_label: Option<&'static str>,
    /// `domain`, `username` or `customfield.<Name>`.
    pub list_accounts_unique_identifier_field: Option<&'static str>,
    pub list_accounts_unique_identifier_display_name: Option<&'static str>,
    pub list_accounts_product_field: Option<&'static str>,
}

impl MetaData {
    pub fn to_value(&self) -> Value {
        let mut a = Array::new();
        a.set("DisplayName", self.display_name);
        // 1.1: WHMCS HTML-entity-decodes params before calling us.
        a.set("APIVersion", "1.1");
        a.set("RequiresServer", self.requires_server);
        let optional = [
            (
                "DefaultNonSSLPort",
                self.default_non_ssl_port.map(|p| p.to_string()),
            ),
            (
                "DefaultSSLPort",
                self.default_ssl_port.map(|p| p.to_string()),
            ),
            (
                "ServiceSingleSignOnLabel",
                self.service_sso_label.map(str::to_string),
            ),
            (
                "AdminSingleSignOnLabel",
                self.admin_sso_label.map(str::to_string),
            ),
            (
                "ListAccountsUniqueIdentifierField",
                self.list_accounts_unique_identifier_field
                    .map(str::to_string),
            ),
            (
                "ListAccountsUniqueIdentifierDisplayName",
                self.list_accounts_unique_identifier_display_name
                    .map(str::to_string),
            ),
            (
                "ListAccountsProductField",
                self.list_accounts_product_field.map(str::to_string),
            ),
        ];
        for (k, v) in optional {
            if let Some(v) = v {
                a.set(k, v);
            }
        }
        Value::Array(a)
    }
}
