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

    /// The code behind an error message of the legacy (user/password) API, which sends no
    /// `Hestia-Exit-Code` header: the wording of `func/main.sh`'s checks (`is_object_valid`,
    /// `is_object_new`, `is_object_unsuspended`, `is_object_suspended`, the format checks).
    /// `-1` when the message is none of them.
    pub fn from_message(message: &str) -> ExitCode {
        let m = message.trim().trim_end_matches('.').to_ascii_lowercase();
        if m.contains("doesn't exist") || m.contains("does not exist") {
            ExitCode::NOTEXIST
        } else if m.contains("is not suspended") {
            ExitCode::UNSUSPENDED
        } else if m.contains("is suspended") {
            ExitCode::SUSPENDED
        } else if m.ends_with(" exists") || m.contains("already exists") {
            ExitCode::EXISTS
        } else if m.starts_with("invalid ") || m.contains(" is invalid") {
            ExitCode::INVALID
        } else {
            ExitCode(-1)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_messages_map_to_hestias_codes() {
        for (msg, code) in [
            ("user shopuser doesn't exist", ExitCode::NOTEXIST),
            ("user alice exists", ExitCode::EXISTS),
            ("package gold already exists.", ExitCode::EXISTS),
            ("user shopuser is suspended", ExitCode::SUSPENDED),
            ("user shopuser is not suspended", ExitCode::UNSUSPENDED),
            ("invalid user format :: Bad Name", ExitCode::INVALID),
            ("disk full", ExitCode(-1)),
        ] {
            assert_eq!(ExitCode::from_message(msg), code, "{msg}");
        }
    }
}
