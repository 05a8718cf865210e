//! The format validators of func/main.sh (`is_format_valid` and friends) and
//! `format_domain`. Error texts are Hestia's (`invalid user format :: X`).

use std::net::Ipv4Addr;

use super::exec::{code::E_INVALID, fail, Fail};

type V = Result<(), Fail>;

fn alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// `^[[:alnum:]][-|\.|_[:alnum:]]{0,N}[[:alnum:]]$` with `middle` as the allowed middle set.
fn shaped(v: &str, max_middle: usize, first: fn(char) -> bool, middle: fn(char) -> bool) -> bool {
    let chars: Vec<char> = v.chars().collect();
    if chars.len() < 2 || chars.len() > max_middle + 2 {
        return false;
    }
    let last = chars[chars.len() - 1];
    first(chars[0]) && alnum(last) && chars[1..chars.len() - 1].iter().all(|c| middle(*c))
}

/// `is_user_format_valid` (USER arguments). `new_user` adds v-add-user's stricter rule.
pub fn user(v: &str, name: &str, new_user: bool) -> V {
    let bad = || fail(E_INVALID, format!("invalid {name} format :: {v}"));
    if v.chars().count() == 1 {
        if !v.chars().all(alnum) {
            return bad();
        }
    } else if !shaped(v, 28, alnum, |c| {
        alnum(c) || matches!(c, '-' | '|' | '.' | '_')
    }) {
        return bad();
    }
    if !v.is_ascii() {
        return bad();
    }
    if new_user
        && !shaped(
            v,
            28,
            |c| c.is_ascii_alphabetic(),
            |c| alnum(c) || matches!(c, '-' | '|' | '_'),
        )
    {
        return bad();
    }
    Ok(())
}

/// `is_email_format_valid`
pub fn email(v: &str) -> V {
    let bad = || fail(E_INVALID, format!("invalid email format :: {v}"));
    let Some((local, domain)) = v.split_once('@') else {
        return bad();
    };
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| alnum(c) || matches!(c, '.' | '_' | '%' | '+' | '-'));
    // `[[:alnum:].-]+\.TLD` — greedy, so the TLD is after the last dot.
    let Some((host, tld)) = domain.rsplit_once('.') else {
        return bad();
    };
    let host_ok = !host.is_empty() && host.chars().all(|c| alnum(c) || c == '.' || c == '-');
    let tld_ok = (2..=63).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic());
    // `…\.(xn--)[[:alnum:]]{2,63}$`
    let idn_tld_ok = tld
        .strip_prefix("xn--")
        .map(|t| (2..=63).contains(&t.len()) && t.chars().all(alnum))
        .unwrap_or(false);
    if local_ok && host_ok && (tld_ok || idn_tld_ok) {
        Ok(())
    } else {
        bad()
    }
}

/// `is_object_format_valid` (package, template …): `^[[:alnum:]][-|\._[:alnum:]]{0,64}[[:alnum:]]$`
pub fn object(v: &str, name: &str) -> V {
    if shaped(v, 64, alnum, |c| {
        alnum(c) || matches!(c, '-' | '|' | '.' | '_')
    }) {
        Ok(())
    } else {
        fail(E_INVALID, format!("invalid {name} format :: {v}"))
    }
}

/// `is_name_format_valid`
pub fn name(v: &str) -> V {
    if v.contains(['\'', '"', '<', '>']) {
        return fail(
            E_INVALID,
            format!("Invalid name contains qoutes (\" or ') :: {v}"),
        );
    }
    no_new_line(v)
}

/// `is_no_new_line_format`
pub fn no_new_line(v: &str) -> V {
    if v.contains('\n') {
        fail(E_INVALID, format!("invalid value :: {v}"))
    } else {
        Ok(())
    }
}

/// `is_domain_format_valid` (object name defaults to "domain").
pub fn domain(v: &str, object_name: &str) -> V {
    let excluded = |c: char| "[]!@#$^&*()+={},<>?_/\\\"|'`;%".contains(c) || c.is_whitespace();
    if v.chars().any(excluded)
        || (!v.is_empty() && v.chars().all(|c| c.is_ascii_digit()))
        || v.contains("..")
        || v.starts_with('-')
        || v.ends_with('-')
        || v.starts_with('.')
        || v.ends_with('.')
        || v.contains(".-")
        || v.contains("-.")
        || v == "www"
    {
        return fail(E_INVALID, format!("invalid {object_name} format :: {v}"));
    }
    no_new_line(v)
}

