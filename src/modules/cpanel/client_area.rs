//! The client's service page (ClientArea): the account in WHMCS's own markup (Bootstrap 4
//! cards, usage bars), the quick shortcuts into cPanel, the login buttons and the quick
//! e-mail form. The page waits for one round of panel requests (listaccts and showbw at
//! once, as the admin tab); shortcuts and logins cost nothing until clicked.

use crate::whmcs::{Array, Call, Failure, Lang, Reply, Value};

use super::mailbox;
use super::reseller::is_reseller_product;
use super::service::Service;
use super::shortcuts::{sso_link, SHORTCUTS};
use super::usage::mb;
use super::views::{disk, live};

/// A bar turns into a warning from this share of its limit.
const NEAR_LIMIT_PERCENT: u64 = 90;

/// One usage figure for the template: texts always; `percent` (0–100) only when there is a
/// limit, so the template draws a bar with aria-valuenow/aria-valuemax for it.
fn usage(lang: &Lang, used: Option<u64>, limit: Option<u64>) -> Array {
    let size = |mb: u64| lang.size_mb(mb as f64);
    let used_text = used.map_or_else(|| lang.text("notReported"), size);
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
    let l = live(call, &user, false)?;
    let lang = Lang::for_client(call, super::ENGLISH);
    let t = |key: &str| lang.text(key);
    let a = &l.account;
    let suspended = a.suspended.unwrap_or(false);
    let disk_usage = usage(&lang, a.disk_used_mb, a.disk_limit_mb);
    let (bw_used, bw_limit) = l.traffic.as_ref().map_or((None, None), |t| {
        (Some(mb(t.bytes) as u64), Some(mb(t.limit_bytes) as u64))
    });
    let bw_usage = usage(&lang, bw_used, bw_limit);

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
    let limits = Array::new()
        .with(t("emailAccounts"), limit_text(&lang, &a.max_email))
        .with(t("databases"), limit_text(&lang, &a.max_databases))
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
        .with("diskUsedMb", disk(a.disk_used_mb))
        .with("diskLimitMb", disk(a.disk_limit_mb))
        .with("bandwidth", bw_usage)
        .with("bandwidthUsedMb", bw_used.map(|b| b as i64))
        .with("bandwidthLimitMb", bw_limit.map(|b| b as i64))
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
