//! The product's settings for one service: the configoption24 document and the caps after
//! the service's configurable options, validated before anything is sent.

use crate::whmcs::Params;

use super::caps::Caps;
use super::error::VpnError;
use super::settings::{definitions, SETTINGS};
use super::settings_doc::SettingsDoc;

#[derive(Debug, Clone)]
pub struct Product {
    pub doc: SettingsDoc,
    pub caps: Caps,
}

impl Product {
    pub fn from_params(p: &Params) -> Result<Self, VpnError> {
        let doc = doc_from_params(p)?;
        let caps = Caps::for_service(&doc, p)?;
        Ok(Product { doc, caps })
    }
}

/// The settings document of `$params` (`configoptionN` of the settings field).
pub fn doc_from_params(p: &Params) -> Result<SettingsDoc, VpnError> {
    let text = definitions().value(p, SETTINGS);
    SettingsDoc::parse(&text).map_err(|e| VpnError::Input(e.to_string()))
}
