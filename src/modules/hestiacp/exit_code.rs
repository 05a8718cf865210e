//! HestiaCP's exit codes (`func/main.sh`).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExitCode(pub i32);

impl ExitCode {
    pub const OK: ExitCode = ExitCode(0);
    pub const ARGS: ExitCode = ExitCode(1);
    pub const INVALID: ExitCode = ExitCode(2);
    pub const NOTEXIST: ExitCode = ExitCode(3);
    pub const EXISTS: ExitCode = ExitCode(4);
    pub const SUSPENDED: ExitCode = ExitCode(5);
    pub const UNSUSPENDED: ExitCode = ExitCode(6);
    pub const INUSE: ExitCode = ExitCode(7);
    pub const LIMIT: ExitCode = ExitCode(8);
    pub const PASSWORD: ExitCode = ExitCode(9);
    pub const FORBIDDEN: ExitCode = ExitCode(10);
    pub const CONNECT: ExitCode = ExitCode(15);
    pub const API_DISABLED: ExitCode = ExitCode(21);

    pub fn name(self) -> &'static str {
        match self.0 {
            0 => "OK",
            1 => "E_ARGS",
            2 => "E_INVALID",
            3 => "E_NOTEXIST",
            4 => "E_EXISTS",
            5 => "E_SUSPENDED",
            6 => "E_UNSUSPENDED",
            7 => "E_INUSE",
            8 => "E_LIMIT",
            9 => "E_PASSWORD",
            10 => "E_FORBIDEN",
            11 => "E_DISABLED",
            12 => "E_PARSING",
            13 => "E_DISK",
            14 => "E_LA",
            15 => "E_CONNECT",
            16 => "E_FTP",
            17 => "E_DB",
            18 => "E_RRD",
            19 => "E_UPDATE",
            20 => "E_RESTART",
            21 => "E_API_DISABLED",
            _ => "unknown",
        }
    }

    /// Codes the API uses for credential, permission and API-access problems.
    pub fn is_auth(self) -> bool {
        matches!(self.0, 9 | 10 | 21)
    }
}

impl fmt::Display for ExitCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "exit {} {}", self.0, self.name())
    }
}
