//! [`Host`] implemented by calling back into PHP: `logModuleCall`, `WHMCS\Database\Capsule`
//! (through its PDO) and `localAPI`.

use std::cell::RefCell;

use ext_php_rs::convert::IntoZvalDyn;
use ext_php_rs::types::{ZendCallable, ZendHashTable, Zval};
use ext_php_rs::zend::ExecutorGlobals;

use super::convert::{to_zval, value_from};
use crate::whmcs::{Host, HostError, Input, LogEntry, Row, Value};

/// PDO constants (stable across PHP versions).
const PDO_PARAM_NULL: i64 = 0;
const PDO_PARAM_INT: i64 = 1;
const PDO_PARAM_STR: i64 = 2;
const PDO_FETCH_ASSOC: i64 = 2;

#[derive(Default)]
pub struct PhpHost {
    /// The PDO of WHMCS's Capsule connection, fetched once per call.
    pdo: RefCell<Option<Zval>>,
}

impl PhpHost {
    pub fn new() -> Self {
        PhpHost::default()
    }

    fn connection(&self) -> Result<Zval, HostError> {
        let connect = ZendCallable::try_from_name("WHMCS\\Database\\Capsule::connection")
            .map_err(|_| HostError::Database("WHMCS\\Database\\Capsule is not available".into()))?;
        call_php("Capsule::connection", || connect.try_call(vec![]))
    }

    fn pdo(&self) -> Result<Zval, HostError> {
        if let Some(p) = self.pdo.borrow().as_ref() {
            return Ok(p.shallow_clone());
        }
        let conn = self.connection()?;
        let pdo = call_php("getPdo", || conn.try_call_method("getPdo", vec![]))?;
        *self.pdo.borrow_mut() = Some(pdo.shallow_clone());
        Ok(pdo)
    }

    fn run(&self, sql: &str, binds: &[Value]) -> Result<Zval, HostError> {
        let pdo = self.pdo()?;
        let stmt = call_php("PDO::prepare", || {
            pdo.try_call_method("prepare", vec![&sql])
        })?;
        if !stmt.is_object() {
            return Err(HostError::Database(format!("could not prepare: {sql}")));
        }
        bind_and_execute(&stmt, binds)?;
        Ok(stmt)
    }

    fn connection_method(&self, method: &'static str) -> Result<(), HostError> {
        let conn = self.connection()?;
        call_php(method, || conn.try_call_method(method, vec![]))?;
        Ok(())
    }
}

fn bind_and_execute(stmt: &Zval, binds: &[Value]) -> Result<(), HostError> {
    for (i, v) in binds.iter().enumerate() {
        let pos = i as i64 + 1;
        let (zv, ty) = match v {
            Value::Null => (Zval::null(), PDO_PARAM_NULL),
            Value::Int(_) => (to_zval(v), PDO_PARAM_INT),
            Value::Bool(b) => (to_zval(&Value::Int(i64::from(*b))), PDO_PARAM_INT),
            _ => (
                to_zval(&Value::from(v.as_text().unwrap_or_default().into_owned())),
                PDO_PARAM_STR,
            ),
        };
        call_php("PDOStatement::bindValue", || {
            stmt.try_call_method("bindValue", vec![&pos, &zv, &ty])
        })?;
    }
    call_php("PDOStatement::execute", || {
        stmt.try_call_method("execute", vec![])
    })?;
    Ok(())
}

fn hashtable_zval(ht: ext_php_rs::boxed::ZBox<ZendHashTable>) -> Zval {
    let mut z = Zval::new();
    z.set_hashtable(ht);
    z
}

/// Runs a PHP call; a thrown exception is taken off PHP's stack (so it does not surface in
/// WHMCS as an uncaught exception) and returned as an error with its message.
fn call_php(
    what: &'static str,
    f: impl FnOnce() -> ext_php_rs::error::Result<Zval>,
) -> Result<Zval, HostError> {
    let result = f();
    if let Some(ex) = ExecutorGlobals::take_exception() {
        let message = ex
            .try_call_method("getMessage", vec![])
            .ok()
            .and_then(|m| m.string())
            .unwrap_or_else(|| "exception".to_string());
        return Err(HostError::Call(what, message));
    }
    result.map_err(|e| HostError::Call(what, e.to_string()))
}

impl Host for PhpHost {
    fn log_call(&self, e: &LogEntry<'_>) {
        // Outside WHMCS (plain CLI) there is no module log; that is not an error.
        let Ok(log) = ZendCallable::try_from_name("logModuleCall") else {
            return;
        };
        let mut replace = ZendHashTable::new();
        for s in e.secrets {
            let _ = replace.push(s.as_str());
        }
        let args: Vec<&dyn IntoZvalDyn> =
            vec![&e.module, &e.action, &e.request, &e.response, &e.processed];
        let replace = hashtable_zval(replace);
        let mut all = args;
        all.push(&replace);
        // A failing logger must not fail the module call.
        let _ = call_php("logModuleCall", || log.try_call(all));
    }

