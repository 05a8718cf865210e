//! A value someone else chose (a client's file name, a panel's answer) as one inert piece of a
//! log line or page: it cannot start a new log line, hide or reorder text, or become markup.

/// `raw` with line breaks and other control characters as `\n`, `\r`, `\t` or `\u{…}`,
/// invisible direction and formatting marks (right-to-left override, isolates, zero-width
/// characters) as `\u{…}`, `< > & " '` as HTML entities, and at most `max` characters kept
/// (then `…`).
pub fn inert(raw: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in raw.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() || hidden(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Characters that change how the text around them is shown without showing themselves.
fn hidden(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_stay_one_inert_piece() {
        assert_eq!(inert("docs/a.txt", 100), "docs/a.txt");
        assert_eq!(inert("x\nd|755|lnk\r\u{7}", 100), "x\\nd|755|lnk\\r\\u{7}");
        assert_eq!(
            inert("<img src=x onerror='a()'>&", 100),
            "&lt;img src=x onerror=&#39;a()&#39;&gt;&amp;"
        );
        assert_eq!(
            inert("invoice\u{202E}fdp.exe", 100),
            "invoice\\u{202e}fdp.exe"
        );
        assert_eq!(inert("a\u{2066}b\u{200B}", 100), "a\\u{2066}b\\u{200b}");
        assert_eq!(inert("ééééé", 3), "ééé…");
    }
}
