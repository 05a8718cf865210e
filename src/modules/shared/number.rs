//! The one way a panel's number is read (sizes, counts, limits, codes), for every module.
//!
//! Accepted: a JSON number or a numeric string, surrounding whitespace ignored (`12`, `"12"`,
//! `" 12 "`, `12.0`, `"1e3"`). A true fraction is rounded to the nearest whole (half up) where
//! the [`Rule`] says the quantity allows it — sizes and rates a panel computes by division
//! (`"312.4"` MB → 312) — and refused everywhere else (counts, codes, dates). "Unlimited" is
//! what the panel's reference says it is and nothing more: a word (cPanel's and HestiaCP's
//! `unlimited`), 0 only where the reference says 0 means no limit (cPanel's bandwidth limit).
//!
//! Refused, and named with the field and the value when a function needs it: negatives, NaN
//! and infinities, values past `i64::MAX` (so every amount fits a WHMCS integer column),
//! fractions where none are allowed, and anything else. A refused value is never clamped and
//! never turned into 0; the caller decides what it means (tolerant reading: a field the
//! function does not need never fails it, and one odd record never fails a whole server).

use serde_json::Value as Json;

use super::answer::UnreadableField;
use super::log_text::inert;

/// How one field's panel writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Words (any case) the panel writes for "no limit".
    pub unlimited_words: &'static [&'static str],
    /// Words (any case) the panel writes for nothing (cPanel's `none`).
    pub zero_words: &'static [&'static str],
    /// 0 means "no limit" (only where the panel's reference says so).
    pub zero_is_unlimited: bool,
    /// A fraction is rounded to the nearest whole (sizes, rates); otherwise refused.
    pub round_fractions: bool,
}

impl Rule {
    /// A whole count, code or date part: no fraction, no "unlimited".
    pub const COUNT: Rule = Rule {
        unlimited_words: &[],
        zero_words: &[],
        zero_is_unlimited: false,
        round_fractions: false,
    };
    /// A size or rate (bytes, MB, Mbit/s): a fraction rounds to the nearest whole.
    pub const SIZE: Rule = Rule {
        round_fractions: true,
        ..Rule::COUNT
    };

    /// This rule with `words` meaning "no limit".
    pub const fn unlimited_as(self, words: &'static [&'static str]) -> Rule {
        Rule {
            unlimited_words: words,
            ..self
        }
    }

    /// This rule with `words` meaning 0.
    pub const fn zero_as(self, words: &'static [&'static str]) -> Rule {
        Rule {
            zero_words: words,
            ..self
        }
    }

    /// This rule with 0 meaning "no limit".
    pub const fn zero_unlimited(self) -> Rule {
        Rule {
            zero_is_unlimited: true,
            ..self
        }
    }
}

/// Why a value is no number of the field's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    Negative,
    NotANumber,
    TooLarge,
    Fraction,
}

impl Why {
    fn words(self) -> &'static str {
        match self {
            Why::Negative => "a negative",
            Why::NotANumber => "not a number",
            Why::TooLarge => "too large",
            Why::Fraction => "a fraction where a whole number is meant",
        }
    }
}

/// One number field of a panel's answer, as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Reading {
    /// Missing or `null`: the panel did not say.
    #[default]
    Absent,
    Amount(u64),
    Unlimited,
    /// Present but refused: the value as the panel wrote it (shortened) and why.
    Refused {
        value: String,
        why: Why,
    },
}

/// A number field a function needs and could not have: names the field and the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("no readable `{field}`")]
    Absent { field: String },
    #[error("`{field}` is {value}, {}", .why.words())]
    Refused {
        field: String,
        value: String,
        why: Why,
    },
    #[error("`{field}` is unlimited where a figure is needed")]
    Unlimited { field: String },
}

impl From<NumberError> for UnreadableField {
    fn from(e: NumberError) -> Self {
        match e {
            NumberError::Absent { field } => UnreadableField::new(&field),
            NumberError::Refused { field, value, why } => {
                UnreadableField::elsewhere(&field, &format!("{value} is {}", why.words()))
            }
            NumberError::Unlimited { field } => {
                UnreadableField::elsewhere(&field, "unlimited where a figure is needed")
            }
        }
    }
}

