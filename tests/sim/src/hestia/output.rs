//! Output formats of the `v-list-*` scripts. JSON is hand-written by Hestia's bash: every
//! value is a string and an empty list is `{` newline `}`.

use super::exec::{code, fail, Fail};

/// The FORMAT argument (`is_type_valid 'plain json shell csv'`); default shell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Format {
    Json,
    Plain,
    Shell,
    Csv,
}

pub fn format_arg(arg: Option<&str>) -> Result<Format, Fail> {
    match arg {
        None | Some("") | Some("shell") => Ok(Format::Shell),
        Some("json") => Ok(Format::Json),
        Some("plain") => Ok(Format::Plain),
        Some("csv") => Ok(Format::Csv),
        Some(other) => fail(code::E_INVALID, format!("{other} type is invalid")),
    }
}

/// Append `s` as a JSON string literal.
pub fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    if !s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        out.push_str(s);
        out.push('"');
        return;
    }
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// One `"KEY": "VALUE"` object body at Hestia's indentation.
pub fn push_object(out: &mut String, fields: &[(&str, &str)]) {
    out.push_str("{\n");
    for (i, (k, v)) in fields.iter().enumerate() {
        out.push_str("        ");
        push_json_str(out, k);
        out.push_str(": ");
        push_json_str(out, v);
        if i + 1 < fields.len() {
            out.push(',');
        }
        out.push('\n');
    }
    out.push_str("    }");
}

/// `{"name": {...}, ...}` — `{\n}` when empty.
pub fn json_map<'a, I>(entries: I) -> String
where
    I: IntoIterator<Item = (&'a str, Vec<(&'a str, &'a str)>)>,
{
    let mut out = String::from("{\n");
    let mut first = true;
    for (name, fields) in entries {
        if !first {
            out.push_str(",\n");
        }
        first = false;
        out.push_str("    ");
        push_json_str(&mut out, name);
        out.push_str(": ");
        push_object(&mut out, &fields);
    }
    if !first {
        out.push('\n');
    }
    out.push('}');
    out
}

/// A JSON array of strings, as v-list-sys-shells / v-list-*-templates print it.
pub fn json_list(items: &[String]) -> String {
    let mut out = String::from("[\n");
    for (i, it) in items.iter().enumerate() {
        out.push('\t');
        push_json_str(&mut out, it);
        if i + 1 < items.len() {
            out.push(',');
        }
        out.push('\n');
    }
    out.push(']');
    out
}

/// Non-JSON formats for object lists: plain (tab separated), csv, shell (KEY: VALUE blocks).
pub fn text_map<'a, I>(fmt: Format, entries: I) -> String
where
    I: IntoIterator<Item = (&'a str, Vec<(&'a str, &'a str)>)>,
{
    let mut out = String::new();
    let mut header_done = false;
    for (name, fields) in entries {
        match fmt {
            Format::Plain => {
                out.push_str(name);
                for (_, v) in &fields {
                    out.push('\t');
                    out.push_str(v);
                }
                out.push('\n');
            }
            Format::Csv => {
                if !header_done {
                    out.push_str("NAME");
                    for (k, _) in &fields {
                        out.push(',');
                        out.push_str(k);
                    }
                    out.push('\n');
                    header_done = true;
                }
                out.push_str(name);
                for (_, v) in &fields {
                    out.push_str(",\"");
                    out.push_str(v);
                    out.push('"');
                }
                out.push('\n');
            }
            _ => {
                for (k, v) in &fields {
                    out.push_str(&format!("{:<20}{}\n", format!("{k}:"), v));
                }
                out.push('\n');
            }
        }
    }
    out
}

/// A listing in the requested format.
pub fn render_map<'a, I>(fmt: Format, entries: I) -> String
where
    I: IntoIterator<Item = (&'a str, Vec<(&'a str, &'a str)>)>,
{
    match fmt {
        Format::Json => json_map(entries),
        other => text_map(other, entries),
    }
}

/// A string list in the requested format.
pub fn render_list(fmt: Format, items: &[String]) -> String {
    match fmt {
        Format::Json => json_list(items),
        _ => items.join("\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_map_is_brace_newline_brace() {
        assert_eq!(json_map(Vec::new()), "{\n}");
    }

    #[test]
    fn map_parses_with_string_values() {
        let s = json_map(vec![
            ("a", vec![("K", "1"), ("Q", "x\"y")]),
            ("b", vec![("K", "unlimited")]),
        ]);
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["a"]["K"], "1");
        assert_eq!(v["a"]["Q"], "x\"y");
        assert_eq!(v["b"]["K"], "unlimited");
    }
}
