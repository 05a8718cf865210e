//! What staff and clients see of an account: admin tab, client area, panel link, buttons.
//! HestiaCP has no single sign-on a billing system can use, so the client gets a plain link.

use serde_json::Value as Json;

use crate::modules::shared::figure;
use crate::modules::shared::meter::{self, Meter};
use crate::whmcs::html;
use crate::whmcs::{Array, Call, Failure, Lang, Reply, Value};

use super::account_name::probe;
use super::api::HestiaApi;
use super::change_package::apply_package;
use super::concurrent::both;
use super::domain_setup::{issue_certificate, letsencrypt_wait};
use super::error::HestiaError;
use super::filemanager;
use super::mail_account;
use super::product::Product;
use super::service::Service;
use super::user::PanelUser;

struct Live {
    user: PanelUser,
    domains: Vec<(String, bool)>,
}

/// The user and its web domains, read at once.
fn live(call: &Call<'_>, username: &str) -> Result<Live, HestiaError> {
    let (user, list) = both(
        call,
        |api| probe(api, username),
        |api| api.json("v-list-web-domains", &[username]),
    )?;
    // The user's answer first: a missing user is named as such, whatever the domain list said.
    let user =
        user?.ok_or_else(|| HestiaError::Input(format!("the panel has no user {username}")))?;
    let domains = list?
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(d, v)| {
                    (
                        d.clone(),
                        v.get("SSL").and_then(Json::as_str) == Some("yes"),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Live { user, domains })
}

fn panel_url(api: &HestiaApi<'_>) -> String {
    api.endpoint().url("/")
}

/// Disk and bandwidth always; mail accounts and databases where the panel reports a limit.
fn meters(lang: &Lang, u: &PanelUser) -> Vec<Meter> {
    let disk_limit = u.disk_quota.limit_i64();
    let bw_limit = u.bandwidth_limit.limit_i64();
    let mut m = vec![
        Meter {
            key: "disk",
            label: lang.text("diskUsage"),
            text: figure::mb_of_in(lang, u.disk_used_mb.amount_i64(), disk_limit),
            used: u.disk_used_mb.amount_i64(),
            limit: disk_limit,
        },
        Meter {
            key: "bandwidth",
            label: lang.text("bandwidthUsage"),
            text: figure::mb_of_in(lang, u.bandwidth_used_mb.amount_i64(), bw_limit),
            used: u.bandwidth_used_mb.amount_i64(),
            limit: bw_limit,
        },
    ];
    let counts = [
        (
            "mail",
            "mailAccountsUsage",
            u.mail_accounts_used.amount_i64(),
            u.mail_accounts_limit.limit_i64(),
        ),
        (
            "databases",
            "databasesUsage",
            u.databases_used.amount_i64(),
            u.databases_limit.limit_i64(),
        ),
    ];
    for (key, label, used, limit) in counts {
        if let (Some(used), Some(limit)) = (used, limit) {
            m.push(Meter {
                key,
                label: lang.text(label),
                text: figure::count_of_in(lang, Some(used), Some(limit)),
                used: Some(used),
                limit: Some(limit),
            });
        }
    }
    m
}

/// The panel's own pages (HestiaCP has no single sign-on: the client logs in there), then
/// our file manager. Plain links: nothing is asked of the panel until one is followed.
fn shortcuts(lang: &Lang, panel: &str, service_id: i64) -> Value {
    const PANEL: &[(&str, &str, &str)] = &[
        ("shortcutWeb", "list/web/", "fa-globe"),
        ("shortcutMail", "list/mail/", "fa-envelope"),
        ("shortcutDatabases", "list/db/", "fa-database"),
        ("shortcutCron", "list/cron/", "fa-clock"),
        ("shortcutBackups", "list/backup/", "fa-archive"),
        ("shortcutPanelFiles", "fm/", "fa-folder-open"),
    ];
    let mut list: Vec<Value> = PANEL
        .iter()
        .map(|(key, path, icon)| {
            Array::new()
                .with("label", lang.text(key))
                .with(
                    "url",
                    format!("{}{path}", panel.trim_end_matches('/').to_string() + "/"),
                )
                .with("icon", *icon)
                .with("external", true)
                .into()
        })
        .collect();
    list.push(
        Array::new()
            .with("label", lang.text("fileManager"))
            .with(
                "url",
                format!(
                    "clientarea.php?action=productdetails&id={service_id}&modop=custom&a={}",
                    filemanager::PAGE_FUNCTION
                ),
            )
            .with("icon", "fa-file-code")
            .with("external", false)
            .into(),
    );
    Value::from(list)
}

pub fn admin_tab(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let username = svc.existing_username()?;
    let l = live(call, username)?;
    let lang = Lang::for_admin(call, super::ENGLISH);
    let u = &l.user;
    let domains: Vec<String> = l
        .domains
        .iter()
        .map(|(d, ssl)| format!("{}{}", html::escape(d), if *ssl { " (SSL)" } else { "" }))
        .collect();
    let meters = meters(&lang, u);
    let mut fields = Array::new()
        .with(
            lang.text("adminAccount"),
            html::escape(&lang.fill(
                "accountPackage",
                &[("user", &u.name), ("package", &u.package)],
            )),
        )
        .with(
            lang.text("adminStatus"),
            html::escape(&figure::either_in(
                &lang,
                u.suspended,
                "statusSuspendedOnPanel",
                "statusActiveOnPanel",
            )),
        );
    for m in &meters {
        fields.set(m.label.as_str(), admin_bar(m));
    }
    let fields = fields.with(
        lang.text("webDomains"),
        if domains.is_empty() {
            html::escape(&lang.text("none"))
        } else {
            domains.join("<br>")
        },
    );
    Ok(Reply::array(fields))
}

/// A figure for the admin tab: its text over a small bar (the tab's values are HTML).
fn admin_bar(m: &Meter) -> String {
    let text = html::escape(&m.text);
    match m.percent() {
        Some(p) => {
            let level = match p {
                p if p >= 100 => "bg-danger",
                p if p >= meter::NEAR_PERCENT => "bg-warning",
                _ => "bg-success",
            };
            format!(
                "{text}<div class=\"progress\" style=\"height:6px;max-width:320px;margin-top:3px\">\
                 <div class=\"progress-bar {level}\" role=\"progressbar\" style=\"width:{w}%\" \
                 aria-valuenow=\"{now}\" aria-valuemin=\"0\" aria-valuemax=\"{max}\" aria-label=\"{label}\"></div></div>",
                w = p.min(100),
                now = m.used.unwrap_or(0),
                max = m.limit.unwrap_or(0),
                label = html::escape(&m.label),
            )
        }
        None => text,
    }
}

pub fn client_area(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let username = svc.existing_username()?;
    let api = HestiaApi::for_call(call)?;
    let l = live(call, username)?;
    let lang = Lang::for_client(call, super::ENGLISH);
    let u = &l.user;
    let domains: Vec<Value> = l
        .domains
        .iter()
        .map(|(d, ssl)| {
            Array::new()
                .with("name", d.as_str())
                .with("ssl", *ssl)
                .into()
        })
        .collect();
    let meters = meters(&lang, u);
    let (bars, warnings) = meter::page_values(&meters, &lang);
    let panel = panel_url(&api);
    let mail_domain = svc.domain.clone().unwrap_or_default();
    let vars = Array::new()
        .with("serviceId", svc.id)
        .with("username", u.name.as_str())
        .with("package", u.package.as_str())
        // Unknown shows as not suspended: the page offers nothing that depends on it.
        .with("suspended", u.suspended.unwrap_or(false))
        .with("diskUsedMb", u.disk_used_mb.amount_i64())
        .with("diskLimitMb", u.disk_quota.limit_i64())
        .with("bandwidthUsedMb", u.bandwidth_used_mb.amount_i64())
        .with("bandwidthLimitMb", u.bandwidth_limit.limit_i64())
        .with(
            "disk",
            figure::mb_of_in(&lang, u.disk_used_mb.amount_i64(), u.disk_quota.limit_i64()),
        )
        .with(
            "bandwidth",
            figure::mb_of_in(
                &lang,
                u.bandwidth_used_mb.amount_i64(),
                u.bandwidth_limit.limit_i64(),
            ),
        )
        .with("usage", bars)
        .with("warnings", Value::from(warnings))
        .with("shortcuts", shortcuts(&lang, &panel, svc.id))
        .with("domains", Value::from(domains))
        .with("panelUrl", panel)
        .with("mailDomain", mail_domain)
        .with(
            "mailAction",
            format!(
                "clientarea.php?action=productdetails&id={}&modop=custom&a={}",
                svc.id,
                mail_account::FUNCTION
            ),
        );
    Ok(Reply::client_area("templates/clientarea.tpl", vars, &lang))
}

/// A link to the panel's login page (no SSO exists to fake), for staff.
pub fn login_link(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = HestiaApi::for_call(call)?;
    let lang = Lang::for_admin(call, super::ENGLISH);
    Ok(Reply::text(format!(
        "<a href=\"{}\" target=\"_blank\" rel=\"noopener\">{}</a>",
        html::escape(&panel_url(&api)),
        html::escape(&lang.text("loginToPanel"))
    )))
}

pub fn admin_buttons(call: &Call<'_>) -> Result<Reply, Failure> {
    let lang = Lang::for_admin(call, super::ENGLISH);
    Ok(Reply::array(
        Array::new()
            .with(lang.text("buttonIssueSsl"), "IssueSsl")
            .with(lang.text("buttonReapplyPackage"), "ReapplyPackage"),
    ))
}

/// Admin button: (re)issue the web domain's certificate.
pub fn issue_ssl(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let username = svc.existing_username()?;
    let domain = svc.domain.as_deref().ok_or_else(|| {
        HestiaError::Input("the service has no domain to issue a certificate for".into())
    })?;
    let api = HestiaApi::for_call(call)?;
    issue_certificate(&api, username, domain, letsencrypt_wait(call))?;
    Ok(Reply::success())
}

/// Admin button: deploy the product's package again and move the user onto it.
pub fn reapply_package(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let username = svc.existing_username()?;
    let product = Product::from_params(&call.params)?;
    let api = HestiaApi::for_call(call)?;
    apply_package(call, &api, username, &product)?;
    Ok(Reply::success())
}
