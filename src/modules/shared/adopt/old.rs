//! A product's 24 stored settings (`tblproducts.configoption1..24`), exactly as stored.

use crate::whmcs::{Params, Row, Value};

/// WHMCS keeps at most this many settings per product.
pub const POSITIONS: usize = 24;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Old {
    values: Vec<String>,
}

impl Old {
    pub fn from_row(row: &Row) -> Self {
        Old {
            values: (1..=POSITIONS)
                .map(|n| row.text(&format!("configoption{n}")))
                .collect(),
        }
    }

    /// From a function's `$params`; `None` when it carries no product settings at all.
    pub fn from_params(p: &Params) -> Option<Self> {
        let keys: Vec<String> = (1..=POSITIONS)
            .map(|n| format!("configoption{n}"))
            .collect();
        if !keys.iter().any(|k| p.get(k).is_some()) {
            return None;
        }
        Some(Old {
            values: keys.iter().map(|k| p.raw_text(k)).collect(),
        })
    }

    #[cfg(test)]
    pub fn of(pairs: &[(usize, &str)]) -> Self {
        let mut values = vec![String::new(); POSITIONS];
        for (n, v) in pairs {
            values[n - 1] = v.to_string();
        }
        Old { values }
    }

    /// Setting `n` (1-based), trimmed; empty when out of range.
    pub fn get(&self, n: usize) -> String {
        self.raw(n).trim().to_string()
    }

    /// Setting `n` exactly as stored.
    pub fn raw(&self, n: usize) -> &str {
        self.values
            .get(n.wrapping_sub(1))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// A yes/no setting as WHMCS's form stores it (`on`), or an API's `1`/`yes`.
    pub fn flag(&self, n: usize) -> bool {
        Value::from(self.get(n)).as_flag()
    }
}

/// Values a yes/no setting of ours can hold: what WHMCS's form writes and what its API or an
/// import plausibly wrote.
pub fn is_yes_no(value: &str) -> bool {
    matches!(
        value.trim().to_ascii_lowercase().as_str(),
        "" | "on" | "off" | "1" | "0" | "yes" | "no" | "true" | "false"
    )
}
