//! The product settings (ConfigOptions) of `oxide_vpncp`.
//!
//! Every setting lives in one JSON document in `configoption24` (the seed's choice), so the
//! 24th field is a text area holding that document, and its description carries the settings
//! panel (bandwidth, name rule, instruction link, the server → network tree) whose inputs write
//! into it. WHMCS numbers fields by position, so 23 unused fields come first; the panel hides
//! them.

use crate::whmcs::{ConfigOption, ConfigOptions, FieldType};

use super::settings_doc::SettingsDoc;

pub const SETTINGS: &str = "puqVPNcp settings";
/// `configoption24`.
pub const SETTINGS_POSITION: usize = 24;

const UNUSED: [&str; SETTINGS_POSITION - 1] = [
    "Unused 1",
    "Unused 2",
    "Unused 3",
    "Unused 4",
    "Unused 5",
    "Unused 6",
    "Unused 7",
    "Unused 8",
    "Unused 9",
    "Unused 10",
    "Unused 11",
    "Unused 12",
    "Unused 13",
    "Unused 14",
    "Unused 15",
    "Unused 16",
    "Unused 17",
    "Unused 18",
    "Unused 19",
    "Unused 20",
    "Unused 21",
    "Unused 22",
    "Unused 23",
];

/// The definitions with a plain description (what every call but ConfigOptions needs).
pub fn definitions() -> ConfigOptions {
    with_panel(
        "the JSON settings document (see docs/oxide_vpncp.md); the settings panel appears when \
         the product is opened in WHMCS"
            .into(),
    )
}

/// The definitions with `panel` (HTML) as the settings field's description.
pub fn with_panel(panel: String) -> ConfigOptions {
    let mut options: Vec<ConfigOption> = UNUSED
        .iter()
        .map(|name| {
            ConfigOption::text(name, 1, "")
                .describe("not used: this module keeps its settings in the last field")
                .advanced()
        })
        .collect();
    let mut settings = ConfigOption::new(SETTINGS, FieldType::Textarea);
    settings.rows = Some(8);
    settings.cols = Some(70);
    settings.default = Some(SettingsDoc::default().to_json());
    settings.description = Some(panel);
    options.push(settings);
    ConfigOptions::new(options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_is_configoption24() {
        let d = definitions();
        assert_eq!(d.len(), 24);
        assert_eq!(d.position(SETTINGS), Some(SETTINGS_POSITION));
    }
}
