//! A [`Host`] on SQLite with the harness's WHMCS schema (tests/harness/schema.sql), so the
//! Rust tests read and write the same tables the PHP harness and WHMCS have.

use std::cell::{Cell, RefCell};

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::Connection;
use whmcs_oxide::whmcs::{Host, HostError, Input, LogEntry, Row, Value};

/// One captured `logModuleCall`, after masking (as WHMCS stores it).
#[derive(Debug, Clone)]
pub struct Logged {
    pub module: String,
    pub action: String,
    pub request: String,
    pub response: String,
}

pub struct SqliteHost {
    db: Connection,
    pub logs: RefCell<Vec<Logged>>,
    pub statements: Cell<u64>,
    /// `$_POST` of the page request (client-area forms).
    pub form: RefCell<Vec<(String, String)>>,
}

fn db_err(e: rusqlite::Error) -> HostError {
    HostError::Database(e.to_string())
}

fn mask(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_string();
    for s in secrets.iter().filter(|s| !s.is_empty()) {
        out = out.replace(s.as_str(), &"*".repeat(s.len()));
    }
    out
}

struct Bind<'a>(&'a Value);

impl rusqlite::ToSql for Bind<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self.0 {
            Value::Null | Value::Array(_) | Value::Object(_) => {
                ToSqlOutput::Borrowed(ValueRef::Null)
            }
            Value::Bool(b) => ToSqlOutput::Owned(rusqlite::types::Value::Integer(i64::from(*b))),
            Value::Int(i) => ToSqlOutput::Owned(rusqlite::types::Value::Integer(*i)),
            Value::Float(f) => ToSqlOutput::Owned(rusqlite::types::Value::Real(*f)),
            Value::Str(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

impl SqliteHost {
    pub fn new() -> Self {
        let db = Connection::open_in_memory().expect("sqlite");
        let schema = include_str!("../harness/schema.sql");
        db.execute_batch(schema).expect("schema loads");
        SqliteHost {
            db,
            logs: RefCell::new(Vec::new()),
            statements: Cell::new(0),
            form: RefCell::new(Vec::new()),
        }
    }

    pub fn conn(&self) -> &Connection {
        &self.db
    }

    /// Every log entry as one text, for "no secret anywhere" checks.
    pub fn all_logs(&self) -> String {
        self.logs
            .borrow()
            .iter()
            .map(|l| format!("{} {}\n{}\n{}\n", l.module, l.action, l.request, l.response))
            .collect()
    }

    /// The detail of the last failure of `function` in the module log (dispatch writes
    /// `failed: <message>`): what staff read when the client was shown a generic line.
    pub fn logged_failure(&self, function: &str) -> Option<String> {
        self.logs
            .borrow()
            .iter()
            .rev()
            .find(|l| l.action == function && l.response.starts_with("failed: "))
            .map(|l| l.response["failed: ".len()..].to_string())
    }

    pub fn log_actions(&self) -> Vec<String> {
        self.logs
            .borrow()
            .iter()
            .map(|l| l.action.clone())
            .collect()
    }

    fn bump(&self) {
        self.statements.set(self.statements.get() + 1);
    }
}

impl Default for SqliteHost {
    fn default() -> Self {
        Self::new()
    }
}

impl Host for SqliteHost {
    fn log_call(&self, e: &LogEntry<'_>) {
        self.logs.borrow_mut().push(Logged {
            module: e.module.to_string(),
            action: e.action.to_string(),
            request: mask(e.request, e.secrets),
            response: mask(e.response, e.secrets),
        });
    }

    fn query(&self, sql: &str, binds: &[Value]) -> Result<Vec<Row>, HostError> {
        self.bump();
        let mut stmt = self.db.prepare(sql).map_err(db_err)?;
        let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
        let params: Vec<Bind<'_>> = binds.iter().map(Bind).collect();
        let rows = stmt
            .query_map(rusqlite::params_from_iter(params.iter()), |r| {
                let mut cols = Vec::with_capacity(names.len());
                for (i, n) in names.iter().enumerate() {
                    let v = match r.get_ref(i)? {
                        ValueRef::Null => Value::Null,
                        ValueRef::Integer(i) => Value::Int(i),
                        ValueRef::Real(f) => Value::Float(f),
                        ValueRef::Text(t) | ValueRef::Blob(t) => {
                            Value::Str(String::from_utf8_lossy(t).into_owned())
                        }
                    };
                    cols.push((n.clone(), v));
                }
                Ok(Row(cols))
            })
            .map_err(db_err)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(db_err)
    }

    fn execute(&self, sql: &str, binds: &[Value]) -> Result<u64, HostError> {
        self.bump();
        let params: Vec<Bind<'_>> = binds.iter().map(Bind).collect();
        self.db
            .execute(sql, rusqlite::params_from_iter(params.iter()))
            .map(|n| n as u64)
            .map_err(db_err)
    }

    fn execute_many(&self, sql: &str, rows: &[Vec<Value>]) -> Result<u64, HostError> {
        let mut stmt = self.db.prepare(sql).map_err(db_err)?;
        let mut total = 0;
        for binds in rows {
            self.bump();
            let params: Vec<Bind<'_>> = binds.iter().map(Bind).collect();
            total += stmt
                .execute(rusqlite::params_from_iter(params.iter()))
                .map_err(db_err)? as u64;
        }
        Ok(total)
    }

    fn last_insert_id(&self) -> Result<i64, HostError> {
        Ok(self.db.last_insert_rowid())
    }

    fn begin(&self) -> Result<(), HostError> {
        self.db.execute_batch("BEGIN").map_err(db_err)
    }

    fn commit(&self) -> Result<(), HostError> {
        self.db.execute_batch("COMMIT").map_err(db_err)
    }

    fn rollback(&self) -> Result<(), HostError> {
        self.db.execute_batch("ROLLBACK").map_err(db_err)
    }

    fn log_activity(&self, message: &str) {
        let _ = self.db.execute(
            "INSERT INTO tblactivitylog (date, description, user, userid, ipaddr) VALUES (datetime('now'), ?, 'System', 0, '')",
            [message],
        );
    }

    /// The harness's recognisable encoding (tests/harness/Crypto.php), without the random prefix.
    fn encrypt_password(&self, plain: &str) -> Result<String, HostError> {
        Ok(format!(
            "oxenc1:{}",
            base64(&[&[0u8; 6][..], plain.as_bytes()].concat())
        ))
    }

    fn request_input(&self, from: Input, name: &str) -> Option<String> {
        match from {
            Input::Form => self
                .form
                .borrow()
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone()),
            Input::Query => None,
        }
    }

    fn decrypt_password(&self, encrypted: &str) -> Result<String, HostError> {
        let Some(body) = encrypted.strip_prefix("oxenc1:") else {
            return Ok(String::new());
        };
        let raw = unbase64(body);
        Ok(String::from_utf8_lossy(raw.get(6..).unwrap_or_default()).into_owned())
    }
}

/// Reverses [`base64`] for the harness encoding; anything else decrypts to "" (as the harness).
fn unbase64(text: &str) -> Vec<u8> {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in text.bytes().take_while(|c| *c != b'=') {
        let Some(v) = T.iter().position(|t| *t == c) else {
            return Vec::new();
        };
        bits = (bits << 6) | v as u32;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
            bits &= (1 << n) - 1;
        }
    }
    out
}

fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
