//! Figures on pages (admin tab, client area) when the panel may not report one readably: the
//! page says so instead of showing a guessed 0.

/// What a page shows for a figure the panel did not report readably.
pub const NOT_REPORTED: &str = "not reported";

/// `"312 MB of 1024 MB"`; a limit of 0 is unlimited.
pub fn mb_of(used: Option<i64>, limit: Option<i64>) -> String {
    let used = used.map_or_else(|| NOT_REPORTED.to_string(), |u| format!("{u} MB"));
    let limit = match limit {
        Some(0) => "unlimited".to_string(),
        Some(n) => format!("{n} MB"),
        None => NOT_REPORTED.to_string(),
    };
    format!("{used} of {limit}")
}

/// One of two words for a yes/no the panel may not report.
pub fn either(v: Option<bool>, yes: &'static str, no: &'static str) -> &'static str {
    match v {
        Some(true) => yes,
        Some(false) => no,
        None => NOT_REPORTED,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_what_it_does_not_know() {
        assert_eq!(mb_of(Some(312), Some(1024)), "312 MB of 1024 MB");
        assert_eq!(mb_of(Some(312), Some(0)), "312 MB of unlimited");
        assert_eq!(mb_of(None, None), "not reported of not reported");
        assert_eq!(either(None, "on", "off"), NOT_REPORTED);
        assert_eq!(either(Some(false), "on", "off"), "off");
    }
}
