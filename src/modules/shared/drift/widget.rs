//! The admin dashboard widget: drift across every server of every module from the last
//! check, counts per kind, each drift with a link to its service; orphans are listed (the
//! panel account has no service to link to), never deleted. Reads only the stored result.

use std::collections::HashMap;

use crate::whmcs::html;
use crate::whmcs::{Call, Failure, Host, HostError, Reply};

use super::finding::Kind;
use super::store::{self, ServerState, Stored};

/// Most drifts the widget lists (the counts cover all).
const LISTED: usize = 100;

/// The exported `DriftWidget`: the widget's HTML.
pub fn function(call: &Call<'_>) -> Result<Reply, Failure> {
    Ok(Reply::text(render(call.host)?))
}

pub fn render(host: &dyn Host) -> Result<String, HostError> {
    let servers = store::server_states(host)?;
    let findings = store::findings(host, None, None)?;
    if servers.is_empty() {
        return Ok(
            "<div class=\"oxide-drift-widget\"><p class=\"oxide-drift-summary\">No drift \
                   check has run yet: WHMCS's daily cron job runs it (or press “Drift: check now” \
                   on a service).</p></div>"
                .into(),
        );
    }
    let owners = service_owners(host)?;
    let names: HashMap<(String, i64), String> = servers
        .iter()
        .map(|s| ((s.module.clone(), s.server_id), s.server_name.clone()))
        .collect();
    let mut html = String::from("<div class=\"oxide-drift-widget\">");
    let last = servers
        .iter()
        .map(|s| s.checked_at.as_str())
        .max()
        .unwrap_or("");
    let down = servers.iter().filter(|s| s.error.is_some()).count();
    html.push_str(&format!(
        "<p class=\"oxide-drift-summary\">{} drift(s) on {} server(s){}; last check {} UTC</p>",
        findings.len(),
        servers.len(),
        if down > 0 {
            format!(", <strong>{down} unreachable</strong>")
        } else {
            String::new()
        },
        html::escape(last)
    ));
    html.push_str("<table class=\"oxide-drift-counts\"><tr><th>Kind</th><th>Count</th></tr>");
    for k in Kind::ALL {
        let n = findings.iter().filter(|f| f.finding.kind == k).count();
        html.push_str(&format!(
            "<tr data-kind=\"{}\"><td>{}</td><td>{n}</td></tr>",
            k.code(),
            k.label()
        ));
    }
    html.push_str("</table><ul class=\"oxide-drift-servers\">");
    for s in &servers {
        html.push_str(&server_line(s));
    }
    html.push_str("</ul>");
    if !findings.is_empty() {
        html.push_str("<table class=\"oxide-drift-list\"><tr><th>Server</th><th>Service / account</th><th>Drift</th></tr>");
        for f in findings.iter().take(LISTED) {
            let server = names
                .get(&(f.module.clone(), f.server_id))
                .cloned()
                .unwrap_or_else(|| format!("#{}", f.server_id));
            html.push_str(&format!(
                "<tr data-kind=\"{}\"><td>{}</td><td>{}</td><td>{}</td></tr>",
                f.finding.kind.code(),
                html::escape(&server),
                subject(f, &owners),
                html::escape(&f.finding.reason())
            ));
        }
        html.push_str("</table>");
        if findings.len() > LISTED {
            html.push_str(&format!(
                "<p>and {} more (the service pages show each)</p>",
                findings.len() - LISTED
            ));
        }
    }
    html.push_str("</div>");
    Ok(html)
}

fn server_line(s: &ServerState) -> String {
    let state = match &s.error {
        Some(why) => format!("<strong>unreachable</strong>: {}", html::escape(why)),
        None => format!(
            "{} accounts, {} services{}",
            s.accounts,
            s.services,
            if s.skipped > 0 {
                format!(", {} unreadable", s.skipped)
            } else {
                String::new()
            }
        ),
    };
    format!(
        "<li data-server=\"{}\">{} ({}): {state}</li>",
        s.server_id,
        html::escape(&s.server_name),
        html::escape(&s.module)
    )
}

/// A link to the service in WHMCS's admin area, or the orphan's account name.
fn subject(f: &Stored, owners: &HashMap<i64, i64>) -> String {
    match f.finding.service_id {
        Some(id) => format!(
            "<a href=\"clientsservices.php?userid={}&amp;id={id}\">service #{id}</a> {}",
            owners.get(&id).copied().unwrap_or(0),
            html::escape(&f.finding.account)
        ),
        None => format!("account {} (no service)", html::escape(&f.finding.account)),
    }
}

/// The client of every service with a drift.
fn service_owners(host: &dyn Host) -> Result<HashMap<i64, i64>, HostError> {
    let rows = host.query(
        "SELECT h.id AS id, h.userid AS userid FROM tblhosting h \
         JOIN mod_oxide_drift d ON d.serviceid = h.id",
        &[],
    )?;
    Ok(rows
        .iter()
        .filter_map(|r| Some((r.int("id")?, r.int("userid")?)))
        .collect())
}
