//! Wall-clock helpers (UTC) and distinct, non-secret random-looking strings.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

pub fn unix_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

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
