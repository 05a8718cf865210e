//! Secret values: collected per call, masked in logs and scrubbed from messages.

/// Adds a secret to mask. Every non-empty value counts, however short: a weak password is still
/// a password, and WHMCS masks exactly what it is given.
pub fn push(out: &mut Vec<String>, secret: &str) {
    if !secret.is_empty() && !out.iter().any(|s| s == secret) {
        out.push(secret.to_string());
    }
}

/// Replaces every secret in `text` with asterisks of the same length (WHMCS's own masking).
/// Longer secrets first, so one that contains another is masked whole.
pub fn scrub(text: &str, secrets: &[String]) -> String {
    let mut sorted: Vec<&String> = secrets.iter().filter(|s| !s.is_empty()).collect();
    sorted.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let mut out = text.to_string();
    for s in sorted {
        if out.contains(s.as_str()) {
            out = out.replace(s.as_str(), &"*".repeat(s.chars().count()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubs_longest_first() {
        let secrets = vec!["abcd".to_string(), "abcdefgh".to_string()];
        assert_eq!(scrub("x abcdefgh abcd", &secrets), "x ******** ****");
        let mut v = Vec::new();
        push(&mut v, "");
        push(&mut v, "pw");
        push(&mut v, "pw");
        assert_eq!(v, vec!["pw".to_string()]);
    }
}
