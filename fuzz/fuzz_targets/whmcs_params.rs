//! Every exported module function with `$params` built from fuzzer JSON. The server is forced
//! to a closed loopback port (no network), the WHMCS host answers nothing; a panic inside a
//! module (caught by dispatch and reported as an internal error) fails the run.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whmcs_oxide::modules;
use whmcs_oxide::whmcs::dispatch::invoke;
use whmcs_oxide::whmcs::{Array, Host, HostError, LogEntry, Params, Reply, Row, Value};

struct NullHost;

impl Host for NullHost {
    fn log_call(&self, _: &LogEntry<'_>) {}
    fn query(&self, _: &str, _: &[Value]) -> Result<Vec<Row>, HostError> {
        Ok(Vec::new())
    }
    fn execute(&self, _: &str, _: &[Value]) -> Result<u64, HostError> {
        Ok(0)
    }
    fn execute_many(&self, _: &str, _: &[Vec<Value>]) -> Result<u64, HostError> {
        Ok(0)
    }
    fn last_insert_id(&self) -> Result<i64, HostError> {
        Ok(1)
    }
    fn begin(&self) -> Result<(), HostError> {
        Ok(())
    }
    fn commit(&self) -> Result<(), HostError> {
        Ok(())
    }
    fn rollback(&self) -> Result<(), HostError> {
        Ok(())
    }
    fn log_activity(&self, _: &str) {}
    fn encrypt_password(&self, p: &str) -> Result<String, HostError> {
        Ok(format!("enc:{p}"))
    }
}

fn internal_error(r: &Reply) -> bool {
    let text = format!("{r:?}");
    text.contains("internal error in whmcs_oxide")
}

fuzz_target!(|data: &[u8]| {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let Value::Array(mut a) = Value::from(&json) else {
        return;
    };
    // Never leave loopback: the port is closed, so every panel call fails at once.
    a.set("serverip", "127.0.0.1");
    a.set("serverhostname", "127.0.0.1");
    a.set("serverport", 9);
    let params = Params::new(a);
    for module in modules::all() {
        for f in module.functions {
            let r = invoke(module, f, params.clone(), &NullHost);
            assert!(!internal_error(&r), "{}_{} panicked: {r:?}", module.name, f.name);
        }
    }
    let _ = Array::new();
});
