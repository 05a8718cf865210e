//! What a module asks of WHMCS: the module log, its database and password encryption.
//!
//! In production the PHP binding implements this by calling back into PHP (`logModuleCall`,
//! `WHMCS\Database\Capsule`, `localAPI`); tests use a SQLite-backed double with the same schema.

use super::value::Value;

/// One row of a query result, columns in select order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row(pub Vec<(String, Value)>);

impl Row {
    pub fn get(&self, column: &str) -> Option<&Value> {
        self.0.iter().find(|(c, _)| c == column).map(|(_, v)| v)
    }

    pub fn text(&self, column: &str) -> String {
        self.get(column)
            .and_then(Value::as_text)
            .map(|s| s.into_owned())
            .unwrap_or_default()
    }

    pub fn int(&self, column: &str) -> Option<i64> {
        self.get(column).and_then(Value::as_int)
    }
}

/// One `logModuleCall()` entry. `secrets` are the values WHMCS must mask (its `replaceVars`).
#[derive(Debug, Clone, Copy)]
pub struct LogEntry<'a> {
    pub module: &'a str,
    pub action: &'a str,
    pub request: &'a str,
    pub response: &'a str,
    pub processed: &'a str,
    pub secrets: &'a [String],
}

#[derive(Debug, thiserror::Error)]
pub enum HostError {
    #[error("WHMCS database error: {0}")]
    Database(String),
    #[error("WHMCS call {0} failed: {1}")]
    Call(&'static str, String),
}

pub trait Host {
    fn log_call(&self, entry: &LogEntry<'_>);

    /// `SELECT` with `?` placeholders.
    fn query(&self, sql: &str, binds: &[Value]) -> Result<Vec<Row>, HostError>;

    /// `INSERT/UPDATE/DELETE/CREATE` with `?` placeholders; returns affected rows.
    fn execute(&self, sql: &str, binds: &[Value]) -> Result<u64, HostError>;

    /// One prepared statement run once per bind set (bulk updates in one round of preparing).
    fn execute_many(&self, sql: &str, rows: &[Vec<Value>]) -> Result<u64, HostError>;

    /// The id of the last inserted row.
    fn last_insert_id(&self) -> Result<i64, HostError>;

    fn begin(&self) -> Result<(), HostError>;
    fn commit(&self) -> Result<(), HostError>;
    fn rollback(&self) -> Result<(), HostError>;

    /// WHMCS's activity log (`logActivity`): what staff should see without module debug on.
    fn log_activity(&self, message: &str);

    /// WHMCS's own password encryption (`localAPI('EncryptPassword')`), for `tblhosting.password`.
    fn encrypt_password(&self, plain: &str) -> Result<String, HostError>;

    /// WHMCS's password decryption (`localAPI('DecryptPassword')`), for records WHMCS does not
    /// hand over decrypted (e.g. the other servers of a product's server group).
    fn decrypt_password(&self, _encrypted: &str) -> Result<String, HostError> {
        Err(HostError::Call(
            "DecryptPassword",
            "not available in this host".into(),
        ))
    }

    /// A value of the current web request (`$_GET` / `$_POST`), for client-area pages whose
    /// choices WHMCS does not pass in `$params`. `None` outside a web request.
    fn request_input(&self, _from: Input, _name: &str) -> Option<String> {
        None
    }

    /// A scalar of the visitor's session (`$_SESSION[name]`), e.g. `Language`, `adminid`.
    /// `None` outside a web request or when unset. The visitor can influence it: check it.
    fn session_value(&self, _name: &str) -> Option<String> {
        None
    }

    /// WHMCS's install root (`ROOTDIR`), where `modules/servers/<module>/` lives.
    fn install_root(&self) -> Option<std::path::PathBuf> {
        None
    }
}

/// Where a request value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// `$_GET`: links and GET forms.
    Query,
    /// `$_POST`: only a submitted form can set these (a prefetched link cannot).
    Form,
}

/// Runs `f` in one database transaction; rolls back on error.
pub fn in_transaction<T, E: From<HostError>>(
    host: &dyn Host,
    f: impl FnOnce() -> Result<T, E>,
) -> Result<T, E> {
    host.begin()?;
    match f() {
        Ok(v) => {
            host.commit()?;
            Ok(v)
        }
        Err(e) => {
            // The original error is what the admin needs; a failed rollback adds nothing.
            let _ = host.rollback();
            Err(e)
        }
    }
}
