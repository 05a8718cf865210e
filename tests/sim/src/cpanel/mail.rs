//! UAPI `Email::add_pop` reached through `uapi_cpanel` (the account's mailbox creation, what
//! WHMCS's quick-create form uses). Checks in this order, each failure an inner UAPI error
//! (`data.uapi.status` 0, `errors`) with the outer WHM envelope still `result` 1, as cPanel
//! answers them: address (local part), domain (one of the account's), password strength
//! (WHM's rule and wording, shared with createacct), quota, the account's `maxpop` limit,
//! then an existing mailbox. cPanel publishes no wording for most of these: the texts are our
//! assumption (README.md of this folder).

use serde_json::{json, Value};

use super::api::Params;
use super::rules::{self, Limit};
use super::state::State;

/// The characters cPanel accepts in a mailbox name (RFC 5322 atext without `+`, which
/// cPanel keeps for plus addressing), besides letters and digits.
const LOCAL_EXTRA: &str = "!#$%&'*-/=?^_`{|}~.";

fn local_part_problem(local: &str) -> Option<String> {
    if local.is_empty() {
        return Some("You must specify an email account name.".into());
    }
    let bad_char = local
        .chars()
        .any(|c| !(c.is_ascii_alphanumeric() || LOCAL_EXTRA.contains(c)));
    if local.len() > 64
        || bad_char
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
    {
        return Some(format!("“{local}” is not a valid email account name."));
    }
    None
}

/// A UAPI failure inside a successful WHM envelope.
fn refused(reason: impl Into<String>) -> Value {
    json!({"uapi": {"status": 0, "data": null, "errors": [reason.into()],
        "messages": null, "warnings": null, "metadata": {}}})
}

/// `Email::add_pop` for the account `user` (which the caller may see).
pub fn add_pop(st: &mut State, user: &str, p: &Params) -> Value {
    let Some(a) = st.accounts.get_mut(user) else {
        return refused(format!("The account “{user}” does not exist."));
    };
    let given = p.text("email").to_lowercase();
    let (local, at_domain) = match given.split_once('@') {
        Some((l, d)) => (l.to_string(), Some(d.to_string())),
        None => (given.clone(), None),
    };
    if let Some(problem) = local_part_problem(&local) {
        return refused(problem);
    }
    let domain = match (p.text("domain").to_lowercase(), at_domain) {
        (d, Some(from_email)) if !d.is_empty() && d != from_email => {
            return refused(format!(
                "The domain “{d}” does not match the address “{given}”."
            ))
        }
        (d, _) if !d.is_empty() => d,
        (_, Some(from_email)) => from_email,
        // UAPI's default: the account's main domain.
        _ => a.domain.clone(),
    };
    if domain != a.domain {
        return refused(format!(
            "The domain “{domain}” does not belong to the account “{user}”."
        ));
    }
    if let Some(problem) = rules::password_problem(p.get("password").unwrap_or("")) {
        return refused(problem);
    }
    let quota = p.text("quota");
    let quota_mb = if quota.is_empty() {
        0
    } else {
        match quota.parse::<u64>() {
            Ok(q) => q,
            Err(_) => {
                return refused(format!(
                    "The quota “{quota}” is not a whole number of megabytes."
                ))
            }
        }
    };
    let count = a.stats.get("emailaccounts").copied().unwrap_or(0);
    if let Limit::N(max) = a.maxpop {
        if count >= max {
            return refused(format!(
                "You cannot create more email accounts: the account “{user}” may have {max} and has {count}."
            ));
        }
    }
    let address = format!("{local}@{domain}");
    if a.mailboxes.contains_key(&address) {
        return refused(format!("The account “{address}” already exists!"));
    }
    a.mailboxes.insert(address.clone(), quota_mb);
    a.stats.insert("emailaccounts".into(), count + 1);
    // cPanel reports the new mailbox as `local+domain`.
    json!({"uapi": {"status": 1, "data": format!("{local}+{domain}"), "errors": null,
        "messages": null, "warnings": null, "metadata": {}}})
}
