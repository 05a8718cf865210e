//! What staff and clients see of an account: the admin services tab, the client area and the
//! admin buttons. Each view costs one listaccts and one showbw for the account.

use crate::modules::shared::figure;
use crate::whmcs::function::html_escape;
use crate::whmcs::{Array, Call, Failure, Reply};

use super::account::{probe, PanelAccount};
use super::api::{both, WhmApi};
use super::bandwidth::{self, AccountTraffic};
use super::error::CpanelError;
use super::service::Service;
use super::traffic;
use super::usage::mb;

struct Live {
    account: PanelAccount,
    traffic: Option<AccountTraffic>,
}

/// The account and its traffic, read at once.
fn live(call: &Call<'_>, user: &str) -> Result<Live, CpanelError> {
    let (account, traffic) = both(
        call,
        |api| probe(api, user),
        |api| bandwidth::show(api, None, Some(user)),
    )?;
    // The account's answer first: a missing account is named as such.
    let account =
        account?.ok_or_else(|| CpanelError::input(format!("WHM has no account `{user}`")))?;
    let traffic = traffic?.of(user).cloned();
    Ok(Live { account, traffic })
}

fn disk(mb: Option<u64>) -> Option<i64> {
    mb.map(|m| m as i64)
}

fn gb(bytes: u64) -> String {
    format!("{:.2} GB", bytes as f64 / (1024.0 * 1024.0 * 1024.0))
}

pub fn admin_tab(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let l = live(call, &user)?;
    let a = &l.account;
    let (bw_used, bw_limit) = l
        .traffic
        .as_ref()
        .map_or((0, 0), |t| (mb(t.bytes), mb(t.limit_bytes)));
    let history: Vec<String> = traffic::history(call.host, svc.id, 3)?
        .into_iter()
        .map(|(m, b)| format!("{m}: {}", gb(b)))
        .collect();
    let status = match a.suspended {
        Some(true) => format!("Suspended ({})", a.suspend_reason),
        Some(false) => "Active".to_string(),
        None => figure::NOT_REPORTED.to_string(),
    };
    let fields = Array::new()
        .with(
            "cPanel account",
            html_escape(&format!("{} — {} — package {} (owner {})", a.user, a.domain, a.plan, a.owner)),
        )
        .with("cPanel status", html_escape(&status))
        .with("IP address", html_escape(&a.ip))
        .with("Disk", html_escape(&figure::mb_of(disk(a.disk_used_mb), disk(a.disk_limit_mb))))
        .with(
            "Bandwidth this month",
            html_escape(&figure::mb_of(Some(bw_used), Some(bw_limit))),
        )
        .with(
            "Account limits",
            html_escape(&format!(
                "email accounts {}, databases {}, addon domains {}, subdomains {}, parked domains {}",
                a.max_email, a.max_databases, a.max_addon, a.max_sub, a.max_parked
            )),
        )
        .with(
            "Traffic recorded",
            if history.is_empty() {
                "none yet (recorded by the daily usage update)".to_string()
            } else {
                html_escape(&history.join("; "))
            },
        );
    Ok(Reply::array(fields))
}

pub fn client_area(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let l = live(call, &user)?;
    let a = &l.account;
    let (bw_used, bw_limit) = l
        .traffic
        .as_ref()
        .map_or((0, 0), |t| (mb(t.bytes), mb(t.limit_bytes)));
    let vars = Array::new()
        .with("username", a.user.as_str())
        .with("domain", a.domain.as_str())
        .with("package", a.plan.as_str())
        .with("ip", a.ip.as_str())
        // Unknown shows as not suspended: the page offers nothing that depends on it.
        .with("suspended", a.suspended.unwrap_or(false))
        .with("diskUsedMb", disk(a.disk_used_mb))
        .with("diskLimitMb", disk(a.disk_limit_mb))
        .with(
            "disk",
            figure::mb_of(disk(a.disk_used_mb), disk(a.disk_limit_mb)),
        )
        .with("bandwidthUsedMb", bw_used)
        .with("bandwidthLimitMb", bw_limit)
        .with("emailAccounts", a.max_email.as_str())
        .with("databases", a.max_databases.as_str())
        .with("addonDomains", a.max_addon.as_str())
        // WHMCS's own single sign-on link: it calls ServiceSingleSignOn when followed.
        .with(
            "ssoUrl",
            format!(
                "clientarea.php?action=productdetails&id={}&dosinglesignon=1",
                svc.id
            ),
        );
    Ok(Reply::array(
        Array::new()
            .with(
                "tabOverviewModuleOutputTemplate",
                "templates/clientarea.tpl",
            )
            .with("templateVariables", vars),
    ))
}

/// The server page's link to WHM's login form (staff may also use single sign-on).
pub fn admin_link(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = WhmApi::for_call(call)?;
    Ok(Reply::text(format!(
        "<a href=\"{}\" target=\"_blank\" rel=\"noopener\">Log in to WHM</a>",
        html_escape(&api.endpoint().url("/"))
    )))
}

pub fn admin_buttons(_: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::array(
        Array::new().with("Re-apply add-on limits", "ReapplyAddons"),
    ))
}
