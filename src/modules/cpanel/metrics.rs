//! Usage billing (WHMCS's Metric Billing) for every service of a server, from a bounded
//! number of WHM requests: `listaccts` (disk, owners) and `showbw` (this month's traffic) at
//! once, then one `batch` of UAPI `StatsBar::get_stats` calls (`uapi_cpanel`) per
//! [`BATCH`] accounts for the counts. Never one request per service.
//!
//! Metrics as WHMCS's own cPanel module names them: `diskusage` (GB, snapshot),
//! `bandwidthusage` (GB, this calendar month) — for a reseller, with its accounts' —, `emailaccounts`, `addondomains`,
//! `parkeddomains`, `subdomains`, `mysqldatabases` (snapshots) and `subaccounts` (accounts a
//! reseller owns, its own not counted; 0 for other accounts). Tenants are the accounts' main
//! domains, as WHMCS's cPanel module keys them. The PHP side (lib/MetricsProvider.php) wraps
//! the figures in WHMCS's objects.

use serde_json::Value as Json;

use crate::modules::shared::answer;
use crate::modules::shared::number::whole;
use crate::whmcs::clock;
use crate::whmcs::{Array, Call, Failure, Reply};

use super::account::{list_all, PanelAccount};
use super::api::{both, WhmApi};
use super::bandwidth::{self, MonthTraffic};
use super::client_area::stat_count;
use super::error::CpanelError;

/// Accounts per `batch` request (a server of N accounts costs 2 + ⌈N/BATCH⌉ requests).
pub const BATCH: usize = 250;

/// The StatsBar items counted, in the order the provider lists them.
pub const COUNTS: &[&str] = &[
    "emailaccounts",
    "addondomains",
    "parkeddomains",
    "subdomains",
    "mysqldatabases",
];

const GB: f64 = 1024.0 * 1024.0 * 1024.0;

/// `['tenants' => [domain => [metric => value, …, period_start, period_end]], 'errors' =>
/// [domain => message]]`; `$params['tenant']` asks for one.
pub fn metric_usage(call: &Call<'_>) -> Result<Reply, Failure> {
    let tenant = call.params.text("tenant").trim().to_ascii_lowercase();
    let api = WhmApi::for_call(call)?;
    let (accounts, month) = both(call, list_all, |api| bandwidth::show(api, None, None))?;
    let (accounts, month) = (accounts?, month?);
    let wanted: Vec<&PanelAccount> = accounts
        .iter()
        .filter(|a| !a.user.is_empty() && !a.domain.is_empty())
        .filter(|a| tenant.is_empty() || a.domain.eq_ignore_ascii_case(&tenant))
        .collect();
    if !tenant.is_empty() && wanted.is_empty() {
        return Err(Box::new(CpanelError::input(format!(
            "no account on the server has the domain `{tenant}`"
        ))));
    }
    let mut counts = Vec::with_capacity(wanted.len());
    for chunk in wanted.chunks(BATCH) {
        counts.extend(stats_batch(&api, chunk)?);
    }
    let period_start = format!("{}-01 00:00:00", month.month.key());
    let now = clock::now_timestamp();
    let mut tenants = Array::new();
    let mut errors = Array::new();
    for (a, c) in wanted.iter().zip(counts) {
        let values = match (c, figures(a, &month, &accounts)) {
            (Ok(c), Ok(mut v)) => {
                for (id, n) in COUNTS.iter().zip(c) {
                    v = v.with(*id, n as f64);
                }
                v
            }
            (Err(e), _) | (_, Err(e)) => {
                errors.set(a.domain.as_str(), e);
                continue;
            }
        };
        tenants.set(
            a.domain.as_str(),
            values
                .with("username", a.user.as_str())
                .with("period_start", period_start.as_str())
                .with("period_end", now.as_str()),
        );
    }
    if !tenant.is_empty() {
        if let Some(e) = errors.get(&tenant).and_then(|v| v.as_text()) {
            return Err(Box::new(CpanelError::input(e.into_owned())));
        }
    }
    call.log(
        "MetricUsage",
        "",
        &format!(
            "{} accounts read, {} could not be",
            tenants.len(),
            errors.len()
        ),
    );
    Ok(Reply::array(
        Array::new().with("tenants", tenants).with("errors", errors),
    ))
}

