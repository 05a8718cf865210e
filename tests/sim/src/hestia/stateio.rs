//! State JSON (control API `GET/POST /state`, `--state FILE`): dump and merge.

use serde_json::{json, Map, Value};

use super::domainconf;
use super::state::{
    default_pkg, new_user_conf, AccessKey, Certificate, Conf, LetsEncrypt, State, User,
};

fn conf_json(c: &Conf) -> Map<String, Value> {
    c.iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect()
}

fn domains_json(list: &[Conf]) -> Value {
    let mut m = Map::new();
    for c in list {
        let mut fields = conf_json(c);
        let d = fields
            .remove("DOMAIN")
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        m.insert(d, Value::Object(fields));
    }
    Value::Object(m)
}

pub fn user_json(u: &User) -> Value {
    let mut m = Map::new();
    m.insert("password".into(), Value::String(u.password.clone()));
    m.extend(conf_json(&u.conf));
    m.insert("web_domains".into(), domains_json(&u.web));
    m.insert("dns_domains".into(), domains_json(&u.dns));
    m.insert("mail_domains".into(), domains_json(&u.mail));
    m.insert("certificates".into(), json!(u.certificates));
    Value::Object(m)
}

pub fn to_json(st: &State) -> Value {
    let users: Map<String, Value> = st
        .users
        .iter()
        .map(|(n, u)| (n.clone(), user_json(u)))
        .collect();
    let packages: Map<String, Value> = st
        .packages_by_time()
        .into_iter()
        .map(|(n, p)| (n.clone(), Value::Object(conf_json(&p.conf))))
        .collect();
    let admin_password = st
        .users
        .get(&st.root_user)
        .map(|u| u.password.clone())
        .unwrap_or_default();
    json!({
        "root_user": st.root_user,
        "admin_password": admin_password,
        "legacy_keys": st.legacy_keys,
        "access_keys": st.access_keys,
        "api_enabled": st.api_legacy,
        "api_system": st.api_system,
        "api_allowed_ip": st.api_allowed_ip,
        "users": users,
        "packages": packages,
        "templates": {
            "web": st.web_templates,
            "backend": st.backend_templates,
            "proxy": st.proxy_templates,
            "dns": st.dns_templates,
        },
        "shells": st.shells,
        "system_users": st.system_users,
        "ips": st.ips,
        "tmp_files": st.tmp_files,
        "sysinfo": st.sysinfo,
        "letsencrypt": st.letsencrypt,
        "stats": st.stats,
    })
}

/// JSON scalar → the string Hestia would store (`true` → "yes").
fn scalar(v: &Value) -> Result<String, String> {
    Ok(match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::Null => String::new(),
        other => return Err(format!("expected a scalar, got {other}")),
    })
}

fn strings(v: &Value, what: &str) -> Result<Vec<String>, String> {
    v.as_array()
        .ok_or(format!("{what}: expected an array"))?
        .iter()
        .map(scalar)
        .collect()
}

fn obj<'a>(v: &'a Value, what: &str) -> Result<&'a Map<String, Value>, String> {
    v.as_object().ok_or(format!("{what}: expected an object"))
}

fn conf_merge(c: &mut Conf, v: &Value, what: &str) -> Result<(), String> {
    for (k, x) in obj(v, what)? {
        c.insert(k.clone(), scalar(x)?);
    }
    Ok(())
}

/// Domain lists: `{"example.com": {fields…}}` or `["example.com", …]`.
fn domains(kind: &str, v: &Value, u: &User, ip: &str) -> Result<Vec<Conf>, String> {
    let entries: Vec<(String, Option<&Value>)> = match v {
        Value::Array(a) => a
            .iter()
            .map(|x| scalar(x).map(|s| (s, None)))
            .collect::<Result<_, _>>()?,
        Value::Object(m) => m.iter().map(|(k, x)| (k.clone(), Some(x))).collect(),
        _ => return Err(format!("{kind}_domains: expected an object or array")),
    };
    let mut out = Vec::new();
    for (d, fields) in entries {
        let mut c = match kind {
            "web" => domainconf::web(
                &d,
                ip,
                &format!("www.{d}"),
                u.get("WEB_TEMPLATE"),
                u.get("BACKEND_TEMPLATE"),
                u.get("PROXY_TEMPLATE"),
                domainconf::PROXY_EXT,
            ),
            "dns" => domainconf::dns(&d, ip, u.get("DNS_TEMPLATE"), "", 16),
            _ => domainconf::mail(&d, "yes", "yes", "yes", "no", u.get("RATE_LIMIT")),
        };
        if let Some(f) = fields {
            if !f.is_null() {
                conf_merge(&mut c, f, &format!("{kind} domain {d}"))?;
            }
        }
        c.insert("DOMAIN".into(), d);
        out.push(c);
    }
    Ok(out)
}

