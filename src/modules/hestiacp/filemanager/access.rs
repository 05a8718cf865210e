//! Who may use the file manager of a service: the client who owns it, while it is Active, on
//! that service's own panel user. WHMCS checks ownership before calling a client function;
//! this checks again from the database (defence in depth), so a forged service id, a
//! suspended service or a changed username are refused before any panel request.

use crate::whmcs::{Call, Value};

use super::super::username;
use super::error::FmError;

/// The account a file-manager call acts on.
#[derive(Debug, Clone)]
pub struct Account {
    pub service_id: i64,
    pub client_id: i64,
    /// The HestiaCP user (from tblhosting, not from the request).
    pub username: String,
}

/// Checks the service of `call` for the logged-in client `client` (`None` on the page
/// request, which WHMCS itself only serves to the owner).
pub fn check(call: &Call<'_>, client: Option<i64>) -> Result<Account, FmError> {
    let denied = || FmError::denied("this service is not yours or does not exist");
    let service_id = call.params.service_id().ok_or_else(denied)?;
    let owner = call.params.user_id().ok_or_else(denied)?;
    if let Some(c) = client {
        if c != owner {
            return Err(denied());
        }
    }
    let rows = call
        .host
        .query(
            "SELECT userid, domainstatus, username FROM tblhosting WHERE id = ?",
            &[Value::Int(service_id)],
        )
        .map_err(|e| FmError::Panel(e.into()))?;
    let row = rows.first().ok_or_else(denied)?;
    if row.int("userid") != Some(owner) {
        return Err(denied());
    }
    let status = row.text("domainstatus");
    if status != "Active" {
        return Err(FmError::denied(format!(
            "the file manager is available for active services only (this one is {})",
            if status.is_empty() {
                "not active"
            } else {
                &status
            }
        )));
    }
    let name = row.text("username");
    if name.is_empty() || username::problem(&name).is_some() {
        return Err(FmError::denied(
            "this service has no hosting account yet; contact support",
        ));
    }
    Ok(Account {
        service_id,
        client_id: owner,
        username: name,
    })
}
