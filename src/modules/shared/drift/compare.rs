//! The comparison of one server's accounts with the WHMCS services on that server. Pure:
//! tested without a panel or a database.

use std::collections::{HashMap, HashSet};

use super::account::PanelAccount;
use super::finding::{Finding, Kind};

/// A `tblhosting` row of the server, with what the product says the account should be.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceRow {
    pub id: i64,
    /// `tblhosting.domainstatus`.
    pub status: String,
    pub username: String,
    pub domain: String,
    /// The package the product puts the account on; `None`: not compared.
    pub plan: Option<String>,
    /// The client's email, used only to recognise a renamed account.
    pub client_email: String,
}

/// How a module compares plans (HestiaCP's per-service custom packages carry a suffix).
pub type PlanMatches = fn(expected: &str, panel: &str, service_id: i64) -> bool;

pub fn exact_plan(expected: &str, panel: &str, _: i64) -> bool {
    expected == panel
}

fn key(name: &str) -> String {
    name.trim().to_ascii_lowercase()
}

fn live(status: &str) -> bool {
    matches!(status, "Active" | "Suspended")
}

fn gone(status: &str) -> bool {
    matches!(status, "Terminated" | "Cancelled")
}

fn state(suspended: bool) -> &'static str {
    if suspended {
        "suspended"
    } else {
        "active"
    }
}

/// Every drift between `services` (this server's rows) and `accounts` (its panel listing).
/// Pending and Fraud services are not compared: WHMCS has not (or no longer) provisioned them.
pub fn compare(
    services: &[ServiceRow],
    accounts: &[PanelAccount],
    plan_matches: PlanMatches,
) -> Vec<Finding> {
    let on_panel: HashMap<String, &PanelAccount> =
        accounts.iter().map(|a| (key(&a.username), a)).collect();
    let known: HashSet<String> = services
        .iter()
        .filter(|s| !s.username.trim().is_empty())
        .map(|s| key(&s.username))
        .collect();
    let live_names: HashSet<String> = services
        .iter()
        .filter(|s| live(&s.status))
        .map(|s| key(&s.username))
        .collect();
    let mut out = Vec::new();
    let mut missing = Vec::new();
    for s in services {
        let account = on_panel
            .get(&key(&s.username))
            .filter(|_| !s.username.trim().is_empty());
        match account {
            None if live(&s.status) => missing.push(s),
            None => {}
            Some(a) if live(&s.status) => out.extend(differences(s, a, plan_matches)),
            // A live service with the same name owns the account (a re-used name).
            Some(a) if gone(&s.status) && !live_names.contains(&key(&s.username)) => {
                out.push(finding(Kind::Terminated, s, &s.status, describe(a)))
            }
            Some(_) => {}
        }
    }
    let orphans: Vec<&PanelAccount> = accounts
        .iter()
        .filter(|a| !a.resold && !known.contains(&key(&a.username)))
        .collect();
    let renamed = renamed(&missing, &orphans);
    for s in missing {
        match renamed.get(&s.id) {
            Some(a) => out.push(Finding {
                kind: Kind::Username,
                service_id: Some(s.id),
                account: s.username.clone(),
                whmcs: s.username.clone(),
                panel: a.username.clone(),
            }),
            None => out.push(finding(Kind::Missing, s, &s.status, String::new())),
        }
    }
    let relinked: HashSet<String> = renamed.values().map(|a| key(&a.username)).collect();
    for a in orphans {
        if !relinked.contains(&key(&a.username)) {
            out.push(Finding {
                kind: Kind::Orphan,
                service_id: None,
                account: a.username.clone(),
                whmcs: String::new(),
                panel: describe(a),
            });
        }
    }
    out
}

fn finding(kind: Kind, s: &ServiceRow, whmcs: &str, panel: String) -> Finding {
    Finding {
        kind,
        service_id: Some(s.id),
        account: s.username.clone(),
        whmcs: whmcs.to_string(),
        panel,
    }
}

