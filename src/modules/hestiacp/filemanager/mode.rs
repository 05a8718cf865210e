//! Whether a service's file manager may change files: the host's answer to HestiaCP's file
//! contents passing through the panel's shared `/tmp` (see `tmp_file`).
//!
//! All 24 product-setting positions of `oxide_hestiacp` are taken and must never be
//! renumbered, so this is a WHMCS configurable option, read by name: “File manager” with
//! `read-only` (or `read-write`, the default when the product has no such option). A product
//! gets it by a configurable-option group with that one option (hidden from clients, or with a
//! single choice); every existing product keeps its meaning.

use crate::whmcs::{Call, Key, Value};

use super::error::FmError;

/// The configurable option's name (compared without case).
pub const OPTION: &str = "File manager";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    ReadWrite,
    ReadOnly,
}

/// The service's mode, or an error naming the option when its value is neither.
pub fn of(call: &Call<'_>) -> Result<Mode, FmError> {
    let Some(Value::Array(opts)) = call.params.get("configoptions") else {
        return Ok(Mode::ReadWrite);
    };
    let chosen = opts.iter().find_map(|(k, v)| match k {
        Key::Str(name) if name.trim().eq_ignore_ascii_case(OPTION) => Some(v),
        _ => None,
    });
    match chosen {
        None => Ok(Mode::ReadWrite),
        Some(v) => parse(&v.as_text().map(|s| s.into_owned()).unwrap_or_default()),
    }
}

/// `read-only` / `read-write` as an admin may spell them (WHMCS passes the option's value).
pub fn parse(raw: &str) -> Result<Mode, FmError> {
    let v: String = raw
        .trim()
        .to_ascii_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    match v.as_str() {
        "" | "readwrite" | "readandwrite" => Ok(Mode::ReadWrite),
        "readonly" => Ok(Mode::ReadOnly),
        _ => Err(FmError::denied(format!(
            "the file manager is not available: the configurable option “{OPTION}” must be read-only or read-write; please contact support"
        ))),
    }
}

/// Refuses a change in read-only mode (before any panel request).
pub fn check_write(mode: Mode, action: &str) -> Result<(), FmError> {
    match mode {
        Mode::ReadWrite => Ok(()),
        Mode::ReadOnly => Err(FmError::denied(format!(
            "the file manager of this service is read-only (browse and download only); `{action}` is not available"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        for ro in ["read-only", "Read only", " READONLY "] {
            assert_eq!(parse(ro).unwrap(), Mode::ReadOnly, "{ro}");
        }
        for rw in ["", "read-write", "Read and write"] {
            assert_eq!(parse(rw).unwrap(), Mode::ReadWrite, "{rw}");
        }
        let e = parse("yes").unwrap_err().to_string();
        assert!(e.contains("“File manager”"), "{e}");
        assert!(check_write(Mode::ReadOnly, "save").is_err());
        assert!(check_write(Mode::ReadWrite, "save").is_ok());
    }
}
