//! Tolerant reading, cell by cell: a function is run once per field of every answer it reads,
//! with that field null, removed, of another type, an empty list, or with an extra key beside
//! it. A field the function does not need must change nothing; a field it needs may fail the
//! call, with a message that names the field (never a parser's type error).

use oxide_sim::reshape::{field_name, paths, Change};
use oxide_sim::{Fault, FaultKind, RecordedRequest};

/// At most this many fields per answer (a listing's first record stands for all).
const MAX_FIELDS: usize = 400;

/// What parsers say when a field has the wrong type: words WHMCS must never show.
const PARSER_WORDS: &[&str] = &[
    "invalid type:",
    "invalid value:",
    "missing field `",
    "at line ",
];

/// The first parser's word in `msg`.
pub fn parser_words(msg: &str) -> Option<&'static str> {
    PARSER_WORDS.iter().find(|w| msg.contains(*w)).copied()
}

#[derive(Clone, Debug)]
pub struct Reshaped {
    pub route: String,
    pub path: String,
    pub change: Change,
    /// The keys inside the field's original value: a message may name the needed one of
    /// them (a null `account` is reported as "no readable `name`").
    pub inner: Vec<String>,
}

impl Reshaped {
    /// The fault for the first request of the route.
    pub fn fault(&self) -> Fault {
        Fault::new(
            &self.route,
            FaultKind::Reshape {
                path: self.path.clone(),
                change: self.change,
            },
        )
        .times(1)
    }

    pub fn label(&self) -> String {
        format!("{} {} at {}", self.path, self.change.label(), self.route)
    }

    /// The key the change is about: the field's own, or for an array element its array's.
    pub fn field(&self) -> String {
        let last = field_name(&self.path);
        if last.parse::<usize>().is_ok() {
            let parent = self.path.rsplit_once('/').map(|(p, _)| p).unwrap_or("");
            field_name(parent)
        } else {
            last
        }
    }

    /// The reply is acceptable: success, or (for a field in `needed`) a failure naming it or
    /// a needed field inside it.
    pub fn judge(&self, ok: bool, msg: &str, needed: &[&str]) -> Result<(), String> {
        if let Some(w) = parser_words(msg) {
            return Err(format!("a parser's words ({w}) reached WHMCS: {msg}"));
        }
        if ok {
            return Ok(());
        }
        let field = self.field();
        let inner_needed: Vec<&String> = self
            .inner
            .iter()
            .filter(|k| needed.contains(&k.as_str()))
            .collect();
        if !needed.contains(&field.as_str()) && inner_needed.is_empty() {
            return Err(format!(
                "failed on field `{field}`, which it does not need: {msg}"
            ));
        }
        if !msg.contains(&field) && !inner_needed.iter().any(|k| msg.contains(k.as_str())) {
            return Err(format!("failure does not name the field `{field}`: {msg}"));
        }
        Ok(())
    }
}

/// Every change of every field of the first answer of each route of a clean run (made with
/// `SimHandle::keep_answers(true)`). An element is never removed from a list, nor a whole
/// object from its parent: that is other data, not an odd shape (null stands for both).
pub fn every_reshape(clean: &[RecordedRequest]) -> Vec<Reshaped> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for r in clean {
        if seen.contains(&r.route.as_str()) {
            continue;
        }
        seen.push(&r.route);
        let Ok(answer) = serde_json::from_str::<serde_json::Value>(&r.answer) else {
            continue;
        };
        for path in paths(&answer, MAX_FIELDS) {
            let value = answer.pointer(&path);
            let in_list = path
                .rsplit('/')
                .next()
                .is_some_and(|k| k.parse::<usize>().is_ok());
            let mut inner = Vec::new();
            if let Some(v) = value {
                keys_inside(v, &mut inner);
            }
            for change in Change::ALL {
                let skip = match change {
                    Change::Remove => in_list || value.is_some_and(|v| v.is_object()),
                    // `[]` is PHP's empty object; for a list it is other data (no records), and
                    // for a single value it is one more "another type" (Retype covers those).
                    Change::EmptyList => !value.is_some_and(|v| v.is_object()),
                    Change::Extra => !value.is_some_and(|v| v.is_object()),
                    _ => false,
                };
                if !skip {
                    out.push(Reshaped {
                        route: r.route.clone(),
                        path: path.clone(),
                        change,
                        inner: inner.clone(),
                    });
                }
            }
        }
    }
    out
}

fn keys_inside(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, child) in m {
                out.push(k.clone());
                keys_inside(child, out);
            }
        }
        serde_json::Value::Array(a) => {
            if let Some(first) = a.first() {
                keys_inside(first, out);
            }
        }
        _ => {}
    }
}

/// Runs `cell` (fixture, fault, call, the matrix's own checks; `(success, message)`) once per
/// reshape of `clean`, judges each, and returns how many cells ran.
pub fn check_every(
    op: &str,
    clean: &[RecordedRequest],
    needed: &[&str],
    failures: &mut Vec<String>,
    mut cell: impl FnMut(&Reshaped, &str, &mut Vec<String>) -> (bool, String),
) -> usize {
    let all = every_reshape(clean);
    for c in &all {
        let label = format!("{op} × {}", c.label());
        let (ok, msg) = cell(c, &label, failures);
        if let Err(e) = c.judge(ok, &msg, needed) {
            failures.push(format!("{label}: {e}"));
        }
    }
    eprintln!("{op}: {} reshaped cells", all.len());
    all.len()
}
