//! The simulated WHM server: WHM users and their API tokens, hosting packages, cPanel
//! accounts, IP addresses, monthly bandwidth counters and issued login sessions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::clock;
use super::rules::{Limit, MB};

pub const DEFAULT_ROOT_TOKEN: &str = "SIMROOTTOKEN0000000000000000000A";
pub const DEFAULT_ROOT_PASSWORD: &str = "RootPass-123";
pub const DEFAULT_VERSION: &str = "11.118.0.5";

/// An API token of a WHM user (root or a reseller). `acls` empty or holding `all` = every
/// privilege.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Token {
    pub user: String,
    #[serde(default)]
    pub name: String,
    pub token: String,
    #[serde(default)]
    pub acls: Vec<String>,
}

impl Token {
    pub fn full_access(&self) -> bool {
        self.acls.is_empty() || self.acls.iter().any(|a| a == "all")
    }
}

/// A hosting package (plan). Disk and bandwidth in MB, as WHM lists them.
#[derive(Debug, Clone, PartialEq)]
pub struct Package {
    pub quota_mb: Limit,
    pub bwlimit_mb: Limit,
    pub maxpop: Limit,
    pub maxsql: Limit,
    pub maxsub: Limit,
    pub maxpark: Limit,
    pub maxaddon: Limit,
    pub maxftp: Limit,
    pub featurelist: String,
    pub ip: bool,
    pub hasshell: bool,
}

impl Package {
    pub fn unlimited() -> Package {
        Package {
            quota_mb: Limit::Unlimited,
            bwlimit_mb: Limit::Unlimited,
            maxpop: Limit::Unlimited,
            maxsql: Limit::Unlimited,
            maxsub: Limit::Unlimited,
            maxpark: Limit::Unlimited,
            maxaddon: Limit::Unlimited,
            maxftp: Limit::Unlimited,
            featurelist: "default".into(),
            ip: false,
            hasshell: false,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn limited(q: u64, bw: u64, pop: u64, sql: u64, sub: u64, park: u64, addon: u64) -> Package {
        Package {
            quota_mb: Limit::N(q),
            bwlimit_mb: Limit::N(bw),
            maxpop: Limit::N(pop),
            maxsql: Limit::N(sql),
            maxsub: Limit::N(sub),
            maxpark: Limit::N(park),
            maxaddon: Limit::N(addon),
            maxftp: Limit::N(5),
            ..Package::unlimited()
        }
    }
}

/// A cPanel account. The disk quota is kept in MB and the bandwidth limit in bytes, the
/// units modifyacct's QUOTA and BWLIMIT use.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub domain: String,
    pub plan: String,
    pub owner: String,
    pub email: String,
    pub ip: String,
    pub dedicated_ip: bool,
    pub suspended: bool,
    pub suspendreason: String,
    pub suspendtime: u64,
    pub password: String,
    pub quota_mb: Limit,
    pub bwlimit_bytes: Limit,
    pub maxpop: Limit,
    pub maxsql: Limit,
    pub maxsub: Limit,
    pub maxpark: Limit,
    pub maxaddon: Limit,
    pub maxftp: Limit,
    pub disk_used_mb: u64,
    pub startdate: u64,
    /// What cPanel's StatsBar counts: `emailaccounts`, `addondomains`, `parkeddomains`,
    /// `subdomains`, `mysqldatabases` (absent = 0).
    pub stats: BTreeMap<String, u64>,
    /// Mailboxes made by `Email::add_pop`: address → quota in MB (0 = unlimited).
    pub mailboxes: BTreeMap<String, u64>,
}

impl Account {
    /// A fresh account on `pkg` (limits copied from the package, as createacct does).
    pub fn new(domain: &str, plan: &str, owner: &str, pkg: &Package, ip: &str) -> Account {
        let mut a = Account {
            domain: domain.into(),
            plan: plan.into(),
            owner: owner.into(),
            email: String::new(),
            ip: ip.into(),
            dedicated_ip: false,
            suspended: false,
            suspendreason: String::new(),
            suspendtime: 0,
            password: String::new(),
            quota_mb: Limit::Unlimited,
            bwlimit_bytes: Limit::Unlimited,
            maxpop: Limit::Unlimited,
            maxsql: Limit::Unlimited,
            maxsub: Limit::Unlimited,
            maxpark: Limit::Unlimited,
            maxaddon: Limit::Unlimited,
            maxftp: Limit::Unlimited,
            disk_used_mb: 0,
            startdate: clock::unix_secs(),
            stats: BTreeMap::new(),
            mailboxes: BTreeMap::new(),
        };
        a.apply_package(plan, pkg);
        a
    }

    /// changepackage: the package's limits replace every per-account value.
    pub fn apply_package(&mut self, plan: &str, pkg: &Package) {
        self.plan = plan.into();
        self.quota_mb = pkg.quota_mb;
        self.bwlimit_bytes = pkg.bwlimit_mb.map(|mb| mb * MB);
        self.maxpop = pkg.maxpop;
        self.maxsql = pkg.maxsql;
        self.maxsub = pkg.maxsub;
        self.maxpark = pkg.maxpark;
        self.maxaddon = pkg.maxaddon;
        self.maxftp = pkg.maxftp;
    }
}

/// A WHM reseller: its privileges (ACLs), limits and nameservers. The accounts it owns are
/// those whose `owner` is its name.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Reseller {
    #[serde(default)]
    pub acls: Vec<String>,
    /// The saved ACL list last applied (empty: privileges set one by one).
    #[serde(default)]
    pub acllist: String,
    #[serde(default)]
    pub account_limit: Option<u64>,
    #[serde(default)]
    pub disk_limit_mb: Option<u64>,
    #[serde(default)]
    pub bandwidth_limit_mb: Option<u64>,
    #[serde(default)]
    pub overselling_disk: bool,
    #[serde(default)]
    pub overselling_bandwidth: bool,
    #[serde(default)]
    pub nameservers: Vec<String>,
}

