//! create_user_session: a one-time login URL for cPanel (cpaneld), Webmail (webmaild) or
//! WHM (whostmgrd), for cPanel optionally straight into one app (`app`, e.g. `Email_Accounts`).
//! The URL logs the user in: the caller must treat it as a secret.

use serde_json::json;

use super::accounts::visible;
use super::api::Params;
use super::auth::Caller;
use super::clock;
use super::envelope::{fail, ok, Outcome};
use super::state::{Session, State};

const DIGITS: &[u8] = b"0123456789";
const HEX: &[u8] = b"0123456789abcdef";

pub fn create_user_session(st: &mut State, caller: &Caller, p: &Params, host: &str) -> Outcome {
    let user = p.text("user");
    let service = p.text("service");
    let port = match service.as_str() {
        "cpaneld" => 2083,
        "webmaild" => 2096,
        "whostmgrd" => 2087,
        "" => return fail("You must specify a service."),
        other => return fail(format!("The service “{other}” is not valid.")),
    };
    if service == "whostmgrd" {
        if !st.is_whm_user(&user) {
            return fail(format!("The user “{user}” is not a WHM user."));
        }
        if !caller.is_root() && caller.user != user {
            return fail(format!(
                "Permission denied: you may not create a WHM session for “{user}”."
            ));
        }
    } else {
        match visible(st, caller, &user) {
            Ok(a) if a.suspended => {
                return fail(format!(
                    "The account “{user}” is suspended and cannot log in."
                ))
            }
            Ok(_) => {}
            Err(e) => return fail(e),
        }
    }
    let security = format!("/cpsess{}", clock::pseudo_random(10, DIGITS));
    let session = format!(
        "{user}:{}:create_user_session,{}",
        clock::pseudo_random(16, HEX),
        clock::pseudo_random(32, HEX)
    );
    // `app` opens one of cPanel's pages after the login (`goto_app`); cPanel takes any key
    // (an unknown one lands on cPanel's home), and only cPanel sessions have apps.
    let app = if service == "cpaneld" {
        p.text("app")
    } else {
        String::new()
    };
    let mut url = format!("https://{host}:{port}{security}/login/?session={session}");
    if !app.is_empty() {
        url.push_str("&goto_app=");
        url.extend(form_urlencoded::byte_serialize(app.as_bytes()));
    }
    st.sessions.push(Session {
        user: user.clone(),
        service: service.clone(),
        url: url.clone(),
        app,
    });
    ok(json!({
        "url": url, "session": session, "cp_security_token": security,
        "expires": clock::unix_secs() + 86_400, "service": service,
    }))
}
