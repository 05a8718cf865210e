//! Domain scripts: v-add-domain, v-add-{web,dns,mail}-domain, the deletes and the lists.

use super::commands::Args;
use super::exec::code::*;
use super::exec::{fail, Fail, R};
use super::output::{format_arg, render_map};
use super::state::{Conf, State, User};
use super::users::{existing, unsuspended};
use super::{domainconf, validate, HestiaPanel};

/// Records the `default` DNS template creates.
const DEFAULT_DNS_RECORDS: usize = 16;

/// A few public-suffix two-part extensions (is_valid_2_part_extension): `www.` is only
/// aliased automatically for `name.tld` or `name.co.uk`-style domains.
const TWO_PART: &[&str] = &[
    "co.uk", "org.uk", "me.uk", "ac.uk", "com.au", "net.au", "org.au", "co.nz", "co.za", "com.br",
    "com.mx", "co.jp", "com.tr", "com.cn", "co.in", "co.il", "com.ar",
];

/// `is_package_full KEY` with `used` given.
pub(super) fn package_full(u: &User, key: &str, used: usize, aliases: bool) -> Result<(), Fail> {
    let limit = u.get(key);
    if limit == "unlimited" {
        return Ok(());
    }
    let full = match limit.parse::<usize>() {
        Ok(l) if aliases => used > l,
        Ok(l) => used >= l,
        // `[[ used -ge "" ]]` treats an empty/garbage limit as 0.
        Err(_) => used > 0 || !aliases,
    };
    if full {
        fail(
            E_LIMIT,
            format!("{key} limit is reached :: upgrade user package"),
        )
    } else {
        Ok(())
    }
}

fn has(list: &[Conf], domain: &str) -> bool {
    list.iter()
        .any(|c| c.get("DOMAIN").map(String::as_str) == Some(domain))
}

/// `is_domain_new TYPE OBJECTS`: web domains/aliases, DNS and mail domains of everyone.
fn domain_new(st: &State, kind: &str, user: &str, objects: &[&str]) -> Result<(), Fail> {
    for obj in objects.iter().filter(|o| !o.is_empty()) {
        for (owner, u) in st.users.iter() {
            if has(&u.web, obj) && (kind == "web" || owner != user) {
                return fail(E_EXISTS, format!("Web domain {obj} exists"));
            }
            let aliased = u.web.iter().any(|w| {
                w.get("ALIAS")
                    .map(|a| a.split(',').any(|x| x == *obj))
                    .unwrap_or(false)
            });
            if aliased && kind == "web" {
                return fail(E_EXISTS, format!("Web alias {obj} exists"));
            }
            if has(&u.dns, obj) && (kind == "dns" || owner != user) {
                return fail(E_EXISTS, format!("DNS domain {obj} exists"));
            }
            if has(&u.mail, obj) && (kind == "mail" || owner != user) {
                return fail(E_EXISTS, format!("Mail domain {obj} exists"));
            }
        }
    }
    Ok(())
}

/// The script's own IP-address check after the format checks.
fn not_an_ip(domain: &str) -> Result<(), Fail> {
    if validate::is_ipv4(domain) {
        Err(Fail::raw(
            E_ARGS,
            "Error: Invalid domain format. IP address detected as input.",
        ))
    } else {
        Ok(())
    }
}

/// `format_aliases`: lowercase, dedupe (sorted), squeeze and strip dots.
fn format_aliases(aliases: &str) -> String {
    if aliases.is_empty() || aliases == "none" {
        return aliases.to_string();
    }
    let mut v: Vec<String> = aliases
        .to_lowercase()
        .split(',')
        .map(|a| {
            let mut s = a.trim().to_string();
            while s.contains("..") {
                s = s.replace("..", ".");
            }
            s.trim_matches('.').to_string()
        })
        .filter(|s| !s.is_empty())
        .collect();
    v.sort();
    v.dedup();
    v.join(",")
}

