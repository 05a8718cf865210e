//! The client's service page (ClientArea): the account in WHMCS's own markup (Bootstrap 4
//! cards, usage bars), the quick shortcuts into cPanel, the login buttons and the quick
//! e-mail form. The page waits for one round of two panel requests sent at once: the
//! account (listaccts) and one `batch` of this month's traffic (showbw) and the account's
//! mailbox and database counts (UAPI StatsBar); shortcuts and logins cost nothing until
//! clicked.

use serde_json::Value as Json;

use crate::modules::shared::answer;
use crate::whmcs::{Array, Call, Failure, Lang, Reply, Value};

use super::account::{probe, PanelAccount};
use crate::modules::shared::number::{self, whole, Reading, Rule};

use super::api::{both, WhmApi};
use super::bandwidth::{self, AccountTraffic};
use super::error::CpanelError;
use super::mailbox;
use super::reseller::is_reseller_product;
use super::service::Service;
use super::shortcuts::{sso_link, SHORTCUTS};
use super::usage::mb;

/// What the page shows beside the account; each `None` when WHM did not answer it readably
/// (the page then says "not reported" for that figure only).
struct Usage {
    traffic: Option<AccountTraffic>,
    mailboxes: Option<u64>,
    databases: Option<u64>,
}

/// One `batch`: showbw for the account and StatsBar's counts as the account.
fn usage_of(api: &WhmApi<'_>, user: &str) -> Result<Usage, CpanelError> {
    // `user` is a checked cPanel username (a-z, 0-9): nothing to escape in the commands.
    let data = api.call(
        "batch",
        &[
            (
                "command",
                format!("showbw?search={user}&searchtype=user&searchmethod=exact"),
            ),
            (
                "command",
                format!(
                    "uapi_cpanel?cpanel.module=StatsBar&cpanel.function=get_stats\
                     &cpanel.user={user}&display=emailaccounts%7Cmysqldatabases"
                ),
            ),
        ],
    )?;
    let results = data.get("result").and_then(Json::as_array);
    let entry = |i: usize| {
        results
            .and_then(|r| r.get(i))
            .filter(|e| whole(e.pointer("/metadata/result")) == Some(1))
            .and_then(|e| e.get("data"))
    };
    let traffic = entry(0)
        .and_then(|d| bandwidth::read(d, None).ok())
        .and_then(|m| m.of(user).cloned());
    let stats = entry(1)
        .and_then(|d| d.get("uapi"))
        .filter(|u| whole(u.get("status")) == Some(1))
        .and_then(|u| u.get("data"))
        .and_then(Json::as_array);
    let count = |id: &str| {
        stats
            .and_then(|items| {
                items
                    .iter()
                    .find(|i| answer::string(i, "id").as_deref() == Some(id))
            })
            .and_then(|i| stat_count(i).amount())
    };
    Ok(Usage {
        traffic,
        mailboxes: count("emailaccounts"),
        databases: count("mysqldatabases"),
    })
}

/// The account and its usage, asked at once.
fn read(call: &Call<'_>, user: &str) -> Result<(PanelAccount, Usage), CpanelError> {
    let (account, usage) = both(call, |api| probe(api, user), |api| usage_of(api, user))?;
    let account =
        account?.ok_or_else(|| CpanelError::input(format!("WHM has no account `{user}`")))?;
    Ok((account, usage?))
}

/// A StatsBar item's count (`_count`, in older versions `count`).
pub fn stat_count(item: &Json) -> Reading {
    match number::field(item, "_count", Rule::COUNT) {
        Reading::Absent => number::field(item, "count", Rule::COUNT),
        r => r,
    }
}

/// A count limit as listaccts states it: a number, `unlimited` (0), else unknown.
fn count_limit(raw: &str) -> Option<u64> {
    number::read_text(raw, Rule::COUNT.unlimited_as(&["unlimited"])).limit()
}

/// A bar turns into a warning from this share of its limit.
const NEAR_LIMIT_PERCENT: u64 = 90;

/// One usage figure for the template: texts always; `percent` (0–100) only when there is a
/// limit, so the template draws a bar with aria-valuenow/aria-valuemax for it.
fn usage(lang: &Lang, used: Option<u64>, limit: Option<u64>) -> Array {
    bar(lang, used, limit, |mb| lang.size_mb(mb as f64))
}

/// [`usage`] for counts (mailboxes, databases).
fn count_usage(lang: &Lang, used: Option<u64>, limit: Option<u64>) -> Array {
    bar(lang, used, limit, |n| lang.numbers().number(n as f64, 0))
}

fn bar(lang: &Lang, used: Option<u64>, limit: Option<u64>, size: impl Fn(u64) -> String) -> Array {
    let used_text = used.map_or_else(|| lang.text("notReported"), &size);
    let limit_text = match limit {
        Some(0) => lang.text("unlimited"),
        Some(l) => size(l),
        None => lang.text("notReported"),
    };
    let mut a = Array::new()
        .with("used", used.map_or(Value::Null, |u| Value::Int(u as i64)))
        .with(
            "text",
            lang.fill("usedOf", &[("used", &used_text), ("limit", &limit_text)]),
        );
    match (used, limit) {
        (Some(u), Some(l)) if l > 0 => {
            let percent = (u.saturating_mul(100) / l).min(100);
            a.set("limit", l as i64);
            a.set("percent", percent as i64);
            a.set(
                "percentText",
                lang.fill("percentUsed", &[("percent", &percent.to_string())]),
            );
            a.set("near", percent >= NEAR_LIMIT_PERCENT);
        }
        _ => {
            a.set("limit", Value::Null);
            a.set("percent", Value::Null);
            a.set("near", false);
        }
    }
    a
}

