//! v-add-letsencrypt-domain: synchronous (configurable delay), MAIL=yes issues the mail
//! certificate for the mail domain instead of the web one, configurable failure.

use std::time::Duration;

use super::commands::Args;
use super::exec::code::*;
use super::exec::{fail, Fail, R};
use super::state::{Certificate, State};
use super::users::{existing, unsuspended};
use super::{clock, validate, HestiaPanel};

/// What the validation phase decided.
struct Plan {
    user: String,
    domain: String,
    mail: bool,
    aliases: String,
}

fn validate_request(st: &State, a: Args) -> Result<Plan, Fail> {
    let user = a.s(1);
    let domain = a.s(2);
    let aliases = a.s(3);
    // mail=${4// /}
    let mail: String = a.s(4).chars().filter(|c| *c != ' ').collect();
    validate::user(user, "user", false)?;
    if !domain.is_empty() {
        validate::domain(domain, "domain")?;
    }
    if !aliases.is_empty() {
        validate::aliases(aliases)?;
    }
    let u = existing(st, user)?;
    unsuspended(u, user)?;
    if !mail.is_empty() {
        validate::boolean(&mail, "mail")?;
    }
    let is_mail = mail == "yes";
    let list = if is_mail { &u.mail } else { &u.web };
    let kind = if is_mail { "mail" } else { "web" };
    let Some(conf) = list
        .iter()
        .find(|c| c.get("DOMAIN").map(String::as_str) == Some(domain))
    else {
        return fail(E_NOTEXIST, format!("{kind} domain {domain} doesn't exist"));
    };
    if conf.get("SUSPENDED").map(String::as_str) == Some("yes") {
        return fail(E_SUSPENDED, format!("{kind} {domain} is suspended"));
    }
    let mut cert_aliases = String::new();
    if !is_mail {
        let have = conf.get("ALIAS").cloned().unwrap_or_default();
        if aliases != format!("*.{domain}") {
            for al in aliases.split(',').filter(|s| !s.is_empty()) {
                if !have.split(',').any(|h| h == al) {
                    return fail(E_NOTEXIST, format!("domain alias {al} doesn't exist"));
                }
            }
        }
        cert_aliases = if aliases.is_empty() {
            have
        } else {
            aliases.to_string()
        };
    } else if conf.get("WEBMAIL").map(|w| !w.is_empty()).unwrap_or(false) {
        cert_aliases = format!("webmail.{domain}");
    }
    Ok(Plan {
        user: user.to_string(),
        domain: domain.to_string(),
        mail: is_mail,
        aliases: cert_aliases,
    })
}

/// The message Hestia prints for a failing issuance with this exit code.
fn failure_text(code: i32, domain: &str, mail: bool) -> String {
    let cn = if mail {
        format!("mail.{domain}")
    } else {
        domain.to_string()
    };
    match code {
        E_NOTEXIST => format!("Error: DNS domain {cn} doesn't exist"),
        E_CONNECT => format!(
            "Error: Let's Encrypt validation status 400 ({cn}). Details: urn:ietf:params:acme:error:connection:Timeout during connect (likely firewall problem)"
        ),
        _ => format!("Error: Let's Encrypt finalize bad status 500 ({cn})"),
    }
}

pub fn add_letsencrypt_domain(p: &HestiaPanel, a: Args) -> R {
    let (plan, delay, fail_exit) = {
        let st = p.lock();
        (
            validate_request(&st, a)?,
            st.letsencrypt.delay_ms,
            st.letsencrypt.fail_exit,
        )
    };
    // The ACME dance takes a while; other requests are served meanwhile.
    if delay > 0 {
        std::thread::sleep(Duration::from_millis(delay));
    }
    if let Some(code) = fail_exit.filter(|c| *c != 0) {
        return Err(Fail::raw(code, failure_text(code, &plan.domain, plan.mail)));
    }
    let mut st = p.lock();
    let Some(u) = st.users.get_mut(&plan.user) else {
        return fail(E_NOTEXIST, format!("user {} doesn't exist", plan.user));
    };
    let list = if plan.mail { &mut u.mail } else { &mut u.web };
    let Some(conf) = list
        .iter_mut()
        .find(|c| c.get("DOMAIN").map(String::as_str) == Some(plan.domain.as_str()))
    else {
        let kind = if plan.mail { "mail" } else { "web" };
        return fail(
            E_NOTEXIST,
            format!("{kind} domain {} doesn't exist", plan.domain),
        );
    };
    conf.insert("SSL".into(), "yes".into());
    conf.insert("LETSENCRYPT".into(), "yes".into());
    let kind = if plan.mail { "mail" } else { "web" };
    let (time, date) = clock::now_time_date();
    u.certificates
        .retain(|c| !(c.domain == plan.domain && c.kind == kind));
    u.certificates.push(Certificate {
        domain: plan.domain.clone(),
        kind: kind.into(),
        aliases: plan.aliases,
        time,
        date,
    });
    u.recount();
    if plan.mail {
        let n = u
            .mail
            .iter()
            .filter(|c| c.get("SSL").map(String::as_str) == Some("yes"))
            .count();
        u.set("U_MAIL_SSL", n.to_string());
    }
    Ok(String::new())
}
