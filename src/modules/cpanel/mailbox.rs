//! Quick Create Email Account (client-area function `CreateEmailAccount`): the form of WHMCS's
//! own cPanel module (`email_prefix`, `email_pw`, `email_quota` in MB, posted) makes a mailbox
//! on the service's domain through WHM `uapi_cpanel` → UAPI `Email::add_pop`.
//!
//! Refusals name what is wrong in the client's language and create nothing: the name and
//! quota are checked here before any request; the password strength and the account's
//! mailbox limit are cPanel's to judge, and its refusal is read back into our wording. The
//! password is a secret from the moment it is read (never logged, never in a message).

use serde_json::Value as Json;

use crate::whmcs::{Call, Failure, Input, Lang, Reply, Value};

use super::api::{text, WhmApi};
use super::error::CpanelError;
use super::service::Service;
use crate::modules::shared::number::whole;

pub const FUNCTION: &str = "CreateEmailAccount";

/// Why the form was refused: a language key (with the panel's text for `emailFailed`), or an
/// error on the way (WHM unreachable, an unreadable answer).
#[derive(Debug)]
enum Refusal {
    Key(&'static str),
    Panel(String),
    Other(Failure),
}

impl<E: Into<Failure>> From<E> for Refusal {
    fn from(e: E) -> Self {
        Refusal::Other(e.into())
    }
}

fn refuse(key: &'static str) -> Refusal {
    Refusal::Key(key)
}

/// The mailbox name: cPanel's own rules, narrowed to what every mail client accepts.
fn prefix_problem(prefix: &str) -> Option<&'static str> {
    if prefix.is_empty() {
        return Some("emailPrefixMissing");
    }
    let ok_chars = prefix
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    if prefix.len() > 64
        || !ok_chars
        || prefix.starts_with('.')
        || prefix.ends_with('.')
        || prefix.contains("..")
    {
        return Some("emailPrefixInvalid");
    }
    None
}

/// `email_quota`: whole megabytes, 0 = unlimited; blank means unlimited as in cPanel.
fn quota_mb(raw: &str) -> Option<u64> {
    let t = raw.trim();
    if t.is_empty() {
        return Some(0);
    }
    if !t.chars().all(|c| c.is_ascii_digit()) || t.len() > 9 {
        return None;
    }
    t.parse().ok()
}

/// Only the service's owner reaches this (WHMCS checks); the status is read again from the
/// database, so a service suspended since the page loaded makes nothing.
fn require_active(call: &Call<'_>, service_id: i64) -> Result<(), Refusal> {
    let rows = call.host.query(
        "SELECT domainstatus FROM tblhosting WHERE id = ?",
        &[Value::Int(service_id)],
    )?;
    match rows.first() {
        Some(r) if r.text("domainstatus") == "Active" => Ok(()),
        _ => Err(refuse("emailNotActive")),
    }
}

/// cPanel's refusal (inner UAPI `errors`) in the client's words. cPanel documents no error
/// codes: the wording is matched (our assumption, see docs/oxide_cpanel.md); anything else
/// is shown as cPanel said it, behind our sentence.
fn panel_refusal(reason: &str, password: &str) -> Refusal {
    let lower = reason.to_lowercase();
    let key = if lower.contains("too weak") || lower.contains("strength") {
        "emailPasswordWeak"
    } else if lower.contains("more email accounts") || lower.contains("maximum number") {
        "emailLimitReached"
    } else if lower.contains("already exists") {
        "emailExists"
    } else if lower.contains("not a valid email") {
        "emailPrefixInvalid"
    } else {
        let safe = if password.is_empty() {
            reason.to_string()
        } else {
            reason.replace(password, "***")
        };
        return Refusal::Panel(safe);
    };
    refuse(key)
}