impl Reading {
    /// The amount; `None` when absent, unlimited or refused.
    pub fn amount(&self) -> Option<u64> {
        match self {
            Reading::Amount(n) => Some(*n),
            _ => None,
        }
    }

    /// [`Reading::amount`] for an integer column (every amount fits: see the module's note).
    pub fn amount_i64(&self) -> Option<i64> {
        self.amount().and_then(|n| i64::try_from(n).ok())
    }

    /// A limit in WHMCS's convention (`tblhosting`, pages): 0 = unlimited.
    pub fn limit(&self) -> Option<u64> {
        match self {
            Reading::Unlimited => Some(0),
            other => other.amount(),
        }
    }

    /// [`Reading::limit`] for an integer column.
    pub fn limit_i64(&self) -> Option<i64> {
        self.limit().and_then(|n| i64::try_from(n).ok())
    }

    /// The amount, or the error naming `field` (and the value, when there was one).
    pub fn need_amount(&self, field: &str) -> Result<u64, NumberError> {
        match self {
            Reading::Amount(n) => Ok(*n),
            Reading::Unlimited => Err(NumberError::Unlimited {
                field: field.to_string(),
            }),
            other => Err(other.error(field)),
        }
    }

    /// The limit (0 = unlimited), or the error naming `field`.
    pub fn need_limit(&self, field: &str) -> Result<u64, NumberError> {
        match self {
            Reading::Unlimited => Ok(0),
            other => other.need_amount(field),
        }
    }

    fn error(&self, field: &str) -> NumberError {
        match self {
            Reading::Refused { value, why } => NumberError::Refused {
                field: field.to_string(),
                value: value.clone(),
                why: *why,
            },
            _ => NumberError::Absent {
                field: field.to_string(),
            },
        }
    }
}

/// The field `key` of `obj` read with `rule`.
pub fn field(obj: &Json, key: &str, rule: Rule) -> Reading {
    read(obj.get(key), rule)
}

/// A whole number the caller only compares or shows (a status code, a count): its amount,
/// `None` for anything else.
pub fn whole(value: Option<&Json>) -> Option<u64> {
    read(value, Rule::COUNT).amount()
}

/// A JSON value read with `rule` (`None` and `null` are [`Reading::Absent`]).
pub fn read(value: Option<&Json>, rule: Rule) -> Reading {
    match value {
        None | Some(Json::Null) => Reading::Absent,
        Some(Json::Number(n)) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => checked(u, &n.to_string(), rule),
            (None, Some(_)) => refused(&n.to_string(), Why::Negative),
            _ => n.as_f64().map_or_else(
                || refused(&n.to_string(), Why::NotANumber),
                |f| float(f, &n.to_string(), rule),
            ),
        },
        Some(Json::String(s)) => read_text(s, rule),
        Some(other) => refused(&other.to_string(), Why::NotANumber),
    }
}

/// A number written as text (a panel's string, header or listing column) read with `rule`.
pub fn read_text(text: &str, rule: Rule) -> Reading {
    let t = text.trim();
    let is = |words: &[&str]| words.iter().any(|w| t.eq_ignore_ascii_case(w));
    if is(rule.unlimited_words) {
        return Reading::Unlimited;
    }
    if is(rule.zero_words) {
        return Reading::Amount(0);
    }
    if let Ok(u) = t.parse::<u64>() {
        return checked(u, text, rule);
    }
    // Only digits, a sign, a point and an exponent: Rust's float syntax also takes `inf`
    // and `NaN`, which no panel means as a figure.
    let numeric = !t.is_empty()
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'));
    match t.parse::<f64>() {
        Ok(f) if numeric => float(f, text, rule),
        _ => refused(text, Why::NotANumber),
    }
}