/// A `create_user_session` answer, kept so tests can compare it with what the module returned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub user: String,
    pub service: String,
    pub url: String,
    /// The cPanel application the session opens (`app`); empty: cPanel's home.
    #[serde(default)]
    pub app: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub version: String,
    pub hostname: String,
    pub root_password: String,
    pub tokens: Vec<Token>,
    pub packages: BTreeMap<String, Package>,
    pub accounts: BTreeMap<String, Account>,
    pub shared_ip: String,
    /// Every dedicated address; those not on an account are free.
    pub dedicated_ips: Vec<String>,
    /// (year, month) the server's counters belong to; counters reset when it changes.
    pub current_month: (i64, u32),
    /// user → "YYYY-MM" → bytes transferred in that month.
    pub bandwidth: BTreeMap<String, BTreeMap<String, u64>>,
    /// createacct takes this long (the account appears at the end), for client timeouts.
    pub createacct_delay_ms: u64,
    pub sessions: Vec<Session>,
    pub resellers: BTreeMap<String, Reseller>,
    /// Saved ACL lists (WHM's "Edit Reseller Nameservers and Privileges"): name → privileges.
    pub acl_lists: BTreeMap<String, Vec<String>>,
}

impl State {
    pub fn initial() -> State {
        let mut packages = BTreeMap::new();
        packages.insert("default".to_string(), Package::unlimited());
        packages.insert(
            "basic".to_string(),
            Package::limited(1024, 10_240, 10, 5, 10, 2, 1),
        );
        packages.insert(
            "pro".to_string(),
            Package::limited(10_240, 102_400, 100, 50, 100, 20, 10),
        );
        State {
            version: DEFAULT_VERSION.into(),
            hostname: "whm.sim.local".into(),
            root_password: DEFAULT_ROOT_PASSWORD.into(),
            tokens: vec![Token {
                user: "root".into(),
                name: "sim".into(),
                token: DEFAULT_ROOT_TOKEN.into(),
                acls: vec!["all".into()],
            }],
            packages,
            accounts: BTreeMap::new(),
            shared_ip: "192.0.2.10".into(),
            dedicated_ips: vec!["192.0.2.50".into(), "192.0.2.51".into()],
            current_month: clock::year_month(),
            bandwidth: BTreeMap::new(),
            createacct_delay_ms: 0,
            sessions: Vec::new(),
            resellers: BTreeMap::new(),
            acl_lists: [
                (
                    "starter",
                    &[
                        "create-acct",
                        "kill-acct",
                        "suspend-acct",
                        "list-accts",
                        "list-pkgs",
                    ][..],
                ),
                (
                    "pro",
                    &[
                        "create-acct",
                        "kill-acct",
                        "suspend-acct",
                        "list-accts",
                        "list-pkgs",
                        "edit-account",
                        "upgrade-account",
                        "passwd",
                        "show-bandwidth",
                        "create-user-session",
                        "acct-summary",
                    ][..],
                ),
            ]
            .iter()
            .map(|(n, l)| (n.to_string(), l.iter().map(|a| a.to_string()).collect()))
            .collect(),
        }
    }

    pub fn month_key(&self) -> String {
        month_key(self.current_month)
    }

    /// Bytes `user` transferred in the given month.
    pub fn bytes_in(&self, user: &str, key: &str) -> u64 {
        self.bandwidth
            .get(user)
            .and_then(|m| m.get(key))
            .copied()
            .unwrap_or(0)
    }

    /// The accounts `reseller` owns, other than its own.
    pub fn owned_by(&self, reseller: &str) -> Vec<String> {
        self.accounts
            .iter()
            .filter(|(u, a)| a.owner == reseller && *u != reseller)
            .map(|(u, _)| u.clone())
            .collect()
    }

    pub fn free_dedicated_ip(&self) -> Option<String> {
        self.dedicated_ips
            .iter()
            .find(|ip| !self.accounts.values().any(|a| &a.ip == *ip))
            .cloned()
    }

    pub fn domain_owner(&self, domain: &str) -> Option<&str> {
        self.accounts
            .iter()
            .find(|(_, a)| a.domain.eq_ignore_ascii_case(domain))
            .map(|(u, _)| u.as_str())
    }

    /// Is `name` a WHM user (root or a reseller holding a token)?
    pub fn is_whm_user(&self, name: &str) -> bool {
        name == "root"
            || self.resellers.contains_key(name)
            || self.tokens.iter().any(|t| t.user == name)
    }
}

pub fn month_key((y, m): (i64, u32)) -> String {
    format!("{y:04}-{m:02}")
}

/// "2026-05" → (2026, 5).
pub fn parse_month(s: &str) -> Option<(i64, u32)> {
    let (y, m) = s.trim().split_once('-')?;
    let y = y.parse::<i64>().ok()?;
    let m = m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?;
    Some((y, m))
}
