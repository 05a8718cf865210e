//! One disagreement between WHMCS and a panel, and its reason in words.

/// The kinds of drift, each with the code stored in `mod_oxide_drift.kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// WHMCS Active/Suspended, no account on the panel.
    Missing,
    /// An account on the panel that no WHMCS service on that server has.
    Orphan,
    /// WHMCS Suspended but active on the panel, or the reverse.
    Status,
    /// WHMCS Terminated/Cancelled but the account still exists.
    Terminated,
    /// The account is on another package/plan than the product's.
    Package,
    /// The account's main domain is not the service's.
    Domain,
    /// The service's username is not on the panel, but an unlinked account has the name the
    /// module's create recorded for this service: the same account, renamed.
    Username,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Missing,
        Kind::Orphan,
        Kind::Status,
        Kind::Terminated,
        Kind::Package,
        Kind::Domain,
        Kind::Username,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::Missing => "missing",
            Kind::Orphan => "orphan",
            Kind::Status => "status",
            Kind::Terminated => "terminated",
            Kind::Package => "package",
            Kind::Domain => "domain",
            Kind::Username => "username",
        }
    }

    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The widget's row heading.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Missing => "Missing on panel",
            Kind::Orphan => "Orphan on panel",
            Kind::Status => "Status differs",
            Kind::Terminated => "Terminated, still on panel",
            Kind::Package => "Package differs",
            Kind::Domain => "Domain differs",
            Kind::Username => "Renamed on panel",
        }
    }
}

/// One drift found on one server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    /// The WHMCS service; `None` for an orphan.
    pub service_id: Option<i64>,
    /// The panel account concerned (the service's username, or the orphan's name).
    pub account: String,
    /// WHMCS's side (a status, package, domain or username; empty when none).
    pub whmcs: String,
    /// The panel's side.
    pub panel: String,
}

impl Finding {
    /// The reason in words, as the service page and the widget show it.
    pub fn reason(&self) -> String {
        let (a, w, p) = (&self.account, &self.whmcs, &self.panel);
        match self.kind {
            Kind::Missing if a.is_empty() => {
                format!("WHMCS has this service {w}, but it has no username to find on the panel")
            }
            Kind::Missing if p.is_empty() => {
                format!("WHMCS has this service {w}, but the panel has no account `{a}`")
            }
            Kind::Missing => format!(
                "WHMCS has this service {w}, but the panel has no account `{a}`. Account `{p}` \
                 there has this service's domain or the client's email address; the client \
                 sets both, so this is no proof that `{p}` is theirs (a client could point them \
                 at another tenant's account). It is not re-linked by a button: check on the \
                 panel who owns `{p}` before entering it as this service's username"
            ),
            Kind::Orphan if p.is_empty() => {
                format!("account `{a}` is on the panel but no WHMCS service on this server has it")
            }
            Kind::Orphan => format!(
                "account `{a}` is on the panel ({p}) but no WHMCS service on this server has it"
            ),
            Kind::Status => {
                format!("WHMCS has this service {w}, but account `{a}` is {p} on the panel")
            }
            Kind::Terminated => format!(
                "WHMCS has this service {w}, but account `{a}` still exists on the panel ({p})"
            ),
            Kind::Package => {
                format!("account `{a}` is on package `{p}` on the panel; the product says `{w}`")
            }
            Kind::Domain => {
                format!("account `{a}` has main domain `{p}` on the panel; WHMCS has `{w}`")
            }
            Kind::Username => format!(
                "WHMCS's username `{w}` is not on the panel; account `{p}` there is the one \
                 this module created for this service (its own record): the same account, \
                 renamed"
            ),
        }
    }
}
