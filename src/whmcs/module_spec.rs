//! How a module declares itself: its name and the WHMCS functions it implements.
//!
//! The PHP binding registers exactly these functions as `<module>_<Function>`, so a module
//! exports nothing it does not implement (WHMCS checks `function_exists`).

use super::call::Call;
use super::function::Shape;
use super::reply::Reply;

/// Any error a module function can end with; its `Display` is the message for WHMCS.
pub type Failure = Box<dyn std::error::Error>;

pub type Handler = fn(&Call<'_>) -> Result<Reply, Failure>;

pub struct FunctionSpec {
    /// WHMCS's name, e.g. `CreateAccount`, or a custom/loader function name.
    pub name: &'static str,
    pub shape: Shape,
    pub handler: Handler,
    /// One line for the PHP stub's doc comment.
    pub doc: &'static str,
}

pub struct ModuleSpec {
    /// `oxide_hestiacp`.
    pub name: &'static str,
    pub display_name: &'static str,
    pub functions: &'static [FunctionSpec],
}

impl ModuleSpec {
    pub fn function(&self, name: &str) -> Option<&FunctionSpec> {
        self.functions.iter().find(|f| f.name == name)
    }

    /// `oxide_hestiacp_CreateAccount`.
    pub fn php_name(&self, f: &FunctionSpec) -> String {
        format!("{}_{}", self.name, f.name)
    }
}

/// A [`FunctionSpec`] as a `const fn`, so a module's function table reads one entry per line.
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
    }
}