    fn query(&self, sql: &str, binds: &[Value]) -> Result<Vec<Row>, HostError> {
        let stmt = self.run(sql, binds)?;
        let all = call_php("PDOStatement::fetchAll", || {
            stmt.try_call_method("fetchAll", vec![&PDO_FETCH_ASSOC])
        })?;
        let Some(rows) = all.array() else {
            return Ok(Vec::new());
        };
        Ok(rows
            .values()
            .filter_map(|r| r.array())
            .map(|r| {
                Row(r
                    .iter()
                    .map(|(k, v)| (k.to_string(), value_from(v)))
                    .collect())
            })
            .collect())
    }

    fn execute(&self, sql: &str, binds: &[Value]) -> Result<u64, HostError> {
        let stmt = self.run(sql, binds)?;
        let n = call_php("PDOStatement::rowCount", || {
            stmt.try_call_method("rowCount", vec![])
        })?;
        Ok(n.long().unwrap_or(0).max(0) as u64)
    }

    fn execute_many(&self, sql: &str, rows: &[Vec<Value>]) -> Result<u64, HostError> {
        let pdo = self.pdo()?;
        let stmt = call_php("PDO::prepare", || {
            pdo.try_call_method("prepare", vec![&sql])
        })?;
        let mut total = 0u64;
        for binds in rows {
            bind_and_execute(&stmt, binds)?;
            let n = call_php("PDOStatement::rowCount", || {
                stmt.try_call_method("rowCount", vec![])
            })?;
            total += n.long().unwrap_or(0).max(0) as u64;
        }
        Ok(total)
    }

    fn last_insert_id(&self) -> Result<i64, HostError> {
        let pdo = self.pdo()?;
        let id = call_php("PDO::lastInsertId", || {
            pdo.try_call_method("lastInsertId", vec![])
        })?;
        Ok(value_from(&id).as_int().unwrap_or(0))
    }

    fn begin(&self) -> Result<(), HostError> {
        self.connection_method("beginTransaction")
    }

    fn commit(&self) -> Result<(), HostError> {
        self.connection_method("commit")
    }

    fn rollback(&self) -> Result<(), HostError> {
        self.connection_method("rollBack")
    }

    fn log_activity(&self, message: &str) {
        let Ok(log) = ZendCallable::try_from_name("logActivity") else {
            return;
        };
        let _ = call_php("logActivity", || log.try_call(vec![&message]));
    }

    fn encrypt_password(&self, plain: &str) -> Result<String, HostError> {
        password_api("EncryptPassword", plain)
    }

    fn decrypt_password(&self, encrypted: &str) -> Result<String, HostError> {
        password_api("DecryptPassword", encrypted)
    }

    fn request_input(&self, from: Input, name: &str) -> Option<String> {
        // $_GET and $_POST are created at request start (not just in time), so they are in the
        // global symbol table, including values a script set itself.
        let global = match from {
            Input::Query => "_GET",
            Input::Form => "_POST",
        };
        let globals = ExecutorGlobals::get();
        let table = globals.symbol_table.get(global)?.dereference().array()?;
        let value = value_from(table.get(name)?);
        value.as_text().map(|s| s.into_owned())
    }

    fn session_value(&self, name: &str) -> Option<String> {
        // $_SESSION exists only after session_start(); WHMCS starts it for every page.
        let globals = ExecutorGlobals::get();
        let table = globals
            .symbol_table
            .get("_SESSION")?
            .dereference()
            .array()?;
        let value = value_from(table.get(name)?);
        value.as_text().map(|s| s.into_owned())
    }

    fn install_root(&self) -> Option<std::path::PathBuf> {
        let defined = ZendCallable::try_from_name("defined").ok()?;
        let is = call_php("defined", || defined.try_call(vec![&"ROOTDIR"])).ok()?;
        if !is.bool().unwrap_or(false) {
            return None;
        }
        let constant = ZendCallable::try_from_name("constant").ok()?;
        let root = call_php("constant", || constant.try_call(vec![&"ROOTDIR"])).ok()?;
        root.string()
            .filter(|s| !s.is_empty())
            .map(std::path::PathBuf::from)
    }
}

/// `localAPI('EncryptPassword'|'DecryptPassword', ['password2' => …])['password']`.
fn password_api(command: &'static str, input: &str) -> Result<String, HostError> {
    let api = ZendCallable::try_from_name("localAPI")
        .map_err(|_| HostError::Call("localAPI", "not available outside WHMCS".into()))?;
    let mut values = ZendHashTable::new();
    values
        .insert("password2", input)
        .map_err(|e| HostError::Call("localAPI", e.to_string()))?;
    let values = hashtable_zval(values);
    let result = call_php("localAPI", || api.try_call(vec![&command, &values]))?;
    let result = value_from(&result);
    let out = result
        .as_array()
        .and_then(|a| a.get("password"))
        .and_then(Value::as_text)
        .map(|s| s.into_owned());
    out.ok_or_else(|| HostError::Call("localAPI", format!("{command} returned no password")))
}
