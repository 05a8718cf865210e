//! Throttle times in the seed's "hundred time hours" format: `HHMM`, 24-hour (`0130` = 01:30,
//! `1740` = 17:40). `130` and `17:40` are accepted and normalised to `HHMM`.

pub fn parse(text: &str) -> Result<String, String> {
    let t = text.trim();
    let digits: String = match t.split_once(':') {
        Some((h, m)) if m.len() == 2 => format!("{h:0>2}{m}"),
        Some(_) => String::new(),
        None if t.len() == 3 => format!("0{t}"),
        None => t.to_string(),
    };
    let bad = || format!("`{t}` is not a time in HHMM 24-hour format (e.g. 0130, 1740)");
    if digits.len() != 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let (h, m) = digits.split_at(2);
    let (h, m): (u32, u32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if h > 23 || m > 59 {
        return Err(bad());
    }
    Ok(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hundred_time_hours() {
        assert_eq!(parse("0130").as_deref(), Ok("0130"));
        assert_eq!(parse("1740").as_deref(), Ok("1740"));
        assert_eq!(parse("130").as_deref(), Ok("0130"));
        assert_eq!(parse("7:05").as_deref(), Ok("0705"));
        assert_eq!(parse("2359").as_deref(), Ok("2359"));
        for bad in [
            "2460", "2400", "0160", "abcd", "1", "12345", "", "-130", "1:5",
        ] {
            assert!(parse(bad).is_err(), "{bad} accepted");
        }
    }
}
