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
    /// The client's email: with the domain, it names a look-alike account (never proof).
    pub client_email: String,
    /// The account name the module's create recorded for this service (`mod_oxide_accounts`):
    /// written by the module, never by the client, so the one proof of a renamed account.
    pub recorded: String,
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
            Some(Pairing::Proven(a)) => out.push(Finding {
                kind: Kind::Username,
                service_id: Some(s.id),
                account: s.username.clone(),
                whmcs: s.username.clone(),
                panel: a.username.clone(),
            }),
            // Shown for the admin's decision (with the risk in the reason), never linked.
            Some(Pairing::LookAlike(a)) => {
                out.push(finding(Kind::Missing, s, &s.status, a.username.clone()))
            }
            None => out.push(finding(Kind::Missing, s, &s.status, String::new())),
        }
    }
    let relinked: HashSet<String> = renamed
        .values()
        .filter_map(|p| match p {
            Pairing::Proven(a) => Some(key(&a.username)),
            Pairing::LookAlike(_) => None,
        })
        .collect();
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

/// Why an orphan is taken for a missing service's account.
#[derive(Debug, Clone, Copy)]
enum Pairing<'a> {
    /// It has the name the module's create recorded for the service: proof the client cannot
    /// forge, so the re-link button may act on it.
    Proven(&'a PanelAccount),
    /// Only the service's domain or the client's email matches. The client sets both (an
    /// order's domain, their profile's email), so a client could point them at another
    /// tenant's account: reported for the admin to check, never linked by a button.
    LookAlike(&'a PanelAccount),
}

/// Missing services whose account may be an orphan renamed: the one orphan with the name the
/// module recorded for the service (proven); else the one with the service's domain, else the
/// one with the client's email (look-alikes). Only unambiguous pairs count.
fn renamed<'a>(missing: &[&ServiceRow], orphans: &[&'a PanelAccount]) -> HashMap<i64, Pairing<'a>> {
    let only = |found: Vec<&'a PanelAccount>| match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    let matching = |value: &str, field: fn(&PanelAccount) -> Option<&str>| {
        let v = value.trim();
        if v.is_empty() {
            return Vec::new();
        }
        orphans
            .iter()
            .copied()
            .filter(|a| field(a).is_some_and(|x| x.trim().eq_ignore_ascii_case(v)))
            .collect::<Vec<_>>()
    };
    let mut pairs: HashMap<i64, Pairing<'a>> = HashMap::new();
    for s in missing {
        let recorded = Some(s.recorded.as_str()).filter(|r| key(r) != key(&s.username));
        let proven = recorded.and_then(|r| only(matching(r, |a| Some(a.username.as_str()))));
        let found = match proven {
            Some(a) => Some(Pairing::Proven(a)),
            None => {
                let by_domain = matching(&s.domain, |a| a.domain.as_deref());
                let one = if by_domain.is_empty() {
                    only(matching(&s.client_email, |a| Some(a.email.as_str())))
                } else {
                    only(by_domain)
                };
                one.map(Pairing::LookAlike)
            }
        };
        if let Some(p) = found {
            pairs.insert(s.id, p);
        }
    }
    // An account two services point at is nobody's for sure.
    let mut claims: HashMap<String, usize> = HashMap::new();
    for p in pairs.values() {
        let (Pairing::Proven(a) | Pairing::LookAlike(a)) = p;
        *claims.entry(key(&a.username)).or_default() += 1;
    }
    pairs.retain(|_, p| {
        let (Pairing::Proven(a) | Pairing::LookAlike(a)) = p;
        claims.get(&key(&a.username)) == Some(&1)
    });
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
            recorded: String::new(),
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
            ServiceRow {
                recorded: "newname".into(),
                ..svc(8, "Active", "oldname", "renamed.test", "gold")
            },
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
    fn only_the_recorded_name_proves_a_rename_and_it_must_be_unambiguous() {
        let mut service = svc(1, "Active", "old", "x.test", "gold");
        service.recorded = "new".into();
        let f = compare(
            &[service.clone()],
            &[acct("new", None, "gold", false)],
            exact_plan,
        );
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].kind, f[0].panel.as_str()), (Kind::Username, "new"));
        // Two accounts with that name (a hostile listing): nobody's for sure.
        let two = [
            acct("new", None, "gold", false),
            acct("NEW", None, "gold", false),
        ];
        let k = kinds(&compare(&[service], &two, exact_plan));
        assert!(k.contains(&(Kind::Missing, "old".into())), "{k:?}");
        assert_eq!(k.iter().filter(|(k, _)| *k == Kind::Orphan).count(), 2);
    }

    /// A client sets their service's domain (at order) and their email (in their profile) to
    /// another tenant's: the check must not propose that tenant's account as theirs.
    #[test]
    fn a_client_cannot_claim_another_tenants_account_by_domain_or_email() {
        let mut victim = acct("victim", Some("victim.test"), "gold", false);
        victim.email = "owner@victim.test".into();
        let attacker = ServiceRow {
            domain: "victim.test".into(),
            client_email: "owner@victim.test".into(),
            ..svc(1, "Active", "attacker", "", "gold")
        };
        for service in [
            attacker.clone(),
            ServiceRow {
                domain: String::new(),
                ..attacker.clone()
            },
        ] {
            let f = compare(&[service], std::slice::from_ref(&victim), exact_plan);
            assert!(f.iter().all(|f| f.kind != Kind::Username), "{f:?}");
            let missing = f.iter().find(|f| f.kind == Kind::Missing).expect("missing");
            assert_eq!(missing.panel, "victim", "shown for the admin to check");
            assert!(
                missing.reason().contains("no proof"),
                "the risk is stated: {}",
                missing.reason()
            );
            assert!(f
                .iter()
                .any(|f| f.kind == Kind::Orphan && f.account == "victim"));
        }
        // Two look-alikes: none named.
        let two = [
            acct("a1", Some("x.test"), "gold", false),
            acct("a2", Some("x.test"), "gold", false),
        ];
        let f = compare(
            &[svc(2, "Active", "old", "x.test", "gold")],
            &two,
            exact_plan,
        );
        let missing = f.iter().find(|f| f.kind == Kind::Missing).expect("missing");
        assert_eq!(missing.panel, "");
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