/// Disk, traffic and owned accounts of one account (from listaccts and showbw). A reseller's
/// disk and traffic are its own plus those of every account it owns, the totals WHM's
/// `resellerstats` reports and what a reseller product sells; a total with one unreadable
/// part is not billed (an error for that tenant, never a sum that leaves it out).
fn figures(a: &PanelAccount, month: &MonthTraffic, all: &[PanelAccount]) -> Result<Array, String> {
    let owned: Vec<&PanelAccount> = all
        .iter()
        .filter(|o| o.owner.eq_ignore_ascii_case(&a.user) && !o.user.eq_ignore_ascii_case(&a.user))
        .collect();
    let (mut disk_mb, mut bytes) = (0u64, 0u64);
    for o in std::iter::once(a).chain(owned.iter().copied()) {
        let whose = if o.user == a.user {
            String::new()
        } else {
            format!(" for its account {}", o.user)
        };
        disk_mb += o
            .disk_used_mb
            .need_amount("diskused")
            .map_err(|e| format!("WHM reported {e}{whose}"))?;
        bytes += month
            .traffic_of(&o.user)
            .map_err(|e| format!("showbw{whose}: {e}"))?
            .map_or(0, |t| t.bytes);
    }
    Ok(Array::new()
        .with("diskusage", disk_mb as f64 / 1024.0)
        .with("bandwidthusage", bytes as f64 / GB)
        .with("subaccounts", owned.len() as f64))
}

/// One `batch` request: StatsBar::get_stats as each account; per account its counts in
/// [`COUNTS`] order, or why they could not be read.
fn stats_batch(
    api: &WhmApi<'_>,
    accounts: &[&PanelAccount],
) -> Result<Vec<Result<Vec<u64>, String>>, CpanelError> {
    let display = COUNTS.join("%7C");
    let fields: Vec<(&str, String)> = accounts
        .iter()
        .map(|a| {
            (
                "command",
                format!(
                    "uapi_cpanel?cpanel.module=StatsBar&cpanel.function=get_stats\
                     &cpanel.user={}&display={display}",
                    a.user
                ),
            )
        })
        .collect();
    let data = api.call("batch", &fields)?;
    let results = data
        .get("result")
        .and_then(Json::as_array)
        .filter(|r| r.len() == accounts.len())
        .ok_or_else(|| CpanelError::BadAnswer {
            function: "batch".into(),
            detail: format!("no `result` list of {} answers", accounts.len()),
        })?;
    Ok(results.iter().map(counts_of).collect())
}

/// The counts in one batch answer (`data.uapi.data[]` with `id` and `_count`).
pub fn counts_of(entry: &Json) -> Result<Vec<u64>, String> {
    let ok = entry
        .pointer("/metadata/result")
        .is_some_and(|r| whole(Some(r)) == Some(1));
    if !ok {
        let reason = entry
            .pointer("/metadata/reason")
            .and_then(Json::as_str)
            .unwrap_or("no reason given");
        return Err(format!("StatsBar::get_stats failed: {reason}"));
    }
    let items = entry
        .pointer("/data/uapi/data")
        .and_then(Json::as_array)
        .ok_or("StatsBar::get_stats: no readable `data`")?;
    COUNTS
        .iter()
        .map(|id| {
            let item = items
                .iter()
                .find(|i| answer::string(i, "id").as_deref() == Some(*id))
                .ok_or_else(|| format!("StatsBar::get_stats reported no `{id}`"))?;
            // A negative or odd count is named, never billed as 0.
            stat_count(item)
                .need_amount("_count")
                .map_err(|e| format!("StatsBar::get_stats, `{id}`: {e}"))
        })
        .collect()
}
