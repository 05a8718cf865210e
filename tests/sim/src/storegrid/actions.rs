//! The actions of the contract over the in-memory state. Each returns the `data` of a success
//! envelope or the contract's error.

use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use super::clock;
use super::error::ApiError;
use super::fields::Fields;
use super::rules;
use super::state::{Account, ConsoleUser, Mail, Report, State};

pub const ACTIONS: &[&str] = &[
    "ServerInfo",
    "SignupReseller",
    "SignupCustomer",
    "GetAccount",
    "ListAccounts",
    "SetAccountStatus",
    "UpdateAccount",
    "ChangePassword",
    "GetPassKey",
    "DeleteAccount",
];

const CONTACT: &[&str] = &["first_name", "last_name", "company", "phone"];
const SETTINGS: &[&str] = &[
    "auto_authorize",
    "storage_allotted",
    "storage_location",
    "mcal",
    "bandwidth_throttling",
];

pub fn run(
    st: &mut State,
    user: &ConsoleUser,
    action: &str,
    body: &Map<String, Value>,
) -> Result<Value, ApiError> {
    let f = Fields(body);
    match action {
        "ServerInfo" => server_info(st, user, &f),
        "SignupReseller" => signup(st, &f, false),
        "SignupCustomer" => signup(st, &f, true),
        "GetAccount" => {
            f.only(&["name"])?;
            Ok(json!({"account": existing(st, &f)?.view()}))
        }
        "ListAccounts" => list(st, &f),
        "SetAccountStatus" => set_status(st, &f),
        "UpdateAccount" => update(st, &f),
        "ChangePassword" => {
            f.only(&["name", "password"])?;
            let password = f.required_str("password")?;
            rules::password(password)?;
            let name = existing(st, &f)?.name.clone();
            if let Some(a) = st.account_mut(&name) {
                a.password = password.to_string();
            }
            Ok(json!({}))
        }
        "GetPassKey" => {
            f.only(&["name"])?;
            let a = existing(st, &f)?;
            if a.kind != "customer" {
                return Err(ApiError::new(
                    409,
                    "NOT_A_CUSTOMER",
                    format!("{} is a reseller; only customers have a pass key", a.name),
                ));
            }
            Ok(json!({"pass_key": a.pass_key}))
        }
        "DeleteAccount" => delete(st, &f),
        other => Err(ApiError::new(
            404,
            "UNKNOWN_ACTION",
            format!("unknown action {other}"),
        )),
    }
}

fn existing<'s>(st: &'s State, f: &Fields<'_>) -> Result<&'s Account, ApiError> {
    let name = f.required_str("name")?;
    st.account(name).ok_or_else(|| ApiError::not_found(name))
}

fn server_info(st: &State, user: &ConsoleUser, f: &Fields<'_>) -> Result<Value, ApiError> {
    f.only(&[])?;
    Ok(json!({
        "product": st.product,
        "version": st.version,
        "hostname": st.hostname,
        "user": {"name": user.name, "role": user.role},
        "mcal": {"total": st.mcal_total, "allotted": st.mcal_allotted(None)},
    }))
}

fn signup(st: &mut State, f: &Fields<'_>, customer: bool) -> Result<Value, ApiError> {
    let mut allowed: Vec<&str> = vec![
        "name",
        "password",
        "email",
        "active",
        "send_mail",
        "external_ref",
    ];
    allowed.extend_from_slice(CONTACT);
    allowed.extend_from_slice(SETTINGS);
    if customer {
        allowed.extend_from_slice(&["reseller", "consolidated_report"]);
    }
    f.only(&allowed)?;
    let name = f.required_str("name")?;
    rules::name("name", name)?;
    let password = f.required_str("password")?;
    rules::password(password)?;
    let email = f.required_str("email")?;
    rules::email("email", email)?;
    if st.account(name).is_some() {
        return Err(ApiError::new(
            409,
            "ACCOUNT_EXISTS",
            format!("an account named {name} already exists"),
        ));
    }
    let mut acc = Account {
        name: name.to_string(),
        kind: if customer { "customer" } else { "reseller" }.into(),
        email: email.to_string(),
        password: password.to_string(),
        active: f.bool("active")?.unwrap_or(true),
        send_mail: f.bool("send_mail")?.unwrap_or(false),
        external_ref: f.str("external_ref")?.unwrap_or("").to_string(),
        created: clock::now(),
        ..Account::default()
    };
    for key in CONTACT {
        let v = f.str(key)?.unwrap_or("");
        if v.len() > 255 {
            return Err(ApiError::invalid(
                key,
                format!("{key} is longer than 255 characters"),
            ));
        }
        set_contact(&mut acc, key, v);
    }
    if acc.external_ref.len() > 128 {
        return Err(ApiError::invalid(
            "external_ref",
            "external_ref is longer than 128 characters",
        ));
    }
    apply_settings(st, f, &mut acc, None)?;
    if customer {
        let reseller = f.required_str("reseller")?;
        let r = st
            .account(reseller)
            .filter(|r| r.kind == "reseller")
            .ok_or_else(|| ApiError {
                field: Some("reseller".into()),
                ..ApiError::new(
                    422,
                    "RESELLER_NOT_FOUND",
                    format!("reseller {reseller} does not exist"),
                )
            })?;
        acc.reseller = r.name.clone();
        if let Some(rf) = f.object("consolidated_report")? {
            acc.consolidated_report = rules::report(&rf)?;
        } else {
            acc.consolidated_report = Report::default();
        }
    }
    if acc.storage_location.is_empty() {
        acc.storage_location = if customer {
            format!("{}/{}/{}", st.storage_root, acc.reseller, acc.name)
        } else {
            format!("{}/{}", st.storage_root, acc.name)
        };
    }
    if customer {
        st.issued_keys += 1;
        acc.pass_key = pass_key(&acc.name, st.issued_keys);
    }
    if acc.send_mail {
        st.mails.push(Mail {
            to: acc.email.clone(),
            subject: format!("Your backup {} account {} is ready", acc.kind, acc.name),
            account: acc.name.clone(),
        });
    }
    let view = acc.view();
    st.accounts.insert(name.to_ascii_lowercase(), acc);
    Ok(json!({"account": view}))
}

