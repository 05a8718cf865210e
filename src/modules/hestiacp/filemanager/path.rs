//! Paths the client names, relative to the account's home, checked before any request.
//!
//! The client never sends an absolute path: `docs/a.txt` becomes `/home/USER/docs/a.txt`.
//! `..`, `.`, a leading `/`, backslashes, control characters (NUL, line breaks) and
//! URL-encoded sequences are refused outright, so a path cannot name anything outside the home
//! by its spelling; links are dealt with by [`super::client::FsClient::walk`].

use super::error::FmError;

/// Longest path accepted (Linux PATH_MAX).
const MAX_PATH: usize = 4096;
/// Longest single name (NAME_MAX, bytes).
const MAX_NAME: usize = 255;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct HomePath {
    parts: Vec<String>,
}

impl HomePath {
    /// The home folder itself.
    pub fn home() -> Self {
        HomePath::default()
    }

    /// Parses a client path; `field` names it in the error.
    pub fn parse(raw: &str, field: &str) -> Result<Self, FmError> {
        if raw.len() > MAX_PATH {
            return Err(FmError::input(format!(
                "{field} is longer than {MAX_PATH} characters"
            )));
        }
        check_characters(raw, field)?;
        if raw.starts_with('/') || raw.starts_with('~') {
            return Err(FmError::denied(format!(
                "{field} must be relative to your home folder; absolute paths are not accepted"
            )));
        }
        let mut parts = Vec::new();
        for part in raw.split('/').filter(|p| !p.is_empty()) {
            parts.push(check_name(part, field)?.to_string());
        }
        Ok(HomePath { parts })
    }

    pub fn is_home(&self) -> bool {
        self.parts.is_empty()
    }

    pub fn parts(&self) -> &[String] {
        &self.parts
    }

    pub fn parent(&self) -> Option<HomePath> {
        let (_, rest) = self.parts.split_last()?;
        Some(HomePath {
            parts: rest.to_vec(),
        })
    }

    /// The last name (`None` for the home itself).
    pub fn name(&self) -> Option<&str> {
        self.parts.last().map(String::as_str)
    }

    /// This folder's child `name` (a name already checked by [`name`]).
    pub fn child(&self, name: &str) -> HomePath {
        let mut parts = self.parts.clone();
        parts.push(name.to_string());
        HomePath { parts }
    }

    /// The first `n` names.
    pub fn prefix(&self, n: usize) -> HomePath {
        HomePath {
            parts: self.parts[..n.min(self.parts.len())].to_vec(),
        }
    }

    /// Whether `other` is this path or below it.
    pub fn contains(&self, other: &HomePath) -> bool {
        other.parts.len() >= self.parts.len() && other.parts[..self.parts.len()] == self.parts[..]
    }

    /// The absolute path on the panel.
    pub fn absolute(&self, user: &str) -> String {
        let mut s = format!("/home/{user}");
        for p in &self.parts {
            s.push('/');
            s.push_str(p);
        }
        s
    }

    /// As the client sees it: `docs/a.txt`, empty for the home.
    pub fn display(&self) -> String {
        self.parts.join("/")
    }
}

/// A single new name (file, folder, archive), checked like a path component.
pub fn name<'a>(raw: &'a str, field: &str) -> Result<&'a str, FmError> {
    check_characters(raw, field)?;
    if raw.contains('/') {
        return Err(FmError::input(format!(
            "{field} must be a single name without `/`"
        )));
    }
    check_name(raw, field)
}

fn check_characters(raw: &str, field: &str) -> Result<(), FmError> {
    if raw.chars().any(|c| c.is_control()) {
        return Err(FmError::denied(format!(
            "{field} contains a control character (NUL byte or line break), which is not allowed"
        )));
    }
    if raw.contains('\\') {
        return Err(FmError::denied(format!(
            "{field} contains a backslash, which is not allowed"
        )));
    }
    if has_url_escape(raw) {
        return Err(FmError::denied(format!(
            "{field} contains a URL-encoded sequence (%xx); send the plain name"
        )));
    }
    Ok(())
}

fn check_name<'a>(part: &'a str, field: &str) -> Result<&'a str, FmError> {
    if part.is_empty() {
        return Err(FmError::input(format!("{field} is empty")));
    }
    if part == "." || part == ".." {
        return Err(FmError::denied(format!(
            "{field} may not contain `.` or `..`: paths stay inside your home folder"
        )));
    }
    if part.len() > MAX_NAME {
        return Err(FmError::input(format!(
            "{field} has a name longer than {MAX_NAME} bytes"
        )));
    }
    if part.trim() != part {
        // HestiaCP trims every argument: such a name would silently become another one.
        return Err(FmError::input(format!(
            "{field} has a name starting or ending with a space"
        )));
    }
    Ok(part)
}

/// `%` followed by two hex digits: a name still URL-encoded (`%2e%2e`) is refused rather
/// than guessed at.
fn has_url_escape(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_become_absolute_under_the_home() {
        let p = HomePath::parse("docs//a.txt/", "path").unwrap();
        assert_eq!(p.absolute("alice"), "/home/alice/docs/a.txt");
        assert_eq!(p.display(), "docs/a.txt");
        assert_eq!(
            HomePath::parse("", "path").unwrap().absolute("alice"),
            "/home/alice"
        );
        assert_eq!(p.parent().unwrap().display(), "docs");
        assert!(HomePath::parse("docs", "p").unwrap().contains(&p));
    }

    #[test]
    fn escapes_are_refused_before_any_request() {
        for bad in [
            "../etc/passwd",
            "docs/../../etc",
            "/etc/passwd",
            "~root",
            "%2e%2e/etc",
            "docs%2Fx",
            "a\0b",
            "a\nb",
            "a\rb",
            "..\\etc",
            "./x",
            " lead",
        ] {
            assert!(HomePath::parse(bad, "path").is_err(), "{bad:?} accepted");
        }
        assert!(name("a/b", "name").is_err());
        assert!(name("..", "name").is_err());
        assert_eq!(name("100% sure.txt", "name").unwrap(), "100% sure.txt");
    }
}