fn default_alias(domain: &str) -> String {
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() <= 2 {
        return format!("www.{domain}");
    }
    let tail = labels[labels.len() - 2..].join(".");
    if labels.len() == 3 && TWO_PART.contains(&tail.as_str()) {
        format!("www.{domain}")
    } else {
        String::new()
    }
}

/// IP argument check (`is_ip_valid`) or the user's first IP (`get_user_ip`).
fn pick_ip(st: &State, ip: &str) -> Result<String, Fail> {
    if ip.is_empty() {
        return st
            .ips
            .first()
            .cloned()
            .ok_or_else(|| Fail::new(E_NOTEXIST, "no IP is available"));
    }
    if st.ips.iter().any(|i| i == ip) {
        Ok(ip.to_string())
    } else {
        fail(E_NOTEXIST, format!("IP {ip} doesn't exist"))
    }
}

fn add_web(st: &mut State, a: Args) -> R {
    let user = a.s(1);
    let raw = a.s(2);
    let domain = validate::normalize_domain(raw);
    let ip = a.s(3);
    let restart = a.s(4);
    let aliases = format_aliases(a.s(5));
    let proxy_ext = a.s(6);
    validate::user(user, "user", false)?;
    if !domain.is_empty() {
        validate::domain(&domain, "domain")?;
    }
    if !aliases.is_empty() {
        validate::aliases(&aliases)?;
    }
    if !ip.is_empty() {
        validate::ip(ip)?;
    }
    if !proxy_ext.is_empty() {
        validate::proxy_ext(proxy_ext)?;
    }
    validate::restart(restart)?;
    let u = existing(st, user)?;
    unsuspended(u, user)?;
    package_full(u, "WEB_DOMAINS", u.web.len(), false)?;
    if aliases != "none" {
        // `echo $aliases | tr ',' '\n' | wc -l`: an empty list still counts one line.
        let used = aliases.split(',').count().max(1);
        package_full(u, "WEB_ALIASES", used, true)?;
    }
    let mut objects = vec![domain.as_str()];
    objects.extend(aliases.split(',').filter(|s| *s != "none"));
    domain_new(st, "web", user, &objects)?;
    not_an_ip(&domain)?;
    if domain.is_empty() {
        // Nothing rejects an empty name before `mkdir $HOMEDIR/$user/web/` finds the folder.
        return fail(E_EXISTS, "Web domain folder for  should not exist");
    }
    let ip = pick_ip(st, ip)?;
    let alias = match aliases.as_str() {
        "none" => String::new(),
        "" => default_alias(&domain),
        other => other.to_string(),
    };
    let ext = if proxy_ext.is_empty() {
        domainconf::PROXY_EXT
    } else {
        proxy_ext
    };
    let Some(u) = st.users.get_mut(user) else {
        return fail(E_NOTEXIST, format!("user {user} doesn't exist"));
    };
    let tpl = non_empty(u.get("WEB_TEMPLATE"));
    let backend = non_empty(u.get("BACKEND_TEMPLATE"));
    let proxy = non_empty(u.get("PROXY_TEMPLATE"));
    u.web.push(domainconf::web(
        &domain, &ip, &alias, &tpl, &backend, &proxy, ext,
    ));
    u.recount();
    Ok(String::new())
}

fn non_empty(v: &str) -> String {
    if v.is_empty() {
        "default".into()
    } else {
        v.to_string()
    }
}

pub fn add_web_domain(p: &HestiaPanel, a: Args) -> R {
    let (user, domain) = (a.s(1).to_string(), validate::normalize_domain(a.s(2)));
    let out = add_web(&mut p.lock(), a)?;
    p.fs.web_skeleton(&user, &domain);
    Ok(out)
}

