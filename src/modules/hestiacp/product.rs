//! The product's settings for one call, read from `configoptionN` and the service's
//! configurable options, validated before anything is sent to the panel.

use crate::whmcs::{Params, Value};

use super::error::HestiaError;
use super::package_spec::{valid_package_name, Limit, PackageSpec};
use super::settings::{self as s, definitions};

#[derive(Debug, Clone, PartialEq)]
pub struct CustomPackage {
    pub name: String,
    pub spec: PackageSpec,
}

/// Which parts of the domain to add after the user is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DomainParts {
    /// `v-add-domain`: web, DNS and mail in one call, as far as the package allows.
    pub all: bool,
    pub web: bool,
    pub dns: bool,
    pub mail: bool,
}

impl DomainParts {
    pub fn any(&self) -> bool {
        self.all || self.web || self.dns || self.mail
    }
    pub fn has_web(&self) -> bool {
        self.all || self.web
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuspendedPassword {
    Refuse,
    Cycle,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    pub custom: Option<CustomPackage>,
    pub server_package: String,
    pub username_rule: String,
    pub domain_parts: DomainParts,
    pub letsencrypt: bool,
    pub suspended_password: SuspendedPassword,
}

/// Configurable-option names (lowercase) that override a package limit, besides the setting's
/// own name: the names hosts commonly give them.
const ALIASES: &[(&str, &[&str])] = &[
    (
        s::DISK_QUOTA,
        &["disk space", "disk quota", "disk", "disk space (mb)"],
    ),
    (s::BANDWIDTH, &["bandwidth", "traffic", "monthly bandwidth"]),
    (s::WEB_DOMAINS, &["domains", "websites", "web domains"]),
    (
        s::MAIL_ACCOUNTS,
        &["email accounts", "mail accounts", "e-mail accounts"],
    ),
    (s::DATABASES, &["databases", "mysql databases"]),
];

impl Product {
    pub fn from_params(p: &Params) -> Result<Self, HestiaError> {
        let defs = definitions();
        let get = |name: &str| defs.value(p, name);
        let custom = if defs.flag(p, s::USE_CUSTOM) {
            Some(custom_package(p, &get)?)
        } else {
            None
        };
        let server_package = get(s::PACKAGE);
        if custom.is_none() && !valid_package_name(&server_package) {
            return Err(HestiaError::Input(format!(
                "{}: choose a package of the server (got `{server_package}`)",
                s::PACKAGE
            )));
        }
        let (domain_parts, letsencrypt) = after_create(&get(s::AFTER_CREATE))?;
        let suspended_password = match get(s::SUSPENDED_PASSWORD).as_str() {
            "cycle" => SuspendedPassword::Cycle,
            _ => SuspendedPassword::Refuse,
        };
        Ok(Product {
            custom,
            server_package,
            username_rule: get(s::USERNAME_RULE),
            domain_parts,
            letsencrypt,
            suspended_password,
        })
    }

    /// The package the user should be on.
    pub fn package_name(&self) -> &str {
        self.custom
            .as_ref()
            .map_or(self.server_package.as_str(), |c| c.name.as_str())
    }
}

fn custom_package(p: &Params, get: &dyn Fn(&str) -> String) -> Result<CustomPackage, HestiaError> {
    let mut overridden = false;
    let mut limit = |name: &str| -> Result<Limit, HestiaError> {
        if let Some((option, v)) = configurable_override(p, name) {
            overridden = true;
            return Limit::parse(&format!("configurable option “{option}” ({name})"), &v);
        }
        Limit::parse(name, &get(name))
    };
    let spec = PackageSpec {
        disk_quota: limit(s::DISK_QUOTA)?,
        bandwidth: limit(s::BANDWIDTH)?,
        web_domains: limit(s::WEB_DOMAINS)?,
        web_aliases: limit(s::WEB_ALIASES)?,
        dns_domains: limit(s::DNS_DOMAINS)?,
        dns_records: limit(s::DNS_RECORDS)?,
        mail_domains: limit(s::MAIL_DOMAINS)?,
        mail_accounts: limit(s::MAIL_ACCOUNTS)?,
        databases: limit(s::DATABASES)?,
        cron_jobs: limit(s::CRON_JOBS)?,
        rate_limit: whole(s::RATE_LIMIT, &get(s::RATE_LIMIT))?,
        backups: whole(s::BACKUPS, &get(s::BACKUPS))?,
        web_template: or_default(get(s::WEB_TEMPLATE)),
        backend_template: or_default(get(s::BACKEND_TEMPLATE)),
        proxy_template: or_default(get(s::PROXY_TEMPLATE)),
        dns_template: or_default(get(s::DNS_TEMPLATE)),
        shell: Some(get(s::SHELL))
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| "nologin".into()),
        name_servers: get(s::NAME_SERVERS)
            .split(',')
            .map(|n| n.trim().to_lowercase())
            .filter(|n| !n.is_empty())
            .collect(),
    };
    spec.validate()?;
    let base = Some(get(s::CUSTOM_NAME))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| format!("whmcs-{}", p.product_id().unwrap_or(0)));
    // Per-service overrides need a package of the service's own, or they would change every
    // other service sharing the product's package.
    let name = match (overridden, p.service_id()) {
        (true, Some(id)) => format!("{base}-s{id}"),
        _ => base,
    };
    if !valid_package_name(&name) {
        return Err(HestiaError::Input(format!(
            "{}: `{name}` is not a valid HestiaCP package name (letters, digits, . _ - |)",
            s::CUSTOM_NAME
        )));
    }
    Ok(CustomPackage { name, spec })
}

