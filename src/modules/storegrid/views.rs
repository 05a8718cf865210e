//! What staff and clients see of an account (admin tab, client area) and the admin buttons.

use crate::modules::shared::figure;
use crate::modules::shared::meter::{self, Meter};
use crate::whmcs::html;
use crate::whmcs::{Array, Call, Failure, Lang, Reply, Value};

use super::api::StoregridApi;
use super::contract::{Account, Throttling};
use super::error::StoregridError;
use super::pass_key;
use super::product::Product;
use super::service::Service;

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

fn size(lang: &Lang, bytes: u64) -> String {
    lang.size_bytes(bytes as f64)
}

fn used(lang: &Lang, a: &Account) -> String {
    a.storage_used
        .amount()
        .map_or_else(|| lang.text("notReported"), |b| size(lang, b))
}

fn allotted(lang: &Lang, a: &Account) -> String {
    match a.storage_allotted.amount() {
        Some(0) => lang.text("noLimit"),
        Some(n) => size(lang, n),
        None => lang.text("notReported"),
    }
}

fn mcal_line(lang: &Lang, a: &Account) -> String {
    let used = a
        .mcal
        .used
        .map_or_else(|| lang.text("notReported"), |n| n.to_string());
    match (a.mcal.auto, a.mcal.allotted) {
        (false, Some(n)) => lang.fill(
            "mcalAllotted",
            &[("used", &used), ("allotted", &n.to_string())],
        ),
        _ => lang.fill("mcalAuto", &[("used", &used)]),
    }
}

fn throttling_line(lang: &Lang, t: &Throttling) -> String {
    let hhmm = |v: &Option<String>| {
        let v = v.clone().unwrap_or_default();
        if v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()) {
            format!("{}:{}", &v[..2], &v[2..])
        } else {
            v
        }
    };
    // An unreadable rate is "not reported", never a guessed 0 (which reads as "throttled to nothing").
    let rate = match t.rate {
        Some(r) => size(lang, r),
        None => lang.text("notReported"),
    };
    match (t.mode.as_str(), t.enabled, t.schedule.as_deref()) {
        ("custom", Some(true), Some("timed")) => lang.fill(
            "throttleTimed",
            &[
                ("rate", &rate),
                ("from", &hhmm(&t.from)),
                ("till", &hhmm(&t.till)),
            ],
        ),
        ("custom", Some(true), _) => lang.fill("throttleAlways", &[("rate", &rate)]),
        ("custom", _, _) => lang.text("off"),
        _ => lang.text("throttleGlobal"),
    }
}

fn storage_meter(lang: &Lang, a: &Account) -> Meter {
    // MB keeps the bar's numbers small and exact enough; 0 allotted = no limit (no bar).
    let mb = |b: u64| (b / (1024 * 1024)) as i64;
    Meter {
        key: "storage",
        label: lang.text("storageTitle"),
        text: lang.fill(
            "usedOf",
            &[("used", &used(lang, a)), ("limit", &allotted(lang, a))],
        ),
        used: a.storage_used.amount().map(mb),
        limit: a.storage_allotted.amount().map(mb),
    }
}

pub fn admin_tab(call: &Call<'_>) -> Result<Reply, Failure> {
    let (a, _) = live(call)?;
    let lang = Lang::for_admin(call, super::ENGLISH);
    let who = if a.kind == "customer" {
        lang.fill(
            "customerOf",
            &[("name", &a.name), ("reseller", &a.reseller)],
        )
    } else {
        lang.fill("resellerAccount", &[("name", &a.name)])
    };
    let storage = lang.fill(
        "storageUsedOf",
        &[("used", &used(&lang, &a)), ("limit", &allotted(&lang, &a))],
    );
    let fields = Array::new()
        .with(lang.text("adminAccount"), html::escape(&who))
        .with(
            lang.text("adminStatus"),
            html::escape(&figure::either_in(
                &lang,
                a.active,
                "activeOnServer",
                "inactiveOnServer",
            )),
        )
        .with(lang.text("adminStorage"), html::escape(&storage))
        .with(lang.text("adminMcal"), html::escape(&mcal_line(&lang, &a)))
        .with(
            lang.text("adminThrottling"),
            html::escape(&throttling_line(&lang, &a.bandwidth_throttling)),
        )
        .with(
            lang.text("adminLocation"),
            html::escape(&a.storage_location),
        )
        .with(
            lang.text("adminAutoAuthorize"),
            html::escape(&figure::either_in(&lang, a.auto_authorize, "on", "off")),
        );
    Ok(Reply::array(fields))
}

pub fn client_area(call: &Call<'_>) -> Result<Reply, Failure> {
    let (a, console) = live(call)?;
    let lang = Lang::for_client(call, super::ENGLISH);
    let pass_key_field = Product::from_params(&call.params)
        .map(|p| p.pass_key_field)
        .unwrap_or_default();
    let meter = storage_meter(&lang, &a);
    let percent = meter.percent().map_or(0, |p| p.min(100));
    let (bars, mut warnings) = meter::page_values(std::slice::from_ref(&meter), &lang);
    // Unknown shows as active: the client area offers nothing that depends on it.
    let active = a.active.unwrap_or(true);
    if !active {
        warnings.insert(0, Value::from(lang.text("inactiveNotice")));
    }
    let kind = if a.kind == "reseller" {
        "kindReseller"
    } else {
        "kindCustomer"
    };
    let vars = Array::new()
        .with("account", a.name.as_str())
        .with("kind", a.kind.as_str())
        .with("kindText", lang.text(kind))
        .with("active", active)
        .with("storageUsed", used(&lang, &a))
        .with("storageAllotted", allotted(&lang, &a))
        .with("storagePercent", percent)
        .with("usage", bars)
        .with("warnings", Value::from(warnings))
        .with("mcal", mcal_line(&lang, &a))
        .with(
            "passKeyHelp",
            if pass_key_field.is_empty() {
                lang.text("passKeyFromSupport")
            } else {
                lang.fill("passKeyInField", &[("field", &pass_key_field)])
            },
        )
        .with("consoleUrl", console);
    Ok(Reply::client_area("templates/clientarea.tpl", vars, &lang))
}

pub fn admin_buttons(call: &Call<'_>) -> Result<Reply, Failure> {
    let lang = Lang::for_admin(call, super::ENGLISH);
    Ok(Reply::array(
        Array::new()
            .with(lang.text("buttonRetrievePassKey"), "RetrievePassKey")
            .with(lang.text("buttonReapplySettings"), "ReapplySettings"),
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
        let en = Lang::load(None, "english", super::super::ENGLISH);
        assert_eq!(throttling_line(&en, &t), "2 KB from 01:30 till 17:40");
        let unread = Throttling { rate: None, ..t };
        assert_eq!(
            throttling_line(&en, &unread),
            "not reported from 01:30 till 17:40"
        );
        assert_eq!(
            throttling_line(
                &en,
                &Throttling {
                    mode: "global".into(),
                    ..Throttling::default()
                }
            ),
            "global configuration"
        );
    }
}
