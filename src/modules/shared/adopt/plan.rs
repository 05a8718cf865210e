//! What adoption would do to one product, read from WHMCS's tables only: the new settings,
//! the configurable options, the server records. The panel check is in `check`.

use crate::whmcs::{Array, Host, Params, Row, Value};

use super::error::AdoptError;
use super::old::{Old, POSITIONS};
use super::target::Target;
use super::text;

/// One of our settings as adoption writes it.
#[derive(Debug, Clone)]
pub struct NewSetting {
    pub position: usize,
    pub setting: &'static str,
    pub value: String,
    /// The old settings it comes from, described; or [`text::NOT_FROM_OLD`].
    pub from: String,
    pub why: &'static str,
    pub choice: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerAction {
    /// Already of the new module's type.
    Keep,
    /// Only this product uses it: its type changes.
    Switch,
    /// Other products use it too: a copy of the new type takes this product's services.
    Duplicate,
}

#[derive(Debug, Clone)]
pub struct ServerPlan {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub action: ServerAction,
    /// In the product's server group (a duplicate joins the group too).
    pub in_group: bool,
}

#[derive(Debug, Clone)]
pub struct ServiceRow {
    pub id: i64,
    pub server: i64,
    pub username: String,
    pub status: String,
}

pub struct Plan<'t> {
    pub target: &'t Target,
    pub product_id: i64,
    pub name: String,
    /// The module the settings belong to (`cpanel`), as far as known.
    pub from: String,
    /// The product already names our module (switched without adoption).
    pub naive: bool,
    pub group: i64,
    pub old: Old,
    /// The product row's `servertype` and settings exactly as stored (the snapshot).
    pub row: Row,
    pub settings: Vec<NewSetting>,
    pub dropped: Vec<String>,
    pub blockers: Vec<String>,
    pub options: Vec<String>,
    pub servers: Vec<ServerPlan>,
    pub services: Vec<ServiceRow>,
}

pub fn settings_columns() -> Vec<String> {
    (1..=POSITIONS)
        .map(|n| format!("configoption{n}"))
        .collect()
}

pub fn read<'t>(
    host: &dyn Host,
    target: &'t Target,
    product_id: i64,
) -> Result<Plan<'t>, AdoptError> {
    let row = host
        .query(
            &format!(
                "SELECT id, name, servertype, servergroup, {} FROM tblproducts WHERE id = ?",
                settings_columns().join(", ")
            ),
            &[Value::Int(product_id)],
        )?
        .into_iter()
        .next()
        .ok_or_else(|| AdoptError::Refused(text::no_product(product_id)))?;
    let old = Old::from_row(&row);
    let current = row.text("servertype");
    let (from, naive) = if target
        .sources
        .iter()
        .any(|s| s.eq_ignore_ascii_case(&current))
    {
        (current.clone(), false)
    } else if current == target.module {
        if (target.foreign)(&old).is_none() {
            return Err(AdoptError::Refused(text::already_ours(
                product_id,
                target.module,
            )));
        }
        (target.source_names(), true)
    } else {
        return Err(AdoptError::Refused(text::wrong_source(
            product_id,
            &current,
            target.module,
            &target.source_names(),
        )));
    };
    let settings = new_settings(target, &old);
    let new_params = params_of(product_id, &settings);
    let group = row.int("servergroup").unwrap_or(0);
    let services = services(host, product_id)?;
    let servers = servers(host, target, product_id, group, &services)?;
    Ok(Plan {
        target,
        product_id,
        name: row.text("name"),
        from,
        naive,
        group,
        dropped: dropped(target, &old),
        blockers: (target.blockers)(&old),
        options: options(host, target, product_id, &new_params)?,
        old,
        row,
        settings,
        servers,
        services,
    })
}

/// Our settings in position order, each from its rule or our default.
pub fn new_settings(target: &Target, old: &Old) -> Vec<NewSetting> {
    let defs = (target.definitions)();
    defs.iter()
        .enumerate()
        .map(|(i, def)| match target.rule(def.name) {
            Some(rule) => NewSetting {
                position: i + 1,
                setting: def.name,
                value: (rule.value)(old),
                from: if rule.from.is_empty() {
                    text::NOT_FROM_OLD.to_string()
                } else {
                    rule.from
                        .iter()
                        .map(|&n| text::from_old(n, target.old_label(n), &old.get(n)))
                        .collect::<Vec<_>>()
                        .join(", ")
                },
                why: rule.why,
                choice: rule.choice,
            },
            None => NewSetting {
                position: i + 1,
                setting: def.name,
                value: if def.field_type == crate::whmcs::FieldType::YesNo {
                    String::new()
                } else {
                    def.default.clone().unwrap_or_default()
                },
                from: text::NOT_FROM_OLD.to_string(),
                why: target.default_why,
                choice: None,
            },
        })
        .collect()
}

