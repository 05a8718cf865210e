//! What staff and clients see of an account (admin tab, client area) and the admin buttons.

use crate::modules::shared::figure::{self, NOT_REPORTED};
use crate::whmcs::function::html_escape;
use crate::whmcs::{Array, Call, Failure, Lang, Reply};

use super::api::StoregridApi;
use super::contract::{Account, Throttling};
use super::error::StoregridError;
use super::pass_key;
use super::product::Product;
use super::service::Service;
use super::size::human;

/// The account (named as WHMCS knows it, whatever the answer says) and the console's address.
fn live(call: &Call<'_>) -> Result<(Account, String), StoregridError> {
    let svc = Service::from_params(&call.params)?;
    let name = svc.account_name(call)?;
    let api = StoregridApi::for_call(call)?;
    let mut acc = api
        .account(&name)?
        .ok_or_else(|| StoregridError::Input(format!("the backup server has no account {name}")))?;
    acc.name = name;
    Ok((acc, api.console_url()))
}

fn used(a: &Account) -> String {
    a.storage_used
        .map_or_else(|| NOT_REPORTED.to_string(), human)
}

fn allotted(a: &Account) -> String {
    match a.storage_allotted {
        Some(0) => "no limit".to_string(),
        Some(n) => human(n),
        None => NOT_REPORTED.to_string(),
    }
}

fn storage_line(a: &Account) -> String {
    format!("{} used of {}", used(a), allotted(a))
}

fn mcal_line(a: &Account) -> String {
    let used = a
        .mcal
        .used
        .map_or_else(|| NOT_REPORTED.to_string(), |n| n.to_string());
    match (a.mcal.auto, a.mcal.allotted) {
        (false, Some(n)) => format!("{used} used of {n} allotted"),
        _ => format!("{used} used, automatic allocation"),
    }
}

fn throttling_line(t: &Throttling) -> String {
    let hhmm = |v: &Option<String>| {
        let v = v.clone().unwrap_or_default();
        if v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()) {
            format!("{}:{}", &v[..2], &v[2..])
        } else {
            v
        }
    };
    match (t.mode.as_str(), t.enabled, t.schedule.as_deref()) {
        ("custom", Some(true), Some("timed")) => format!(
            "{} from {} till {}",
            human(t.rate.unwrap_or(0)),
            hhmm(&t.from),
            hhmm(&t.till)
        ),
        ("custom", Some(true), _) => format!("{} always", human(t.rate.unwrap_or(0))),
        ("custom", _, _) => "off".to_string(),
        _ => "global configuration".to_string(),
    }
}

pub fn admin_tab(call: &Call<'_>) -> Result<Reply, Failure> {
    let (a, _) = live(call)?;
    let who = if a.kind == "customer" {
        format!("{} — customer of reseller {}", a.name, a.reseller)
    } else {
        format!("{} — reseller", a.name)
    };
    let fields = Array::new()
        .with("Backup account", html_escape(&who))
        .with(
            "Backup status",
            figure::either(
                a.active,
                "Active on the backup server",
                "Inactive on the backup server",
            ),
        )
        .with("Storage", html_escape(&storage_line(&a)))
        .with("MCAL", html_escape(&mcal_line(&a)))
        .with(
            "Bandwidth throttling",
            html_escape(&throttling_line(&a.bandwidth_throttling)),
        )
        .with("Storage location", html_escape(&a.storage_location))
        .with(
            "Auto authorization",
            figure::either(a.auto_authorize, "on", "off"),
        );
    Ok(Reply::array(fields))
}

pub fn client_area(call: &Call<'_>) -> Result<Reply, Failure> {
    let (a, console) = live(call)?;
    let percent = match (a.storage_used, a.storage_allotted) {
        (Some(u), Some(t)) => u
            .saturating_mul(100)
            .checked_div(t)
            .map_or(0, |p| p.min(100) as i64),
        _ => 0,
    };
    let vars = Array::new()
        .with("account", a.name.as_str())
        .with("kind", a.kind.as_str())
        // Unknown shows as active: the client area offers nothing that depends on it.
        .with("active", a.active.unwrap_or(true))
        .with("storageUsed", used(&a))
        .with("storageAllotted", allotted(&a))
        .with("storagePercent", percent)
        .with("mcal", mcal_line(&a))
        .with("consoleUrl", console);
    let lang = Lang::for_client(call, super::ENGLISH);
    Ok(Reply::client_area("templates/clientarea.tpl", vars, &lang))
}

pub fn admin_buttons(_: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::array(
        Array::new()
            .with("Retrieve pass key", "RetrievePassKey")
            .with("Re-apply settings", "ReapplySettings"),
    ))
}

/// Admin button: fetch the customer's pass key into the client's custom field again.
pub fn retrieve_pass_key(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let name = svc.account_name(call)?;
    let product = Product::from_params(&call.params)?;
    let mut api = StoregridApi::for_call(call)?;
    pass_key::fetch_and_store(
        call,
        &mut api,
        &name,
        svc.contact.client_id,
        &product.pass_key_field,
    )?;
    Ok(Reply::success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttling_is_described() {
        let t = Throttling {
            mode: "custom".into(),
            enabled: Some(true),
            schedule: Some("timed".into()),
            from: Some("0130".into()),
            till: Some("1740".into()),
            rate: Some(2048),
        };
        assert_eq!(throttling_line(&t), "2 KB from 01:30 till 17:40");
        assert_eq!(
            throttling_line(&Throttling {
                mode: "global".into(),
                ..Throttling::default()
            }),
            "global configuration"
        );
    }
}