fn set_contact(acc: &mut Account, key: &str, v: &str) {
    let slot = match key {
        "first_name" => &mut acc.first_name,
        "last_name" => &mut acc.last_name,
        "company" => &mut acc.company,
        _ => &mut acc.phone,
    };
    *slot = v.to_string();
}

/// The settings shared by signup and update; `current` = the account's own name on update
/// (its present allotment does not count against the pool).
fn apply_settings(
    st: &State,
    f: &Fields<'_>,
    acc: &mut Account,
    current: Option<&str>,
) -> Result<(), ApiError> {
    if let Some(v) = f.bool("auto_authorize")? {
        acc.auto_authorize = v;
    }
    if let Some(v) = f.u64("storage_allotted")? {
        acc.storage_allotted = v;
    }
    if let Some(v) = f.str("storage_location")? {
        if !v.is_empty() {
            rules::location(v)?;
        }
        if !v.is_empty() || current.is_none() {
            acc.storage_location = v.to_string();
        }
    }
    if let Some(m) = f.object("mcal")? {
        let used = acc.mcal.used;
        acc.mcal = rules::mcal(&m)?;
        acc.mcal.used = used;
        if !acc.mcal.auto && st.mcal_allotted(current) + acc.mcal.allotted > st.mcal_total {
            return Err(ApiError::new(
                409,
                "MCAL_EXHAUSTED",
                format!(
                    "the server has {} of {} MCALs left, {} asked for",
                    st.mcal_total.saturating_sub(st.mcal_allotted(current)),
                    st.mcal_total,
                    acc.mcal.allotted
                ),
            ));
        }
    }
    if let Some(t) = f.object("bandwidth_throttling")? {
        acc.bandwidth_throttling = rules::throttling(&t)?;
    }
    Ok(())
}

fn list(st: &State, f: &Fields<'_>) -> Result<Value, ApiError> {
    f.only(&["type"])?;
    let kind = f.str("type")?;
    if let Some(k) = kind {
        if k != "reseller" && k != "customer" {
            return Err(ApiError::invalid(
                "type",
                "type must be reseller or customer",
            ));
        }
    }
    let accounts: Vec<Value> = st
        .accounts
        .values()
        .filter(|a| kind.is_none_or(|k| a.kind == k))
        .map(Account::view)
        .collect();
    Ok(json!({"accounts": accounts}))
}

fn set_status(st: &mut State, f: &Fields<'_>) -> Result<Value, ApiError> {
    f.only(&["name", "active"])?;
    let active = f
        .bool("active")?
        .ok_or_else(|| ApiError::invalid("active", "active is required"))?;
    let name = existing(st, f)?.name.clone();
    let acc = st
        .account_mut(&name)
        .ok_or_else(|| ApiError::not_found(&name))?;
    let changed = acc.active != active;
    acc.active = active;
    Ok(json!({"account": acc.view(), "changed": changed}))
}

fn update(st: &mut State, f: &Fields<'_>) -> Result<Value, ApiError> {
    let mut allowed = vec!["name"];
    allowed.extend_from_slice(SETTINGS);
    allowed.push("consolidated_report");
    f.only(&allowed)?;
    let mut acc = existing(st, f)?.clone();
    let own = acc.name.clone();
    apply_settings(st, f, &mut acc, Some(&own))?;
    if let Some(rf) = f.object("consolidated_report")? {
        if acc.kind != "customer" {
            return Err(ApiError::invalid(
                "consolidated_report",
                "the consolidated report applies to customers only",
            ));
        }
        acc.consolidated_report = rules::report(&rf)?;
    }
    let view = acc.view();
    st.accounts.insert(acc.name.to_ascii_lowercase(), acc);
    Ok(json!({"account": view}))
}

fn delete(st: &mut State, f: &Fields<'_>) -> Result<Value, ApiError> {
    f.only(&["name"])?;
    let acc = existing(st, f)?.clone();
    if acc.storage_used > 0 {
        return Err(ApiError::new(
            409,
            "ACCOUNT_NOT_EMPTY",
            format!("{} holds backups; deactivate it instead", acc.name),
        ));
    }
    if acc.kind == "reseller"
        && st
            .accounts
            .values()
            .any(|a| a.reseller.eq_ignore_ascii_case(&acc.name))
    {
        return Err(ApiError::new(
            409,
            "HAS_CUSTOMERS",
            format!("reseller {} has customers", acc.name),
        ));
    }
    st.accounts.remove(&acc.name.to_ascii_lowercase());
    Ok(json!({}))
}

/// `XXXX-XXXX-XXXX-XXXX`, different for every customer.
fn pass_key(name: &str, seq: u64) -> String {
    let digest = Sha256::digest(format!("{name}/{seq}/storegrid-sim").as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02X}")).collect();
    hex.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}
