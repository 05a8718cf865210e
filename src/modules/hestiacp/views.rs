//! What staff and clients see of an account: admin tab, client area, panel link, buttons.
//! HestiaCP has no single sign-on a billing system can use, so the client gets a plain link.

use serde_json::Value as Json;

use crate::modules::shared::figure;
use crate::whmcs::function::html_escape;
use crate::whmcs::{Array, Call, Failure, Lang, Reply, Value};

use super::account_name::probe;
use super::api::HestiaApi;
use super::change_package::apply_package;
use super::concurrent::both;
use super::domain_setup::{issue_certificate, letsencrypt_wait};
use super::error::HestiaError;
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

fn mb(used: Option<i64>, limit: Option<&str>) -> String {
    figure::mb_of(used, PanelUser::limit_mb(limit))
}

pub fn admin_tab(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let username = svc.existing_username()?;
    let l = live(call, username)?;
    let domains: Vec<String> = l
        .domains
        .iter()
        .map(|(d, ssl)| format!("{}{}", html_escape(d), if *ssl { " (SSL)" } else { "" }))
        .collect();
    let fields = Array::new()
        .with(
            "HestiaCP account",
            html_escape(&format!("{} — package {}", l.user.name, l.user.package)),
        )
        .with(
            "Status",
            figure::either(
                l.user.suspended,
                "Suspended on the panel",
                "Active on the panel",
            ),
        )
        .with(
            "Disk",
            html_escape(&mb(l.user.disk_used_mb, l.user.disk_quota.as_deref())),
        )
        .with(
            "Bandwidth (this month)",
            html_escape(&mb(
                l.user.bandwidth_used_mb,
                l.user.bandwidth_limit.as_deref(),
            )),
        )
        .with(
            "Web domains",
            if domains.is_empty() {
                "none".to_string()
            } else {
                domains.join("<br>")
            },
        );
    Ok(Reply::array(fields))
}

pub fn client_area(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let username = svc.existing_username()?;
    let api = HestiaApi::for_call(call)?;
    let l = live(call, username)?;
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
    let vars = Array::new()
        .with("username", l.user.name.as_str())
        .with("package", l.user.package.as_str())
        // Unknown shows as not suspended: the page offers nothing that depends on it.
        .with("suspended", l.user.suspended.unwrap_or(false))
        .with("diskUsedMb", l.user.disk_used_mb)
        .with(
            "diskLimitMb",
            PanelUser::limit_mb(l.user.disk_quota.as_deref()),
        )
        .with("bandwidthUsedMb", l.user.bandwidth_used_mb)
        .with(
            "bandwidthLimitMb",
            PanelUser::limit_mb(l.user.bandwidth_limit.as_deref()),
        )
        .with(
            "disk",
            mb(l.user.disk_used_mb, l.user.disk_quota.as_deref()),
        )
        .with(
            "bandwidth",
            mb(l.user.bandwidth_used_mb, l.user.bandwidth_limit.as_deref()),
        )
        .with("domains", Value::from(domains))
        .with("panelUrl", panel_url(&api));
    let lang = Lang::for_client(call, super::ENGLISH);
    Ok(Reply::client_area("templates/clientarea.tpl", vars, &lang))
}

/// A link to the panel's login page (no SSO exists to fake).
pub fn login_link(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = HestiaApi::for_call(call)?;
    Ok(Reply::text(format!(
        "<a href=\"{}\" target=\"_blank\" rel=\"noopener\">Log in to HestiaCP</a>",
        html_escape(&panel_url(&api))
    )))
}

pub fn admin_buttons(_: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::array(
        Array::new()
            .with("Issue Let's Encrypt certificate", "IssueSsl")
            .with("Re-apply package", "ReapplyPackage"),
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
