//! E-mail addresses as a mail server accepts them for delivery (no quoted local parts, no IP
//! literals): the client's contact and the consolidated-report recipients.

pub fn is_valid(address: &str) -> bool {
    let Some((local, domain)) = address.rsplit_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    local_ok && domain_ok
}

/// A comma-separated recipient list, each address checked; `Err` names the bad one.
pub fn parse_list(text: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for raw in text.split([',', ';']) {
        let a = raw.trim();
        if a.is_empty() {
            continue;
        }
        if !is_valid(a) {
            return Err(format!("`{a}` is not a valid e-mail address"));
        }
        if !out.iter().any(|o| o.eq_ignore_ascii_case(a)) {
            out.push(a.to_string());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_addresses() {
        for ok in [
            "a@b.co",
            "first.last+tag@mail.example.com",
            "o'neil@x-y.org",
        ] {
            assert!(is_valid(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "a@",
            "@b.com",
            "a@b",
            "a@b.c",
            "a..b@c.com",
            "a b@c.com",
            "a@-b.com",
            "a@b.com.",
            "a@1.2",
        ] {
            assert!(!is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn parses_lists() {
        assert_eq!(
            parse_list(" a@b.co, c@d.org ,, A@B.co").unwrap(),
            vec!["a@b.co".to_string(), "c@d.org".to_string()]
        );
        assert!(parse_list("a@b.co, nope").unwrap_err().contains("nope"));
        assert!(parse_list("").unwrap().is_empty());
    }
}
