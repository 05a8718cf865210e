//! The simulated server: hestia.conf API settings, users (user.conf + domains), packages,
//! templates, /etc/shells, /tmp files and Let's Encrypt behaviour.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::clock;

/// An ordered `KEY='value'` file (user.conf, *.pkg, web.conf lines).
pub type Conf = BTreeMap<String, String>;

/// The limit fields a package (and a user.conf) carries, in *.pkg order.
pub const PACKAGE_KEYS: &[&str] = &[
    "WEB_TEMPLATE",
    "PROXY_TEMPLATE",
    "BACKEND_TEMPLATE",
    "DNS_TEMPLATE",
    "WEB_DOMAINS",
    "WEB_ALIASES",
    "DNS_DOMAINS",
    "DNS_RECORDS",
    "MAIL_DOMAINS",
    "MAIL_ACCOUNTS",
    "RATE_LIMIT",
    "DATABASES",
    "CRON_JOBS",
    "DISK_QUOTA",
    "CPU_QUOTA",
    "CPU_QUOTA_PERIOD",
    "MEMORY_LIMIT",
    "SWAP_LIMIT",
    "BANDWIDTH",
    "NS",
    "SHELL",
    "BACKUPS",
    "BACKUPS_INCREMENTAL",
];

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct AccessKey {
    pub access_key_id: String,
    pub secret_key: String,
    #[serde(default = "admin")]
    pub user: String,
    /// API profile names (`billing`, …); empty = every command (admin keys only).
    #[serde(default)]
    pub permissions: Vec<String>,
    #[serde(default)]
    pub comment: String,
}

fn admin() -> String {
    "admin".into()
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct LetsEncrypt {
    /// How long v-add-letsencrypt-domain takes (it is synchronous in Hestia).
    #[serde(default)]
    pub delay_ms: u64,
    /// Make it fail with this exit code (15 = E_CONNECT, 3 = E_NOTEXIST …); null = succeed.
    #[serde(default)]
    pub fail_exit: Option<i32>,
}

/// A certificate v-add-letsencrypt-domain issued.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Certificate {
    pub domain: String,
    /// "web" or "mail" (MAIL=yes issues the mail certificate).
    pub kind: String,
    #[serde(default)]
    pub aliases: String,
    #[serde(default)]
    pub time: String,
    #[serde(default)]
    pub date: String,
}

/// One hosting account: user.conf plus its domains.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
pub struct User {
    pub password: String,
    /// user.conf (NAME, PACKAGE, limits, CONTACT, ROLE, SUSPENDED, U_*, TIME, DATE …).
    pub conf: Conf,
    /// web.conf lines keyed by domain.
    #[serde(default)]
    pub web: Vec<Conf>,
    #[serde(default)]
    pub dns: Vec<Conf>,
    #[serde(default)]
    pub mail: Vec<Conf>,
    #[serde(default)]
    pub certificates: Vec<Certificate>,
}

impl User {
    pub fn get(&self, k: &str) -> &str {
        self.conf.get(k).map(String::as_str).unwrap_or("")
    }
    pub fn set(&mut self, k: &str, v: impl Into<String>) {
        self.conf.insert(k.to_string(), v.into());
    }
    pub fn suspended(&self) -> bool {
        self.get("SUSPENDED") == "yes"
    }
    /// Keep the U_* counters of domains in step with the lists.
    pub fn recount(&mut self) {
        let web = self.web.len();
        let dns = self.dns.len();
        let mail = self.mail.len();
        let aliases: usize = self
            .web
            .iter()
            .map(|w| {
                w.get("ALIAS")
                    .map(|a| a.split(',').filter(|s| !s.is_empty()).count())
                    .unwrap_or(0)
            })
            .sum();
        let ssl = self
            .web
            .iter()
            .filter(|w| w.get("SSL").map(String::as_str) == Some("yes"))
            .count();
        self.set("U_WEB_DOMAINS", web.to_string());
        self.set("U_WEB_ALIASES", aliases.to_string());
        self.set("U_WEB_SSL", ssl.to_string());
        self.set("U_DNS_DOMAINS", dns.to_string());
        self.set("U_MAIL_DOMAINS", mail.to_string());
    }
}

/// Users in creation order (the order of /etc/passwd, which v-list-users follows).
#[derive(Clone, Debug, Default)]
pub struct Users {
    order: Vec<String>,
    map: HashMap<String, User>,
}