/// What the widget says about an account: its state, plan and domain as far as known.
fn describe(a: &PanelAccount) -> String {
    let mut parts = Vec::new();
    if let Some(s) = a.suspended {
        parts.push(state(s).to_string());
    }
    if let Some(p) = a.plan.as_deref().filter(|p| !p.is_empty()) {
        parts.push(format!("package {p}"));
    }
    if let Some(d) = a.domain.as_deref().filter(|d| !d.is_empty()) {
        parts.push(d.to_string());
    }
    parts.join(", ")
}

/// Status, package and domain of a live service's account. A field the panel did not report
/// is not compared.
fn differences(s: &ServiceRow, a: &PanelAccount, plan_matches: PlanMatches) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(suspended) = a.suspended {
        if suspended != (s.status == "Suspended") {
            out.push(finding(Kind::Status, s, &s.status, state(suspended).into()));
        }
    }
    if let (Some(expected), Some(panel)) = (s.plan.as_deref(), a.plan.as_deref()) {
        if !expected.is_empty() && !panel.is_empty() && !plan_matches(expected, panel, s.id) {
            out.push(finding(Kind::Package, s, expected, panel.into()));
        }
    }
    if let Some(panel) = a.domain.as_deref() {
        let ours = s.domain.trim();
        if !ours.is_empty() && !panel.is_empty() && !ours.eq_ignore_ascii_case(panel.trim()) {
            out.push(finding(Kind::Domain, s, ours, panel.into()));
        }
    }
    out
}

