//! The seed's AddDetails: per-account overrides of the package's limits, one modifyacct.
//! Run after createacct and after every package change (changepackage resets them).

use super::api::WhmApi;
use super::error::CpanelError;
use super::product::Overrides;

/// Applies `overrides` to `user`; nothing is sent when there are none.
pub fn add_details(
    api: &WhmApi<'_>,
    user: &str,
    overrides: &Overrides,
) -> Result<bool, CpanelError> {
    if overrides.is_empty() {
        return Ok(false);
    }
    let mut fields = vec![("user", user.to_string())];
    fields.extend(overrides.modifyacct_fields());
    api.call("modifyacct", &fields).map_err(|e| match e {
        CpanelError::Function { reason, .. } => CpanelError::input(format!(
            "WHM refused the add-on limits ({}): {reason}",
            overrides.describe()
        )),
        other => other,
    })?;
    Ok(true)
}
