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
    .into_iter()
    .chain(hostile_gateways())
    .collect()
}

/// What answers instead of the panel when something in front of it (a gateway, another app on
/// the port, a captive login) or a hostile panel does: JSON and HTML 404/502, redirects to
/// another host, port or scheme (never followed), an answer too big to hold and one without end.
/// None of them may count as success for what the panel did not do.
pub fn hostile_gateways() -> Vec<(&'static str, FaultKind)> {
    vec![
        (
            "gateway JSON 404",
            FaultKind::Json {
                status: 404,
                body: serde_json::json!({"error": "Not Found", "message": "client not found"}),
            },
        ),
        (
            "gateway JSON 502",
            FaultKind::Json {
                status: 502,
                body: serde_json::json!({"message": "Bad Gateway"}),
            },
        ),
        ("gateway HTML 404", FaultKind::Html { status: 404 }),
        (
            "redirect to plain HTTP on another port",
            FaultKind::Redirect {
                status: 307,
                location: "http://127.0.0.1:9/api/".into(),
            },
        ),
        (
            "redirect to another host",
            FaultKind::Redirect {
                status: 302,
                location: "https://login.example.invalid/?next=/".into(),
            },
        ),
        (
            "oversized answer",
            FaultKind::Oversized {
                bytes: 17 * 1024 * 1024,
            },
        ),
        (
            "endless answer",
            FaultKind::Endless {
                every_ms: 0,
                max_secs: 10,
            },
        ),
    ]
}
