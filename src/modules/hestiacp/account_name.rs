//! Choosing the panel username for a new account.
//!
//! [`base_name`] works without the panel and runs before any request, so a bad username or
//! username rule changes nothing: WHMCS's own username is used as given (lower case) and must
//! already be valid; a rule is expanded and normalised to HestiaCP's rules.
//!
//! [`super::add_user`] then adds the user on the panel, trying the name first and asking only
//! when the panel says it exists; [`probe`], [`is_ours`] and [`taken`] are what it asks with.

use crate::modules::shared::template::{expand, TemplateVars};

use super::api::{is_missing, HestiaApi};
use super::error::HestiaError;
use super::service::Service;
use super::settings as s;
use super::user::PanelUser;
use super::username::{clean, is_reserved, normalize, problem};

/// Where the first candidate came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaseName {
    /// WHMCS's username for the service, used as it is.
    Fixed(String),
    /// From the username rule, the domain or the e-mail: may get a numeric suffix.
    Generated(String),
}

impl BaseName {
    pub fn name(&self) -> &str {
        match self {
            BaseName::Fixed(n) | BaseName::Generated(n) => n,
        }
    }
}

/// The first candidate, validated without asking the panel.
pub fn base_name(svc: &Service, rule: &str) -> Result<BaseName, HestiaError> {
    if !rule.is_empty() {
        let vars = TemplateVars {
            domain: svc.domain.clone().unwrap_or_default(),
            client_id: svc.client.id.unwrap_or(0),
            service_id: svc.id,
            now: None,
        };
        let expanded = expand(rule, &vars)
            .map_err(|e| HestiaError::Input(format!("{}: {e}", s::USERNAME_RULE)))?;
        let name = clean(&expanded);
        if name.len() < 2 {
            return Err(HestiaError::Input(format!(
                "{}: `{rule}` gives `{expanded}`, which is no HestiaCP username (it must start with a \
                 letter and have at least 2 characters); add a prefix such as `u{rule}`",
                s::USERNAME_RULE
            )));
        }
        if is_reserved(&name) {
            return Err(HestiaError::Input(format!(
                "{}: `{rule}` gives `{name}`, a name HestiaCP reserves for the system",
                s::USERNAME_RULE
            )));
        }
        return Ok(BaseName::Generated(name));
    }
    if !svc.username.is_empty() {
        if let Some(why) = problem(&svc.username) {
            return Err(HestiaError::Input(format!(
                "Username `{}` {why} (HestiaCP's rule); correct the service's username or set the \
                 product's “{}”",
                svc.username,
                s::USERNAME_RULE
            )));
        }
        return Ok(BaseName::Fixed(svc.username.to_ascii_lowercase()));
    }
    let seed = svc
        .domain
        .as_deref()
        .and_then(|d| d.split('.').next())
        .unwrap_or_else(|| svc.client.email.split('@').next().unwrap_or("user"));
    Ok(BaseName::Generated(normalize(seed)))
}

/// `v-list-user NAME json`: the user, or `None` when HestiaCP has no such user.
pub fn probe(api: &HestiaApi<'_>, name: &str) -> Result<Option<PanelUser>, HestiaError> {
    match api.json("v-list-user", &[name]) {
        Ok(v) => Ok(Some(PanelUser::from_json(name, v.get(name).unwrap_or(&v)))),
        Err(e) if is_missing(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// An account is this service's when its contact is the client's e-mail.
pub fn is_ours(u: &PanelUser, svc: &Service) -> bool {
    !svc.client.email.is_empty() && u.contact.eq_ignore_ascii_case(&svc.client.email)
}

pub fn taken(u: &PanelUser) -> HestiaError {
    if u.contact.is_empty() {
        return HestiaError::Input(format!(
            "HestiaCP has a user `{}` whose contact e-mail (`{}`) it does not report readably, so \
             the module cannot tell whether it is this service's; check the user on the panel",
            u.name,
            super::user::field::CONTACT
        ));
    }
    HestiaError::Input(format!(
        "HestiaCP already has a user `{}` that belongs to another account (different contact e-mail); \
         change the service's username or set a username rule so the module picks a free one",
        u.name
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::whmcs::{Array, Params};

    fn svc(username: &str, domain: Option<&str>) -> Service {
        let client = Array::new().with("id", 7).with("email", "ada@example.com");
        let p = Array::new()
            .with("serviceid", 42)
            .with("clientsdetails", client)
            .with("domain", domain.unwrap_or(""))
            .with("username", username);
        Service::from_params(&Params::new(p)).unwrap()
    }

    #[test]
    fn whmcs_username_is_checked_not_rewritten() {
        assert_eq!(
            base_name(&svc("Shopuser", None), "").unwrap(),
            BaseName::Fixed("shopuser".into())
        );
        for bad in ["john.doe", "mysql", "1abc", "a", "bob;id"] {
            let e = base_name(&svc(bad, None), "").unwrap_err().to_string();
            assert!(e.starts_with("Username `"), "{e}");
        }
    }

    #[test]
    fn rule_is_expanded_normalised_and_checked() {
        let s = svc("ignored", Some("my-shop.example"));
        assert_eq!(
            base_name(&s, "{domain}").unwrap(),
            BaseName::Generated("my-shopexample".into())
        );
        assert_eq!(
            base_name(&s, "Web_{client_id}x{service_id}").unwrap(),
            BaseName::Generated("web_7x42".into())
        );
        for bad in ["sudo", "{random_digit_6}", "{nope}", "{domain"] {
            let e = base_name(&s, bad).unwrap_err().to_string();
            assert!(e.starts_with(s::USERNAME_RULE), "{e}");
        }
    }
}
