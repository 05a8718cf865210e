//! Unique names: a base with a numeric suffix that still fits the panel's length limit.

/// `base` + `sep` + `n`, cutting `base` (on a character boundary) so the result is at most
/// `max_len` bytes.
pub fn with_suffix(base: &str, sep: &str, n: u32, max_len: usize) -> String {
    let suffix = format!("{sep}{n}");
    let mut keep = max_len.saturating_sub(suffix.len()).min(base.len());
    while !base.is_char_boundary(keep) {
        keep -= 1;
    }
    format!("{}{suffix}", &base[..keep])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stays_within_the_limit() {
        assert_eq!(with_suffix("alice", "", 2, 30), "alice2");
        assert_eq!(with_suffix("vpn-1", "-", 12, 64), "vpn-1-12");
        assert_eq!(with_suffix(&"a".repeat(30), "", 12, 30).len(), 30);
        assert_eq!(with_suffix("ééé", "", 1, 4), "é1");
    }
}
