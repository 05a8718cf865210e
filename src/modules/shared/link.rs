//! Links a panel hands out (a login session, a one-time download link) go straight into a
//! redirect or a page's `href`: only a plain http(s) URL is taken, never one holding blanks,
//! line breaks, control or direction characters or markup a hostile panel put there.

/// `url` is an absolute http(s) URL made only of characters a URL may hold unencoded.
pub fn is_plain_web_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let Some(rest) = rest else {
        return false;
    };
    !rest.is_empty()
        && !rest.starts_with('/')
        && url.chars().all(|c| {
            c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '\'' | '`' | '\\' | '{' | '}')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_plain_links_only() {
        assert!(is_plain_web_url(
            "https://vpn.example.com:8098/otl/AbC123?x=1&y=%20"
        ));
        assert!(is_plain_web_url(
            "http://127.0.0.1:2087/cpsess1/login/?session=a:b"
        ));
        for bad in [
            "javascript:alert(1)",
            "https://",
            "https:///path",
            "https://x/\nforged",
            "https://x/<script>",
            "https://x/ a",
            "https://x/\u{202e}exe",
            "https://x/\"onmouseover=1",
            "ftp://x/",
        ] {
            assert!(!is_plain_web_url(bad), "{bad:?}");
        }
    }
}
