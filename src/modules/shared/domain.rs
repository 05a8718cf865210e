//! Domain names as panels accept them: lowercase ASCII (punycode), no `www.`, no trailing dot.

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("domain `{given}` {reason}")]
pub struct DomainError {
    pub given: String,
    pub reason: &'static str,
}

/// Normalises a domain the way HestiaCP does before validating it: lowercased, a leading
/// `www.` and trailing dots removed, IDN converted to punycode.
pub fn normalize(given: &str) -> Result<String, DomainError> {
    let err = |reason| DomainError {
        given: given.to_string(),
        reason,
    };
    let raw = given.trim();
    if raw.is_empty() {
        return Err(err("is empty"));
    }
    if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(err("contains whitespace"));
    }
    if raw
        .chars()
        .any(|c| "[]!@#$^&*()+={},<>?_/\\\"|'`;%:~".contains(c))
    {
        return Err(err("contains characters a domain cannot have"));
    }
    let lowered = raw.to_lowercase();
    let trimmed = lowered.trim_end_matches('.');
    let without_www = trimmed.strip_prefix("www.").unwrap_or(trimmed);
    if without_www == "www" || without_www.is_empty() {
        return Err(err("is only `www`"));
    }
    let ascii = idna::domain_to_ascii(without_www)
        .map_err(|_| err("is not a valid internationalised name"))?;
    if ascii.parse::<std::net::Ipv4Addr>().is_ok() || ascii.parse::<std::net::Ipv6Addr>().is_ok() {
        return Err(err("is an IP address, not a domain"));
    }
    if ascii.contains("..") {
        return Err(err("has an empty label (`..`)"));
    }
    if ascii.starts_with(['-', '.']) || ascii.ends_with('-') {
        return Err(err("starts or ends with `-` or `.`"));
    }
    if !ascii.contains('.') {
        return Err(err("has no top-level domain"));
    }
    if ascii.len() > 253 || ascii.split('.').any(|l| l.is_empty() || l.len() > 63) {
        return Err(err("is too long"));
    }
    if ascii
        .split('.')
        .any(|l| l.starts_with('-') || l.ends_with('-'))
    {
        return Err(err("has a label starting or ending with `-`"));
    }
    if ascii.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(err("is all digits"));
    }
    if !ascii
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    {
        return Err(err("contains characters a domain cannot have"));
    }
    Ok(ascii)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_like_the_panel() {
        assert_eq!(normalize("WWW.Example.COM.").unwrap(), "example.com");
        assert_eq!(
            normalize("bücher.example").unwrap(),
            "xn--bcher-kva.example"
        );
        assert_eq!(normalize("www.münchen.de").unwrap(), "xn--mnchen-3ya.de");
    }

    #[test]
    fn refuses_what_the_panel_refuses() {
        for bad in [
            "",
            "www",
            "10.0.0.1",
            "::1",
            "a..b.com",
            "-a.com",
            "a-.com",
            "a b.com",
            "a_b.com",
            "x;rm -rf.com",
            "a/b.com",
            "localhost",
            "123.456",
            "example.com$(id)",
        ] {
            assert!(normalize(bad).is_err(), "{bad} accepted");
        }
    }
}
