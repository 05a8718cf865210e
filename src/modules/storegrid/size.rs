//! Byte sizes as admins type them: `10737418240`, `500 GB`, `1.5TB`, `512 KiB`. Units are
//! binary (1 KB = 1024 bytes), as the backup server counts.

/// Parses a size; `default_unit` applies to a bare number (bytes for product settings, GB
/// for a configurable option's quantity). `Err` holds what is wrong, for a message.
pub fn parse(text: &str, default_unit: u64) -> Result<u64, String> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, unit) = (t[..split].trim(), t[split..].trim());
    if number.is_empty() {
        return Err(format!("`{t}` is not a size (e.g. 10737418240 or 500 GB)"));
    }
    let factor = match unit.to_ascii_lowercase().as_str() {
        "" => default_unit,
        "b" | "byte" | "bytes" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        "t" | "tb" | "tib" => 1 << 40,
        "p" | "pb" | "pib" => 1 << 50,
        other => {
            return Err(format!(
                "`{t}` has an unknown unit `{other}` (use B, KB, MB, GB, TB)"
            ))
        }
    };
    let bytes = if let Some((whole, frac)) = number.split_once('.') {
        let v: f64 = format!("{}.{frac}", if whole.is_empty() { "0" } else { whole })
            .parse()
            .map_err(|_| format!("`{t}` is not a number"))?;
        let bytes = (v * factor as f64).round();
        if !(0.0..9.0e18).contains(&bytes) {
            return Err(format!("`{t}` is too large"));
        }
        bytes as u64
    } else {
        let n: u64 = number.parse().map_err(|_| format!("`{t}` is too large"))?;
        n.checked_mul(factor)
            .ok_or_else(|| format!("`{t}` is too large"))?
    };
    Ok(bytes)
}

/// Whole megabytes (rounded up), as `tblhosting` keeps disk figures.
pub fn to_mb(bytes: u64) -> i64 {
    i64::try_from(bytes.div_ceil(1 << 20)).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_numbers_and_units() {
        assert_eq!(parse("10737418240", 1), Ok(10 << 30));
        assert_eq!(parse("500 GB", 1), Ok(500 << 30));
        assert_eq!(parse("1.5TB", 1), Ok(3 << 39));
        assert_eq!(parse(" 512 kib ", 1), Ok(512 << 10));
        assert_eq!(parse("50", 1 << 30), Ok(50 << 30));
        assert!(parse("lots", 1).is_err());
        assert!(parse("5 parsecs", 1).is_err());
        assert!(parse("99999999999999999999", 1).is_err());
        assert!(parse("", 1).is_err());
    }

    #[test]
    fn human_sizes() {
        assert_eq!(to_mb(1), 1);
        assert_eq!(to_mb(10 << 20), 10);
    }
}
