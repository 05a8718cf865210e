//! How a module declares itself: its name and the WHMCS functions it implements.
//!
//! The PHP binding registers exactly these functions as `<module>_<Function>`, so a module
//! exports nothing it does not implement (WHMCS checks `function_exists`).

use super::call::Call;
use super::function::{changes_service, Shape};
use super::reply::Reply;

/// Any error a module function can end with; its `Display` is the message for WHMCS.
pub type Failure = Box<dyn std::error::Error>;

pub type Handler = fn(&Call<'_>) -> Result<Reply, Failure>;

/// Recognises a product whose stored settings were not saved by this module (e.g. left in
/// place by WHMCS when an admin switched the product's Module): `Some(line)` is the refusal
/// shown instead of running any function that carries the product's settings.
pub type SettingsCheck = fn(&Call<'_>) -> Option<String>;

pub struct FunctionSpec {
    /// WHMCS's name, e.g. `CreateAccount`, or a custom/loader function name.
    pub name: &'static str,
    pub shape: Shape,
    pub handler: Handler,
    /// One line for the PHP stub's doc comment.
    pub doc: &'static str,
    /// Changes the service on the panel: dispatch runs it only while holding the service's
    /// lock (`service_guard`), so two such calls for one service never overlap.
    pub exclusive: bool,
}

pub struct ModuleSpec {
    /// `oxide_hestiacp`.
    pub name: &'static str,
    pub display_name: &'static str,
    pub functions: &'static [FunctionSpec],
    /// Functions written once for several modules (the drift check's), bound to this one.
    pub shared: &'static [FunctionSpec],
    /// Run by dispatch before every function except MetaData and ConfigOptions (the settings
    /// form must stay usable to fix the product); `None`: the module has no predecessor whose
    /// settings it could mistake for its own.
    pub settings_check: Option<SettingsCheck>,
    /// The module's `lang/english.php`, compiled in (see `whmcs::lang`).
    pub english: &'static str,
}

impl ModuleSpec {
    /// Every function the module exports: its own, then the shared ones.
    pub fn all_functions(&self) -> impl Iterator<Item = &FunctionSpec> {
        self.functions.iter().chain(self.shared)
    }

    pub fn function(&self, name: &str) -> Option<&FunctionSpec> {
        self.all_functions().find(|f| f.name == name)
    }

    /// `oxide_hestiacp_CreateAccount`.
    pub fn php_name(&self, f: &FunctionSpec) -> String {
        format!("{}_{}", self.name, f.name)
    }
}

/// A [`FunctionSpec`] as a `const fn`, so a module's function table reads one entry per line.
/// The standard lifecycle functions are exclusive ([`changes_service`]), every other is not.
pub const fn function(
    name: &'static str,
    shape: Shape,
    handler: Handler,
    doc: &'static str,
) -> FunctionSpec {
    FunctionSpec {
        name,
        shape,
        handler,
        doc,
        exclusive: changes_service(name),
    }
}

/// An admin button (custom function) that changes the account on the panel: exclusive like
/// the lifecycle functions.
pub const fn service_button(
    name: &'static str,
    handler: Handler,
    doc: &'static str,
) -> FunctionSpec {
    FunctionSpec {
        exclusive: true,
        ..function(name, Shape::Status, handler, doc)
    }
}