fn add_dns(st: &mut State, a: Args) -> R {
    let user = a.s(1);
    let domain = validate::normalize_domain(a.s(2));
    let ip = a.s(3);
    let restart = a.s(12);
    let dnssec = a.s(13);
    validate::user(user, "user", false)?;
    if !domain.is_empty() {
        validate::domain(&domain, "domain")?;
    }
    if !ip.is_empty() {
        validate::ip(ip)?;
    }
    let u = existing(st, user)?;
    unsuspended(u, user)?;
    validate::restart(restart)?;
    domain_new(st, "dns", user, &[&domain])?;
    not_an_ip(&domain)?;
    if domain.is_empty() {
        return fail(E_INVALID, "invalid domain format :: ");
    }
    if !dnssec.is_empty() {
        validate::boolean(dnssec, "dnssec")?;
    }
    package_full(u, "DNS_DOMAINS", u.dns.len(), false)?;
    let template = u.get("DNS_TEMPLATE").to_string();
    if !st.dns_templates.contains(&template) {
        return fail(E_NOTEXIST, format!("{template} dns template doesn't exist"));
    }
    let mut ns = Vec::new();
    for i in 4..=11 {
        let v = a.s(i).trim_matches('.');
        if !v.is_empty() {
            validate::domain(v, &format!("ns{}", i - 3))?;
            ns.push(v.to_string());
        }
    }
    if ns.is_empty() {
        ns = u
            .get("NS")
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
    }
    let soa = ns.first().cloned().unwrap_or_default();
    let Some(u) = st.users.get_mut(user) else {
        return fail(E_NOTEXIST, format!("user {user} doesn't exist"));
    };
    let mut conf = domainconf::dns(&domain, ip, &template, &soa, DEFAULT_DNS_RECORDS);
    if dnssec == "yes" {
        conf.insert("DNSSEC".into(), "yes".into());
    }
    u.dns.push(conf);
    let recs = u.get("U_DNS_RECORDS").parse::<usize>().unwrap_or(0) + DEFAULT_DNS_RECORDS;
    u.set("U_DNS_RECORDS", recs.to_string());
    u.recount();
    Ok(String::new())
}

pub fn add_dns_domain(p: &HestiaPanel, a: Args) -> R {
    add_dns(&mut p.lock(), a)
}

fn add_mail(st: &mut State, a: Args) -> R {
    let user = a.s(1);
    let domain = validate::normalize_domain(a.s(2));
    let antispam = a.or(3, "yes");
    let antivirus = a.or(4, "yes");
    let dkim = a.or(5, "yes");
    let dkim_size = a.or(6, "2048");
    let restart = a.s(7);
    let reject = a.or(8, "no");
    validate::user(user, "user", false)?;
    if !domain.is_empty() {
        validate::domain(&domain, "domain")?;
    }
    for (v, n) in [
        (antispam, "antispam"),
        (antivirus, "antivirus"),
        (dkim, "dkim"),
    ] {
        if !v.is_empty() {
            validate::boolean(v, n)?;
        }
    }
    if !dkim_size.is_empty() {
        validate::int(dkim_size, "dkim_size")?;
    }
    validate::restart(restart)?;
    if !reject.is_empty() {
        validate::boolean(reject, "reject")?;
    }
    let u = existing(st, user)?;
    unsuspended(u, user)?;
    domain_new(st, "mail", user, &[&domain])?;
    not_an_ip(&domain)?;
    if domain.is_empty() {
        return fail(E_INVALID, "invalid domain format :: ");
    }
    package_full(u, "MAIL_DOMAINS", u.mail.len(), false)?;
    let rate = u.get("RATE_LIMIT").to_string();
    let Some(u) = st.users.get_mut(user) else {
        return fail(E_NOTEXIST, format!("user {user} doesn't exist"));
    };
    u.mail.push(domainconf::mail(
        &domain, antispam, antivirus, dkim, reject, &rate,
    ));
    if dkim == "yes" {
        let n = u.get("U_MAIL_DKIM").parse::<usize>().unwrap_or(0) + 1;
        u.set("U_MAIL_DKIM", n.to_string());
    }
    u.recount();
    Ok(String::new())
}

pub fn add_mail_domain(p: &HestiaPanel, a: Args) -> R {
    add_mail(&mut p.lock(), a)
}

