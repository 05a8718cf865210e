//! Text placed into HTML that the module builds itself (admin tab fields, panel links):
//! escaped for element content and quoted attributes. Pages with a template escape there.

/// `s` with `& < > " '` as entities, safe in element content and in quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_quotes_become_entities() {
        assert_eq!(escape("<a href='x'>"), "&lt;a href=&#39;x&#39;&gt;");
        assert_eq!(escape("\"&amp;"), "&quot;&amp;amp;");
        assert_eq!(escape("plain ü"), "plain ü");
    }
}