/// A number with an optional unit (`1.5G`), scaled by the unit's factor from `units` (any
/// case) before rounding; without a unit, as [`read_text`]. An unknown unit is refused.
pub fn read_with_unit(text: &str, units: &[(&str, f64)], rule: Rule) -> Reading {
    let t = text.trim();
    let split = t.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(t.len());
    let (number, unit) = (&t[..split], t[split..].trim());
    if split == 0 || unit.is_empty() {
        return read_text(text, rule);
    }
    let Some(&(_, factor)) = units.iter().find(|(u, _)| u.eq_ignore_ascii_case(unit)) else {
        return refused(text, Why::NotANumber);
    };
    match read_text(number, Rule::SIZE) {
        Reading::Amount(_) => match number.trim().parse::<f64>() {
            Ok(f) => float(f * factor, text, rule),
            Err(_) => refused(text, Why::NotANumber),
        },
        Reading::Refused { why, .. } => refused(text, why),
        _ => refused(text, Why::NotANumber),
    }
}

fn checked(n: u64, raw: &str, rule: Rule) -> Reading {
    if n > i64::MAX as u64 {
        refused(raw, Why::TooLarge)
    } else if n == 0 && rule.zero_is_unlimited {
        Reading::Unlimited
    } else {
        Reading::Amount(n)
    }
}

fn float(f: f64, raw: &str, rule: Rule) -> Reading {
    if f.is_nan() {
        return refused(raw, Why::NotANumber);
    }
    // -0.0 is 0; anything below is a negative, however small.
    if f < 0.0 {
        return refused(raw, Why::Negative);
    }
    let rounded = f.round();
    if rounded != f && !rule.round_fractions {
        return refused(raw, Why::Fraction);
    }
    // 2^63 as f64: from here on (and for infinity) the value does not fit an i64.
    if rounded >= 9_223_372_036_854_775_808.0 {
        return refused(raw, Why::TooLarge);
    }
    checked(rounded as u64, raw, rule)
}

