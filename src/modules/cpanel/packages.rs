//! The server's packages (listpkgs): the Loader and the check before create/change.

use serde_json::Value as Json;

use super::api::{text, WhmApi};
use super::error::CpanelError;

/// Package names the WHM user may create accounts with, in WHM's order.
pub fn names(api: &WhmApi<'_>) -> Result<Vec<String>, CpanelError> {
    let data = api.call("listpkgs", &[("want", "creatable".into())])?;
    let list = data
        .get("pkg")
        .and_then(Json::as_array)
        .ok_or_else(|| CpanelError::BadAnswer {
            function: "listpkgs".into(),
            detail: "no pkg list".into(),
        })?;
    Ok(list
        .iter()
        .map(|p| text(p.get("name")))
        .filter(|n| !n.is_empty())
        .collect())
}

/// Fails with the list of packages when `wanted` is not one of them.
pub fn require(api: &WhmApi<'_>, wanted: &str) -> Result<(), CpanelError> {
    let all = names(api)?;
    if all.iter().any(|n| n == wanted) {
        return Ok(());
    }
    Err(CpanelError::input(format!(
        "WHM package `{wanted}` does not exist on the server (or this WHM user may not use it); \
         available: {}",
        if all.is_empty() {
            "none".to_string()
        } else {
            all.join(", ")
        }
    )))
}
