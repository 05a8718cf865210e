//! Every form in which a secret can reach a log or a page. A value is masked by exact match,
//! so a password that went through `json_encode`, a form body, `htmlspecialchars` or an HTTP
//! Basic header must be masked in that form too (`Pa"ss` is `Pa\"ss` in a JSON log line).

/// The secret and its encodings: JSON string content (serde's and PHP's `json_encode`, with
/// `\/` and `\uXXXX`, and JSON inside JSON), URL/form encodings (`+` and `%20` for a space,
/// PHP's and JavaScript's reserved sets), HTML escaping (`&#39;`, `&#039;`, `&apos;` or quotes
/// left alone) and standard base64. Duplicates removed, raw form first.
pub fn forms(secret: &str) -> Vec<String> {
    let mut out = Vec::new();
    if secret.is_empty() {
        return out;
    }
    let mut add = |s: String| {
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    };
    add(secret.to_string());
    for slash in [false, true] {
        for ascii in [false, true] {
            let once = json(secret, slash, ascii);
            add(json(&once, slash, ascii));
            add(once);
        }
    }
    for (keep, space_plus) in URL_STYLES {
        let encoded = percent(secret, keep, *space_plus);
        // cPanel writes `%3a`: the same escapes in lower case.
        add(lower_hex(&encoded));
        add(encoded);
    }
    for quote in ["&#39;", "&#039;", "&apos;"] {
        add(html(secret, Some(quote)));
    }
    add(html(secret, None));
    add(crate::http::basic_auth::base64(secret.as_bytes()));
    out
}

/// The content of a JSON string literal holding `s`; `slash` escapes `/` as PHP does,
/// `ascii` writes non-ASCII as `\uXXXX` (PHP's default, UTF-16 surrogate pairs).
fn json(s: &str, slash: bool, ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' if slash => out.push_str("\\/"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && !c.is_ascii()) => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// Characters left as they are by each URL encoder, besides ASCII letters and digits, and
/// whether it writes a space as `+`: WHATWG/reqwest forms, PHP `urlencode`, PHP `rawurlencode`
/// (RFC 3986), JavaScript `encodeURIComponent`.
const URL_STYLES: &[(&str, bool)] = &[
    ("*-._", true),
    ("-._", true),
    ("-._~", false),
    ("-_.!~*'()", false),
];

fn percent(s: &str, keep: &str, space_plus: bool) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        match b {
            b' ' if space_plus => out.push('+'),
            b if b.is_ascii_alphanumeric() || keep.as_bytes().contains(&b) => out.push(b as char),
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// `%3A` → `%3a`, leaving everything else as it is.
fn lower_hex(encoded: &str) -> String {
    let mut out = String::with_capacity(encoded.len());
    let mut left = 0;
    for c in encoded.chars() {
        if c == '%' {
            left = 2;
            out.push(c);
        } else if left > 0 {
            left -= 1;
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// HTML escaping of `& < > "` and `'` as `quote` (`None`: quotes left as they are).
fn html(s: &str, quote: Option<&str>) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match (c, quote) {
            ('&', _) => out.push_str("&amp;"),
            ('<', _) => out.push_str("&lt;"),
            ('>', _) => out.push_str("&gt;"),
            ('"', Some(_)) => out.push_str("&quot;"),
            ('\'', Some(q)) => out.push_str(q),
            (c, _) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NASTY: &str = "Pa\"ss\\word/9 &+%=<é";

    #[test]
    fn every_encoding_of_a_nasty_secret() {
        let f = forms(NASTY);
        for expected in [
            NASTY,
            // serde_json / JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE
            "Pa\\\"ss\\\\word/9 &+%=<é",
            // PHP json_encode defaults
            "Pa\\\"ss\\\\word\\/9 &+%=<\\u00e9",
            // form body (reqwest, PHP urlencode)
            "Pa%22ss%5Cword%2F9+%26%2B%25%3D%3C%C3%A9",
            // rawurlencode
            "Pa%22ss%5Cword%2F9%20%26%2B%25%3D%3C%C3%A9",
            "Pa%22ss%5cword%2f9%20%26%2b%25%3d%3c%c3%a9",
            // htmlspecialchars
            "Pa&quot;ss\\word/9 &amp;+%=&lt;é",
            // base64
            "UGEic3Ncd29yZC85ICYrJT08w6k=",
        ] {
            assert!(f.contains(&expected.to_string()), "{expected} not in {f:?}");
        }
        // JSON inside JSON (a logged JSON document that holds JSON text).
        assert!(f.contains(&"Pa\\\\\\\"ss\\\\\\\\word/9 &+%=<é".to_string()));
    }

    #[test]
    fn plain_secret_has_few_forms_and_empty_none() {
        assert!(forms("").is_empty());
        let f = forms("abcDEF123");
        assert_eq!(f, vec!["abcDEF123".to_string(), "YWJjREVGMTIz".to_string()]);
        let astral = forms("k😀");
        assert!(
            astral.contains(&"k\\ud83d\\ude00".to_string()),
            "{astral:?}"
        );
    }
}