/// A configurable option overriding setting `name`: the option's own name and its value.
fn configurable_override(p: &Params, name: &str) -> Option<(String, String)> {
    let Some(Value::Array(opts)) = p.get("configoptions") else {
        return None;
    };
    let aliases = ALIASES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, a)| *a)
        .unwrap_or(&[]);
    opts.iter().find_map(|(k, v)| {
        let option = match k {
            crate::whmcs::Key::Str(s) => s.trim(),
            crate::whmcs::Key::Int(_) => return None,
        };
        let key = option.to_lowercase();
        let matches = key == name.to_lowercase() || aliases.contains(&key.as_str());
        let text = v.as_text()?.trim().to_string();
        (matches && !text.is_empty()).then(|| (option.to_string(), text))
    })
}

fn whole(field: &str, raw: &str) -> Result<u64, HestiaError> {
    raw.trim()
        .parse::<u64>()
        .map_err(|_| HestiaError::Input(format!("{field}: `{raw}` is not a whole number")))
}

fn or_default(v: String) -> String {
    if v.is_empty() {
        "default".into()
    } else {
        v
    }
}

/// Parses "After creation": a comma list of domain | web | dns | mail | letsencrypt.
fn after_create(raw: &str) -> Result<(DomainParts, bool), HestiaError> {
    let mut parts = DomainParts::default();
    let mut le = false;
    for word in raw
        .split([',', ' ', '+'])
        .map(|w| w.trim().to_lowercase())
        .filter(|w| !w.is_empty())
    {
        match word.as_str() {
            "domain" | "all" => parts.all = true,
            "web" => parts.web = true,
            "dns" => parts.dns = true,
            "mail" => parts.mail = true,
            "letsencrypt" | "ssl" | "le" => le = true,
            "none" | "nothing" => {}
            other => {
                return Err(HestiaError::Input(format!(
                "{}: unknown action `{other}` (use domain, web, dns, mail, letsencrypt, or none)",
                s::AFTER_CREATE
            )))
            }
        }
    }
    if le && !parts.has_web() {
        return Err(HestiaError::Input(format!(
            "{}: letsencrypt needs the web domain (add `domain` or `web`)",
            s::AFTER_CREATE
        )));
    }
    Ok((parts, le))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::whmcs::Array;

    fn params(custom: bool, extra: &[(&str, &str)], opts: Array) -> Params {
        let defs = definitions();
        let mut a = Array::new()
            .with("serviceid", 12)
            .with("pid", 3)
            .with("configoptions", opts);
        a.set(
            format!("configoption{}", defs.position(s::USE_CUSTOM).unwrap()),
            if custom { "on" } else { "" },
        );
        for (k, v) in extra {
            a.set(format!("configoption{}", defs.position(k).unwrap()), *v);
        }
        Params::new(a)
    }

    #[test]
    fn custom_package_with_service_override() {
        let p = params(
            true,
            &[(s::CUSTOM_NAME, "gold")],
            Array::new().with("Disk Space", 20480),
        );
        let prod = Product::from_params(&p).unwrap();
        let c = prod.custom.unwrap();
        assert_eq!(c.name, "gold-s12");
        assert_eq!(c.spec.disk_quota, Limit::Count(20480));
        assert!(c.spec.render().contains("DISK_QUOTA='20480'"));
        let p = params(true, &[], Array::new());
        assert_eq!(Product::from_params(&p).unwrap().package_name(), "whmcs-3");
    }

    #[test]
    fn bad_limits_name_the_field() {
        let p = params(true, &[(s::WEB_DOMAINS, "lots")], Array::new());
        let e = Product::from_params(&p).unwrap_err().to_string();
        assert!(e.contains("Web domains") && e.contains("lots"), "{e}");
        let p = params(true, &[], Array::new().with("Disk Space", "ten"));
        let e = Product::from_params(&p).unwrap_err().to_string();
        assert!(e.contains("Disk Space") && e.contains("Disk quota"), "{e}");
    }

    #[test]
    fn after_creation_actions() {
        let p = params(
            false,
            &[(s::AFTER_CREATE, "web, dns, letsencrypt")],
            Array::new(),
        );
        let prod = Product::from_params(&p).unwrap();
        assert!(prod.domain_parts.web && prod.domain_parts.dns && !prod.domain_parts.all);
        assert!(prod.letsencrypt);
        let p = params(
            false,
            &[(s::AFTER_CREATE, "dns, letsencrypt")],
            Array::new(),
        );
        assert!(Product::from_params(&p).is_err());
        let p = params(false, &[(s::AFTER_CREATE, "bogus")], Array::new());
        assert!(Product::from_params(&p)
            .unwrap_err()
            .to_string()
            .contains("bogus"));
    }
}
