//! The backup server's web-console API **as this module assumes it**.
//!
//! The vendor (Vembu StoreGrid SP) publishes no description of its web-console HTTP API, so
//! this module defines the contract itself, keeps every wire detail in this file and
//! `api.rs`, documents it in `docs/oxide_storegrid.md`, and tests against a simulator
//! (`tests/sim/src/storegrid/`) that implements exactly this. Adapting the module to the real
//! API means changing these two files only.
//!
//! * Transport: HTTP, or HTTPS when the WHMCS server record has "Secure" ticked, on the web
//!   console port (default 6060 http / 6061 https).
//! * Every call: `POST /sgapi/v1/<Action>`, `Content-Type: application/json`, a JSON object
//!   body, `Authorization: Basic base64(user:password)` of an admin-level web-console user.
//! * Answer: `{"status":"success","data":{…}}` with HTTP 200, or
//!   `{"status":"error","error":{"code":"…","message":"…","field":"…"}}` with the HTTP status
//!   listed at each code below (`field` only for bad parameters). Unknown body fields are
//!   refused (`INVALID_PARAMETER`).
//! * Account names are one namespace for resellers and customers: 3–32 characters of
//!   `a-z 0-9 . _ -`, starting with a letter or digit, compared case-insensitively.
//! * Passwords: 8–64 characters, no control characters.
//! * Sizes and rates are integers in bytes; 1 GB = 1024³ bytes. `storage_allotted` 0 = no limit.
//! * Times are `HHMM`, 24-hour (`0130`, `1740`).

use serde::Serialize;
use serde_json::Value as Json;

use crate::modules::shared::answer as a;
use crate::modules::shared::number::{self, whole, Reading, Rule};

/// Path prefix of every action.
pub const PREFIX: &str = "/sgapi/v1/";

pub const DEFAULT_HTTP_PORT: u16 = 6060;
pub const DEFAULT_HTTPS_PORT: u16 = 6061;

/// Bytes in a GB, as the backup server counts.
pub const GB: u64 = 1024 * 1024 * 1024;
/// Restricted Rate bounds (exclusive), from the seed: > 1024 bytes and < 9999 GB.
pub const MIN_RATE_EXCLUSIVE: u64 = 1024;
pub const MAX_RATE_EXCLUSIVE: u64 = 9999 * GB;

/// The actions (body → `data`).
pub mod action {
    /// `{}` → `{product, version, hostname, user:{name, role}, mcal:{total, allotted}}`.
    /// `role` is `admin` or `viewer`; viewers get `FORBIDDEN` for every other action.
    pub const SERVER_INFO: &str = "ServerInfo";
    /// [`super::Signup`] without `reseller`/`consolidated_report` → `{account}`.
    pub const SIGNUP_RESELLER: &str = "SignupReseller";
    /// [`super::Signup`] with `reseller` (must exist) → `{account}`.
    pub const SIGNUP_CUSTOMER: &str = "SignupCustomer";
    /// `{name}` → `{account}`; `NOT_FOUND` when there is none.
    pub const GET_ACCOUNT: &str = "GetAccount";
    /// `{type?: "reseller"|"customer"}` → `{accounts: [account…]}`.
    pub const LIST_ACCOUNTS: &str = "ListAccounts";
    /// `{name, active}` → `{account, changed}`; setting the state it has is not an error.
    pub const SET_ACCOUNT_STATUS: &str = "SetAccountStatus";
    /// `{name}` + any of the settings of [`super::Settings`] → `{account}`.
    pub const UPDATE_ACCOUNT: &str = "UpdateAccount";
    /// `{name, password}` → `{}`.
    pub const CHANGE_PASSWORD: &str = "ChangePassword";
    /// `{name}` → `{pass_key}` (customers only, else `NOT_A_CUSTOMER`).
    pub const GET_PASS_KEY: &str = "GetPassKey";
    /// `{name}` → `{}`; refused for an account holding backups (`ACCOUNT_NOT_EMPTY`) or a
    /// reseller with customers (`HAS_CUSTOMERS`). The module uses it only to undo its own
    /// half-finished create.
    pub const DELETE_ACCOUNT: &str = "DeleteAccount";
}

