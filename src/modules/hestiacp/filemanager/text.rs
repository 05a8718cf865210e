//! File contents over HestiaCP's API, which is a text channel: uploads go through
//! `v-make-tmp-file` (PHP `trim()`s the value and writes it with one `"\n"` added) and reads
//! come back from `v-open-fs-file` through PHP `exec()` (trailing blanks of every line and of
//! the whole output dropped). So the file manager moves text only, says when the panel
//! normalised something, and refuses a download it cannot return byte for byte.

use super::error::FmError;

/// Largest file opened in the editor, uploaded or downloaded (held in memory once).
pub const MAX_BYTES: u64 = 2 * 1024 * 1024;

/// What HestiaCP stores for `content` (PHP `trim()` + `"\n"`).
pub fn stored_as(content: &str) -> String {
    format!("{}\n", php_trim(content))
}

pub fn php_trim(s: &str) -> &str {
    s.trim_matches([' ', '\t', '\n', '\r', '\0', '\x0B'])
}

/// Refuses content the API cannot carry; `field` names it.
pub fn check_upload(content: &str, field: &str) -> Result<(), FmError> {
    if content.len() as u64 > MAX_BYTES {
        return Err(FmError::TooLarge(format!(
            "{field} is {} bytes; the file manager handles files up to {} MB",
            content.len(),
            MAX_BYTES / (1024 * 1024)
        )));
    }
    if content.contains('\0') {
        return Err(FmError::input(format!(
            "{field} is binary (it contains NUL bytes); HestiaCP's API carries text only, so upload binary files by SFTP/FTP"
        )));
    }
    Ok(())
}

/// Refuses to open a file larger than the limit, before it is read.
pub fn check_size(size: u64, what: &str) -> Result<(), FmError> {
    if size > MAX_BYTES {
        return Err(FmError::TooLarge(format!(
            "{what} is {size} bytes; the file manager opens files up to {} MB (use SFTP/FTP for larger ones)",
            MAX_BYTES / (1024 * 1024)
        )));
    }
    Ok(())
}

/// The file's exact bytes from what `v-open-fs-file` printed and the size the listing gave,
/// or `None` when they cannot be rebuilt: binary data, or blanks/CRs lost at line ends.
/// The one loss that is repaired is the final newline `exec()` drops.
pub fn exact(output: &str, size: u64) -> Option<String> {
    if output.contains('\u{FFFD}') || output.contains('\0') {
        return None;
    }
    let n = output.len() as u64;
    if n == size {
        Some(output.to_string())
    } else if n + 1 == size {
        Some(format!("{output}\n"))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panel_normalisation_is_predicted() {
        assert_eq!(stored_as("a\nb\n"), "a\nb\n");
        assert_eq!(stored_as("  a\nb"), "a\nb\n");
        assert_eq!(exact("a\nb", 4).as_deref(), Some("a\nb\n"));
        assert_eq!(exact("a\nb", 3).as_deref(), Some("a\nb"));
        assert_eq!(exact("a\nb", 7), None);
        assert_eq!(exact("a\u{FFFD}", 4), None);
        assert!(check_upload("x\0y", "file").is_err());
        assert!(check_size(MAX_BYTES + 1, "file").is_err());
    }
}
