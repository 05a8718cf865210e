//! Package scripts: v-list-user-package(s), v-add-user-package (from a /tmp file),
//! v-update-user-package, v-delete-user-package.

use super::commands::Args;
use super::exec::code::*;
use super::exec::{fail, Fail, R};
use super::output::{format_arg, render_map};
use super::state::{Conf, State};
use super::{clock, users, validate, HestiaPanel};

/// v-list-user-packages json fields (no BACKEND_TEMPLATE / RATE_LIMIT there).
const LIST_KEYS: &[&str] = &[
    "WEB_TEMPLATE",
    "PROXY_TEMPLATE",
    "DNS_TEMPLATE",
    "WEB_DOMAINS",
    "WEB_ALIASES",
    "DNS_DOMAINS",
    "DNS_RECORDS",
    "MAIL_DOMAINS",
    "MAIL_ACCOUNTS",
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
    "TIME",
    "DATE",
];

/// v-list-user-package json fields.
const ONE_KEYS: &[&str] = &[
    "WEB_TEMPLATE",
    "BACKEND_TEMPLATE",
    "PROXY_TEMPLATE",
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
    "TIME",
    "DATE",
];

fn fields<'a>(c: &'a Conf, keys: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    keys.iter()
        .map(|k| (*k, c.get(*k).map(String::as_str).unwrap_or("")))
        .collect()
}

pub fn list_packages(p: &HestiaPanel, a: Args) -> R {
    let fmt = format_arg(a.get(1))?;
    let st = p.lock();
    Ok(render_map(
        fmt,
        st.packages_by_time()
            .into_iter()
            .map(|(n, pk)| (n.as_str(), fields(&pk.conf, LIST_KEYS))),
    ))
}

/// `is_format_valid 'package'` + `is_package_valid`.
fn existing_package<'a>(st: &'a State, package: &str) -> Result<&'a Conf, Fail> {
    if !package.is_empty() {
        validate::object(package, "package")?;
    }
    st.packages
        .get(package)
        .map(|p| &p.conf)
        .ok_or_else(|| Fail::new(E_NOTEXIST, format!("package {package} doesn't exist")))
}

pub fn list_package(p: &HestiaPanel, a: Args) -> R {
    let package = a.s(1);
    let fmt = format_arg(a.get(2))?;
    let st = p.lock();
    let c = existing_package(&st, package)?;
    Ok(render_map(fmt, [(package, fields(c, ONE_KEYS))]))
}

/// `source_conf`: `KEY='value'` lines; junk lines and non-identifiers are skipped.
pub fn parse_conf(text: &str) -> Conf {
    let mut c = Conf::new();
    for line in text.lines() {
        let line = line.trim_start_matches([' ', '=']);
        let Some(i) = line.find(['=', ' ']) else {
            continue;
        };
        let (lhs, rest) = (&line[..i], &line[i + 1..]);
        let ident = lhs
            .chars()
            .next()
            .is_some_and(|ch| ch.is_ascii_alphabetic() || ch == '_')
            && lhs
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '_');
        if !ident {
            continue;
        }
        let mut rhs: String = rest.chars().filter(|ch| !ch.is_control()).collect();
        rhs = rhs.trim_end_matches(' ').to_string();
        // ${rhs%\'*} then ${rhs#\'*}: cut from the last quote, drop one leading quote.
        if let Some(q) = rhs.rfind('\'') {
            rhs.truncate(q);
        }
        if let Some(stripped) = rhs.strip_prefix('\'') {
            rhs = stripped.to_string();
        }
        c.insert(lhs.to_string(), rhs.trim_matches(' ').to_string());
    }
    c
}

/// `is_package_consistent` of v-add-user-package.
fn consistent(st: &State, pkg: &Conf) -> Result<(), Fail> {
    let get = |k: &str| pkg.get(k).map(String::as_str).unwrap_or("");
    let limit = |k: &str| -> Result<(), Fail> {
        let v = get(k);
        if v != "unlimited" {
            validate::int(v, k)?;
        }
        Ok(())
    };
    for k in [
        "WEB_DOMAINS",
        "WEB_ALIASES",
        "DNS_DOMAINS",
        "DNS_RECORDS",
        "MAIL_DOMAINS",
        "MAIL_ACCOUNTS",
        "DATABASES",
        "CRON_JOBS",
    ] {
        limit(k)?;
    }
    validate::int(get("RATE_LIMIT"), "RATE_LIMIT")?;
    limit("DISK_QUOTA")?;
    // CPU/memory/swap formats are only checked when RESOURCES_LIMIT=yes (off by default).
    limit("BANDWIDTH")?;
    validate::int(get("BACKUPS"), "BACKUPS")?;
    validate::boolean(get("BACKUPS_INCREMENTAL"), "BACKUPS_INCREMENTAL")?;
    let tpl = |k: &str, list: &[String], what: &str| -> Result<(), Fail> {
        let v = get(k);
        if !v.is_empty() && !list.iter().any(|t| t == v) {
            return fail(E_NOTEXIST, format!("{v} {what} template doesn't exist"));
        }
        Ok(())
    };
    tpl("WEB_TEMPLATE", &st.web_templates, "web")?;
    tpl("BACKEND_TEMPLATE", &st.backend_templates, "backend")?;
    tpl("PROXY_TEMPLATE", &st.proxy_templates, "proxy")?;
    tpl("DNS_TEMPLATE", &st.dns_templates, "dns")?;
    let ns = get("NS");
    if !ns.is_empty() {
        for (i, n) in ns.split(',').enumerate() {
            validate::domain(n, &format!("ns{}", i + 1))?;
        }
    }
    let shell = shell_of(pkg);
    if st.shell_line(&shell).is_none() {
        return Err(Fail::raw(
            E_INVALID,
            format!("Error: shell {shell} is not valid"),
        ));
    }
    Ok(())
}

