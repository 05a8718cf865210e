//! The adoption report: structured for scripts, and `lines` for the admin page.

use crate::whmcs::{Array, Value};

use super::check::Checked;
use super::plan::{Plan, ServerAction};
use super::text;

fn list<T: Into<Value>>(items: impl IntoIterator<Item = T>) -> Array {
    let mut a = Array::new();
    for i in items {
        a.push(i);
    }
    a
}

pub fn build(plan: &Plan<'_>, checked: &Checked, applied: bool) -> Array {
    let target = plan.target;
    let mut lines = vec![text::report_title(
        plan.product_id,
        &plan.name,
        &plan.from,
        target.module,
        applied,
    )];
    if plan.naive {
        lines.push(text::naive_switch(target.module, &plan.from));
    }
    lines.extend(plan.blockers.iter().map(|b| text::blocker_line(b)));
    // Decisions first, then the services, then the field-by-field detail.
    let mut settings = Array::new();
    let mut choices = Vec::new();
    let mut detail = Vec::new();
    for s in &plan.settings {
        detail.push(text::setting_line(
            s.position, s.setting, &s.value, &s.from, s.why,
        ));
        settings.push(
            Array::new()
                .with("position", s.position as i64)
                .with("setting", s.setting)
                .with("value", s.value.as_str())
                .with("from", s.from.as_str())
                .with("why", s.why),
        );
        if let Some(old) = s.choice {
            choices.push(text::choice_line(s.setting, &s.value, old));
        }
    }
    detail.extend(plan.dropped.iter().cloned());
    detail.extend(plan.options.iter().cloned());
    lines.extend(choices.iter().cloned());
    let mut servers = Array::new();
    for s in &plan.servers {
        let action = match s.action {
            ServerAction::Keep => text::SERVER_KEEP.to_string(),
            ServerAction::Switch => text::server_switch(target.module),
            ServerAction::Duplicate => text::server_duplicate(target.module),
        };
        lines.push(text::server_line(s.id, &s.name, &s.kind, &action));
        servers.push(
            Array::new()
                .with("id", s.id)
                .with("name", s.name.as_str())
                .with("type", s.kind.as_str())
                .with(
                    "action",
                    match s.action {
                        ServerAction::Keep => "keep",
                        ServerAction::Switch => "switch",
                        ServerAction::Duplicate => "duplicate",
                    },
                ),
        );
    }
    lines.extend(checked.unlisted.iter().cloned());
    let mut services = Array::new();
    let keys = [
        ("found", "found"),
        ("missing", "missing"),
        ("suspended_on_panel_only", "suspended on the panel only"),
        ("suspended_in_whmcs_only", "suspended in WHMCS only"),
        ("other_package", "on another package"),
        ("other_owner", "owned by a reseller"),
        ("not_checked", "not checked"),
    ];
    let mut counts: Vec<usize> = vec![0; keys.len()];
    for c in &checked.services {
        let found: Vec<&str> = c.findings.iter().map(|f| f.key()).collect();
        let texts: Vec<String> = c.findings.iter().map(|f| f.text()).collect();
        let shown = if texts.is_empty() {
            text::FOUND.to_string()
        } else {
            texts.join("; ")
        };
        if found.is_empty() {
            counts[0] += 1;
        }
        for (i, (k, _)) in keys.iter().enumerate() {
            if found.contains(k) {
                counts[i] += 1;
            }
        }
        lines.push(text::service_line(
            c.service.id,
            &c.service.username,
            c.service.server,
            &shown,
        ));
        services.push(
            Array::new()
                .with("id", c.service.id)
                .with("username", c.service.username.as_str())
                .with("server", c.service.server)
                .with("status", c.service.status.as_str())
                .with(
                    "result",
                    if found.is_empty() {
                        list(["found"])
                    } else {
                        list(found.clone())
                    },
                )
                .with("text", shown),
        );
    }
    let mut count_array = Array::new();
    for (i, (k, _)) in keys.iter().enumerate() {
        count_array.set(*k, counts[i] as i64);
    }
    let summary = text::summary(
        checked.services.len(),
        &keys
            .iter()
            .enumerate()
            .map(|(i, (_, label))| (counts[i], *label))
            .collect::<Vec<_>>(),
    );
    lines.push(summary.clone());
    lines.extend(detail);
    lines.push(if applied {
        text::applied(plan.product_id)
    } else {
        text::NOTHING_CHANGED.to_string()
    });
    Array::new()
        .with("success", true)
        .with("applied", applied)
        .with(
            "product",
            Array::new()
                .with("id", plan.product_id)
                .with("name", plan.name.as_str())
                .with("from", plan.from.as_str())
                .with("to", target.module),
        )
        .with("blockers", list(plan.blockers.iter().map(String::as_str)))
        .with("settings", settings)
        .with("dropped", list(plan.dropped.iter().map(String::as_str)))
        .with("choices", list(choices.iter().map(String::as_str)))
        .with("options", list(plan.options.iter().map(String::as_str)))
        .with("servers", servers)
        .with("services", services)
        .with("counts", count_array)
        .with("summary", summary)
        .with("lines", list(lines.iter().map(String::as_str)))
}
