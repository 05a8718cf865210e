//! Figures on pages (admin tab, client area) when the panel may not report one readably: the
//! page says so instead of showing a guessed 0.

use crate::whmcs::Lang;

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

/// [`mb_of`] in the page's language: `"312 MB von 10 GB"`.
pub fn mb_of_in(lang: &Lang, used: Option<i64>, limit: Option<i64>) -> String {
    let used = used.map_or_else(|| lang.text("notReported"), |u| lang.size_mb(u as f64));
    lang.fill(
        "usedOf",
        &[
            ("used", &used),
            ("limit", &limit_in(lang, limit, |l| lang.size_mb(l as f64))),
        ],
    )
}

/// A count against its limit in the page's language: `"3 von 10"`, `"3 von unbegrenzt"`.
pub fn count_of_in(lang: &Lang, used: Option<i64>, limit: Option<i64>) -> String {
    let used = used.map_or_else(|| lang.text("notReported"), |u| u.to_string());
    lang.fill(
        "usedOf",
        &[
            ("used", &used),
            ("limit", &limit_in(lang, limit, |l| l.to_string())),
        ],
    )
}

fn limit_in(lang: &Lang, limit: Option<i64>, write: impl Fn(i64) -> String) -> String {
    match limit {
        Some(0) => lang.text("unlimited"),
        Some(n) => write(n),
        None => lang.text("notReported"),
    }
}

/// [`either`] in the page's language: the text of `yes` or `no` (keys).
pub fn either_in(lang: &Lang, v: Option<bool>, yes: &str, no: &str) -> String {
    match v {
        Some(true) => lang.text(yes),
        Some(false) => lang.text(no),
        None => lang.text("notReported"),
    }
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
