//! Human-readable sizes and speeds for pages.

/// Binary units, as WHMCS shows byte sizes.
pub fn bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else {
        format!("{v:.2} {}", UNITS[unit])
    }
}

/// A speed cap in the page's language (`unlimited` / `unbegrenzt`).
pub fn speed_in(lang: &crate::whmcs::Lang, mbps: Option<u64>) -> String {
    match mbps {
        Some(0) => lang.text("unlimited"),
        Some(n) => format!("{n} Mbit/s"),
        None => lang.text("notReported"),
    }
}

pub fn speed(mbps: Option<u64>) -> String {
    match mbps {
        Some(0) => "unlimited".into(),
        Some(n) => format!("{n} Mbit/s"),
        None => "unknown".into(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes() {
        assert_eq!(super::bytes(512), "512 B");
        assert_eq!(super::bytes(1_610_612_736), "1.50 GB");
        assert_eq!(super::speed(Some(0)), "unlimited");
    }
}
