//! Who an account is for: the WHMCS client's contact details the backup server keeps.

use crate::whmcs::params::ClientDetails;
use crate::whmcs::{Host, Params, Value};

use super::email;
use super::error::StoregridError;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Contact {
    pub client_id: i64,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub company: String,
    pub phone: String,
}

impl Contact {
    /// From `$params['clientsdetails']`.
    pub fn from_params(p: &Params) -> Self {
        let c: ClientDetails = p.client();
        let phone = p
            .get("clientsdetails")
            .and_then(Value::as_array)
            .and_then(|d| d.get("phonenumber"))
            .and_then(Value::as_text)
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
        Contact {
            client_id: c.id.unwrap_or(0),
            email: c.email,
            first_name: c.firstname,
            last_name: c.lastname,
            company: c.companyname,
            phone,
        }
    }

    /// From `tblclients` (hooks get only an id).
    pub fn from_client_row(host: &dyn Host, client_id: i64) -> Result<Self, StoregridError> {
        let rows = host.query(
            "SELECT id, email, firstname, lastname, companyname, phonenumber FROM tblclients WHERE id = ?",
            &[Value::Int(client_id)],
        )?;
        let row = rows
            .first()
            .ok_or_else(|| StoregridError::Input(format!("client #{client_id} does not exist")))?;
        Ok(Contact {
            client_id,
            email: row.text("email").trim().to_string(),
            first_name: row.text("firstname").trim().to_string(),
            last_name: row.text("lastname").trim().to_string(),
            company: row.text("companyname").trim().to_string(),
            phone: row.text("phonenumber").trim().to_string(),
        })
    }

    /// The e-mail address, checked: the backup server mails the account there.
    pub fn checked_email(&self) -> Result<&str, StoregridError> {
        if email::is_valid(&self.email) {
            Ok(&self.email)
        } else {
            Err(StoregridError::Input(format!(
                "the client's e-mail address `{}` is not valid; correct it in the client profile",
                self.email
            )))
        }
    }
}
