//! Numbers and sizes as the page's language writes them. The separators and unit names come
//! from the language file itself (`numberDecimal`, `numberThousands`, `unitB` … `unitTB`), so a
//! new language needs no code.

/// How one language writes numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberStyle {
    pub decimal: String,
    pub thousands: String,
    /// B, KB, MB, GB, TB.
    pub units: [String; 5],
}

impl Default for NumberStyle {
    fn default() -> Self {
        NumberStyle {
            decimal: ".".into(),
            thousands: ",".into(),
            units: ["B", "KB", "MB", "GB", "TB"].map(String::from),
        }
    }
}

impl NumberStyle {
    /// `value` with `places` decimals and grouped thousands: `12,345.6` / `12.345,6`.
    pub fn number(&self, value: f64, places: usize) -> String {
        let value = if value.is_finite() { value } else { 0.0 };
        let text = format!("{:.*}", places, value.abs());
        let (int, frac) = match text.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (text.as_str(), None),
        };
        let mut grouped = String::new();
        for (n, ch) in int.chars().enumerate() {
            if n > 0 && (int.len() - n) % 3 == 0 {
                grouped.push_str(&self.thousands);
            }
            grouped.push(ch);
        }
        let sign = if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            "-"
        } else {
            ""
        };
        match frac {
            Some(f) => format!("{sign}{grouped}{}{f}", self.decimal),
            None => format!("{sign}{grouped}"),
        }
    }

    /// A size given in MB: `312 MB`, `1.5 GB`, `2 TB` (1024-based, as panels count).
    /// Below 1 GB it stays in MB (`0 MB`, not `0 B`): panels count these sizes in MB.
    pub fn size_mb(&self, mb: f64) -> String {
        if mb.is_finite() && mb < 1024.0 {
            return format!("{} {}", self.number(mb.max(0.0).round(), 0), self.units[2]);
        }
        self.size_bytes(mb * 1024.0 * 1024.0)
    }

    /// A size in bytes in the largest unit that keeps it ≥ 1: `1 B`, `2 KB`, `1.5 GB`.
    /// One decimal below 100 of a unit (dropped when it is .0), none from 100 on.
    pub fn size_bytes(&self, bytes: f64) -> String {
        let mut v = if bytes.is_finite() {
            bytes.max(0.0)
        } else {
            0.0
        };
        let mut unit = 0;
        while v >= 1024.0 && unit < self.units.len() - 1 {
            v /= 1024.0;
            unit += 1;
        }
        let places = if unit == 0 || v >= 100.0 || (v * 10.0).round() % 10.0 == 0.0 {
            0
        } else {
            1
        };
        format!("{} {}", self.number(v, places), self.units[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn german() -> NumberStyle {
        NumberStyle {
            decimal: ",".into(),
            thousands: ".".into(),
            ..NumberStyle::default()
        }
    }

    #[test]
    fn numbers_use_the_language_separators() {
        let en = NumberStyle::default();
        assert_eq!(en.number(1234567.891, 2), "1,234,567.89");
        assert_eq!(german().number(1234567.891, 2), "1.234.567,89");
        assert_eq!(german().number(999.0, 0), "999");
        assert_eq!(en.number(-1234.0, 0), "-1,234");
        assert_eq!(en.number(-0.001, 1), "0.0");
        assert_eq!(en.number(f64::NAN, 0), "0");
    }

    #[test]
    fn sizes_pick_a_unit_and_a_sensible_precision() {
        let de = german();
        assert_eq!(de.size_mb(312.0), "312 MB");
        assert_eq!(de.size_mb(1536.0), "1,5 GB");
        assert_eq!(de.size_mb(10240.0), "10 GB");
        assert_eq!(de.size_mb(150.0 * 1024.0), "150 GB");
        assert_eq!(de.size_mb(2.0 * 1024.0 * 1024.0), "2 TB");
        assert_eq!(de.size_bytes(1.0), "1 B");
        assert_eq!(de.size_bytes(2048.0), "2 KB");
        assert_eq!(de.size_mb(0.0), "0 MB");
        assert_eq!(de.size_bytes(0.0), "0 B");
        assert_eq!(NumberStyle::default().size_mb(1536.0), "1.5 GB");
    }
}