impl Users {
    pub fn get(&self, name: &str) -> Option<&User> {
        self.map.get(name)
    }
    pub fn get_mut(&mut self, name: &str) -> Option<&mut User> {
        self.map.get_mut(name)
    }
    pub fn contains(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }
    pub fn insert(&mut self, name: &str, u: User) {
        if self.map.insert(name.to_string(), u).is_none() {
            self.order.push(name.to_string());
        }
    }
    pub fn remove(&mut self, name: &str) -> Option<User> {
        let u = self.map.remove(name)?;
        self.order.retain(|n| n != name);
        Some(u)
    }
    pub fn iter(&self) -> impl Iterator<Item = (&String, &User)> {
        self.order
            .iter()
            .filter_map(move |n| self.map.get(n).map(|u| (n, u)))
    }
    pub fn names(&self) -> Vec<String> {
        self.order.clone()
    }
    pub fn len(&self) -> usize {
        self.order.len()
    }
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Package {
    pub conf: Conf,
    /// Modification counter: `ls --sort=time` lists the newest package first.
    pub seq: u64,
}

#[derive(Clone, Debug)]
pub struct State {
    pub root_user: String,
    /// The admin's password (legacy `user`+`password` auth).
    pub admin_password: String,
    /// Legacy API keys (files in data/keys, v-generate-api-key).
    pub legacy_keys: Vec<String>,
    pub access_keys: Vec<AccessKey>,
    /// hestia.conf API='yes' (legacy path).
    pub api_legacy: bool,
    /// hestia.conf API_SYSTEM: 0 off, 1 admin keys only, 2 all users.
    pub api_system: u8,
    /// hestia.conf API_ALLOWED_IP: comma list, `allow-all`; empty blocks everyone.
    pub api_allowed_ip: String,
    pub users: Users,
    pub packages: BTreeMap<String, Package>,
    pub pkg_seq: u64,
    pub web_templates: Vec<String>,
    pub backend_templates: Vec<String>,
    pub proxy_templates: Vec<String>,
    pub dns_templates: Vec<String>,
    /// /etc/shells lines.
    pub shells: Vec<String>,
    /// Accounts in /etc/passwd that are not Hestia users.
    pub system_users: Vec<String>,
    /// In-memory /tmp: path → content.
    pub tmp_files: BTreeMap<String, String>,
    pub sysinfo: Conf,
    pub letsencrypt: LetsEncrypt,
    /// Server IPs (first one is the shared default).
    pub ips: Vec<String>,
    /// Monthly stats rows per user (v-list-user-stats), oldest first.
    pub stats: HashMap<String, Vec<Conf>>,
}

pub const DEFAULT_ACCESS_KEY_ID: &str = "SIMADMINKEY000000001";
pub const DEFAULT_SECRET_KEY: &str = "simadminsecret0000000000000000000000001a";
pub const DEFAULT_ADMIN_PASSWORD: &str = "AdminPass123";
pub const DEFAULT_LEGACY_KEY: &str = "simlegacykey0000000000000000000a";

fn conf(pairs: &[(&str, &str)]) -> Conf {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// install/common/packages/default.pkg
pub fn default_pkg() -> Conf {
    conf(&[
        ("WEB_TEMPLATE", "default"),
        ("PROXY_TEMPLATE", "default"),
        ("BACKEND_TEMPLATE", "default"),
        ("DNS_TEMPLATE", "default"),
        ("WEB_DOMAINS", "unlimited"),
        ("WEB_ALIASES", "unlimited"),
        ("DNS_DOMAINS", "unlimited"),
        ("DNS_RECORDS", "unlimited"),
        ("MAIL_DOMAINS", "unlimited"),
        ("MAIL_ACCOUNTS", "unlimited"),
        ("RATE_LIMIT", "200"),
        ("DATABASES", "unlimited"),
        ("CRON_JOBS", "unlimited"),
        ("DISK_QUOTA", "unlimited"),
        ("CPU_QUOTA", "unlimited"),
        ("CPU_QUOTA_PERIOD", "unlimited"),
        ("MEMORY_LIMIT", "unlimited"),
        ("SWAP_LIMIT", "unlimited"),
        ("BANDWIDTH", "unlimited"),
        ("NS", "ns1.domain.tld,ns2.domain.tld"),
        ("SHELL", "nologin"),
        ("BACKUPS", "1"),
        ("BACKUPS_INCREMENTAL", "no"),
        ("TIME", "18:00:00"),
        ("DATE", "2019-01-15"),
    ])
}

/// install/common/packages/system.pkg
fn system_pkg() -> Conf {
    let mut c = default_pkg();
    for (k, v) in [
        ("WEB_DOMAINS", "1"),
        ("WEB_ALIASES", "1"),
        ("DNS_DOMAINS", "1"),
        ("MAIL_DOMAINS", "1"),
        ("MAIL_ACCOUNTS", "1"),
        ("DATABASES", "0"),
        ("TIME", "00:00:00"),
        ("DATE", "2022-01-20"),
    ] {
        c.insert(k.into(), v.into());
    }
    c
}

/// A limited package for tests (the reference's example package).
fn gold_pkg() -> Conf {
    let mut c = default_pkg();
    for (k, v) in [
        ("WEB_DOMAINS", "5"),
        ("WEB_ALIASES", "10"),
        ("DNS_DOMAINS", "5"),
        ("MAIL_DOMAINS", "5"),
        ("MAIL_ACCOUNTS", "50"),
        ("DATABASES", "5"),
        ("CRON_JOBS", "5"),
        ("DISK_QUOTA", "10240"),
        ("BANDWIDTH", "102400"),
        ("NS", "ns1.example.com,ns2.example.com"),
        ("BACKUPS", "3"),
        ("TIME", "12:00:00"),
        ("DATE", "2024-01-01"),
    ] {
        c.insert(k.into(), v.into());
    }
    c
}

/// user.conf as v-add-user writes it for `package`.
pub fn new_user_conf(name: &str, email: &str, package: &str, pkg: &Conf, role: &str) -> Conf {
    let (time, date) = clock::now_time_date();
    let mut c = Conf::new();
    c.insert("NAME".into(), name.into());
    c.insert("PACKAGE".into(), package.into());
    for (k, v) in pkg {
        if k != "TIME" && k != "DATE" {
            c.insert(k.clone(), v.clone());
        }
    }
    for (k, v) in [
        ("CONTACT", email),
        ("CRON_REPORTS", "yes"),
        ("MD5", ""),
        ("RKEY", ""),
        ("TWOFA", ""),
        ("QRCODE", ""),
        ("PHPCLI", ""),
        ("ROLE", role),
        ("SUSPENDED", "no"),
        ("SUSPENDED_USERS", "0"),
        ("SUSPENDED_WEB", "0"),
        ("SUSPENDED_DNS", "0"),
        ("SUSPENDED_MAIL", "0"),
        ("SUSPENDED_DB", "0"),
        ("SUSPENDED_CRON", "0"),
        ("IP_AVAIL", "1"),
        ("IP_OWNED", "0"),
        ("U_USERS", "0"),
        ("U_DISK", "0"),
        ("U_DISK_DIRS", "0"),
        ("U_DISK_WEB", "0"),
        ("U_DISK_MAIL", "0"),
        ("U_DISK_DB", "0"),
        ("U_BANDWIDTH", "0"),
        ("U_WEB_DOMAINS", "0"),
        ("U_WEB_SSL", "0"),
        ("U_WEB_ALIASES", "0"),
        ("U_DNS_DOMAINS", "0"),
        ("U_DNS_RECORDS", "0"),
        ("U_MAIL_DOMAINS", "0"),
        ("U_MAIL_DKIM", "0"),
        ("U_MAIL_ACCOUNTS", "0"),
        ("U_MAIL_SSL", "0"),
        ("U_DATABASES", "0"),
        ("U_CRON_JOBS", "0"),
        ("U_BACKUPS", "0"),
        ("LANGUAGE", ""),
        ("THEME", ""),
        ("NOTIFICATIONS", "no"),
        ("PREF_UI_SORT", "name"),
        ("LOGIN_DISABLED", "no"),
        ("LOGIN_USE_IPLIST", "no"),
        ("LOGIN_ALLOW_IPS", ""),
        ("TIME", time.as_str()),
        ("DATE", date.as_str()),
    ] {
        c.insert(k.into(), v.into());
    }
    c.insert("RKEY".into(), clock::pseudo_random(16));
    c
}

impl State {
    /// A freshly installed Hestia 1.10 with the API enabled for the simulator's caller.
    pub fn initial() -> State {
        let mut st = State {
            root_user: "admin".into(),
            admin_password: DEFAULT_ADMIN_PASSWORD.into(),
            legacy_keys: vec![DEFAULT_LEGACY_KEY.into()],
            access_keys: vec![AccessKey {
                access_key_id: DEFAULT_ACCESS_KEY_ID.into(),
                secret_key: DEFAULT_SECRET_KEY.into(),
                user: "admin".into(),
                permissions: Vec::new(),
                comment: "simulator admin key".into(),
            }],
            api_legacy: true,
            api_system: 1,
            api_allowed_ip: "127.0.0.1".into(),
            users: Users::default(),
            packages: BTreeMap::new(),
            pkg_seq: 0,
            web_templates: [
                "default",
                "hosting",
                "caching",
                "suspended",
                "wordpress",
                "no-php",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            backend_templates: ["default", "no-php", "PHP-8_2", "PHP-8_3"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            proxy_templates: ["default", "hosting", "caching"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            dns_templates: ["default", "child-ns", "gmail", "office365", "zoho"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            shells: [
                "/bin/sh",
                "/usr/bin/sh",
                "/bin/bash",
                "/usr/bin/bash",
                "/bin/rbash",
                "/usr/bin/rbash",
                "/bin/dash",
                "/usr/bin/dash",
                "/usr/sbin/nologin",
                "/sbin/nologin",
                "/usr/sbin/jailbash",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            system_users: [
                "root",
                "daemon",
                "bin",
                "sys",
                "sync",
                "games",
                "man",
                "lp",
                "mail",
                "news",
                "uucp",
                "proxy",
                "www-data",
                "backup",
                "list",
                "irc",
                "_apt",
                "nobody",
                "systemd-network",
                "messagebus",
                "sshd",
                "bind",
                "ntp",
                "Debian-exim",
                "dovecot",
                "clamav",
                "debian-spamd",
                "hestiaweb",
                "hestiamail",
                "postgres",
                "ftp",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            tmp_files: BTreeMap::new(),
            sysinfo: conf(&[
                ("HOSTNAME", "hestia.sim.local"),
                ("OS", "Debian"),
                ("VERSION", "12"),
                ("ARCH", "x86_64"),
                ("HESTIA", "1.10.3"),
                ("RELEASE", "release"),
                ("UPTIME", "4242"),
                ("LOADAVERAGE", "0.08 / 0.03 / 0.01"),
            ]),
            letsencrypt: LetsEncrypt {
                delay_ms: 0,
                fail_exit: None,
            },
            ips: vec!["192.0.2.10".into()],
            stats: HashMap::new(),
        };
        st.put_package("default", default_pkg());
        st.put_package("system", system_pkg());
        st.put_package("gold", gold_pkg());
        // The installer: v-add-user admin … default "System Administrator", then shell
        // nologin and role admin.
        let pkg = default_pkg();
        let mut conf = new_user_conf(
            "System Administrator",
            "admin@hestia.sim.local",
            "default",
            &pkg,
            "admin",
        );
        conf.insert("U_USERS".into(), "1".into());
        conf.insert("IP_AVAIL".into(), "0".into());
        conf.insert("LANGUAGE".into(), "en".into());
        conf.insert("TIME".into(), "10:00:00".into());
        conf.insert("DATE".into(), "2024-01-01".into());
        st.users.insert(
            "admin",
            User {
                password: DEFAULT_ADMIN_PASSWORD.into(),
                conf,
                ..User::default()
            },
        );
        st
    }

    /// Create or replace a package, making it the newest.
    pub fn put_package(&mut self, name: &str, conf: Conf) {
        self.pkg_seq += 1;
        self.packages.insert(
            name.to_string(),
            Package {
                conf,
                seq: self.pkg_seq,
            },
        );
    }

    /// Packages newest first (`ls --sort=time`).
    pub fn packages_by_time(&self) -> Vec<(&String, &Package)> {
        let mut v: Vec<_> = self.packages.iter().collect();
        v.sort_by_key(|p| std::cmp::Reverse(p.1.seq));
        v
    }

    /// `grep -w NAME /etc/shells`: the first line containing NAME as a whole word.
    pub fn shell_line(&self, name: &str) -> Option<&String> {
        if name.is_empty() {
            return None;
        }
        self.shells.iter().find(|line| contains_word(line, name))
    }

    /// `cut -f1 -d: /etc/passwd | grep ^USER$`
    pub fn passwd_has(&self, name: &str) -> bool {
        self.users.contains(name) || self.system_users.iter().any(|u| u == name)
    }

    /// Which user owns a web/dns/mail domain (any kind).
    pub fn domain_owner(&self, kind: &str, domain: &str) -> Option<String> {
        self.users.iter().find_map(|(n, u)| {
            let list = match kind {
                "web" => &u.web,
                "dns" => &u.dns,
                _ => &u.mail,
            };
            list.iter()
                .any(|c| c.get("DOMAIN").map(String::as_str) == Some(domain))
                .then(|| n.clone())
        })
    }
}

/// `grep -w`: `word` occurs delimited by non-word characters.
fn contains_word(line: &str, word: &str) -> bool {
    let is_w = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut start = 0;
    while let Some(i) = line[start..].find(word) {
        let at = start + i;
        let end = at + word.len();
        let before_ok = line[..at].chars().next_back().is_none_or(|c| !is_w(c));
        let after_ok = line[end..].chars().next().is_none_or(|c| !is_w(c));
        if before_ok && after_ok {
            return true;
        }
        start = at + word.chars().next().map(char::len_utf8).unwrap_or(1);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grep_w_semantics() {
        assert!(contains_word("/bin/bash", "bash"));
        assert!(contains_word("/bin/bash", "/bin/bash"));
        assert!(!contains_word("/bin/bash", "bas"));
        assert!(!contains_word("/usr/sbin/nologin", "login"));
        assert!(contains_word("/usr/sbin/nologin", "nologin"));
        assert!(contains_word("/bin/rbash", "rbash"));
        assert!(!contains_word("/bin/rbash", "ash"));
    }
}