/// Error codes (HTTP status in brackets).
pub mod code {
    /// [400] the body is not a JSON object.
    pub const BAD_REQUEST: &str = "BAD_REQUEST";
    /// [401] missing or wrong credentials.
    pub const AUTH_FAILED: &str = "AUTH_FAILED";
    /// [403] the web-console user is not admin-level.
    pub const FORBIDDEN: &str = "FORBIDDEN";
    /// [404] no such action.
    pub const UNKNOWN_ACTION: &str = "UNKNOWN_ACTION";
    /// [405] not a POST.
    pub const METHOD_NOT_ALLOWED: &str = "METHOD_NOT_ALLOWED";
    /// [404] no account of that name.
    pub const NOT_FOUND: &str = "NOT_FOUND";
    /// [409] the name is taken (by a reseller or a customer).
    pub const ACCOUNT_EXISTS: &str = "ACCOUNT_EXISTS";
    /// [422] a parameter is missing or invalid; `field` names it.
    pub const INVALID_PARAMETER: &str = "INVALID_PARAMETER";
    /// [422] the customer's reseller does not exist (`field` = `reseller`).
    pub const RESELLER_NOT_FOUND: &str = "RESELLER_NOT_FOUND";
    /// [409] the pass key of a reseller was asked for.
    pub const NOT_A_CUSTOMER: &str = "NOT_A_CUSTOMER";
    /// [409] the server's MCAL pool cannot cover the allotment.
    pub const MCAL_EXHAUSTED: &str = "MCAL_EXHAUSTED";
    /// [409] delete refused: the account holds backups.
    pub const ACCOUNT_NOT_EMPTY: &str = "ACCOUNT_NOT_EMPTY";
    /// [409] delete refused: the reseller has customers.
    pub const HAS_CUSTOMERS: &str = "HAS_CUSTOMERS";
    /// [500] the server failed.
    pub const INTERNAL: &str = "INTERNAL";
}

/// The two kinds of account the module signs up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Reseller,
    Customer,
}

impl Kind {
    /// The account's `type` on the wire.
    pub fn wire(self) -> &'static str {
        match self {
            Kind::Reseller => "reseller",
            Kind::Customer => "customer",
        }
    }

    pub fn signup_action(self) -> &'static str {
        match self {
            Kind::Reseller => action::SIGNUP_RESELLER,
            Kind::Customer => action::SIGNUP_CUSTOMER,
        }
    }

    /// For messages: "reseller" / "customer".
    pub fn label(self) -> &'static str {
        self.wire()
    }
}

/// `mcal`: automatic allocation, or a fixed number of licences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Mcal {
    pub auto: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allotted: Option<u64>,
    /// Answers only: licences in use.
    #[serde(skip_serializing)]
    pub used: Option<u64>,
}

impl Mcal {
    fn from_json(v: &Json) -> Mcal {
        Mcal {
            auto: a::flag(v, "auto").unwrap_or(false),
            allotted: whole(v.get("allotted")),
            used: whole(v.get("used")),
        }
    }
}

/// `bandwidth_throttling`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Throttling {
    /// `global` (inherit the server's or the reseller's) or `custom`.
    pub mode: String,
    /// `custom` only: throttle at all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// `always` or `timed` (enabled only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<String>,
    /// `HHMM`, `timed` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub till: Option<String>,
    /// Bytes, enabled only: > 1024 and < 9999 GB.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<u64>,
}

impl Throttling {
    fn from_json(v: &Json) -> Throttling {
        Throttling {
            mode: a::text_or_empty(v, "mode"),
            enabled: a::flag(v, "enabled"),
            schedule: a::text(v, "schedule"),
            from: a::text(v, "from"),
            till: a::text(v, "till"),
            rate: number::field(v, "rate", Rule::SIZE).amount(),
        }
    }
}

/// `consolidated_report` (customers only): enabled needs at least one address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Report {
    pub enabled: bool,
    pub emails: Vec<String>,
}

impl Report {
    fn from_json(v: &Json) -> Report {
        Report {
            enabled: a::flag(v, "enabled").unwrap_or(false),
            emails: a::texts(v, "emails"),
        }
    }
}

/// The settings a signup carries and `UpdateAccount` changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Settings {
    pub auto_authorize: bool,
    pub storage_allotted: u64,
    /// Empty: the server picks a location (signup only; never sent empty on update).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub storage_location: String,
    pub mcal: Mcal,
    pub bandwidth_throttling: Throttling,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consolidated_report: Option<Report>,
}

