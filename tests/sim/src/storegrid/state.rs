//! The simulated backup server: web-console users, the MCAL pool, resellers and customers,
//! and the account mails it sent. Serialised as-is for the control API's state document.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const DEFAULT_ADMIN: &str = "admin";
pub const DEFAULT_ADMIN_PASSWORD: &str = "AdminPass123";

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ConsoleUser {
    pub name: String,
    pub password: String,
    /// `admin` may do everything, `viewer` only ServerInfo.
    #[serde(default = "admin_role")]
    pub role: String,
}

fn admin_role() -> String {
    "admin".into()
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
#[serde(default)]
pub struct Mcal {
    pub auto: bool,
    pub allotted: u64,
    pub used: u64,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
#[serde(default)]
pub struct Report {
    pub enabled: bool,
    pub emails: Vec<String>,
}

/// A reseller or customer, with everything the server keeps (password and pass key too).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Account {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub reseller: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub company: String,
    pub phone: String,
    pub password: String,
    pub active: bool,
    pub auto_authorize: bool,
    pub storage_allotted: u64,
    pub storage_used: u64,
    pub storage_location: String,
    pub mcal: Mcal,
    /// As accepted on the wire (`{"mode":"global"}` or the custom fields).
    pub bandwidth_throttling: Value,
    pub consolidated_report: Report,
    pub send_mail: bool,
    pub external_ref: String,
    pub pass_key: String,
    pub created: String,
}

impl Default for Account {
    fn default() -> Self {
        Account {
            name: String::new(),
            kind: "reseller".into(),
            reseller: String::new(),
            email: String::new(),
            first_name: String::new(),
            last_name: String::new(),
            company: String::new(),
            phone: String::new(),
            password: String::new(),
            active: true,
            auto_authorize: false,
            storage_allotted: 0,
            storage_used: 0,
            storage_location: String::new(),
            mcal: Mcal {
                auto: true,
                ..Mcal::default()
            },
            bandwidth_throttling: serde_json::json!({"mode": "global"}),
            consolidated_report: Report::default(),
            send_mail: false,
            external_ref: String::new(),
            pass_key: String::new(),
            created: String::new(),
        }
    }
}

impl Account {
    /// The account as the API describes it: no password, no pass key.
    pub fn view(&self) -> Value {
        let mut mcal = serde_json::json!({"auto": self.mcal.auto, "used": self.mcal.used});
        if !self.mcal.auto {
            mcal["allotted"] = Value::from(self.mcal.allotted);
        }
        serde_json::json!({
            "name": self.name,
            "type": self.kind,
            "reseller": self.reseller,
            "email": self.email,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "company": self.company,
            "phone": self.phone,
            "active": self.active,
            "auto_authorize": self.auto_authorize,
            "storage_allotted": self.storage_allotted,
            "storage_used": self.storage_used,
            "storage_location": self.storage_location,
            "mcal": mcal,
            "bandwidth_throttling": self.bandwidth_throttling,
            "consolidated_report": self.consolidated_report,
            "external_ref": self.external_ref,
            "created": self.created,
        })
    }
}

/// An account-creation mail the server sent (Send Mail).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub account: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub product: String,
    pub version: String,
    pub hostname: String,
    pub users: Vec<ConsoleUser>,
    /// Licences the server holds; non-automatic allotments draw from it.
    pub mcal_total: u64,
    /// Where locations are assigned when a signup leaves `storage_location` empty.
    pub storage_root: String,
    /// By lowercase name (one namespace for resellers and customers).
    pub accounts: BTreeMap<String, Account>,
    pub mails: Vec<Mail>,
    /// Pass keys issued so far (makes each one different).
    pub issued_keys: u64,
}

impl State {
    pub fn initial() -> State {
        State {
            product: "StoreGrid SP".into(),
            version: "4.4.0".into(),
            hostname: "backup.sim.local".into(),
            users: vec![ConsoleUser {
                name: DEFAULT_ADMIN.into(),
                password: DEFAULT_ADMIN_PASSWORD.into(),
                role: "admin".into(),
            }],
            mcal_total: 1000,
            storage_root: "/sgbackup".into(),
            accounts: BTreeMap::new(),
            mails: Vec::new(),
            issued_keys: 0,
        }
    }

    pub fn account(&self, name: &str) -> Option<&Account> {
        self.accounts.get(&name.to_ascii_lowercase())
    }

    pub fn account_mut(&mut self, name: &str) -> Option<&mut Account> {
        self.accounts.get_mut(&name.to_ascii_lowercase())
    }

    /// Licences allotted to accounts with a fixed number, except `except`.
    pub fn mcal_allotted(&self, except: Option<&str>) -> u64 {
        let except = except.map(str::to_ascii_lowercase);
        self.accounts
            .iter()
            .filter(|(k, a)| !a.mcal.auto && Some(k.as_str()) != except.as_deref())
            .map(|(_, a)| a.mcal.allotted)
            .sum()
    }
}

/// Merges a (partial) state document: scalars and lists replace; `accounts` merge per entry
/// (an object merges into the account or creates it, `null` deletes it).
pub fn merge(st: &mut State, doc: &Value) -> Result<(), String> {
    let Value::Object(m) = doc else {
        return Err("the state document must be a JSON object".into());
    };
    let mut current = serde_json::to_value(&*st).map_err(|e| e.to_string())?;
    for (k, v) in m {
        if k == "accounts" {
            let Value::Object(entries) = v else {
                return Err("accounts must be an object of name → account".into());
            };
            for (name, entry) in entries {
                let key = name.to_ascii_lowercase();
                let slot = &mut current["accounts"];
                match entry {
                    Value::Null => {
                        slot.as_object_mut().map(|o| o.remove(&key));
                    }
                    Value::Object(fields) => {
                        let mut acc = slot.get(&key).cloned().unwrap_or_else(|| {
                            serde_json::to_value(Account {
                                name: name.clone(),
                                ..Account::default()
                            })
                            .unwrap_or(Value::Null)
                        });
                        for (f, fv) in fields {
                            acc[f] = fv.clone();
                        }
                        serde_json::from_value::<Account>(acc.clone())
                            .map_err(|e| format!("account {name}: {e}"))?;
                        slot[&key] = acc;
                    }
                    _ => return Err(format!("account {name}: must be an object or null")),
                }
            }
        } else {
            if current.get(k).is_none() {
                return Err(format!("unknown state key {k}"));
            }
            current[k] = v.clone();
        }
    }
    *st = serde_json::from_value(current).map_err(|e| e.to_string())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_accounts_per_entry() {
        let mut st = State::initial();
        merge(
            &mut st,
            &serde_json::json!({"accounts": {"Acme": {"email": "a@acme.test"}}, "mcal_total": 5}),
        )
        .unwrap();
        assert_eq!(st.mcal_total, 5);
        let a = st.account("acme").unwrap();
        assert_eq!((a.name.as_str(), a.kind.as_str()), ("Acme", "reseller"));
        merge(
            &mut st,
            &serde_json::json!({"accounts": {"acme": {"storage_used": 7}}}),
        )
        .unwrap();
        assert_eq!(st.account("ACME").unwrap().storage_used, 7);
        merge(&mut st, &serde_json::json!({"accounts": {"acme": null}})).unwrap();
        assert!(st.account("acme").is_none());
        assert!(merge(&mut st, &serde_json::json!({"bogus": 1})).is_err());
        assert!(merge(
            &mut st,
            &serde_json::json!({"accounts": {"x": {"active": "yes"}}})
        )
        .is_err());
    }
}
