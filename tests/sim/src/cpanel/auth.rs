//! WHM authentication: `Authorization: whm USER:TOKEN` (API token), the legacy
//! `WHM USER:ACCESSHASH` (a long hash, newlines removed) and HTTP Basic for root.

use crate::http::Request;

use super::state::State;

/// Who is calling, and with which privileges.
#[derive(Debug, Clone, PartialEq)]
pub struct Caller {
    pub user: String,
    /// `None` = every privilege.
    pub acls: Option<Vec<String>>,
    pub kind: &'static str,
}

impl Caller {
    pub fn may(&self, acl: &str) -> bool {
        match &self.acls {
            None => true,
            Some(list) => list.iter().any(|a| a == acl || a == "all"),
        }
    }

    pub fn is_root(&self) -> bool {
        self.user == "root"
    }
}

/// How the request tries to authenticate (for the request log), without checking it.
pub fn kind(req: &Request) -> &'static str {
    let Some(h) = req.header("authorization") else {
        return "none";
    };
    let (scheme, rest) = h.trim().split_once(' ').unwrap_or((h, ""));
    if scheme.eq_ignore_ascii_case("basic") {
        "basic"
    } else if scheme.eq_ignore_ascii_case("whm") {
        let secret = rest.split_once(':').map_or("", |(_, s)| s);
        if secret.len() > 64 {
            "accesshash"
        } else {
            "token"
        }
    } else {
        "unknown"
    }
}

/// The caller, or `None` for bad or missing credentials (WHM answers 403).
pub fn authenticate(st: &State, req: &Request) -> Option<Caller> {
    let h = req.header("authorization")?.trim();
    let (scheme, rest) = h.split_once(' ')?;
    let rest = rest.trim();
    if scheme.eq_ignore_ascii_case("basic") {
        let decoded = base64_decode(rest)?;
        let (user, pass) = decoded.split_once(':')?;
        return (user == "root" && pass == st.root_password).then(|| Caller {
            user: "root".into(),
            acls: None,
            kind: "basic",
        });
    }
    if !scheme.eq_ignore_ascii_case("whm") {
        return None;
    }
    let (user, secret) = rest.split_once(':')?;
    let secret: String = secret.chars().filter(|c| !c.is_whitespace()).collect();
    let token = st
        .tokens
        .iter()
        .find(|t| t.user == user && !t.token.is_empty() && t.token == secret)?;
    let mut acls = (!token.full_access()).then(|| token.acls.clone());
    // A reseller may do what its privileges allow (and its token, when that is narrower).
    if let Some(r) = st.resellers.get(user).filter(|_| user != "root") {
        if !r.acls.iter().any(|a| a == "all") {
            acls = Some(match acls {
                None => r.acls.clone(),
                Some(t) => t.into_iter().filter(|a| r.acls.contains(a)).collect(),
            });
        }
    }
    Some(Caller {
        user: user.to_string(),
        acls,
        kind: if secret.len() > 64 {
            "accesshash"
        } else {
            "token"
        },
    })
}

fn base64_decode(s: &str) -> Option<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in s.bytes().filter(|c| *c != b'=') {
        let v = ALPHABET.iter().position(|a| *a == c)? as u32;
        bits = (bits << 6) | v;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
            bits &= (1 << n) - 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn decodes_basic() {
        assert_eq!(
            super::base64_decode("cm9vdDpSb290UGFzcy0xMjM=").as_deref(),
            Some("root:RootPass-123")
        );
    }
}
