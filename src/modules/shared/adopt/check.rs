//! Every service of the product checked on its panel: one listing per server (the drift
//! check's listing: a read), compared by username. Nothing on a panel changes.

use std::collections::HashMap;
use std::time::Duration;

use crate::modules::shared::drift::{servers, Listing, PanelAccount};
use crate::modules::shared::fanout::BufferedLog;
use crate::whmcs::{Call, Host, Params};

use super::plan::{Plan, ServiceRow};
use super::text;

const TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    Missing,
    SuspendedOnPanelOnly,
    SuspendedInWhmcsOnly,
    OtherPackage { panel: String, expected: String },
    OtherOwner,
    NotChecked(String),
}

impl Finding {
    pub fn key(&self) -> &'static str {
        match self {
            Finding::Missing => "missing",
            Finding::SuspendedOnPanelOnly => "suspended_on_panel_only",
            Finding::SuspendedInWhmcsOnly => "suspended_in_whmcs_only",
            Finding::OtherPackage { .. } => "other_package",
            Finding::OtherOwner => "other_owner",
            Finding::NotChecked(_) => "not_checked",
        }
    }

    pub fn text(&self) -> String {
        match self {
            Finding::Missing => text::MISSING.to_string(),
            Finding::SuspendedOnPanelOnly => text::SUSPENDED_PANEL_ONLY.to_string(),
            Finding::SuspendedInWhmcsOnly => text::SUSPENDED_WHMCS_ONLY.to_string(),
            Finding::OtherPackage { panel, expected } => text::other_package(panel, expected),
            Finding::OtherOwner => text::OTHER_OWNER.to_string(),
            Finding::NotChecked(why) => text::not_checked(why),
        }
    }
}

pub struct ServiceCheck {
    pub service: ServiceRow,
    /// Empty: found and as WHMCS says.
    pub findings: Vec<Finding>,
}

pub struct Checked {
    pub services: Vec<ServiceCheck>,
    /// Servers whose listing failed: one line each.
    pub unlisted: Vec<String>,
}

/// Lists each server of the product's services once and compares.
pub fn run(host: &dyn Host, plan: &Plan<'_>, new: &Params) -> Checked {
    let target = plan.target;
    let expected = (target.adapter.expected_plan)(new);
    let mut listings: HashMap<i64, Option<Listing>> = HashMap::new();
    let mut unlisted = Vec::new();
    let mut ids: Vec<i64> = plan
        .services
        .iter()
        .filter(|s| live(&s.status))
        .map(|s| s.server)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    for id in ids.into_iter().filter(|id| *id > 0) {
        let listing = match list(host, target.module, target.adapter, id) {
            Ok(l) => Some(l),
            Err((name, why)) => {
                unlisted.push(text::listing_failed(id, &name, &why));
                None
            }
        };
        listings.insert(id, listing);
    }
    let services = plan
        .services
        .iter()
        .map(|s| ServiceCheck {
            service: s.clone(),
            findings: compare(
                s,
                &listings,
                expected.as_deref(),
                target.adapter.plan_matches,
            ),
        })
        .collect();
    Checked { services, unlisted }
}

fn live(status: &str) -> bool {
    matches!(status, "Active" | "Suspended")
}

/// One server's listing through the module's drift lister, logged to the module log.
fn list(
    host: &dyn Host,
    module: &'static str,
    adapter: &crate::modules::shared::drift::Adapter,
    id: i64,
) -> Result<Listing, (String, String)> {
    let record = match servers::by_id(host, id) {
        Ok(Some(Ok(r))) => r,
        Ok(Some(Err((_, name, why)))) => return Err((name, why)),
        Ok(None) => return Err((String::new(), text::NO_SERVER.to_string())),
        Err(e) => return Err((String::new(), e.to_string())),
    };
    let call = Call::new(module, "Adopt", record.params, host);
    let lister =
        (adapter.lister)(&call, TIMEOUT).map_err(|e| (record.name.clone(), e.to_string()))?;
    let log = BufferedLog::default();
    let listing = lister(&log);
    log.replay(&call);
    listing.map_err(|why| (record.name, crate::secret::scrub(&why, &call.secrets())))
}

fn compare(
    s: &ServiceRow,
    listings: &HashMap<i64, Option<Listing>>,
    expected: Option<&str>,
    plan_matches: crate::modules::shared::drift::compare::PlanMatches,
) -> Vec<Finding> {
    if !live(&s.status) {
        return vec![Finding::NotChecked(text::status_not_live(&s.status))];
    }
    if s.username.trim().is_empty() {
        return vec![Finding::NotChecked(text::NO_USERNAME.to_string())];
    }
    let Some(Some(listing)) = listings.get(&s.server) else {
        return vec![Finding::NotChecked(
            if s.server > 0 {
                text::SERVER_UNLISTED
            } else {
                text::NO_SERVER
            }
            .to_string(),
        )];
    };
    let user = s.username.trim().to_ascii_lowercase();
    let Some(account) = listing
        .accounts
        .iter()
        .find(|a: &&PanelAccount| a.username.to_ascii_lowercase() == user)
    else {
        return vec![Finding::Missing];
    };
    let mut out = Vec::new();
    match (account.suspended, s.status == "Suspended") {
        (Some(true), false) => out.push(Finding::SuspendedOnPanelOnly),
        (Some(false), true) => out.push(Finding::SuspendedInWhmcsOnly),
        _ => {}
    }
    if let (Some(expected), Some(panel)) = (expected, account.plan.as_deref()) {
        if !plan_matches(expected, panel, s.id) {
            out.push(Finding::OtherPackage {
                panel: panel.to_string(),
                expected: expected.to_string(),
            });
        }
    }
    if account.resold {
        out.push(Finding::OtherOwner);
    }
    out
}
