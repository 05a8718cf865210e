//! Archive names as HestiaCP's scripts read them.
//!
//! v-add-fs-archive makes tar files only (`tar -rf ${ARCHIVE/.gz/}`, then gzip when the name
//! ends in `.gz`): a `.zip` name would get a tar file. v-extract-fs-archive picks tools by
//! unanchored `egrep -i` tests on the whole path, where `.` matches any character, and lets
//! the last matching branch decide: a folder named `mytar` or `x.zip.d` makes it run the wrong
//! tool. Both are checked here, before any request.

use super::error::FmError;

/// Formats the file manager creates, by the name's ending.
pub const CREATE_FORMATS: &[&str] = &[".tar.gz", ".tgz", ".tar"];

/// What the client can extract: the name's ending and the script branch it must select.
const EXTRACT_FORMATS: &[(&str, Branch)] = &[
    (".tar.gz", Branch::TarGz),
    (".tgz", Branch::TarGz),
    (".zip", Branch::Zip),
    (".tar", Branch::Tar),
    (".gz", Branch::Gunzip),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Branch {
    TarGz,
    TarBz,
    TarZst,
    Unzst,
    Gunzip,
    Bunzip,
    Zip,
    SevenZip,
    Tar,
    Rar,
}

/// Checks a new archive's absolute path for v-add-fs-archive.
pub fn check_new(abs: &str, name: &str) -> Result<(), FmError> {
    let lower = name.to_ascii_lowercase();
    if !CREATE_FORMATS.iter().any(|f| lower.ends_with(f)) {
        return Err(FmError::input(
            "archive name must end in .tar.gz, .tgz or .tar: HestiaCP makes tar archives only (zip archives can be extracted but not created)",
        ));
    }
    // ${archive/.gz/} removes the FIRST ".gz" of the whole path.
    let first = abs.find(".gz");
    if first.is_some() && first != abs.len().checked_sub(3) {
        return Err(FmError::input(
            "the archive's path contains `.gz` before its end, which HestiaCP's archive command misreads; choose another name or folder",
        ));
    }
    Ok(())
}

/// Source names v-add-fs-archive passes unquoted to tar: globs would expand, a leading `-`
/// would be an option.
pub fn check_source(rel: &str) -> Result<(), FmError> {
    if rel.contains(['*', '?', '[']) || rel.starts_with('-') {
        return Err(FmError::input(format!(
            "`{rel}` cannot go into an archive: HestiaCP passes names to tar unquoted, so names with * ? [ or a leading - are refused"
        )));
    }
    Ok(())
}

/// The branch an archive must select, or why it cannot be extracted.
pub fn check_extract(abs: &str, name: &str) -> Result<Branch, FmError> {
    let lower = name.to_ascii_lowercase();
    let Some((_, want)) = EXTRACT_FORMATS.iter().find(|(f, _)| lower.ends_with(f)) else {
        return Err(FmError::input(
            "only .zip, .tar.gz, .tgz, .tar and .gz files can be extracted here",
        ));
    };
    let got = branches(abs);
    if got != [*want] {
        return Err(FmError::input(
            "HestiaCP would misread this archive's path (a folder or file name contains .zip, .tar, .gz, .bz, .7z, .rar or .zst-like text); rename or move it first",
        ));
    }
    Ok(*want)
}

/// The branches of v-extract-fs-archive that run for `path`, in the script's order.
pub fn branches(path: &str) -> Vec<Branch> {
    let mut out = Vec::new();
    let mut x = false;
    if egrep_i(path, &[".tgz", ".tar.gz"]) {
        x = true;
        out.push(Branch::TarGz);
    }
    if egrep_i(path, &[".tbz", ".tar.bz"]) {
        x = true;
        out.push(Branch::TarBz);
    }
    if egrep_i(path, &[".tar.zst"]) {
        x = true;
        out.push(Branch::TarZst);
    }
    if !x && egrep_i(path, &[".zst"]) {
        out.push(Branch::Unzst);
    }
    if !x && egrep_i(path, &[".gz"]) {
        out.push(Branch::Gunzip);
    }
    if !x && egrep_i(path, &[".bz"]) {
        out.push(Branch::Bunzip);
    }
    if egrep_i(path, &[".zip"]) {
        out.push(Branch::Zip);
    }
    if egrep_i(path, &[".7z"]) {
        out.push(Branch::SevenZip);
    }
    if !x && egrep_i(path, &[".tar"]) {
        out.push(Branch::Tar);
    }
    if egrep_i(path, &[".rar"]) {
        out.push(Branch::Rar);
    }
    out
}

/// Unanchored, case-insensitive, `.` matching any character.
fn egrep_i(text: &str, alternatives: &[&str]) -> bool {
    let t: Vec<char> = text.to_lowercase().chars().collect();
    alternatives.iter().any(|alt| {
        let p: Vec<char> = alt.chars().collect();
        p.len() <= t.len()
            && (0..=t.len() - p.len())
                .any(|i| p.iter().zip(&t[i..]).all(|(pc, tc)| *pc == '.' || pc == tc))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extract_branches_follow_the_script() {
        assert_eq!(
            check_extract("/home/alice/up.zip", "up.zip").unwrap(),
            Branch::Zip
        );
        assert_eq!(
            check_extract("/home/alice/site.tar.gz", "site.tar.gz").unwrap(),
            Branch::TarGz
        );
        // "startup" holds "star": `.tar` matches, so tar would run on the zip too.
        assert!(check_extract("/home/startup/up.zip", "up.zip").is_err());
        assert!(check_extract("/home/alice/a.rar", "a.rar").is_err());
    }

    #[test]
    fn new_archives_are_tar_files() {
        assert!(check_new("/home/alice/x.tar.gz", "x.tar.gz").is_ok());
        assert!(check_new("/home/alice/x.zip", "x.zip").is_err());
        assert!(check_new("/home/alice/my.gzip/x.tar.gz", "x.tar.gz").is_err());
        assert!(check_source("docs/*.txt").is_err());
        assert!(check_source("-rf").is_err());
    }
}