fn merge_user(st: &mut State, name: &str, v: &Value) -> Result<(), String> {
    if v.is_null() {
        if name == st.root_user {
            return Err("cannot delete the root user".into());
        }
        st.users.remove(name);
        return Ok(());
    }
    let m = obj(v, &format!("users.{name}"))?;
    let ip = st.ips.first().cloned().unwrap_or_default();
    let mut u = match st.users.get(name) {
        Some(u) => u.clone(),
        None => {
            let package = m
                .get("PACKAGE")
                .map(scalar)
                .transpose()?
                .unwrap_or_else(|| "default".into());
            let pkg = st
                .packages
                .get(&package)
                .map(|p| p.conf.clone())
                .unwrap_or_else(default_pkg);
            let email = format!("{name}@example.com");
            User {
                password: String::new(),
                conf: new_user_conf("", &email, &package, &pkg, "user"),
                ..User::default()
            }
        }
    };
    for kind in ["web", "dns", "mail"] {
        if let Some(d) = m.get(&format!("{kind}_domains")) {
            let list = domains(kind, d, &u, &ip)?;
            match kind {
                "web" => u.web = list,
                "dns" => u.dns = list,
                _ => u.mail = list,
            }
        }
    }
    u.recount();
    for (k, x) in m {
        match k.as_str() {
            "password" => u.password = scalar(x)?,
            "web_domains" | "dns_domains" | "mail_domains" => {}
            "certificates" => {
                u.certificates = serde_json::from_value::<Vec<Certificate>>(x.clone())
                    .map_err(|e| format!("users.{name}.certificates: {e}"))?
            }
            _ => {
                u.conf.insert(k.clone(), scalar(x)?);
            }
        }
    }
    st.users.insert(name, u);
    Ok(())
}

/// Merge a state document: scalars and lists replace, users/packages/tmp_files/sysinfo
/// merge per entry (`null` deletes an entry).
pub fn merge(st: &mut State, v: &Value) -> Result<(), String> {
    let m = obj(v, "state")?;
    for (k, x) in m {
        match k.as_str() {
            "root_user" => st.root_user = scalar(x)?,
            "admin_password" => {
                let pw = scalar(x)?;
                let root = st.root_user.clone();
                if let Some(u) = st.users.get_mut(&root) {
                    u.password = pw;
                }
            }
            "legacy_keys" => st.legacy_keys = strings(x, k)?,
            "access_keys" => {
                st.access_keys = serde_json::from_value::<Vec<AccessKey>>(x.clone())
                    .map_err(|e| format!("access_keys: {e}"))?
            }
            "api_enabled" => {
                let on = x.as_bool().ok_or("api_enabled: expected a boolean")?;
                st.api_legacy = on;
                if !on {
                    st.api_system = 0;
                } else if st.api_system == 0 && !m.contains_key("api_system") {
                    st.api_system = 1;
                }
            }
            "api_system" => {
                st.api_system = x
                    .as_u64()
                    .filter(|n| *n <= 2)
                    .ok_or("api_system: expected 0, 1 or 2")? as u8
            }
            "api_allowed_ip" => {
                st.api_allowed_ip = match x {
                    Value::Array(_) => strings(x, k)?.join(","),
                    _ => scalar(x)?,
                }
            }
            "users" => {
                for (name, uv) in obj(x, k)? {
                    merge_user(st, name, uv)?;
                }
            }
            "packages" => {
                for (name, pv) in obj(x, k)? {
                    if pv.is_null() {
                        st.packages.remove(name);
                        continue;
                    }
                    let mut c = st
                        .packages
                        .get(name)
                        .map(|p| p.conf.clone())
                        .unwrap_or_else(default_pkg);
                    conf_merge(&mut c, pv, &format!("packages.{name}"))?;
                    st.put_package(name, c);
                }
            }
            "templates" => {
                for (kind, list) in obj(x, k)? {
                    let l = strings(list, kind)?;
                    match kind.as_str() {
                        "web" => st.web_templates = l,
                        "backend" => st.backend_templates = l,
                        "proxy" => st.proxy_templates = l,
                        "dns" => st.dns_templates = l,
                        other => return Err(format!("templates: unknown kind {other}")),
                    }
                }
            }
            "shells" => st.shells = strings(x, k)?,
            "system_users" => st.system_users = strings(x, k)?,
            "ips" => st.ips = strings(x, k)?,
            "tmp_files" => {
                for (path, c) in obj(x, k)? {
                    if c.is_null() {
                        st.tmp_files.remove(path);
                    } else {
                        st.tmp_files.insert(path.clone(), scalar(c)?);
                    }
                }
            }
            "sysinfo" => conf_merge(&mut st.sysinfo, x, k)?,
            "letsencrypt" => {
                let mut le = serde_json::to_value(&st.letsencrypt).map_err(|e| e.to_string())?;
                if let (Some(dst), Some(src)) = (le.as_object_mut(), x.as_object()) {
                    for (a, b) in src {
                        dst.insert(a.clone(), b.clone());
                    }
                }
                st.letsencrypt = serde_json::from_value::<LetsEncrypt>(le)
                    .map_err(|e| format!("letsencrypt: {e}"))?;
            }
            "stats" => {
                for (user, rows) in obj(x, k)? {
                    let mut list = Vec::new();
                    for r in rows.as_array().ok_or("stats: expected arrays")? {
                        let mut c = Conf::new();
                        conf_merge(&mut c, r, "stats row")?;
                        list.push(c);
                    }
                    st.stats.insert(user.clone(), list);
                }
            }
            other => return Err(format!("unknown state key {other}")),
        }
    }
    Ok(())
}
