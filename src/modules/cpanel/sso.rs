//! Single sign-on through create_user_session: cPanel for the client (cpaneld), Webmail
//! (webmaild) and, for Reseller Hosting, WHM as the reseller (whostmgrd) from client-area
//! buttons; WHM for staff (whostmgrd as the server's WHM user). The URL logs whoever holds it in, so it is masked in the module log and
//! registered as a secret before anything else can print it.

use serde_json::Value as Json;

use crate::whmcs::client_facing::require_active;
use crate::whmcs::host::Input;
use crate::whmcs::{Array, Call, Failure, Lang, Reply};

use super::api::{text, WhmApi};
use super::error::CpanelError;
use super::service::Service;
use super::shortcuts::known_app;

/// Answer keys that carry the login.
const SECRET_KEYS: &[&str] = &["url", "session", "cp_security_token"];

fn session(
    call: &Call<'_>,
    api: &WhmApi<'_>,
    user: &str,
    service: &str,
    app: Option<&str>,
) -> Result<Reply, Failure> {
    let url = login_url(call, api, user, service, app)?;
    Ok(Reply::ok_array(Array::new().with("redirectTo", url)))
}

/// The one-time login URL, registered as a secret before anything can print it.
fn login_url(
    call: &Call<'_>,
    api: &WhmApi<'_>,
    user: &str,
    service: &str,
    app: Option<&str>,
) -> Result<String, Failure> {
    let mut fields = vec![("user", user.to_string()), ("service", service.to_string())];
    if let Some(a) = app {
        fields.push(("app", a.to_string()));
    }
    let data: Json = api.call_secret("create_user_session", &fields, SECRET_KEYS)?;
    let url = text(data.get("url"));
    for key in SECRET_KEYS {
        call.add_secret(&text(data.get(*key)));
    }
    if !crate::modules::shared::link::is_plain_web_url(&url) {
        return Err(Box::new(CpanelError::BadAnswer {
            function: "create_user_session".into(),
            detail: "no readable login `url`".into(),
        }));
    }
    Ok(url)
}

/// A client-area button's page: WHMCS's custom functions cannot answer a redirect, so the
/// page sends the browser on (templates/sso.tpl). The URL reaches only the browser.
fn button_page(call: &Call<'_>, service_id: i64, url: String, label_key: &str) -> Reply {
    let lang = Lang::for_client(call, super::ENGLISH);
    let label = lang.text(label_key);
    Reply::client_page(
        "templates/sso",
        format!("clientarea.php?action=productdetails&id={service_id}"),
        &label,
        Array::new().with("url", url).with("label", label.as_str()),
        &lang,
    )
}

/// Client-area button "Log in to Webmail" (create_user_session webmaild).
pub fn webmail_login(call: &Call<'_>) -> Result<Reply, Failure> {
    require_active(call)?;
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let api = WhmApi::for_call(call)?;
    let url = login_url(call, &api, &user, "webmaild", None)?;
    Ok(button_page(call, svc.id, url, "loginWebmail"))
}

/// Client-area button "Log in to WHM" of a Reseller Hosting service: WHM as the reseller
/// (create_user_session whostmgrd for the reseller's user), never as the server's WHM user.
pub fn reseller_whm_login(call: &Call<'_>) -> Result<Reply, Failure> {
    require_active(call)?;
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    if !super::reseller::is_reseller_product(&call.params) {
        return Err(Box::new(CpanelError::input(
            "WHM single sign-on is for Reseller Hosting services only",
        )));
    }
    let api = WhmApi::for_call(call)?;
    let url = login_url(call, &api, &user, "whostmgrd", None)?;
    Ok(button_page(call, svc.id, url, "loginWhm"))
}

/// The client's buttons: Webmail always, WHM for a reseller.
pub fn client_buttons(call: &Call<'_>) -> Result<Reply, Failure> {
    let lang = Lang::for_client(call, super::ENGLISH);
    let mut a = Array::new().with(lang.text("loginWebmail"), "WebmailLogin");
    if super::reseller::is_reseller_product(&call.params) {
        a.set(lang.text("loginWhm"), "WhmLogin");
    }
    Ok(Reply::array(a))
}

/// The client's "Log in to cPanel", or a shortcut into one cPanel app: WHMCS passes the
/// link's `app` in `$params['app']` (older versions leave it in the request only). Only the
/// shortcuts' own apps are passed on; any other value opens cPanel's home.
pub fn service_sso(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let asked = call
        .params
        .opt_text("app")
        .or_else(|| call.host.request_input(Input::Query, "app"))
        .unwrap_or_default();
    let api = WhmApi::for_call(call)?;
    session(call, &api, &user, "cpaneld", known_app(&asked))
}

/// Staff's "Log in to WHM" (as the server record's WHM user).
pub fn admin_sso(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = WhmApi::for_call(call)?;
    let user = api.user().to_string();
    session(call, &api, &user, "whostmgrd", None)
}