/// Web + DNS + mail where the package still has room; 8 only when all three are full.
/// A failing sub-script's output is followed by `Error: can't add … domain`.
pub fn add_domain(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let domain = a.s(2);
    let ip = a.s(3);
    let restart = a.s(4);
    let mut st = p.lock();
    validate::user(user, "user", false)?;
    if !domain.is_empty() {
        validate::domain(domain, "domain")?;
    }
    validate::restart(restart)?;
    if !ip.is_empty() {
        validate::ip(ip)?;
    }
    let u = existing(&st, user)?;
    unsuspended(u, user)?;
    let ip = pick_ip(&st, ip).map_err(|_| Fail::new(E_NOTEXIST, "no available IP address"))?;
    let full = |st: &State, key: &str| {
        st.users
            .get(user)
            .map(|u| {
                let used = match key {
                    "WEB_DOMAINS" => u.web.len(),
                    "DNS_DOMAINS" => u.dns.len(),
                    _ => u.mail.len(),
                };
                package_full(u, key, used, false).is_err()
            })
            .unwrap_or(true)
    };
    let mut out = Vec::new();
    let step = |r: R, what: &str, out: &mut Vec<String>| -> Result<(), Fail> {
        match r {
            Ok(o) => {
                if !o.is_empty() {
                    out.push(o);
                }
                Ok(())
            }
            Err(f) => {
                out.push(f.out);
                out.push(format!("Error: can't add {what} domain"));
                Err(Fail::raw(f.code, out.join("\n")))
            }
        }
    };
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<String>>();
    let web_full = full(&st, "WEB_DOMAINS");
    if !web_full {
        let args = s(&[user, domain, &ip, "no"]);
        step(add_web(&mut st, Args(&args)), "web", &mut out)?;
        p.fs.web_skeleton(user, &validate::normalize_domain(domain));
    }
    let dns_full = full(&st, "DNS_DOMAINS");
    if !dns_full {
        let args = s(&[user, domain, &ip, "", "", "", "", "", "", "", "", "no"]);
        step(add_dns(&mut st, Args(&args)), "dns", &mut out)?;
    }
    let mail_full = full(&st, "MAIL_DOMAINS");
    if !mail_full {
        let args = s(&[user, domain, "no"]);
        step(add_mail(&mut st, Args(&args)), "mail", &mut out)?;
    }
    if web_full && dns_full && mail_full {
        out.push("Error: Package limit reached".into());
        return Err(Fail::raw(E_LIMIT, out.join("\n")));
    }
    Ok(out.join("\n"))
}

fn delete_kind(st: &mut State, kind: &str, user: &str, raw: &str, restart: &str) -> R {
    let domain = validate::normalize_domain(raw);
    validate::user(user, "user", false)?;
    if !domain.is_empty() {
        validate::domain(&domain, "domain")?;
    }
    validate::restart(restart)?;
    existing(st, user)?;
    let Some(u) = st.users.get_mut(user) else {
        return fail(E_NOTEXIST, format!("user {user} doesn't exist"));
    };
    let list = match kind {
        "web" => &mut u.web,
        "dns" => &mut u.dns,
        _ => &mut u.mail,
    };
    if !has(list, &domain) {
        return fail(E_NOTEXIST, format!("{kind} domain {domain} doesn't exist"));
    }
    list.retain(|c| c.get("DOMAIN").map(String::as_str) != Some(domain.as_str()));
    let cert_kind = if kind == "mail" { "mail" } else { "web" };
    if kind != "dns" {
        u.certificates
            .retain(|c| !(c.domain == domain && c.kind == cert_kind));
    }
    u.recount();
    Ok(String::new())
}

pub fn delete_web_domain(p: &HestiaPanel, a: Args) -> R {
    delete_kind(&mut p.lock(), "web", a.s(1), a.s(2), a.s(3))
}

pub fn delete_dns_domain(p: &HestiaPanel, a: Args) -> R {
    delete_kind(&mut p.lock(), "dns", a.s(1), a.s(2), a.s(3))
}

pub fn delete_mail_domain(p: &HestiaPanel, a: Args) -> R {
    delete_kind(&mut p.lock(), "mail", a.s(1), a.s(2), "")
}

