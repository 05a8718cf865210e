//! Result of running a simulated `bin/v-*` script: its stdout and exit code.

/// Hestia exit codes (func/main.sh, web/inc/helpers.php).
pub mod code {
    pub const OK: i32 = 0;
    pub const E_ARGS: i32 = 1;
    pub const E_INVALID: i32 = 2;
    pub const E_NOTEXIST: i32 = 3;
    pub const E_EXISTS: i32 = 4;
    pub const E_SUSPENDED: i32 = 5;
    pub const E_UNSUSPENDED: i32 = 6;
    pub const E_INUSE: i32 = 7;
    pub const E_LIMIT: i32 = 8;
    pub const E_PASSWORD: i32 = 9;
    pub const E_FORBIDEN: i32 = 10;
    pub const E_DISABLED: i32 = 11;
    pub const E_PARSING: i32 = 12;
    pub const E_CONNECT: i32 = 15;
    pub const E_API_DISABLED: i32 = 21;
}

/// A failed script: exit code and what it printed (usually `Error: …`).
#[derive(Clone, Debug, PartialEq)]
pub struct Fail {
    pub code: i32,
    pub out: String,
}

impl Fail {
    /// `check_result CODE MSG`: prints `Error: MSG`.
    pub fn new(code: i32, msg: impl AsRef<str>) -> Fail {
        Fail {
            code,
            out: format!("Error: {}", msg.as_ref()),
        }
    }
    /// Printed verbatim (for scripts that echo their own text).
    pub fn raw(code: i32, out: impl Into<String>) -> Fail {
        Fail {
            code,
            out: out.into(),
        }
    }
}

/// Script outcome: Ok(stdout) = exit 0 (stdout may still hold an error line), Err = non-zero.
pub type R = Result<String, Fail>;

/// Shorthand for `Err(Fail::new(..))`.
pub fn fail<T>(code: i32, msg: impl AsRef<str>) -> Result<T, Fail> {
    Err(Fail::new(code, msg))
}