/// The `$params` a function of the adopted product would get (settings and `pid` only).
pub fn params_of(product_id: i64, settings: &[NewSetting]) -> Params {
    let mut raw = Array::new().with("pid", product_id);
    for s in settings {
        raw.set(format!("configoption{}", s.position), s.value.as_str());
    }
    Params::new(raw)
}

fn dropped(target: &Target, old: &Old) -> Vec<String> {
    target
        .dropped
        .iter()
        .map(|&(n, why)| text::dropped_line(n, target.old_label(n), &old.get(n), why))
        .collect()
}

/// The configurable options attached to the product, by name (cut at `|` as WHMCS shows it).
fn options(
    host: &dyn Host,
    target: &Target,
    product_id: i64,
    new: &Params,
) -> Result<Vec<String>, AdoptError> {
    let rows = host.query(
        "SELECT o.optionname AS name FROM tblproductconfigoptions o \
         JOIN tblproductconfiglinks l ON l.gid = o.gid WHERE l.pid = ? ORDER BY o.id",
        &[Value::Int(product_id)],
    )?;
    Ok(rows
        .iter()
        .map(|r| {
            let full = r.text("name");
            let name = full.split('|').next().unwrap_or("").trim().to_string();
            match (target.option_use)(&name, new) {
                Some(setting) => text::option_applied(&name, &setting),
                None => text::option_unused(&name, target.module),
            }
        })
        .collect())
}

fn services(host: &dyn Host, product_id: i64) -> Result<Vec<ServiceRow>, AdoptError> {
    Ok(host
        .query(
            "SELECT id, server, username, domainstatus FROM tblhosting WHERE packageid = ? ORDER BY id",
            &[Value::Int(product_id)],
        )?
        .iter()
        .map(|r| ServiceRow {
            id: r.int("id").unwrap_or(0),
            server: r.int("server").unwrap_or(0),
            username: r.text("username"),
            status: r.text("domainstatus"),
        })
        .collect())
}

/// The servers of the product's services and of its server group, and what happens to each.
fn servers(
    host: &dyn Host,
    target: &Target,
    product_id: i64,
    group: i64,
    services: &[ServiceRow],
) -> Result<Vec<ServerPlan>, AdoptError> {
    let in_group: Vec<i64> = host
        .query(
            "SELECT serverid FROM tblservergroupsrel WHERE groupid = ? ORDER BY serverid",
            &[Value::Int(group)],
        )?
        .iter()
        .filter_map(|r| r.int("serverid"))
        .collect();
    let mut ids: Vec<i64> = services
        .iter()
        .map(|s| s.server)
        .filter(|id| *id > 0)
        .collect();
    ids.extend(&in_group);
    ids.sort_unstable();
    ids.dedup();
    let mut out = Vec::new();
    for id in ids {
        let Some(row) = host
            .query(
                "SELECT id, name, type FROM tblservers WHERE id = ?",
                &[Value::Int(id)],
            )?
            .into_iter()
            .next()
        else {
            continue;
        };
        let kind = row.text("type");
        let action = if kind == target.module {
            ServerAction::Keep
        } else if shared(host, id, product_id, &kind)? {
            ServerAction::Duplicate
        } else {
            ServerAction::Switch
        };
        out.push(ServerPlan {
            id,
            name: row.text("name"),
            kind,
            action,
            in_group: in_group.contains(&id),
        });
    }
    Ok(out)
}

/// Whether another product's services live on the server, or another product of the old
/// module may place new services on it (through a server group holding it).
fn shared(host: &dyn Host, server: i64, product_id: i64, kind: &str) -> Result<bool, AdoptError> {
    let services = host.query(
        "SELECT id FROM tblhosting WHERE server = ? AND packageid <> ? LIMIT 1",
        &[Value::Int(server), Value::Int(product_id)],
    )?;
    if !services.is_empty() {
        return Ok(true);
    }
    let products = host.query(
        "SELECT p.id AS id FROM tblproducts p JOIN tblservergroupsrel r ON r.groupid = p.servergroup \
         WHERE r.serverid = ? AND p.id <> ? AND p.servertype = ? LIMIT 1",
        &[Value::Int(server), Value::Int(product_id), Value::from(kind)],
    )?;
    Ok(!products.is_empty())
}
