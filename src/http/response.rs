//! A panel's answer.

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn content_type(&self) -> &str {
        self.header("content-type").unwrap_or("")
    }

    /// An HTML page where an API answer was expected (nginx error pages, login pages).
    pub fn is_html(&self) -> bool {
        // The first 64 characters (not bytes: a cut inside a UTF-8 character would panic).
        let lower: String = self
            .body
            .trim_start()
            .chars()
            .take(64)
            .collect::<String>()
            .to_ascii_lowercase();
        lower.starts_with("<!doctype html")
            || lower.starts_with("<html")
            || lower.starts_with("<head")
    }

    /// The `<title>` of an HTML page, for messages.
    pub fn html_title(&self) -> Option<String> {
        let lower = self.body.to_ascii_lowercase();
        let start = lower.find("<title>")? + "<title>".len();
        let end = lower[start..].find("</title>")? + start;
        Some(self.body[start..end].trim().to_string()).filter(|t| !t.is_empty())
    }

    /// The body shortened for an error message: one line, at most `max` characters.
    pub fn snippet(&self, max: usize) -> String {
        one_line(&self.body, max)
    }
}

/// Collapses whitespace to one line and cuts it at `max` characters.
pub fn one_line(text: &str, max: usize) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() > max {
        let cut: String = joined.chars().take(max).collect();
        format!("{cut}…")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_html_pages() {
        let r = Response {
            status: 502,
            headers: vec![],
            body: "<html><head><title>502 Bad Gateway</title></head></html>".into(),
        };
        assert!(r.is_html());
        assert_eq!(r.html_title().as_deref(), Some("502 Bad Gateway"));
        assert_eq!(one_line("a\n  b\tc", 3), "a b…");
        // Found by the fuzzer: a multi-byte character across byte 64.
        let r = Response {
            status: 200,
            headers: vec![],
            body: format!("{}é", "x".repeat(63)),
        };
        assert!(!r.is_html());
    }
}