/// `SignupReseller` / `SignupCustomer` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Signup {
    pub name: String,
    pub password: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub company: String,
    pub phone: String,
    /// Customers: the reseller to create them under.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reseller: Option<String>,
    /// Create in the active state.
    pub active: bool,
    #[serde(flatten)]
    pub settings: Settings,
    /// The backup server mails the new account its details.
    pub send_mail: bool,
    /// Who created it (`whmcs-service-<id>`, `whmcs-hook-<pid>-client-<id>`), returned as
    /// given: how a retried create recognises its own account.
    pub external_ref: String,
}

/// An account as the server describes it. Read field by field ([`Account::from_json`]): a
/// field may be null, missing or of another type; what a function needs it checks itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Account {
    pub name: String,
    /// `reseller` or `customer`.
    pub kind: String,
    pub reseller: String,
    pub email: String,
    pub active: Option<bool>,
    pub auto_authorize: Option<bool>,
    /// Bytes; 0 = no limit.
    pub storage_allotted: Reading,
    pub storage_used: Reading,
    pub storage_location: String,
    pub mcal: Mcal,
    pub bandwidth_throttling: Throttling,
    pub consolidated_report: Report,
    pub external_ref: String,
    /// `YYYY-MM-DD HH:MM:SS`.
    pub created: String,
}

impl Account {
    pub fn from_json(v: &Json) -> Account {
        let inner = |key: &str| a::object(v, key).cloned().unwrap_or(Json::Null);
        Account {
            name: a::string_or_empty(v, "name"),
            kind: a::string_or_empty(v, "type"),
            reseller: a::string_or_empty(v, "reseller"),
            email: a::text_or_empty(v, "email"),
            active: a::flag(v, "active"),
            auto_authorize: a::flag(v, "auto_authorize"),
            storage_allotted: number::field(v, "storage_allotted", Rule::SIZE),
            storage_used: number::field(v, "storage_used", Rule::SIZE),
            storage_location: a::text_or_empty(v, "storage_location"),
            mcal: Mcal::from_json(&inner("mcal")),
            bandwidth_throttling: Throttling::from_json(&inner("bandwidth_throttling")),
            consolidated_report: Report::from_json(&inner("consolidated_report")),
            external_ref: a::string_or_empty(v, "external_ref"),
            created: a::text_or_empty(v, "created"),
        }
    }
}

/// `ServerInfo` answer (read like [`Account`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServerInfo {
    pub product: String,
    pub version: String,
    pub hostname: String,
    pub user_name: String,
    /// `admin` or `viewer`; `None` when the server does not say.
    pub user_role: Option<String>,
    pub mcal_total: Option<u64>,
    pub mcal_allotted: Option<u64>,
}

impl ServerInfo {
    pub fn from_json(v: &Json) -> ServerInfo {
        let user = a::object(v, "user").unwrap_or(&Json::Null);
        let mcal = a::object(v, "mcal").unwrap_or(&Json::Null);
        ServerInfo {
            product: a::text_or_empty(v, "product"),
            version: a::text_or_empty(v, "version"),
            hostname: a::text_or_empty(v, "hostname"),
            user_name: a::text_or_empty(user, "name"),
            user_role: a::string(user, "role"),
            mcal_total: whole(mcal.get("total")),
            mcal_allotted: whole(mcal.get("allotted")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signup_body_is_flat_and_omits_what_does_not_apply() {
        let s = Signup {
            name: "alice".into(),
            settings: Settings {
                mcal: Mcal {
                    auto: true,
                    ..Mcal::default()
                },
                bandwidth_throttling: Throttling {
                    mode: "global".into(),
                    ..Throttling::default()
                },
                ..Settings::default()
            },
            ..Signup::default()
        };
        let v = serde_json::to_value(&s).unwrap();
        assert_eq!(v["storage_allotted"], 0);
        assert_eq!(v["mcal"], serde_json::json!({"auto": true}));
        assert_eq!(
            v["bandwidth_throttling"],
            serde_json::json!({"mode": "global"})
        );
        assert!(v.get("reseller").is_none());
        assert!(v.get("consolidated_report").is_none());
        assert!(v.get("storage_location").is_none());
    }
}
