//! What a module function hands back to WHMCS, before conversion to PHP values.

use super::lang::{Lang, TEMPLATE_VAR};
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
    pub fn client_area(template: &str, vars: Array, lang: &Lang) -> Self {
        Reply::array(
            Array::new()
                .with("tabOverviewModuleOutputTemplate", template)
                .with("templateVariables", with_lang(vars, Some(lang.to_value()))),
        )
    }

    /// ClientArea's overview replaced by the module's `templates/error.tpl` saying `message`;
    /// with `lang` (the page's strings) the error page speaks the client's language too.
    pub fn client_area_error(message: &str, lang: Option<Value>) -> Self {
        Reply::array(
            Array::new()
                .with("tabOverviewReplacementTemplate", "templates/error.tpl")
                .with(
                    "templateVariables",
                    with_lang(Array::new().with("usefulErrorHelper", message), lang),
                ),
        )
    }

    /// A client-area custom function's own page: `template` (WHMCS adds `.tpl`), one
    /// breadcrumb (`link`, `label`), `vars` and the page's strings as `_lang`.
    pub fn client_page(
        template: &str,
        link: String,
        label: &str,
        vars: Array,
        lang: &Lang,
    ) -> Self {
        Reply::array(
            Array::new()
                .with("templatefile", template)
                .with("breadcrumb", Array::new().with(link, label))
                .with("vars", with_lang(vars, Some(lang.to_value()))),
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

/// Template variables with the page's strings as `_lang`, when there are any.
fn with_lang(vars: Array, lang: Option<Value>) -> Array {
    match lang {
        Some(l) => vars.with(TEMPLATE_VAR, l),
        None => vars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn array(r: Reply) -> Array {
        match r {
            Reply::Value(Value::Array(a)) => a,
            other => panic!("array expected, got {other:?}"),
        }
    }

    #[test]
    fn client_area_shapes_carry_template_vars_and_strings() {
        let error = array(Reply::client_area_error("down", None));
        assert_eq!(
            error.get("tabOverviewReplacementTemplate"),
            Some(&Value::from("templates/error.tpl"))
        );
        let vars = error.get("templateVariables").and_then(Value::as_array);
        assert_eq!(
            vars.map(|v| v.get(TEMPLATE_VAR).is_none()),
            Some(true),
            "no strings given, none sent"
        );
        let lang = Lang::load(None, "english", "<?php $_LANG['k'] = 'v';");
        let page = array(Reply::client_page(
            "templates/otl",
            "clientarea.php?x".into(),
            "Back",
            Array::new().with("a", 1),
            &lang,
        ));
        assert_eq!(
            page.get("templatefile"),
            Some(&Value::from("templates/otl"))
        );
        let crumb = page.get("breadcrumb").and_then(Value::as_array);
        assert_eq!(
            crumb.and_then(|c| c.get("clientarea.php?x")),
            Some(&Value::from("Back"))
        );
        let vars = page.get("vars").and_then(Value::as_array);
        assert!(vars.is_some_and(|v| v.get("a").is_some() && v.get(TEMPLATE_VAR).is_some()));
    }
}
