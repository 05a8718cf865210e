//! Control API (plain HTTP, JSON) for tests driving a simulator in another process.

use std::sync::atomic::Ordering;

use serde_json::{json, Value};

use crate::fault::Fault;
use crate::http::{Request, Response};
use crate::server::Shared;

pub(crate) fn handle(shared: &Shared, req: &Request) -> Response {
    let path = req.path.trim_end_matches('/');
    let ok = || Response::json(200, &json!({"ok": true}));
    let bad = |msg: String| Response::json(400, &json!({"error": msg}));
    match (req.method.as_str(), path) {
        ("GET", "/state") => Response::json(200, &shared.panel.state_json()),
        ("POST", "/state") => match parse_body(req) {
            Ok(v) => match shared.panel.load_state(&v) {
                Ok(()) => Response::json(200, &shared.panel.state_json()),
                Err(e) => bad(e),
            },
            Err(e) => bad(e),
        },
        ("POST", "/reset") => {
            shared.panel.reset();
            shared.faults.clear();
            shared.log.clear();
            ok()
        }
        ("GET", "/faults") => Response::json(200, &json!(shared.faults.list())),
        ("POST", "/faults") => match parse_body(req) {
            // One fault, or an array of them.
            Ok(Value::Array(items)) => {
                let mut parsed = Vec::new();
                for it in items {
                    match serde_json::from_value::<Fault>(it) {
                        Ok(f) => parsed.push(f),
                        Err(e) => return bad(format!("bad fault: {e}")),
                    }
                }
                for f in parsed {
                    shared.faults.add(f);
                }
                Response::json(200, &json!(shared.faults.list()))
            }
            Ok(v) => match serde_json::from_value::<Fault>(v) {
                Ok(f) => {
                    shared.faults.add(f);
                    Response::json(200, &json!(shared.faults.list()))
                }
                Err(e) => bad(format!("bad fault: {e}")),
            },
            Err(e) => bad(e),
        },
        ("DELETE", "/faults") => {
            shared.faults.clear();
            ok()
        }
        ("GET", "/requests") => Response::json(200, &json!(shared.log.all())),
        ("DELETE", "/requests") => {
            shared.log.clear();
            ok()
        }
        ("GET", "/stats") => Response::json(
            200,
            &json!({
                "connections_accepted": shared.connections.load(Ordering::SeqCst),
                "requests": shared.log.all().len(),
                "panel": shared.panel.name(),
            }),
        ),
        ("POST", "/shutdown") => {
            shared.shutdown_requested.store(true, Ordering::SeqCst);
            ok()
        }
        (_, "/state" | "/reset" | "/faults" | "/requests" | "/stats" | "/shutdown") => {
            Response::json(405, &json!({"error": "method not allowed"}))
        }
        _ => Response::json(404, &json!({"error": "not found"})),
    }
}

fn parse_body(req: &Request) -> Result<Value, String> {
    if req.body.iter().all(|b| b.is_ascii_whitespace()) {
        return Ok(json!({}));
    }
    serde_json::from_slice(&req.body).map_err(|e| format!("invalid JSON: {e}"))
}
