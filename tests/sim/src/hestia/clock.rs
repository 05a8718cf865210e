//! `date +'%T %F'` (UTC) and a small non-crypto random string source.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

fn unix_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

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

/// Howard Hinnant's days-to-civil algorithm.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
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