/// SHELL from the file; when absent the script sees sudo's $SHELL (/bin/bash).
fn shell_of(pkg: &Conf) -> String {
    pkg.get("SHELL")
        .cloned()
        .unwrap_or_else(|| "/bin/bash".to_string())
}

pub fn add_package(p: &HestiaPanel, a: Args) -> R {
    let tmpfile = a.s(1);
    let package = a.s(2);
    let rewrite = a.s(3) == "yes";
    let mut st = p.lock();
    if !package.is_empty() {
        validate::object(package, "package")?;
    }
    if !rewrite {
        if st.packages.contains_key(package) {
            return Err(Fail::raw(
                E_EXISTS,
                format!("Error: package {package} already exists."),
            ));
        }
    } else if !st.packages.contains_key(package) {
        return fail(E_NOTEXIST, format!("package {package} doesn't exist"));
    }
    let Some(text) = st.tmp_files.get(tmpfile).cloned() else {
        return Err(Fail::raw(E_NOTEXIST, format!("{tmpfile} does not exist")));
    };
    let parsed = parse_conf(&text);
    consistent(&st, &parsed)?;
    let (time, date) = clock::now_time_date();
    let mut pkg = Conf::new();
    for k in super::state::PACKAGE_KEYS {
        pkg.insert(k.to_string(), parsed.get(*k).cloned().unwrap_or_default());
    }
    let shell = shell_of(&parsed);
    pkg.insert(
        "SHELL".into(),
        shell.rsplit('/').next().unwrap_or("").to_string(),
    );
    pkg.insert("TIME".into(), time);
    pkg.insert("DATE".into(), date);
    st.put_package(package, pkg);
    Ok(String::new())
}

/// Re-applies the package (v-change-user-package USER PKG yes) to every user on it.
pub fn update_package(p: &HestiaPanel, a: Args) -> R {
    let package = a.s(1);
    let mut out = Vec::new();
    {
        let st = p.lock();
        existing_package(&st, package)?;
    }
    let names: Vec<String> = {
        let st = p.lock();
        st.users
            .iter()
            .filter(|(_, u)| u.get("PACKAGE") == package)
            .map(|(n, _)| n.clone())
            .collect()
    };
    for n in names {
        let args = [n, package.to_string(), "yes".to_string()];
        let o = match users::change_package(p, Args(&args)) {
            Ok(o) => o,
            Err(f) => f.out,
        };
        if !o.is_empty() {
            out.push(o);
        }
    }
    Ok(out.join("\n"))
}

/// Users on the package go to `default` first (v-change-user-package USER default, no
/// FORCE; its output is shown, its failures ignored). The script greps
/// `PACKAGE='NAME` without the closing quote, so packages sharing the prefix move too.
pub fn delete_package(p: &HestiaPanel, a: Args) -> R {
    let package = a.s(1);
    {
        let st = p.lock();
        existing_package(&st, package)?;
    }
    let names: Vec<String> = {
        let st = p.lock();
        st.users
            .iter()
            .filter(|(_, u)| u.get("PACKAGE").starts_with(package))
            .map(|(n, _)| n.clone())
            .collect()
    };
    let mut out = Vec::new();
    for n in names {
        let args = [n, "default".to_string()];
        let o = match users::change_package(p, Args(&args)) {
            Ok(o) => o,
            Err(f) => f.out,
        };
        if !o.is_empty() {
            out.push(o);
        }
    }
    p.lock().packages.remove(package);
    Ok(out.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_conf_quirks() {
        let c = parse_conf(
            "WEB_DOMAINS='5'\nNS=ns1.a.com,ns2.a.com\n# comment\n1BAD='x'\nSHELL='nologin' \n",
        );
        assert_eq!(c["WEB_DOMAINS"], "5");
        assert_eq!(c["NS"], "ns1.a.com,ns2.a.com");
        assert_eq!(c["SHELL"], "nologin");
        assert!(!c.contains_key("1BAD"));
    }
}
