//! The server's packages (listpkgs): the Loader and the check before create/change.

use serde_json::Value as Json;

use crate::modules::shared::answer;

use super::api::WhmApi;
use super::error::CpanelError;

/// The packages of a listpkgs answer: the readable names, and how many entries had none.
pub struct Packages {
    pub names: Vec<String>,
    pub unreadable: usize,
}

/// Package names the WHM user may create accounts with, in WHM's order.
pub fn list(api: &WhmApi<'_>) -> Result<Packages, CpanelError> {
    let data = api.call("listpkgs", &[("want", "creatable".into())])?;
    let list = data
        .get("pkg")
        .and_then(Json::as_array)
        .ok_or_else(|| CpanelError::BadAnswer {
            function: "listpkgs".into(),
            detail: "no readable `pkg` list".into(),
        })?;
    let names: Vec<String> = list
        .iter()
        .filter_map(|p| answer::string(p, "name"))
        .filter(|n| !n.is_empty())
        .collect();
    Ok(Packages {
        unreadable: list.len() - names.len(),
        names,
    })
}

/// Package names (the Loader's dropdown): the readable ones.
pub fn names(api: &WhmApi<'_>) -> Result<Vec<String>, CpanelError> {
    Ok(list(api)?.names)
}

/// Fails with the list of packages when `wanted` is not one of them. When some entries had
/// no readable name, the package may be one of them: that is said, not "does not exist".
pub fn require(api: &WhmApi<'_>, wanted: &str) -> Result<(), CpanelError> {
    let all = list(api)?;
    if all.names.iter().any(|n| n == wanted) {
        return Ok(());
    }
    if all.unreadable > 0 {
        return Err(CpanelError::BadAnswer {
            function: "listpkgs".into(),
            detail: format!(
                "package `{wanted}` is not among the names listed, and {} package entries have \
                 no readable `name`",
                all.unreadable
            ),
        });
    }
    Err(CpanelError::input(format!(
        "WHM package `{wanted}` does not exist on the server (or this WHM user may not use it); \
         available: {}",
        if all.names.is_empty() {
            "none".to_string()
        } else {
            all.names.join(", ")
        }
    )))
}