/// `is_alias_format_valid` (comma list).
pub fn aliases(v: &str) -> V {
    for a in v.split([',', ' ']).filter(|s| !s.is_empty()) {
        let excluded = |c: char| "[]!@#$^&()+={},<>?_/\\\"|'`;%".contains(c) || c.is_whitespace();
        let bad = a.chars().any(excluded)
            || a.contains("..")
            || a.starts_with('-')
            || a.ends_with('-')
            || a.starts_with('.')
            || a.ends_with('.')
            || a.contains(".-")
            || a.contains("-.")
            || (a.contains('*') && !a.starts_with("*."));
        if bad {
            return fail(E_INVALID, format!("invalid alias format :: {a}"));
        }
    }
    Ok(())
}

/// PHP `filter_var($ip, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4)`: dotted quad, no leading zeros.
pub fn is_ipv4(v: &str) -> bool {
    let parts: Vec<&str> = v.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 3
                && p.chars().all(|c| c.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
                && p.parse::<u16>().map(|n| n <= 255).unwrap_or(false)
        })
        && v.parse::<Ipv4Addr>().is_ok()
}

/// `is_ip_format_valid`
pub fn ip(v: &str) -> V {
    if is_ipv4(v) {
        Ok(())
    } else {
        fail(E_INVALID, format!("invalid ip :: {v}"))
    }
}

/// `is_boolean_format_valid`
pub fn boolean(v: &str, name: &str) -> V {
    if v == "yes" || v == "no" {
        Ok(())
    } else {
        fail(E_INVALID, format!("invalid {name} format :: {v}"))
    }
}

/// `is_restart_format_valid`
pub fn restart(v: &str) -> V {
    if v.is_empty() || ["yes", "no", "ssl", "reload", "updatessl", "scheduled"].contains(&v) {
        Ok(())
    } else {
        fail(E_INVALID, format!("invalid restart format :: {v}"))
    }
}

/// `is_int_format_valid` / `is_number_format_valid`
pub fn int(v: &str, name: &str) -> V {
    if !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()) {
        Ok(())
    } else {
        fail(E_INVALID, format!("invalid {name} format :: {v}"))
    }
}

/// `is_extention_format_valid` (PROXY_EXT).
pub fn proxy_ext(v: &str) -> V {
    if v.chars().any(|c| "!|#$^&()+={}:@<>?/\\\"';%` ".contains(c)) {
        return fail(E_INVALID, format!("invalid proxy extention format :: {v}"));
    }
    no_new_line(v)
}

/// `format_domain` + `format_domain_idn`: lowercase, strip `www.` and dots at the ends,
/// trim, IDN → punycode.
pub fn normalize_domain(raw: &str) -> String {
    let mut d = raw.to_lowercase();
    if let Some(rest) = d.strip_prefix("www.") {
        d = rest.to_string();
    }
    let d = d.trim_end_matches('.').trim_start_matches('.').trim();
    if d.is_ascii() {
        d.to_string()
    } else {
        // idn2 --quiet: on failure Hestia keeps an empty/garbled name; keep the input so the
        // format check rejects it.
        idna::domain_to_ascii(d).unwrap_or_else(|_| d.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn users() {
        assert!(user("alice", "user", true).is_ok());
        assert!(user("a1", "user", true).is_ok());
        assert!(user("a", "user", true).is_err());
        assert!(user("1abc", "user", true).is_err());
        assert!(user("al.ice", "user", true).is_err());
        assert!(user("al.ice", "user", false).is_ok());
        assert!(user("alice-", "user", true).is_err());
        assert!(user(&"a".repeat(30), "user", true).is_ok());
        assert!(user(&"a".repeat(31), "user", true).is_err());
        assert_eq!(
            user("bad name", "user", true).unwrap_err().out,
            "Error: invalid user format :: bad name"
        );
    }

    #[test]
    fn emails() {
        assert!(email("a.b+c@example.com").is_ok());
        assert!(email("a@xn--p1ai.xn--p1ai").is_ok());
        assert!(email("a@b").is_err());
        assert!(email("a@b.c").is_err());
        assert!(email("a b@x.com").is_err());
        assert!(email("@x.com").is_err());
    }

    #[test]
    fn domains() {
        assert_eq!(normalize_domain("WWW.Example.COM."), "example.com");
        assert_eq!(normalize_domain("bücher.de"), "xn--bcher-kva.de");
        assert!(domain("example.com", "domain").is_ok());
        assert!(domain("12345", "domain").is_err());
        assert!(domain("a..b", "domain").is_err());
        assert!(domain("-a.com", "domain").is_err());
        assert!(domain("a_b.com", "domain").is_err());
        assert!(domain("www", "domain").is_err());
        assert!(domain("a b.com", "domain").is_err());
    }

    #[test]
    fn packages_and_ips() {
        assert!(object("gold", "package").is_ok());
        assert!(object("g", "package").is_err());
        assert!(object("go ld", "package").is_err());
        assert!(is_ipv4("1.2.3.4"));
        assert!(!is_ipv4("01.2.3.4"));
        assert!(!is_ipv4("1.2.3"));
    }
}
