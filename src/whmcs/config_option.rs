//! `<module>_ConfigOptions()`: product settings and where each one is stored.
//!
//! WHMCS stores the N-th option of the returned array in `tblproducts.configoptionN` and hands
//! it back as `$params['configoptionN']`. Modules therefore read a setting by its position in
//! their own definition list ([`ConfigOptions::position`]), never by a hard-coded number.

use super::params::Params;
use super::value::{Array, Value};

/// WHMCS allows at most 24 product settings.
pub const MAX_OPTIONS: usize = 24;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Password,
    YesNo,
    Dropdown,
    Radio,
    Textarea,
}

impl FieldType {
    fn as_str(self) -> &'static str {
        match self {
            FieldType::Text => "text",
            FieldType::Password => "password",
            FieldType::YesNo => "yesno",
            FieldType::Dropdown => "dropdown",
            FieldType::Radio => "radio",
            FieldType::Textarea => "textarea",
        }
    }
}

#[derive(Debug, Clone)]
pub struct ConfigOption {
    /// The array key WHMCS shows as the setting's name.
    pub name: &'static str,
    pub field_type: FieldType,
    pub size: Option<u32>,
    pub default: Option<String>,
    pub description: Option<String>,
    /// `value => label` for dropdown/radio.
    pub options: Vec<(String, String)>,
    pub rows: Option<u32>,
    pub cols: Option<u32>,
    /// A PHP function WHMCS calls to fill a dropdown live from the server.
    pub loader: Option<&'static str>,
    pub simple_mode: bool,
}

impl ConfigOption {
    pub fn new(name: &'static str, field_type: FieldType) -> Self {
        ConfigOption {
            name,
            field_type,
            size: None,
            default: None,
            description: None,
            options: Vec::new(),
            rows: None,
            cols: None,
            loader: None,
            simple_mode: true,
        }
    }

    pub fn text(name: &'static str, size: u32, default: &str) -> Self {
        let mut o = Self::new(name, FieldType::Text);
        o.size = Some(size);
        o.default = Some(default.to_string()).filter(|d| !d.is_empty());
        o
    }

    pub fn yes_no(name: &'static str, default: bool) -> Self {
        let mut o = Self::new(name, FieldType::YesNo);
        o.default = default.then(|| "on".to_string());
        o
    }

    pub fn dropdown(name: &'static str, options: &[(&str, &str)], default: &str) -> Self {
        let mut o = Self::new(name, FieldType::Dropdown);
        o.options = options
            .iter()
            .map(|(v, l)| (v.to_string(), l.to_string()))
            .collect();
        o.default = Some(default.to_string()).filter(|d| !d.is_empty());
        o
    }

    pub fn describe(mut self, description: &str) -> Self {
        self.description = Some(description.to_string());
        self
    }

    pub fn with_loader(mut self, loader: &'static str) -> Self {
        self.loader = Some(loader);
        self
    }

    pub fn advanced(mut self) -> Self {
        self.simple_mode = false;
        self
    }

    fn to_value(&self) -> Value {
        let mut a = Array::new();
        a.set("FriendlyName", self.name);
        a.set("Type", self.field_type.as_str());
        if let Some(size) = self.size {
            a.set("Size", size.to_string());
        }
        if let Some(d) = &self.default {
            a.set("Default", d.as_str());
        }
        if let Some(d) = &self.description {
            a.set("Description", d.as_str());
        }
        if !self.options.is_empty() {
            let opts: Array = self
                .options
                .iter()
                .map(|(v, l)| (v.clone().into(), Value::from(l.as_str())))
                .collect();
            a.set("Options", opts);
        }
        if let Some(r) = self.rows {
            a.set("Rows", r.to_string());
        }
        if let Some(c) = self.cols {
            a.set("Cols", c.to_string());
        }
        if let Some(l) = self.loader {
            a.set("Loader", l);
        }
        a.set("SimpleMode", self.simple_mode);
        Value::Array(a)
    }
}

/// The ordered product settings of a module.
#[derive(Debug, Clone, Default)]
pub struct ConfigOptions(Vec<ConfigOption>);

impl ConfigOptions {
    /// Panics at build time of the definition list (a programming error, never user input)
    /// when more than WHMCS's 24 settings are defined; checked by each module's tests.
    pub fn new(options: Vec<ConfigOption>) -> Self {
        assert!(
            options.len() <= MAX_OPTIONS,
            "WHMCS stores at most 24 settings"
        );
        ConfigOptions(options)
    }

    pub fn iter(&self) -> impl Iterator<Item = &ConfigOption> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// 1-based position of a setting (its `configoptionN` number).
    pub fn position(&self, name: &str) -> Option<usize> {
        self.0.iter().position(|o| o.name == name).map(|i| i + 1)
    }

    /// The stored value of a setting for this product, or its default when never saved.
    pub fn value(&self, params: &Params, name: &str) -> String {
        let Some(n) = self.position(name) else {
            return String::new();
        };
        let option = &self.0[n - 1];
        let stored = params
            .get(&format!("configoption{n}"))
            .and_then(Value::as_text)
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
        // WHMCS stores '' for a setting the admin never saved (or a product saved before the
        // setting existed): that means the default. An unticked yes/no is '' too and means off.
        if stored.is_empty() && option.field_type != FieldType::YesNo {
            return option.default.clone().unwrap_or_default();
        }
        stored
    }

    /// A yes/no setting.
    pub fn flag(&self, params: &Params, name: &str) -> bool {
        Value::from(self.value(params, name)).as_flag()
    }

    pub fn to_value(&self) -> Value {
        let a: Array = self
            .0
            .iter()
            .map(|o| (o.name.into(), o.to_value()))
            .collect();
        Value::Array(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_follow_definition_order() {
        let defs = ConfigOptions::new(vec![
            ConfigOption::text("A", 10, "x"),
            ConfigOption::yes_no("B", true),
        ]);
        assert_eq!(defs.position("B"), Some(2));
        let p = Params::new(Array::new().with("configoption1", " y "));
        assert_eq!(defs.value(&p, "A"), "y");
        // an unticked yes/no is stored as '' and means off
        assert!(!defs.flag(&p, "B"));
        let p = Params::new(
            Array::new()
                .with("configoption1", "")
                .with("configoption2", "on"),
        );
        assert_eq!(defs.value(&p, "A"), "x", "empty text means its default");
        assert!(defs.flag(&p, "B"));
    }
}