/// A limit as cPanel states it (`unlimited`, a number), in the client's words.
fn limit_text(lang: &Lang, raw: &str) -> String {
    let r = raw.trim();
    if r.is_empty() {
        lang.text("notReported")
    } else if r.eq_ignore_ascii_case("unlimited") {
        lang.text("unlimited")
    } else {
        r.to_string()
    }
}

fn custom_link(service_id: i64, function: &str) -> String {
    format!("clientarea.php?action=productdetails&id={service_id}&modop=custom&a={function}")
}

pub fn client_area(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let (account, used) = read(call, &user)?;
    let lang = Lang::for_client(call, super::ENGLISH);
    let t = |key: &str| lang.text(key);
    let a = &account;
    let suspended = a.suspended.unwrap_or(false);
    let disk_usage = usage(&lang, a.disk_used_mb.amount(), a.disk_limit_mb.limit());
    let (bw_used, bw_limit) = used.traffic.as_ref().map_or((None, None), |t| {
        (Some(mb(t.bytes) as u64), Some(mb(t.limit_bytes) as u64))
    });
    let bw_usage = usage(&lang, bw_used, bw_limit);
    let mut bars = Array::new();
    for (id, label, figure) in [
        ("disk", "diskUsage", &disk_usage),
        ("bandwidth", "bandwidthUsage", &bw_usage),
        (
            "mailboxes",
            "emailAccounts",
            &count_usage(&lang, used.mailboxes, count_limit(&a.max_email)),
        ),
        (
            "databases",
            "databases",
            &count_usage(&lang, used.databases, count_limit(&a.max_databases)),
        ),
    ] {
        let mut b = figure.clone();
        b.set("id", id);
        b.set("label", t(label));
        bars.push(b);
    }

    let mut warnings = Array::new();
    if suspended {
        warnings.push(t("suspendedWarning"));
    }
    for (figure, key) in [
        (&disk_usage, "nearLimitDisk"),
        (&bw_usage, "nearLimitBandwidth"),
    ] {
        if figure.get("near").is_some_and(Value::as_flag) {
            let p = figure.get("percent").and_then(Value::as_int).unwrap_or(0);
            warnings.push(lang.fill(key, &[("percent", &p.to_string())]));
        }
    }

    let mut shortcuts = Array::new();
    for s in SHORTCUTS {
        shortcuts.push(
            Array::new()
                .with("label", t(s.label))
                .with("app", s.app)
                .with("icon", s.icon)
                .with("url", sso_link(svc.id, Some(s.app))),
        );
    }
    // Mailboxes and databases have bars above; these two limits WHM states without a count.
    let limits = Array::new()
        .with(t("addonDomains"), limit_text(&lang, &a.max_addon))
        .with(t("subdomains"), limit_text(&lang, &a.max_sub));

    let vars = Array::new()
        .with("serviceId", svc.id)
        .with("username", a.user.as_str())
        .with("domain", a.domain.as_str())
        .with("package", a.plan.as_str())
        .with("ip", a.ip.as_str())
        // Unknown shows as not suspended: the panel refuses what does not work anyway.
        .with("suspended", suspended)
        .with("disk", disk_usage)
        .with("diskUsedMb", a.disk_used_mb.amount_i64())
        .with("diskLimitMb", a.disk_limit_mb.limit_i64())
        .with("bandwidth", bw_usage)
        .with("bandwidthUsedMb", bw_used.map(|b| b as i64))
        .with("bandwidthLimitMb", bw_limit.map(|b| b as i64))
        .with("bars", bars)
        .with("mailboxes", used.mailboxes.map(|n| n as i64))
        .with("databases", used.databases.map(|n| n as i64))
        .with("limits", limits)
        .with("warnings", warnings)
        .with("shortcuts", shortcuts)
        // WHMCS's own single sign-on link: it calls ServiceSingleSignOn when followed.
        .with("ssoUrl", sso_link(svc.id, None))
        .with("webmailUrl", custom_link(svc.id, "WebmailLogin"))
        .with(
            "whmUrl",
            if is_reseller_product(&call.params) {
                custom_link(svc.id, "WhmLogin")
            } else {
                String::new()
            },
        )
        .with("emailFormUrl", custom_link(svc.id, mailbox::FUNCTION))
        .with("emailDomain", a.domain.as_str());
    Ok(Reply::client_area("templates/clientarea.tpl", vars, &lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_only_against_a_limit() {
        let lang = Lang::load(None, "english", crate::modules::cpanel::ENGLISH);
        let usage = |u, l| usage(&lang, u, l);
        let u = usage(Some(950), Some(1000));
        assert_eq!(u.get("percent").and_then(Value::as_int), Some(95));
        assert!(u.get("near").is_some_and(Value::as_flag));
        let u = usage(Some(3000), Some(0));
        assert_eq!(u.get("percent"), Some(&Value::Null));
        assert_eq!(
            u.get("text").and_then(|v| v.as_text()).as_deref(),
            Some("2.9 GB of unlimited")
        );
        let u = usage(Some(5000), Some(1000));
        assert_eq!(
            u.get("percent").and_then(Value::as_int),
            Some(100),
            "capped"
        );
    }
}
