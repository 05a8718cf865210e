//! Every fault the simulators inject, named for the fault-matrix messages.

use oxide_sim::FaultKind;

/// The faults of a matrix cell. Timeouts hold for 2.5 s against a client timeout of 1 s.
pub fn every_fault() -> Vec<(&'static str, FaultKind)> {
    vec![
        ("refused", FaultKind::Refuse),
        ("reset mid-body", FaultKind::ResetMidBody),
        ("truncated", FaultKind::Truncate),
        ("timeout", FaultKind::Timeout { ms: 2500 }),
        (
            "timeout after the panel acted",
            FaultKind::TimeoutAfter { ms: 2500 },
        ),
        (
            "HTTP 500",
            FaultKind::Status {
                status: 500,
                body: "Internal Server Error".into(),
            },
        ),
        ("HTML error page", FaultKind::Html { status: 502 }),
        ("malformed JSON", FaultKind::Malformed),
        ("wrong content type", FaultKind::ContentType),
        ("auth failure", FaultKind::Auth),
    ]
}
