//! Mail accounts: v-add-mail-account (bin/v-add-mail-account of HestiaCP 1.10): the checks in
//! the script's order, then the account, the domain's ACCOUNTS and the user's U_MAIL_ACCOUNTS.
//! The accounts of a domain are kept in its conf under `ACCOUNT_LIST` (HestiaCP keeps them in
//! mail/<domain>.conf); the password is stored only as the script stores it: not at all in clear.

use super::commands::Args;
use super::domains::package_full;
use super::exec::code::*;
use super::exec::{fail, Fail, R};
use super::users::{existing, unsuspended};
use super::{validate, HestiaPanel};

/// The key of a domain's conf listing its accounts, comma-separated.
pub const ACCOUNT_LIST: &str = "ACCOUNT_LIST";

/// `is_localpart_format_valid ACCOUNT account 64`
fn localpart(v: &str) -> Result<(), Fail> {
    let ok_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-');
    let n = v.chars().count();
    let ok = match n {
        1 => v.chars().all(|c| c.is_ascii_alphanumeric()),
        2..=64 => v.chars().all(ok_char),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        fail(E_INVALID, format!("invalid account format :: {v}"))
    }
}

pub fn add_mail_account(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let domain = validate::normalize_domain(a.s(2));
    let account = a.s(3).to_ascii_lowercase();
    let quota = a.or(5, "unlimited");
    validate::user(user, "user", false)?;
    validate::domain(&domain, "domain")?;
    localpart(&account)?;
    if quota != "unlimited" {
        validate::int(quota, "quota")?;
    }
    let mut st = p.lock();
    let u = existing(&st, user)?;
    unsuspended(u, user)?;
    let Some(d) = u
        .mail
        .iter()
        .find(|c| c.get("DOMAIN").map(String::as_str) == Some(domain.as_str()))
    else {
        return fail(E_NOTEXIST, format!("mail domain {domain} doesn't exist"));
    };
    if d.get("SUSPENDED").map(String::as_str) == Some("yes") {
        return fail(E_SUSPENDED, format!("mail domain {domain} is suspended"));
    }
    let accounts: Vec<String> = d
        .get(ACCOUNT_LIST)
        .map(|l| {
            l.split(',')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    package_full(u, "MAIL_ACCOUNTS", accounts.len(), false)?;
    if accounts.contains(&account) {
        return fail(E_EXISTS, format!("mail account {account} exists"));
    }
    let Some(u) = st.users.get_mut(user) else {
        return fail(E_NOTEXIST, format!("user {user} doesn't exist"));
    };
    let total = u.get("U_MAIL_ACCOUNTS").parse::<usize>().unwrap_or(0) + 1;
    u.set("U_MAIL_ACCOUNTS", total.to_string());
    if let Some(d) = u
        .mail
        .iter_mut()
        .find(|c| c.get("DOMAIN").map(String::as_str) == Some(domain.as_str()))
    {
        let mut list = accounts;
        list.push(account);
        d.insert("ACCOUNTS".into(), list.len().to_string());
        d.insert(ACCOUNT_LIST.into(), list.join(","));
    }
    Ok(String::new())
}
