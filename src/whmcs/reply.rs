//! What a module function hands back to WHMCS, before conversion to PHP values.

use super::value::{Array, Value};

#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// A PHP value (string, array, …).
    Value(Value),
    /// PHP `null` (AdminServicesTabFieldsSave returns nothing).
    Null,
    /// A PHP `Exception` — only for `Loader` functions, which WHMCS expects to throw.
    Throw(String),
}

impl Reply {
    pub fn success() -> Self {
        Reply::Value(Value::from("success"))
    }

    pub fn text(s: impl Into<String>) -> Self {
        Reply::Value(Value::Str(s.into()))
    }

    pub fn array(a: Array) -> Self {
        Reply::Value(Value::Array(a))
    }

    /// ClientArea's overview: `template` (relative to the module folder) with `vars` and the
    /// page's strings as `_lang`, so the reply renders on its own.
    pub fn client_area(template: &str, vars: Array, lang: &super::lang::Lang) -> Self {
        Reply::array(
            Array::new()
                .with("tabOverviewModuleOutputTemplate", template)
                .with(
                    "templateVariables",
                    vars.with(super::lang::TEMPLATE_VAR, lang.to_value()),
                ),
        )
    }

    /// `['success' => true]` plus extra keys.
    pub fn ok_array(extra: Array) -> Self {
        let mut a = Array::new().with("success", true);
        for (k, v) in extra.iter() {
            a.set(k.clone(), v.clone());
        }
        Reply::Value(Value::Array(a))
    }
}