/// How a refused value is named in messages: in backticks, inert (one line, no markup) and
/// at most 40 characters — a hostile panel's value ends up in an admin's message and the log.
fn refused(raw: &str, why: Why) -> Reading {
    Reading::Refused {
        value: format!("`{}`", inert(raw, 40)),
        why,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const LIMIT: Rule = Rule::SIZE.unlimited_as(&["unlimited"]);

    fn refused(value: &str, why: Why) -> Reading {
        super::refused(value, why)
    }

    #[test]
    fn reads_what_the_rules_accept_and_names_the_rest() {
        use Reading::*;
        let table: Vec<(Json, Rule, Reading)> = vec![
            (json!(12), Rule::COUNT, Amount(12)),
            (json!("12"), Rule::COUNT, Amount(12)),
            (json!(" 42 \n"), Rule::COUNT, Amount(42)),
            (json!(12.0), Rule::COUNT, Amount(12)),
            (json!("12.0"), Rule::COUNT, Amount(12)),
            (json!("1e3"), Rule::COUNT, Amount(1000)),
            (json!("+7"), Rule::COUNT, Amount(7)),
            (json!(0), Rule::COUNT, Amount(0)),
            (json!(-0.0), Rule::COUNT, Amount(0)),
            (json!(3.5), Rule::SIZE, Amount(4)),
            (json!("312.4"), Rule::SIZE, Amount(312)),
            (json!(3.9), Rule::COUNT, refused("3.9", Why::Fraction)),
            (json!("3.9"), Rule::COUNT, refused("3.9", Why::Fraction)),
            (json!(-1), Rule::COUNT, refused("-1", Why::Negative)),
            (json!("-5"), Rule::SIZE, refused("-5", Why::Negative)),
            (json!(-0.4), Rule::SIZE, refused("-0.4", Why::Negative)),
            (json!("-0.4"), Rule::SIZE, refused("-0.4", Why::Negative)),
            (json!("NaN"), Rule::SIZE, refused("NaN", Why::NotANumber)),
            (json!("inf"), Rule::SIZE, refused("inf", Why::NotANumber)),
            (json!("1e400"), Rule::SIZE, refused("1e400", Why::TooLarge)),
            (json!(1e300), Rule::SIZE, refused("1e+300", Why::TooLarge)),
            (
                json!(u64::MAX),
                Rule::COUNT,
                refused("18446744073709551615", Why::TooLarge),
            ),
            (json!(i64::MAX), Rule::COUNT, Amount(i64::MAX as u64)),
            (json!(""), Rule::COUNT, refused("", Why::NotANumber)),
            (
                json!("12 MB"),
                Rule::SIZE,
                refused("12 MB", Why::NotANumber),
            ),
            (json!("0x10"), Rule::COUNT, refused("0x10", Why::NotANumber)),
            (json!(true), Rule::COUNT, refused("true", Why::NotANumber)),
            (json!([1]), Rule::COUNT, refused("[1]", Why::NotANumber)),
            (json!(null), LIMIT, Absent),
            (json!("unlimited"), LIMIT, Unlimited),
            (json!(" UNLIMITED "), LIMIT, Unlimited),
            (
                json!("unlimited"),
                Rule::SIZE,
                refused("unlimited", Why::NotANumber),
            ),
            (json!(0), LIMIT, Amount(0)),
            (json!(0), LIMIT.zero_unlimited(), Unlimited),
            (json!("0"), LIMIT.zero_unlimited(), Unlimited),
            (json!("none"), LIMIT.zero_as(&["none"]), Amount(0)),
        ];
        for (value, rule, want) in table {
            assert_eq!(read(Some(&value), rule), want, "{value} with {rule:?}");
        }
        assert_eq!(read(None, Rule::COUNT), Absent);
        assert_eq!(field(&json!({"a": "5"}), "a", Rule::COUNT), Amount(5));
        assert_eq!(read_text(" 7 ", Rule::COUNT), Amount(7));
        let units = &[("M", 1.0), ("G", 1024.0), ("K", 1.0 / 1024.0)];
        let sized = |t: &str| read_with_unit(t, units, LIMIT);
        assert_eq!(sized("1.5G"), Amount(1536));
        assert_eq!(sized(" 14M "), Amount(14));
        assert_eq!(sized("14 m"), Amount(14));
        assert_eq!(sized("2048"), Amount(2048));
        assert_eq!(sized("512K"), Amount(1), "half a MB rounds up");
        assert_eq!(sized("unlimited"), Unlimited);
        assert_eq!(sized("-5M"), refused("-5M", Why::Negative));
        assert_eq!(sized("12Q"), refused("12Q", Why::NotANumber));
        assert_eq!(sized("n/a"), refused("n/a", Why::NotANumber));
        assert_eq!(sized("1e999G"), refused("1e999G", Why::NotANumber));
    }

    #[test]
    fn a_refused_value_is_named_with_its_field_and_never_a_zero() {
        let neg = read(Some(&json!(-5)), Rule::SIZE);
        assert_eq!((neg.amount(), neg.limit()), (None, None));
        let e = neg.need_amount("diskused").unwrap_err();
        assert_eq!(e.to_string(), "`diskused` is `-5`, a negative");
        assert_eq!(
            UnreadableField::from(e).to_string(),
            "no readable `diskused` (`-5` is a negative)"
        );
        assert_eq!(
            Reading::Absent
                .need_amount("U_DISK")
                .unwrap_err()
                .to_string(),
            "no readable `U_DISK`"
        );
        assert_eq!(Reading::Unlimited.need_limit("BANDWIDTH"), Ok(0));
        assert_eq!(Reading::Unlimited.limit_i64(), Some(0));
        assert!(Reading::Unlimited
            .need_amount("U_DISK")
            .unwrap_err()
            .to_string()
            .contains("unlimited where a figure is needed"));
        // A hostile value: one line, quoted, shortened.
        let long = format!("1\n<script>{}", "x".repeat(100));
        let r = read_text(&long, Rule::COUNT);
        let Reading::Refused { value, .. } = &r else {
            panic!("{r:?}")
        };
        assert!(!value.contains('\n') && !value.contains('<'), "{value}");
        assert!(
            value.ends_with("…`") && value.chars().count() < 60,
            "{value}"
        );
    }
}
