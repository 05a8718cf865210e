//! `date +'%T %F'` (UTC) and a small non-crypto random string source.

use crate::calendar::civil_from_days;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::calendar::unix_secs;

/// (HH:MM:SS, YYYY-MM-DD) now, UTC.
pub fn now_time_date() -> (String, String) {
    time_date(unix_secs())
}

/// (HH:MM:SS, YYYY-MM-DD) for a Unix time, UTC.
pub fn time_date(secs: u64) -> (String, String) {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    (
        format!("{:02}:{:02}:{:02}", rem / 3600, (rem % 3600) / 60, rem % 60),
        format!("{y:04}-{m:02}-{d:02}"),
    )
}

/// Current (year, month).
pub fn year_month() -> (i64, u32) {
    let (y, m, _) = civil_from_days((unix_secs() / 86_400) as i64);
    (y, m)
}

static SEED: AtomicU64 = AtomicU64::new(0x9E37_79B9_7F4A_7C15);

/// `generate_password`-like alphanumeric string (not secret; just distinct values).
pub fn pseudo_random(len: usize) -> String {
    const ALPHA: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut x = SEED.fetch_add(
        0x9E37_79B9_7F4A_7C15
            ^ SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.subsec_nanos() as u64)
                .unwrap_or(1),
        Ordering::Relaxed,
    );
    (0..len)
        .map(|_| {
            // xorshift64*
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            let v = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
            ALPHA[(v >> 58) as usize % ALPHA.len()] as char
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates() {
        assert_eq!(
            super::time_date(0),
            ("00:00:00".to_string(), "1970-01-01".to_string())
        );
        assert_eq!(
            super::time_date(1_709_251_199),
            ("23:59:59".to_string(), "2024-02-29".to_string())
        );
    }
}
