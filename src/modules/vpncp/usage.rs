//! Traffic of the current calendar month, read live from the panel (no local table):
//! UsageUpdate writes it into `tblhosting.bwusage` (MB) and MetricUsage feeds the usage-billing
//! provider (`lib/MetricsProvider.php`) in GB. Services are asked in parallel.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::modules::shared::template::civil;
use crate::whmcs::clock;
use crate::whmcs::tables::{self, UsageRow};
use crate::whmcs::{Array, Call, Failure, Reply, Value};

use super::api::VpnApi;
use super::client_name;
use super::error::VpnError;
use super::server::PanelServer;
use super::NAME;
use crate::modules::shared::fanout::{self, BufferedLog};

pub const BYTES_PER_MB: f64 = 1_048_576.0;
/// WHMCS's byte units are binary (GigaBytes = 1024³ bytes).
pub const BYTES_PER_GB: f64 = 1_073_741_824.0;

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    pub year: i64,
    pub month: u32,
}

impl Month {
    pub fn current() -> Month {
        let (y, m, ..) = civil(now_secs());
        Month {
            year: y as i64,
            month: m as u32,
        }
    }

    /// `YYYY-MM`.
    pub fn parse(text: &str) -> Option<Month> {
        let (y, m) = text.trim().split_once('-')?;
        let year = y
            .parse::<i64>()
            .ok()
            .filter(|y| (2000..=2100).contains(y))?;
        let month = m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?;
        Some(Month { year, month })
    }

    pub fn previous(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    pub fn key(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    pub fn days(self) -> u32 {
        match self.month {
            4 | 6 | 9 | 11 => 30,
            2 if (self.year % 4 == 0 && self.year % 100 != 0) || self.year % 400 == 0 => 29,
            2 => 28,
            _ => 31,
        }
    }

    /// `Y-m-01 00:00:00`.
    pub fn start(self) -> String {
        format!("{}-01 00:00:00", self.key())
    }
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Bytes downloaded and uploaded in a month.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub download: u64,
    pub upload: u64,
}

/// Each client's month totals from one server, asked in parallel; results in `names` order.
pub fn month_totals(
    call: &Call<'_>,
    server: &PanelServer,
    names: &[String],
    month: Month,
) -> Vec<Result<Totals, String>> {
    let secrets = call.secrets();
    let results = fanout::map(names, |name| {
        let log = BufferedLog::default();
        let totals = (|| -> Result<Totals, VpnError> {
            let api = VpnApi::new(server, &log, secrets.clone(), None)?;
            let days = api.traffic(name, month.year, month.month)?;
            Ok(days.iter().fold(Totals::default(), |t, d| Totals {
                download: t.download.saturating_add(d.download),
                upload: t.upload.saturating_add(d.upload),
            }))
        })();
        (log, totals.map_err(|e| e.to_string()))
    });
    results
        .into_iter()
        .map(|r| {
            let (log, totals) = r?;
            log.replay(call);
            totals
        })
        .collect()
}

/// Client names of this module's live services on the call's server.
fn services_on_server(call: &Call<'_>, server_id: i64) -> Result<Vec<String>, VpnError> {
    let rows = call.host.query(
        "SELECT h.username AS username FROM tblhosting h JOIN tblproducts p ON p.id = h.packageid \
         WHERE h.server = ? AND p.servertype = ? AND h.domainstatus IN ('Active','Suspended') \
         AND h.username <> '' ORDER BY h.id",
        &[Value::Int(server_id), Value::from(NAME)],
    )?;
    Ok(rows
        .iter()
        .map(|r| r.text("username"))
        .filter(|n| client_name::problem(n).is_none())
        .collect())
}

fn server_id(call: &Call<'_>) -> Result<i64, VpnError> {
    call.params
        .server()
        .id
        .ok_or_else(|| VpnError::Input("no server id in the parameters".into()))
}

/// This month's traffic (download + upload, MB) of every service on the server.
pub fn usage_update(call: &Call<'_>) -> Result<Reply, Failure> {
    let id = server_id(call)?;
    let server = PanelServer::from_params(&call.params);
    let names = services_on_server(call, id)?;
    let totals = month_totals(call, &server, &names, Month::current());
    let mut rows = Vec::new();
    let mut failed = Vec::new();
    for (name, t) in names.iter().zip(totals) {
        match t {
            Ok(t) => rows.push(UsageRow {
                username: name.clone(),
                disk_usage_mb: 0,
                disk_limit_mb: 0,
                bw_usage_mb: ((t.download.saturating_add(t.upload)) as f64 / BYTES_PER_MB).round()
                    as i64,
                bw_limit_mb: 0,
            }),
            Err(e) => failed.push(format!("{name}: {e}")),
        }
    }
    let updated = tables::update_usage(call.host, id, &rows, &clock::now_timestamp())?;
    call.log(
        "UsageUpdate",
        "",
        &format!("{} clients asked, {updated} services updated", names.len()),
    );
    if !failed.is_empty() {
        return Err(Box::new(VpnError::Input(format!(
            "{} of {} clients could not be read: {}",
            failed.len(),
            names.len(),
            failed.join("; ")
        ))));
    }
    Ok(Reply::success())
}

/// For the usage-billing provider: `['tenants' => [name => [download_gb, upload_gb, …]],
/// 'errors' => [name => message]]` for one tenant (`$params['tenant']`) or every service on
/// the server, for the current calendar month.
pub fn metric_usage(call: &Call<'_>) -> Result<Reply, Failure> {
    let server = PanelServer::from_params(&call.params);
    let tenant = call.params.text("tenant");
    let names = if tenant.is_empty() {
        services_on_server(call, server_id(call)?)?
    } else {
        if let Some(p) = client_name::problem(&tenant) {
            return Err(Box::new(VpnError::Input(format!(
                "tenant `{tenant}` is not a client name: it {p}"
            ))));
        }
        vec![tenant.clone()]
    };
    let month = Month::current();
    let totals = month_totals(call, &server, &names, month);
    let mut tenants = Array::new();
    let mut errors = Array::new();
    for (name, t) in names.iter().zip(totals) {
        match t {
            Ok(t) => {
                tenants.set(
                    name.as_str(),
                    Array::new()
                        .with("download_gb", t.download as f64 / BYTES_PER_GB)
                        .with("upload_gb", t.upload as f64 / BYTES_PER_GB)
                        .with("download_bytes", t.download as i64)
                        .with("upload_bytes", t.upload as i64)
                        .with("period_start", month.start())
                        .with("period_end", clock::now_timestamp()),
                );
            }
            Err(e) => {
                errors.set(name.as_str(), e);
            }
        }
    }
    if !tenant.is_empty() {
        if let Some(e) = errors.get(&tenant).and_then(Value::as_text) {
            return Err(Box::new(VpnError::Input(e.into_owned())));
        }
    }
    Ok(Reply::array(
        Array::new().with("tenants", tenants).with("errors", errors),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months() {
        let m = Month::parse("2026-01").unwrap();
        assert_eq!(m.previous().key(), "2025-12");
        assert_eq!(m.start(), "2026-01-01 00:00:00");
        assert!(Month::parse("2026-13").is_none());
        assert!(Month::parse("x").is_none());
    }
}