/// Missing services whose account is evidently an orphan renamed: the one orphan with the
/// service's domain, else the one with the client's email. Only unambiguous pairs count.
fn renamed<'a>(
    missing: &[&ServiceRow],
    orphans: &[&'a PanelAccount],
) -> HashMap<i64, &'a PanelAccount> {
    let by_domain = |s: &ServiceRow| -> Vec<&'a PanelAccount> {
        let d = s.domain.trim();
        if d.is_empty() {
            return Vec::new();
        }
        orphans
            .iter()
            .copied()
            .filter(|a| {
                a.domain
                    .as_deref()
                    .is_some_and(|x| x.trim().eq_ignore_ascii_case(d))
            })
            .collect()
    };
    let by_email = |s: &ServiceRow| -> Vec<&'a PanelAccount> {
        let e = s.client_email.trim();
        if e.is_empty() {
            return Vec::new();
        }
        orphans
            .iter()
            .copied()
            .filter(|a| a.email.trim().eq_ignore_ascii_case(e))
            .collect()
    };
    let mut pairs: HashMap<i64, &'a PanelAccount> = HashMap::new();
    for s in missing {
        let found = match by_domain(s).as_slice() {
            [one] => Some(*one),
            [] => match by_email(s).as_slice() {
                [one] => Some(*one),
                _ => None,
            },
            _ => None,
        };
        if let Some(a) = found {
            pairs.insert(s.id, a);
        }
    }
    // An account two services point at is nobody's for sure.
    let mut claims: HashMap<String, usize> = HashMap::new();
    for a in pairs.values() {
        *claims.entry(key(&a.username)).or_default() += 1;
    }
    pairs.retain(|_, a| claims.get(&key(&a.username)) == Some(&1));
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svc(id: i64, status: &str, user: &str, domain: &str, plan: &str) -> ServiceRow {
        ServiceRow {
            id,
            status: status.into(),
            username: user.into(),
            domain: domain.into(),
            plan: Some(plan.into()),
            client_email: format!("client{id}@example.test"),
        }
    }

    fn acct(user: &str, domain: Option<&str>, plan: &str, suspended: bool) -> PanelAccount {
        PanelAccount {
            username: user.into(),
            domain: domain.map(str::to_string),
            plan: Some(plan.into()),
            suspended: Some(suspended),
            email: String::new(),
            resold: false,
        }
    }

    fn kinds(f: &[Finding]) -> Vec<(Kind, String)> {
        let mut k: Vec<_> = f.iter().map(|f| (f.kind, f.account.clone())).collect();
        k.sort();
        k
    }

    #[test]
    fn every_kind_is_found_and_agreement_is_silent() {
        let services = vec![
            svc(1, "Active", "fine", "fine.test", "gold"),
            svc(2, "Active", "gone", "gone.test", "gold"),
            svc(3, "Suspended", "unsusp", "u.test", "gold"),
            svc(4, "Active", "susp", "s.test", "gold"),
            svc(5, "Terminated", "zombie", "z.test", "gold"),
            svc(6, "Active", "pkg", "p.test", "gold"),
            svc(7, "Active", "dom", "d.test", "gold"),
            svc(8, "Active", "oldname", "renamed.test", "gold"),
            svc(9, "Pending", "pending", "pe.test", "gold"),
            svc(10, "Cancelled", "cancelled", "c.test", "gold"),
        ];
        let accounts = vec![
            acct("fine", Some("fine.test"), "gold", false),
            acct("unsusp", Some("u.test"), "gold", false),
            acct("susp", Some("s.test"), "gold", true),
            acct("zombie", Some("z.test"), "gold", false),
            acct("pkg", Some("p.test"), "silver", false),
            acct("dom", Some("other.test"), "gold", false),
            acct("newname", Some("renamed.test"), "gold", false),
            acct("stray", Some("stray.test"), "gold", false),
        ];
        let found = compare(&services, &accounts, exact_plan);
        assert_eq!(
            kinds(&found),
            vec![
                (Kind::Missing, "gone".into()),
                (Kind::Orphan, "stray".into()),
                (Kind::Status, "susp".into()),
                (Kind::Status, "unsusp".into()),
                (Kind::Terminated, "zombie".into()),
                (Kind::Package, "pkg".into()),
                (Kind::Domain, "dom".into()),
                (Kind::Username, "oldname".into()),
            ]
        );
        let reason = |k: Kind| found.iter().find(|f| f.kind == k).unwrap().reason();
        assert!(
            reason(Kind::Status).contains("WHMCS has this service"),
            "{}",
            reason(Kind::Status)
        );
        assert!(
            reason(Kind::Package).contains("`silver`") && reason(Kind::Package).contains("`gold`")
        );
        assert!(reason(Kind::Username).contains("`newname`"));
        assert!(reason(Kind::Missing).contains("no account `gone`"));
        assert!(reason(Kind::Terminated).contains("Terminated"));
        assert!(compare(&services[..1], &accounts[..1], exact_plan).is_empty());
    }

    #[test]
    fn unknown_fields_are_not_compared_and_names_ignore_case() {
        let services = vec![svc(1, "Suspended", "Alice", "a.test", "gold")];
        let accounts = vec![PanelAccount {
            username: "alice".into(),
            ..PanelAccount::default()
        }];
        assert!(compare(&services, &accounts, exact_plan).is_empty());
    }

    #[test]
    fn a_resellers_customer_is_no_orphan_nor_a_rename() {
        let services = vec![svc(1, "Active", "gone", "gone.test", "gold")];
        let mut customer = acct("cust", Some("gone.test"), "gold", false);
        customer.resold = true;
        let k = kinds(&compare(&services, &[customer], exact_plan));
        assert_eq!(k, vec![(Kind::Missing, "gone".into())]);
    }

    #[test]
    fn renamed_needs_one_candidate_and_falls_back_to_email() {
        // Two orphans with the service's domain: ambiguous, so missing + two orphans.
        let services = vec![svc(1, "Active", "old", "x.test", "gold")];
        let two = vec![
            acct("a1", Some("x.test"), "gold", false),
            acct("a2", Some("x.test"), "gold", false),
        ];
        let k = kinds(&compare(&services, &two, exact_plan));
        assert_eq!(k.iter().filter(|(k, _)| *k == Kind::Orphan).count(), 2);
        assert!(k.contains(&(Kind::Missing, "old".into())));
        // No domain on the panel (HestiaCP): the client's email decides.
        let mut by_mail = acct("new", None, "gold", false);
        by_mail.email = "client1@example.test".into();
        let f = compare(&services, &[by_mail], exact_plan);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].kind, f[0].panel.as_str()), (Kind::Username, "new"));
    }

    #[test]
    fn a_reused_name_belongs_to_the_live_service() {
        let services = vec![
            svc(1, "Terminated", "bob", "b.test", "gold"),
            svc(2, "Active", "bob", "b.test", "gold"),
        ];
        let accounts = vec![acct("bob", Some("b.test"), "gold", false)];
        assert!(compare(&services, &accounts, exact_plan).is_empty());
    }
}
