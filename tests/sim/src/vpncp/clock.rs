//! Dates the panel writes (UTC), without a date crate.

pub use crate::calendar::unix_secs as now_secs;

pub use crate::calendar::civil_from_days as civil;

/// `YYYY-MM-DD HH:MM:SS` now.
pub fn now_text() -> String {
    let s = now_secs();
    let (y, m, d) = civil((s / 86_400) as i64);
    let r = s % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
        r / 3600,
        r % 3600 / 60,
        r % 60
    )
}

pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(20_687), (2026, 8, 22));
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2100, 2), 28);
        assert_eq!(days_in_month(2026, 4), 30);
    }
}
