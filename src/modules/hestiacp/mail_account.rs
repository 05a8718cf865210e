//! Quick mail account creation from the client area: `v-add-mail-account USER DOMAIN ACCOUNT
//! PASSWORD [QUOTA]` on the service's domain. The form is checked first (shared::mail_form);
//! the panel's own refusals (mail account limit of the package, account exists, no mail
//! domain, suspended) become a refusal in the client's language. The password is a secret of
//! the call from the moment it is read: no log entry or message carries it.

use crate::modules::shared::mail_form::MailForm;
use crate::whmcs::{Call, Failure, Lang, Reply};

use super::api::HestiaApi;
use super::error::HestiaError;
use super::exit_code::ExitCode;
use super::service::Service;

/// The client-area function (ClientAreaAllowedFunctions) the form posts to.
pub const FUNCTION: &str = "CreateEmailAccount";

pub fn create_email_account(call: &Call<'_>) -> Result<Reply, Failure> {
    let lang = Lang::for_client(call, super::ENGLISH);
    let svc = Service::from_params(&call.params)?;
    let username = svc.existing_username()?;
    let form = match MailForm::from_request(call) {
        Ok(f) => f,
        Err(r) => return Ok(refuse(call, &lang, r.key())),
    };
    let Some(domain) = svc.domain.as_deref().filter(|d| !d.is_empty()) else {
        return Ok(refuse(call, &lang, "mailNoDomain"));
    };
    let mut api = HestiaApi::for_call(call)?;
    api.add_secret(&form.password);
    let quota = form
        .quota_mb
        .map_or_else(|| "unlimited".to_string(), |q| q.to_string());
    let args = [
        username,
        domain,
        form.prefix.as_str(),
        form.password.as_str(),
        quota.as_str(),
    ];
    match api.run("v-add-mail-account", &args) {
        Ok(_) => {
            call.log(FUNCTION, &format!("{}@{domain}", form.prefix), "created");
            Ok(Reply::success())
        }
        Err(e) => match refusal_key(&e) {
            Some(key) => Ok(refuse(call, &lang, key)),
            None => Err(e.into()),
        },
    }
}

/// The panel's refusals the client can act on; anything else is an error for staff.
fn refusal_key(e: &HestiaError) -> Option<&'static str> {
    match e.exit_code()? {
        ExitCode::LIMIT => Some("mailLimitReached"),
        ExitCode::EXISTS => Some("mailExists"),
        ExitCode::NOTEXIST => Some("mailNoDomain"),
        ExitCode::SUSPENDED => Some("accountSuspended"),
        ExitCode::INVALID => Some("mailBadName"),
        _ => None,
    }
}

/// The refusal as the client's message (WHMCS shows a custom function's string as an error).
fn refuse(call: &Call<'_>, lang: &Lang, key: &str) -> Reply {
    call.log(FUNCTION, "", &format!("refused: {key}"));
    Reply::text(lang.text(key))
}
