//! The functions of the WHMCS server-module contract and the shape each must return on failure.

use super::html;
use super::reply::Reply;
use super::value::Array;

/// How a WHMCS function reports success and failure (from the contract reference).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `"success"` or an error message (CreateAccount, Suspend…, custom buttons, UsageUpdate).
    Status,
    /// An array that cannot fail (MetaData, ConfigOptions, button arrays).
    StaticArray,
    /// `['success'=>bool,'error'=>msg]` (TestConnection, ListAccounts).
    SuccessError,
    /// `['success'=>false,'errorMsg'=>msg]` (single sign-on).
    SuccessErrorMsg,
    /// ClientArea: a template array; errors go to the module's error template.
    ClientArea,
    /// AdminServicesTabFields: `['Label' => 'html']`.
    TabFields,
    /// AdminServicesTabFieldsSave: returns nothing.
    Nothing,
    /// Loader: `[value=>label]`, throws an Exception on error.
    Loader,
    /// LoginLink/AdminLink: an HTML string (empty when unavailable).
    Html,
    /// A page array or a status string for a client-area custom function.
    Page,
}

impl Shape {
    /// The value WHMCS expects when the call failed with `message`.
    pub fn failure(self, message: &str) -> Reply {
        let message = &super::message::plain(message);
        match self {
            Shape::Status | Shape::Page => Reply::text(message),
            Shape::StaticArray => Reply::array(Array::new()),
            Shape::SuccessError => {
                Reply::array(Array::new().with("success", false).with("error", message))
            }
            Shape::SuccessErrorMsg => Reply::array(
                Array::new()
                    .with("success", false)
                    .with("errorMsg", message),
            ),
            Shape::ClientArea => Reply::client_area_error(message, None),
            Shape::TabFields => Reply::array(Array::new().with("Error", html::escape(message))),
            Shape::Nothing => Reply::Null,
            Shape::Loader => Reply::Throw(message.to_string()),
            Shape::Html => Reply::text(""),
        }
    }
}

/// The standard function names and their shapes. Custom functions (admin buttons, client-area
/// actions) are `Shape::Status` or `Shape::Page`; loaders are `Shape::Loader`.
pub fn standard_shape(name: &str) -> Option<Shape> {
    Some(match name {
        "MetaData"
        | "ConfigOptions"
        | "AdminCustomButtonArray"
        | "ClientAreaCustomButtonArray"
        | "ClientAreaAllowedFunctions" => Shape::StaticArray,
        "CreateAccount" | "SuspendAccount" | "UnsuspendAccount" | "TerminateAccount" | "Renew"
        | "ChangePassword" | "ChangePackage" | "UsageUpdate" => Shape::Status,
        "TestConnection" | "ListAccounts" => Shape::SuccessError,
        "ServiceSingleSignOn" | "AdminSingleSignOn" => Shape::SuccessErrorMsg,
        "ClientArea" => Shape::ClientArea,
        "AdminServicesTabFields" => Shape::TabFields,
        "AdminServicesTabFieldsSave" => Shape::Nothing,
        "LoginLink" | "AdminLink" => Shape::Html,
        _ => return None,
    })
}

/// The lifecycle functions that change the account on the panel. Dispatch runs them one at a
/// time per service (see `service_guard`); reads (ClientArea, admin tab, UsageUpdate,
/// TestConnection) run freely.
pub const CHANGES_SERVICE: &[&str] = &[
    "CreateAccount",
    "SuspendAccount",
    "UnsuspendAccount",
    "TerminateAccount",
    "ChangePackage",
    "ChangePassword",
    "Renew",
];

/// Whether `name` is one of [`CHANGES_SERVICE`] (a `const fn`, so module tables can use it).
pub const fn changes_service(name: &str) -> bool {
    let mut i = 0;
    while i < CHANGES_SERVICE.len() {
        if same(CHANGES_SERVICE[i].as_bytes(), name.as_bytes()) {
            return true;
        }
        i += 1;
    }
    false
}

pub(crate) const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::whmcs::value::Value;

    #[test]
    fn failure_shapes_follow_the_contract() {
        assert_eq!(Shape::Status.failure("x"), Reply::text("x"));
        let Reply::Value(Value::Array(a)) = Shape::SuccessError.failure("bad") else {
            panic!("array expected");
        };
        assert_eq!(a.get("success"), Some(&Value::Bool(false)));
        assert_eq!(a.get("error"), Some(&Value::from("bad")));
        assert_eq!(Shape::Nothing.failure("x"), Reply::Null);
        assert_eq!(standard_shape("TestConnection"), Some(Shape::SuccessError));
        assert!(changes_service("CreateAccount") && changes_service("Renew"));
        assert!(!changes_service("UsageUpdate") && !changes_service("CreateAccoun"));
    }
}
