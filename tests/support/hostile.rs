//! Hostile answers, cell by cell: a function is run once per name-like text of every answer it
//! reads with a tenant's hostile text appended (a newline forging a line, `|`, control
//! characters, HTML with a script, a right-to-left override), once per list with its first
//! record duplicated in front of it (a duplicate name), and once per answer with every number
//! as a string. The matrix's own checks decide whether the panel was left right; here: no
//! parser's words, no panel-provided markup, control character or line break in the message.

use oxide_sim::hostile::HOSTILE_TEXT;
use oxide_sim::reshape::paths;
use oxide_sim::{Fault, FaultKind, RecordedRequest};
use serde_json::{Map, Value as Json};

/// At most this many fields per answer (a listing's first record stands for all).
const MAX_FIELDS: usize = 400;

#[derive(Clone, Debug)]
pub struct HostileCell {
    pub route: String,
    pub label: String,
    pub kind: FaultKind,
}

impl HostileCell {
    /// The fault for the first request of the route.
    pub fn fault(&self) -> Fault {
        Fault::new(&self.route, self.kind.clone()).times(1)
    }
}

/// What in a message shows that panel-provided text went through unfiltered.
pub fn unsafe_in_message(msg: &str) -> Option<&'static str> {
    if msg.contains("<script") || msg.contains("<b onmouseover") {
        return Some("panel HTML");
    }
    if msg.contains('\n') || msg.contains('\r') {
        return Some("a line break");
    }
    if msg.chars().any(|c| {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }) {
        return Some("a control or direction character");
    }
    None
}

/// Every hostile change of the first answer of each route of a clean run (made with
/// `SimHandle::keep_answers(true)`).
pub fn every_hostile(clean: &[RecordedRequest]) -> Vec<HostileCell> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for r in clean {
        if seen.contains(&r.route.as_str()) {
            continue;
        }
        seen.push(&r.route);
        let Ok(answer) = serde_json::from_str::<Json>(&r.answer) else {
            continue;
        };
        let cell = |label: String, kind: FaultKind| HostileCell {
            route: r.route.clone(),
            label: format!("{label} at {}", r.route),
            kind,
        };
        for path in paths(&answer, MAX_FIELDS) {
            match answer.pointer(&path) {
                Some(Json::String(s)) => out.push(cell(
                    format!("{path} with hostile text"),
                    FaultKind::Set {
                        path: path.clone(),
                        value: Json::String(format!("{s}{HOSTILE_TEXT}")),
                    },
                )),
                Some(Json::Array(a)) if !a.is_empty() => out.push(cell(
                    format!("{path} with its first record twice"),
                    FaultKind::Duplicate {
                        path: path.clone(),
                        index: 0,
                        with: Map::new(),
                    },
                )),
                _ => {}
            }
        }
        // Records keyed by name (HestiaCP's `{"alice": {…}}`).
        if answer
            .as_object()
            .is_some_and(|m| m.values().all(Json::is_object))
        {
            out.push(cell(
                "record keys with hostile text".into(),
                FaultKind::Names {
                    keys: vec!["*".into()],
                    text: HOSTILE_TEXT.into(),
                },
            ));
        }
        out.push(cell(
            "numbers as strings".into(),
            FaultKind::NumbersAsStrings,
        ));
    }
    out
}

/// Runs `cell` (fixture, fault, call, the matrix's own checks; `(success, message)`) once per
/// hostile answer of `clean`, checks each message, and returns how many cells ran.
pub fn check_every_hostile(
    op: &str,
    clean: &[RecordedRequest],
    failures: &mut Vec<String>,
    mut cell: impl FnMut(&HostileCell, &str, &mut Vec<String>) -> (bool, String),
) -> usize {
    let all = every_hostile(clean);
    for c in &all {
        let label = format!("{op} × {}", c.label);
        let (_, msg) = cell(c, &label, failures);
        if let Some(w) = super::reshape::parser_words(&msg) {
            failures.push(format!(
                "{label}: a parser's words ({w}) reached WHMCS: {msg}"
            ));
        }
        if let Some(what) = unsafe_in_message(&msg) {
            failures.push(format!("{label}: {what} in the message: {msg:?}"));
        }
    }
    eprintln!("{op}: {} hostile cells", all.len());
    all.len()
}
