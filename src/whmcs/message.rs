//! A failure message can quote what a panel or a client chose (a package name, a panel's own
//! error text). WHMCS shows it in admin and client pages, the activity log and e-mails, as one
//! line of text: so it leaves here as one line, with control and text-direction characters shown
//! as escapes (a right-to-left override cannot disguise it) and the `<` that would open a tag
//! as a look-alike (markup a hostile panel sent cannot act in a page that does not escape it;
//! our own "1024 MB < 3000 MB used" stays as it is).

/// `message` as WHMCS may show it anywhere.
pub fn plain(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        let opens_tag = c == '<'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?'));
        match c {
            '\r' | '\n' | '\t' => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            '<' if opens_tag => out.push('‹'),
            c if c.is_control() || is_direction_mark(c) => {
                out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out
}

fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_without_markup_or_hidden_characters() {
        assert_eq!(
            plain("package `a\nforged|755`\t<script>x</script>\u{1}\u{202e}exe"),
            "package `a forged|755` ‹script>x‹/script>\\u{1}\\u{202e}exe"
        );
        assert_eq!(
            plain("CreateAccount failed: HTTP 500"),
            "CreateAccount failed: HTTP 500"
        );
        assert_eq!(plain("Größe: 5 €"), "Größe: 5 €");
        assert_eq!(
            plain("Disk 1024 MB < 3000 MB used"),
            "Disk 1024 MB < 3000 MB used"
        );
        assert_eq!(plain("<!-- x --><?php"), "‹!-- x -->‹?php");
    }
}
