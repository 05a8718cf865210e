//! Secret values: collected per call, masked in logs and scrubbed from messages — in every
//! form they can take there ([`forms`]). [`masking_list`] is the one place that expands them:
//! the module log's `replaceVars` and message scrubbing both use it.

pub mod forms;

pub use forms::forms;

/// Adds a secret to mask. Every non-empty value counts, however short: a weak password is still
/// a password, and WHMCS masks exactly what it is given.
pub fn push(out: &mut Vec<String>, secret: &str) {
    if !secret.is_empty() && !out.iter().any(|s| s == secret) {
        out.push(secret.to_string());
    }
}

/// Every form of every secret, longest first, so one that contains another is masked whole:
/// the list handed to WHMCS as `replaceVars` (which masks in the order given).
pub fn masking_list(secrets: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for s in secrets {
        for form in forms(s) {
            push(&mut out, &form);
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// Replaces every secret, in every form, in `text` with asterisks of the same length (WHMCS's
/// own masking).
pub fn scrub(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_string();
    for s in masking_list(secrets) {
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

    #[test]
    fn scrub_masks_every_encoding() {
        let secrets = vec!["Pa\"ss\\word/9".to_string()];
        let logged =
            r#"{"password":"Pa\"ss\\word\/9"} password=Pa%22ss%5Cword%2F9 Pa&quot;ss\word/9"#;
        let out = scrub(logged, &secrets);
        assert!(!out.contains("Pa"), "{out}");
        let list = masking_list(&secrets);
        assert!(list.windows(2).all(|w| w[0].len() >= w[1].len()));
    }
}
