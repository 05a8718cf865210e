//! Wall-clock helpers (UTC) and distinct, non-secret random-looking strings.

use crate::calendar::civil_from_days;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

pub use crate::calendar::unix_secs;

/// Current (year, month), UTC.
pub fn year_month() -> (i64, u32) {
    let (y, m, _) = civil_from_days((unix_secs() / 86_400) as i64);
    (y, m)
}

/// `YY Mon DD HH:MM` as listaccts' `startdate` shows it.
pub fn startdate(secs: u64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    let rem = secs % 86_400;
    format!(
        "{:02} {} {:02} {:02}:{:02}",
        y % 100,
        MONTHS[(m as usize).saturating_sub(1) % 12],
        d,
        rem / 3600,
        rem % 3600 / 60
    )
}

static SEED: AtomicU64 = AtomicU64::new(0x2545_F491_4F6C_DD1D);

/// `len` characters from `alphabet`, different on every call.
pub fn pseudo_random(len: usize, alphabet: &[u8]) -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::from(d.subsec_nanos()))
        .unwrap_or(1);
    let mut x = SEED.fetch_add(0x9E37_79B9_7F4A_7C15 ^ nanos, Ordering::Relaxed) | 1;
    (0..len)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            let v = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
            alphabet[(v >> 40) as usize % alphabet.len()] as char
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn startdate_format() {
        assert_eq!(super::startdate(1_709_251_199), "24 Feb 29 23:59");
    }
}
