//! What staff see of an account: the admin services tab and the admin buttons; the client
//! area (client_area.rs) reads the account the same way. Each view costs one listaccts and one showbw for the account, sent at once
//! (a reseller's listaccts lists the accounts it owns, itself among them).

use crate::modules::shared::figure;
use crate::whmcs::html;
use crate::whmcs::{Array, Call, Failure, Lang, Reply};

use super::account::{probe, PanelAccount};
use super::api::{both, WhmApi};
use super::bandwidth::{self, AccountTraffic};
use super::error::CpanelError;
use super::reseller::{is_reseller_product, owned};
use super::service::Service;
use super::traffic;
use super::usage::mb;

struct Live {
    account: PanelAccount,
    traffic: Option<AccountTraffic>,
    /// A reseller's accounts besides its own; `None` for other products.
    customers: Option<Vec<PanelAccount>>,
}

/// The account and its traffic, read at once. A reseller's account comes from the listing of
/// the accounts it owns (it owns itself), so its customers cost no extra request.
fn live(call: &Call<'_>, user: &str, reseller: bool) -> Result<Live, CpanelError> {
    let (listed, traffic) = both(
        call,
        |api| {
            if reseller {
                owned(api, user)
            } else {
                Ok(probe(api, user)?.into_iter().collect())
            }
        },
        |api| bandwidth::show(api, None, Some(user)),
    )?;
    let mut listed = listed?;
    let no_account = || CpanelError::input(format!("WHM has no account `{user}`"));
    // The account's answer first: a missing account is named as such.
    let account = match listed
        .iter()
        .position(|a| a.user.eq_ignore_ascii_case(user))
    {
        Some(i) => listed.swap_remove(i),
        // A reseller whose own account is owned by another (changed on WHM): asked by name.
        None if reseller => probe(&WhmApi::for_call(call)?, user)?.ok_or_else(no_account)?,
        None => return Err(no_account()),
    };
    let traffic = traffic?.of(user).cloned();
    listed.sort_by(|a, b| a.user.cmp(&b.user));
    Ok(Live {
        account,
        traffic,
        customers: reseller.then_some(listed),
    })
}

/// "2 besides its own (1 suspended), 300 MB disk in all: cust1, cust2".
fn customers_line(lang: &Lang, customers: &[PanelAccount]) -> String {
    const NAMED: usize = 20;
    if customers.is_empty() {
        return lang.text("resellerNone");
    }
    let suspended = customers
        .iter()
        .filter(|a| a.suspended == Some(true))
        .count();
    let disk: Option<u64> = customers.iter().map(|a| a.disk_used_mb.amount()).sum();
    let names: Vec<&str> = customers
        .iter()
        .take(NAMED)
        .map(|a| a.user.as_str())
        .collect();
    let more = customers.len().saturating_sub(NAMED);
    let more = if more > 0 {
        lang.fill("resellerMore", &[("count", &more.to_string())])
    } else {
        String::new()
    };
    lang.fill(
        "resellerSummary",
        &[
            ("count", &customers.len().to_string()),
            ("suspended", &suspended.to_string()),
            (
                "disk",
                &disk.map_or_else(|| lang.text("notReported"), |mb| lang.size_mb(mb as f64)),
            ),
            ("names", &names.join(", ")),
            ("more", &more),
        ],
    )
}

pub fn admin_tab(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let l = live(call, &user, is_reseller_product(&call.params))?;
    let lang = Lang::for_admin(call, super::ENGLISH);
    let a = &l.account;
    let (bw_used, bw_limit) = l
        .traffic
        .as_ref()
        .map_or((0, 0), |t| (mb(t.bytes), mb(t.limit_bytes)));
    let history: Vec<String> = traffic::history(call.host, svc.id, 3)?
        .into_iter()
        .map(|(m, b)| format!("{m}: {}", lang.size_bytes(b as f64)))
        .collect();
    let status = match a.suspended {
        Some(true) => lang.fill("statusSuspendedBecause", &[("reason", &a.suspend_reason)]),
        Some(false) => lang.text("statusActive"),
        None => lang.text("notReported"),
    };
    let fields = Array::new()
        .with(
            lang.text("adminAccount"),
            html::escape(&lang.fill(
                "accountLine",
                &[
                    ("user", &a.user),
                    ("domain", &a.domain),
                    ("package", &a.plan),
                    ("owner", &a.owner),
                ],
            )),
        )
        .with(lang.text("adminStatus"), html::escape(&status))
        .with(lang.text("ipAddress"), html::escape(&a.ip))
        .with(
            lang.text("disk"),
            html::escape(&figure::mb_of_in(
                &lang,
                a.disk_used_mb.amount_i64(),
                a.disk_limit_mb.limit_i64(),
            )),
        )
        .with(
            lang.text("bandwidthThisMonth"),
            html::escape(&figure::mb_of_in(&lang, Some(bw_used), Some(bw_limit))),
        )
        .with(
            lang.text("accountLimits"),
            html::escape(&lang.fill(
                "limitsLine",
                &[
                    ("email", &a.max_email),
                    ("databases", &a.max_databases),
                    ("addon", &a.max_addon),
                    ("sub", &a.max_sub),
                    ("parked", &a.max_parked),
                ],
            )),
        )
        .with(
            lang.text("trafficRecorded"),
            if history.is_empty() {
                html::escape(&lang.text("trafficNoneYet"))
            } else {
                html::escape(&history.join("; "))
            },
        );
    let fields = match &l.customers {
        Some(c) => fields.with(
            lang.text("resellerAccounts"),
            html::escape(&customers_line(&lang, c)),
        ),
        None => fields,
    };
    Ok(Reply::array(fields))
}

/// The server page's link to WHM's login form (staff may also use single sign-on).
pub fn admin_link(call: &Call<'_>) -> Result<Reply, Failure> {
    let api = WhmApi::for_call(call)?;
    Ok(Reply::text(format!(
        "<a href=\"{}\" target=\"_blank\" rel=\"noopener\">Log in to WHM</a>",
        html::escape(&api.endpoint().url("/"))
    )))
}

pub fn admin_buttons(call: &Call<'_>) -> Result<Reply, Failure> {
    let lang = Lang::for_admin(call, super::ENGLISH);
    Ok(Reply::array(
        Array::new().with(lang.text("buttonReapplyAddons"), "ReapplyAddons"),
    ))
}
