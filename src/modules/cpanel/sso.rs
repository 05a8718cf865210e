//! Single sign-on through create_user_session: cPanel for the client (cpaneld), WHM for
//! staff (whostmgrd). The URL logs whoever holds it in, so it is masked in the module log and
//! registered as a secret before anything else can print it.

use serde_json::Value as Json;

use crate::whmcs::{Array, Call, Failure, Reply};

use super::api::{text, WhmApi};
use super::error::CpanelError;
use super::service::Service;

/// Answer keys that carry the login.
const SECRET_KEYS: &[&str] = &["url", "session", "cp_security_token"];

fn session(call: &Call<'_>, api: &WhmApi<'_>, user: &str, service: &str) -> Result<Reply, Failure> {
    let data: Json = api.call_secret(
        "create_user_session",
        &[("user", user.to_string()), ("service", service.to_string())],
        SECRET_KEYS,
    )?;
    let url = text(data.get("url"));
    for key in SECRET_KEYS {
        call.add_secret(&text(data.get(*key)));
    }
    if !url.starts_with("https://") && !url.starts_with("http://") {
        return Err(Box::new(CpanelError::BadAnswer {
            function: "create_user_session".into(),
            detail: "no readable login `url`".into(),
        }));
    }
    Ok(Reply::ok_array(Array::new().with("redirectTo", url)))
}

/// The client's "Log in to cPanel".
pub fn service_sso(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let api = WhmApi::for_call(call)?;
    session(call, &api, &user, "cpaneld")
}

/// Staff's "Log in to WHM" (as the server record's WHM user).
pub fn admin_sso(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = WhmApi::for_call(call)?;
    let user = api.user().to_string();
    session(call, &api, &user, "whostmgrd")
}
