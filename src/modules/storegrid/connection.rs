//! TestConnection: address, protocol, certificate, login, and an admin-level user.

use crate::whmcs::{Array, Call, Failure, Reply};

use super::api::StoregridApi;
use super::error::StoregridError;

pub fn test_connection(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = StoregridApi::for_call(call)?;
    let info = api.server_info()?;
    if !info.user.role.eq_ignore_ascii_case("admin") {
        return Err(Box::new(StoregridError::Forbidden(format!(
            "web-console user {} has the role `{}`, the module needs an admin-level user",
            info.user.name, info.user.role
        ))));
    }
    call.log(
        "TestConnection",
        "",
        &format!(
            "{} {} on {}; MCAL {} of {} allotted",
            info.product, info.version, info.hostname, info.mcal.allotted, info.mcal.total
        ),
    );
    Ok(Reply::ok_array(
        Array::new()
            .with("error", "")
            .with("version", info.version.as_str()),
    ))
}