/// Deletes whichever of web/DNS/mail exist; 3 when none does. No domain normalisation.
pub fn delete_domain(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let domain = a.s(2);
    let restart = a.or(3, "yes");
    let mut st = p.lock();
    validate::user(user, "user", false)?;
    if !domain.is_empty() {
        validate::domain(domain, "domain")?;
    }
    validate::restart(restart)?;
    let u = existing(&st, user)?;
    let kinds: Vec<&str> = [("web", &u.web), ("dns", &u.dns), ("mail", &u.mail)]
        .iter()
        .filter(|(_, l)| has(l, domain))
        .map(|(k, _)| *k)
        .collect();
    if kinds.is_empty() {
        return fail(E_NOTEXIST, format!("domain {domain} doesn't exist"));
    }
    for k in kinds {
        delete_kind(&mut st, k, user, domain, "no")?;
    }
    Ok(String::new())
}

const WEB_KEYS: &[&str] = &[
    "IP",
    "IP6",
    "DOCUMENT_ROOT",
    "U_DISK",
    "U_BANDWIDTH",
    "TPL",
    "ALIAS",
    "STATS",
    "STATS_USER",
    "SSL",
    "SSL_HOME",
    "LETSENCRYPT",
    "FTP_USER",
    "FTP_PATH",
    "AUTH_USER",
    "BACKEND",
    "PROXY",
    "PROXY_EXT",
    "SUSPENDED",
    "TIME",
    "DATE",
];
const DNS_KEYS: &[&str] = &[
    "IP",
    "TPL",
    "TTL",
    "EXP",
    "SOA",
    "SERIAL",
    "DNSSEC",
    "SRC",
    "RECORDS",
    "SUSPENDED",
    "TIME",
    "DATE",
];
const MAIL_KEYS: &[&str] = &[
    "ANTIVIRUS",
    "ANTISPAM",
    "REJECT",
    "RATE_LIMIT",
    "DKIM",
    "CATCHALL",
    "ACCOUNTS",
    "U_DISK",
    "SSL",
    "SUSPENDED",
    "TIME",
    "DATE",
    "WEBMAIL_ALIAS",
    "WEBMAIL",
];

fn list_kind(p: &HestiaPanel, a: Args, kind: &str) -> R {
    let user = a.s(1);
    let fmt = format_arg(a.get(2))?;
    let st = p.lock();
    let u = existing(&st, user)?;
    let (list, keys) = match kind {
        "web" => (&u.web, WEB_KEYS),
        "dns" => (&u.dns, DNS_KEYS),
        _ => (&u.mail, MAIL_KEYS),
    };
    // Computed fields first, so the borrowed rows can point at them.
    let computed: Vec<(String, String)> = list
        .iter()
        .map(|c| {
            let d = c.get("DOMAIN").cloned().unwrap_or_default();
            let docroot = match c.get("CUSTOM_DOCROOT").filter(|s| !s.is_empty()) {
                Some(custom) => custom.clone(),
                None => format!("/home/{user}/web/{d}/public_html/"),
            };
            (d, docroot)
        })
        .collect();
    let rows = list.iter().zip(computed.iter()).map(|(c, (d, docroot))| {
        let f = keys
            .iter()
            .map(|k| {
                let v = match *k {
                    "DOCUMENT_ROOT" => docroot.as_str(),
                    "WEBMAIL_ALIAS" => "webmail",
                    _ => c.get(*k).map(String::as_str).unwrap_or(""),
                };
                (*k, v)
            })
            .collect();
        (d.as_str(), f)
    });
    Ok(render_map(fmt, rows))
}

pub fn list_web_domains(p: &HestiaPanel, a: Args) -> R {
    list_kind(p, a, "web")
}
pub fn list_dns_domains(p: &HestiaPanel, a: Args) -> R {
    list_kind(p, a, "dns")
}
pub fn list_mail_domains(p: &HestiaPanel, a: Args) -> R {
    list_kind(p, a, "mail")
}
