//! v-list-sys-info, v-list-sys-shells and the template lists.

use super::commands::Args;
use super::exec::R;
use super::output::{format_arg, push_json_str, render_list, Format};
use super::HestiaPanel;

/// `{"sysinfo": {"HOSTNAME": …, "HESTIA": "1.10.3", …}}`
pub fn list_sys_info(p: &HestiaPanel, a: Args) -> R {
    let fmt = format_arg(a.get(1))?;
    let st = p.lock();
    let keys = [
        "HOSTNAME",
        "OS",
        "VERSION",
        "ARCH",
        "HESTIA",
        "RELEASE",
        "UPTIME",
        "LOADAVERAGE",
    ];
    let get = |k: &str| st.sysinfo.get(k).cloned().unwrap_or_default();
    Ok(match fmt {
        Format::Json => {
            let mut out = String::from("{\n    \"sysinfo\": {\n");
            for (i, k) in keys.iter().enumerate() {
                out.push_str("        ");
                push_json_str(&mut out, k);
                out.push_str(": ");
                push_json_str(&mut out, &get(k));
                out.push_str(if i + 1 < keys.len() { ",\n" } else { "\n" });
            }
            out.push_str("        }\n}");
            out
        }
        Format::Plain => keys.iter().map(|k| get(k)).collect::<Vec<_>>().join("\t"),
        Format::Csv => format!(
            "{}\n{}",
            keys.join(","),
            keys.iter()
                .map(|k| format!("\"{}\"", get(k)))
                .collect::<Vec<_>>()
                .join(",")
        ),
        Format::Shell => keys
            .iter()
            .map(|k| format!("{:<12}{}", format!("{k}:"), get(k)))
            .collect::<Vec<_>>()
            .join("\n"),
    })
}

/// Shell names: basenames of /etc/shells, sorted, unique.
pub fn shell_names(shells: &[String]) -> Vec<String> {
    let mut v: Vec<String> = shells
        .iter()
        .filter(|l| !l.contains('#'))
        .map(|l| l.rsplit('/').next().unwrap_or("").to_string())
        .filter(|s| !s.is_empty())
        .collect();
    v.sort();
    v.dedup();
    v
}

pub fn list_shells(p: &HestiaPanel, a: Args) -> R {
    let fmt = format_arg(a.get(1))?;
    let names = shell_names(&p.lock().shells);
    Ok(render_list(fmt, &names))
}

fn templates(p: &HestiaPanel, a: Args, pick: fn(&super::state::State) -> &Vec<String>) -> R {
    let fmt = format_arg(a.get(1))?;
    let st = p.lock();
    Ok(render_list(fmt, pick(&st)))
}

pub fn list_web_templates(p: &HestiaPanel, a: Args) -> R {
    templates(p, a, |s| &s.web_templates)
}
pub fn list_backend_templates(p: &HestiaPanel, a: Args) -> R {
    templates(p, a, |s| &s.backend_templates)
}
pub fn list_proxy_templates(p: &HestiaPanel, a: Args) -> R {
    templates(p, a, |s| &s.proxy_templates)
}
pub fn list_dns_templates(p: &HestiaPanel, a: Args) -> R {
    templates(p, a, |s| &s.dns_templates)
}
