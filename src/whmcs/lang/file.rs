//! WHMCS's language-file format, read without running PHP: `$_LANG['key'] = 'text';`.
//!
//! Only literal assignments count (single- or double-quoted strings, joined with `.`);
//! anything else — `<?php`, comments, the `if (!defined("WHMCS")) die(…);` guard — is
//! skipped statement by statement. So an admin's override file can never run code inside a
//! module call, and a broken statement costs that statement only.

use std::collections::BTreeMap;

/// The strings a language file assigns, in key order.
pub fn parse(src: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut p = Parser {
        s: src.as_bytes(),
        i: 0,
    };
    while p.i < p.s.len() {
        let start = p.i;
        if let Some((k, v)) = p.assignment() {
            out.insert(k, v);
        } else {
            p.i = start;
            p.skip_statement();
        }
    }
    out
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, text: &str) -> bool {
        if self.s[self.i..].starts_with(text.as_bytes()) {
            self.i += text.len();
            true
        } else {
            false
        }
    }

    /// Whitespace, comments and the `<?php` / `?>` tags.
    fn blank(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_ascii_whitespace() => self.i += 1,
                Some(b'#') => self.line_comment(),
                Some(b'/') if self.s.get(self.i + 1) == Some(&b'/') => self.line_comment(),
                Some(b'/') if self.s.get(self.i + 1) == Some(&b'*') => {
                    self.i += 2;
                    while self.i < self.s.len() && !self.eat("*/") {
                        self.i += 1;
                    }
                }
                _ if self.eat("<?php") || self.eat("?>") => {}
                _ => return,
            }
        }
    }

    fn line_comment(&mut self) {
        while let Some(c) = self.peek() {
            self.i += 1;
            if c == b'\n' {
                return;
            }
        }
    }

    /// `$_LANG['key'] = 'a' . "b";`
    fn assignment(&mut self) -> Option<(String, String)> {
        self.blank();
        if !self.eat("$_LANG") {
            return None;
        }
        self.blank();
        if !self.eat("[") {
            return None;
        }
        self.blank();
        let key = self.string()?;
        self.blank();
        if !self.eat("]") {
            return None;
        }
        self.blank();
        if !self.eat("=") {
            return None;
        }
        let mut value = String::new();
        loop {
            self.blank();
            value.push_str(&self.string()?);
            self.blank();
            if self.eat(";") {
                return Some((key, value));
            }
            if !self.eat(".") {
                return None;
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        let quote = self.peek()?;
        if quote != b'\'' && quote != b'"' {
            return None;
        }
        self.i += 1;
        let mut out = Vec::new();
        while let Some(c) = self.peek() {
            self.i += 1;
            if c == quote {
                return String::from_utf8(out).ok();
            }
            if c != b'\\' {
                out.push(c);
                continue;
            }
            let next = self.peek()?;
            let unescaped = match (quote, next) {
                (_, b'\\') => Some(b'\\'),
                (q, n) if n == q => Some(q),
                (b'"', b'n') => Some(b'\n'),
                (b'"', b't') => Some(b'\t'),
                (b'"', b'$') => Some(b'$'),
                _ => None,
            };
            match unescaped {
                Some(u) => {
                    out.push(u);
                    self.i += 1;
                }
                // PHP keeps an unknown escape as written.
                None => out.push(b'\\'),
            }
        }
        None
    }

    /// Past the next `;`, `{` or `}` outside a string (or to the end): a block's braces end a
    /// statement too, so the assignment after `if (…) { die(…); }` is read.
    fn skip_statement(&mut self) {
        while let Some(c) = self.peek() {
            match c {
                b'{' | b'}' => {
                    self.i += 1;
                    return;
                }
                b'\'' | b'"' => {
                    if self.string().is_none() {
                        self.i = self.s.len();
                    }
                }
                b';' => {
                    self.i += 1;
                    return;
                }
                b'#' => self.line_comment(),
                b'/' if matches!(self.s.get(self.i + 1), Some(b'/') | Some(b'*')) => self.blank(),
                _ => self.i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_literal_assignments_and_skips_the_rest() {
        let src = r#"<?php
if (!defined("WHMCS")) die("This file cannot be accessed directly");
// a comment with $_LANG['no'] = 'x';
/* block $_LANG['no2'] = 'y'; */
$_LANG['a'] = 'It\'s a \\ test \n';
$_LANG["b"] = "Line\nTab\t\$x \"q\"";
$_LANG['c'] = 'one ' . "two";   # trailing
$_LANG['d'] = strtoupper('no');
$_LANG['e'] = 'ä; ü';
system('rm -rf /');
"#;
        let m = parse(src);
        assert_eq!(m["a"], "It's a \\ test \\n");
        assert_eq!(m["b"], "Line\nTab\t$x \"q\"");
        assert_eq!(m["c"], "one two");
        assert_eq!(m["e"], "ä; ü");
        assert!(!m.contains_key("d") && !m.contains_key("no") && !m.contains_key("no2"));
        assert_eq!(m.len(), 4);
    }

    /// The guard every file starts with (a block) must not swallow the first string.
    #[test]
    fn the_assignment_after_a_block_is_read() {
        let m =
            parse("<?php\nif (!defined('WHMCS')) {\n    die('no');\n}\n\n$_LANG['first'] = ',';\n");
        assert_eq!(m.get("first").map(String::as_str), Some(","));
    }

    #[test]
    fn an_unclosed_string_ends_the_file_without_panicking() {
        let m = parse("$_LANG['a'] = 'ok';\n$_LANG['b'] = 'open\n");
        assert_eq!(m.len(), 1);
        assert!(parse("'").is_empty());
        assert!(parse("$_LANG[").is_empty());
    }
}
