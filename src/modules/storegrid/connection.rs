//! TestConnection: address, protocol, certificate, login, and an admin-level user.

use crate::whmcs::{Array, Call, Failure, Reply};

use super::api::StoregridApi;
use super::error::StoregridError;

pub fn test_connection(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = StoregridApi::for_call(call)?;
    let info = api.server_info()?;
    // The role is the one thing this test needs from the answer.
    let role = info.user_role.ok_or_else(|| StoregridError::BadAnswer {
        action: "ServerInfo".into(),
        detail: "no readable `role` of the web-console user".into(),
    })?;
    if !role.eq_ignore_ascii_case("admin") {
        return Err(Box::new(StoregridError::Forbidden(format!(
            "web-console user {} has the role `{role}`, the module needs an admin-level user",
            info.user_name
        ))));
    }
    let count = |n: Option<u64>| n.map_or_else(|| "?".to_string(), |n| n.to_string());
    call.log(
        "TestConnection",
        "",
        &format!(
            "{} {} on {}; MCAL {} of {} allotted",
            info.product,
            info.version,
            info.hostname,
            count(info.mcal_allotted),
            count(info.mcal_total)
        ),
    );
    Ok(Reply::ok_array(
        Array::new()
            .with("error", "")
            // The panel's text, shown in the admin area: one plain line.
            .with("version", crate::whmcs::message::plain(&info.version)),
    ))
}