/// The inner UAPI answer: `Ok` only for `status` 1.
fn uapi_outcome(data: &Json, password: &str) -> Result<(), Refusal> {
    let inner = data.get("uapi").ok_or_else(|| CpanelError::BadAnswer {
        function: "uapi_cpanel Email::add_pop".into(),
        detail: "no `uapi` answer".into(),
    })?;
    if whole(inner.get("status")) == Some(1) {
        return Ok(());
    }
    let reason = inner
        .get("errors")
        .and_then(Json::as_array)
        .map(|e| {
            e.iter()
                .map(|x| text(Some(x)))
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| "no reason given".into());
    Err(panel_refusal(&reason, password))
}

/// The client's form: `"success"`, or the refusal itself as the message WHMCS shows the
/// client (without dispatch's English "CreateEmailAccount failed:" prefix). A refusal names
/// the field; anything else (WHM unreachable, an unreadable answer) is our sentence with the
/// cause. Either way it is in the module log, with every secret masked.
pub fn create_email_account(call: &Call<'_>) -> Result<Reply, Failure> {
    match create(call) {
        Ok(()) => Ok(Reply::success()),
        Err(refusal) => {
            let lang = Lang::for_client(call, super::ENGLISH);
            let message = match refusal {
                Refusal::Key(key) => lang.text(key),
                Refusal::Panel(reason) => lang.fill("emailFailed", &[("reason", &reason)]),
                Refusal::Other(e) => lang.fill("emailFailed", &[("reason", &e.to_string())]),
            };
            let message = crate::secret::scrub(&message, &call.secrets());
            call.log(FUNCTION, "", &format!("refused: {message}"));
            Ok(Reply::text(message))
        }
    }
}

fn create(call: &Call<'_>) -> Result<(), Refusal> {
    // The password first: whatever fails next, it is already masked.
    let password = call
        .host
        .request_input(Input::Form, "email_pw")
        .unwrap_or_default();
    call.add_secret(&password);
    let svc = Service::from_params(&call.params)?;
    require_active(call, svc.id)?;
    let user = svc.existing_username()?;
    let domain = svc.require_domain()?.to_string();
    let prefix = call
        .host
        .request_input(Input::Form, "email_prefix")
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    if let Some(key) = prefix_problem(&prefix) {
        return Err(refuse(key));
    }
    if password.is_empty() {
        return Err(refuse("emailPasswordMissing"));
    }
    let quota = quota_mb(
        &call
            .host
            .request_input(Input::Form, "email_quota")
            .unwrap_or_default(),
    )
    .ok_or_else(|| refuse("emailQuotaInvalid"))?;
    let mut api = WhmApi::for_call(call)?;
    api.add_secret(&password);
    let data = api.call(
        "uapi_cpanel",
        &[
            ("cpanel.user", user),
            ("cpanel.module", "Email".into()),
            ("cpanel.function", "add_pop".into()),
            ("email", prefix),
            ("domain", domain),
            ("password", password.clone()),
            ("quota", quota.to_string()),
        ],
    )?;
    uapi_outcome(&data, &password)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_quotas() {
        assert_eq!(prefix_problem(""), Some("emailPrefixMissing"));
        for bad in [
            "a b",
            ".a",
            "a.",
            "a..b",
            "a+b",
            "<b>",
            "a@b",
            &"x".repeat(65),
        ] {
            assert_eq!(prefix_problem(bad), Some("emailPrefixInvalid"), "{bad}");
        }
        for good in ["info", "first.last", "a-b_c", "x1"] {
            assert_eq!(prefix_problem(good), None, "{good}");
        }
        assert_eq!(quota_mb(""), Some(0));
        assert_eq!(quota_mb(" 250 "), Some(250));
        assert_eq!(quota_mb("-1"), None);
        assert_eq!(quota_mb("1.5"), None);
        assert_eq!(quota_mb("9999999999"), None);
    }

    #[test]
    fn refusals_never_echo_the_password() {
        match panel_refusal("Odd failure with Secret-123 inside", "Secret-123") {
            Refusal::Panel(m) => assert_eq!(m, "Odd failure with *** inside"),
            other => panic!("{other:?}"),
        }
        let weak = panel_refusal(
            "Sorry, the password you selected cannot be used because it is too weak",
            "x",
        );
        assert!(matches!(weak, Refusal::Key("emailPasswordWeak")));
    }
}
