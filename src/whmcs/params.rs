//! A typed view of WHMCS's `$params`.
//!
//! WHMCS documents the keys but not their types, and calls every function (even MetaData) with
//! whatever subset it has — the official sample test passes `[]`. So every accessor tolerates a
//! missing or oddly typed key and returns an empty/None value instead of failing.

use super::server::ServerParams;
use super::value::{Array, Value};

/// The client's contact details (`$params['clientsdetails']`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClientDetails {
    pub id: Option<i64>,
    pub firstname: String,
    pub lastname: String,
    pub companyname: String,
    pub email: String,
}

impl ClientDetails {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.firstname.trim(), self.lastname.trim())
            .trim()
            .to_string()
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Params {
    raw: Array,
}

impl Params {
    pub fn new(raw: Array) -> Self {
        Params { raw }
    }

    pub fn raw(&self) -> &Array {
        &self.raw
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.raw.get(key)
    }

    /// The value as text, trimmed; empty when missing.
    pub fn text(&self, key: &str) -> String {
        self.get(key)
            .and_then(Value::as_text)
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    }

    /// Like [`Params::text`] but `None` when missing or blank.
    pub fn opt_text(&self, key: &str) -> Option<String> {
        Some(self.text(key)).filter(|s| !s.is_empty())
    }

    /// The value exactly as given (passwords may legitimately start or end with spaces).
    pub fn raw_text(&self, key: &str) -> String {
        self.get(key)
            .and_then(Value::as_text)
            .map(|s| s.into_owned())
            .unwrap_or_default()
    }

    pub fn int(&self, key: &str) -> Option<i64> {
        self.get(key).and_then(Value::as_int)
    }

    pub fn flag(&self, key: &str) -> bool {
        self.get(key).is_some_and(Value::as_flag)
    }

    pub fn service_id(&self) -> Option<i64> {
        self.int("serviceid").filter(|id| *id > 0)
    }

    pub fn user_id(&self) -> Option<i64> {
        self.int("userid").filter(|id| *id > 0)
    }

    pub fn product_id(&self) -> Option<i64> {
        self.int("pid").filter(|id| *id > 0)
    }

    pub fn domain(&self) -> String {
        self.text("domain")
    }

    pub fn username(&self) -> String {
        self.text("username")
    }

    pub fn password(&self) -> String {
        self.raw_text("password")
    }

    /// `configoptionN` (1-based, as WHMCS numbers them).
    pub fn config_option(&self, n: usize) -> String {
        self.text(&format!("configoption{n}"))
    }

    /// A configurable option chosen by the client, by its name (`configoptions['Disk Space']`).
    pub fn configurable_option(&self, name: &str) -> Option<&Value> {
        self.get("configoptions")?
            .as_array()?
            .get(name)
            .filter(|v| !v.is_null())
    }

    /// A product custom field value (`customfields['Name']`).
    pub fn custom_field(&self, name: &str) -> Option<String> {
        self.get("customfields")?
            .as_array()?
            .get(name)?
            .as_text()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    pub fn client(&self) -> ClientDetails {
        let Some(details) = self.get("clientsdetails").and_then(Value::as_array) else {
            return ClientDetails {
                id: self.user_id(),
                ..ClientDetails::default()
            };
        };
        let text = |k: &str| {
            details
                .get(k)
                .and_then(Value::as_text)
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        ClientDetails {
            id: details
                .get("userid")
                .or_else(|| details.get("id"))
                .and_then(Value::as_int)
                .or_else(|| self.user_id()),
            firstname: text("firstname"),
            lastname: text("lastname"),
            companyname: text("companyname"),
            email: text("email"),
        }
    }

    /// The server record (`server*` keys).
    pub fn server(&self) -> ServerParams {
        ServerParams {
            id: self.int("serverid").filter(|id| *id > 0),
            ip: self.text("serverip"),
            hostname: self.text("serverhostname"),
            username: self.text("serverusername"),
            password: self.raw_text("serverpassword").trim().to_string(),
            access_hash: self.raw_text("serveraccesshash"),
            secure: self.flag("serversecure"),
            port: self
                .int("serverport")
                .and_then(|n| u16::try_from(n).ok())
                .filter(|n| *n > 0),
        }
    }

    /// Every secret WHMCS handed us, for log masking and message scrubbing: the service and
    /// server passwords, and the key part of the Access Hash (its `pin=`-style settings are not
    /// secret).
    pub fn secrets(&self) -> Vec<String> {
        let mut out = Vec::new();
        for key in ["password", "serverpassword"] {
            let v = self.raw_text(key);
            crate::secret::push(&mut out, &v);
            crate::secret::push(&mut out, v.trim());
        }
        let server = self.server();
        crate::secret::push(&mut out, &server.access_hash_secret());
        for line in server.access_hash_key_lines() {
            crate::secret::push(&mut out, line);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Params {
        let client = Array::new()
            .with("userid", 7)
            .with("firstname", "Ada ")
            .with("lastname", "Lovelace")
            .with("email", "ada@example.com");
        let opts = Array::new().with("Disk Space", 20);
        Params::new(
            Array::new()
                .with("serviceid", "12")
                .with("password", " p@ss word ")
                .with("configoption3", " gold ")
                .with("configoptions", opts)
                .with("clientsdetails", client)
                .with("serveraccesshash", "KEYID:SECRETSECRET\npin=AA:BB"),
        )
    }

    #[test]
    fn reads_mixed_types() {
        let p = sample();
        assert_eq!(p.service_id(), Some(12));
        assert_eq!(p.password(), " p@ss word ");
        assert_eq!(p.config_option(3), "gold");
        assert_eq!(p.configurable_option("Disk Space"), Some(&Value::Int(20)));
        assert_eq!(p.client().full_name(), "Ada Lovelace");
        assert_eq!(p.client().id, Some(7));
    }

    #[test]
    fn empty_params_are_harmless() {
        let p = Params::default();
        assert_eq!(p.service_id(), None);
        assert_eq!(p.domain(), "");
        assert_eq!(p.client(), ClientDetails::default());
        assert!(p.secrets().is_empty());
    }

    #[test]
    fn secrets_include_the_access_key_but_not_settings() {
        let s = sample().secrets();
        assert!(s.contains(&"p@ss word".to_string()));
        assert!(s.contains(&" p@ss word ".to_string()));
        assert!(s.contains(&"KEYID:SECRETSECRET".to_string()));
        assert!(!s.iter().any(|x| x.contains("pin=")));
    }
}
