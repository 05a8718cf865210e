//! v-add-fs-archive (GNU tar, gzip when the name ends in `.gz`) and v-extract-fs-archive
//! (chosen by patterns in the file name, as the script's `egrep -i` tests do).
//!
//! Extraction writes through [`FsRoot`]'s virtual resolution, one member at a time: a member
//! with `..`, or one that would land outside what the user may write (through a link planted by
//! an earlier member, say), fails the extraction as permission errors fail `tar`/`unzip`.

use std::fs;
use std::io::{Cursor, Read, Write};
use std::os::unix::fs::PermissionsExt;

use super::commands::Args;
use super::exec::code::*;
use super::exec::{fail, Fail, R};
use super::fs::{home_or_tmp, prepare};
use super::fs_root::{FsRoot, Kind};
use super::HestiaPanel;

/// v-add-fs-archive USER ARCHIVE SOURCE [SOURCE...]
pub fn add_archive(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let archive = a.s(2);
    let (_st, root, homedir) = prepare(p, user)?;
    if root.test(archive) != Kind::Missing {
        return fail(E_ARGS, format!("archive already exist {archive}"));
    }
    let sources: Vec<&str> = a.0.iter().skip(2).map(String::as_str).collect();
    for src in &sources {
        if home_or_tmp(root, src, &homedir).is_none() {
            return fail(E_ARGS, format!("invalid source path {src}"));
        }
    }
    let not_created = || Fail::new(E_NOTEXIST, format!("archive {archive} was not created"));
    // ${archive/.gz/}: the first ".gz" removed.
    let tar_path = archive.replacen(".gz", "", 1);
    let Some(rtar) = root.resolve(&tar_path, true) else {
        return Err(not_created());
    };
    if !FsRoot::may_access(user, &rtar) {
        return Err(not_created());
    }
    let mut builder = tar::Builder::new(Vec::new());
    builder.follow_symlinks(false);
    for src in &sources {
        // sed "s|/home/$user/||", then `tar -C /home/$user $src` (GNU tar drops a leading /).
        let member = src.replacen(&format!("/home/{user}/"), "", 1);
        let from = if member.starts_with('/') {
            member.clone()
        } else {
            format!("/home/{user}/{member}")
        };
        let name = member.trim_start_matches('/');
        let Some(phys) = root.resolve(&from, false) else {
            return Err(not_created());
        };
        if !FsRoot::may_access(user, &phys) || root.lstat(&phys).is_none() {
            return Err(not_created());
        }
        let real = root.real(&phys);
        let added = if real.is_dir() && !real.is_symlink() {
            builder.append_dir_all(name, &real)
        } else {
            builder.append_path_with_name(&real, name)
        };
        added.map_err(|_| not_created())?;
    }
    let bytes = builder.into_inner().map_err(|_| not_created())?;
    let (path, bytes) = if archive.ends_with(".gz") {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&bytes).map_err(|_| not_created())?;
        (
            format!("{rtar}.gz"),
            gz.finish().map_err(|_| not_created())?,
        )
    } else {
        (rtar, bytes)
    };
    if !FsRoot::may_access(user, &path) {
        return Err(not_created());
    }
    fs::write(root.real(&path), bytes).map_err(|_| not_created())?;
    Ok(String::new())
}

/// `echo $src | egrep -i 'A|B'`: unanchored, `.` is any character.
fn egrep_i(text: &str, alternatives: &str) -> bool {
    let t: Vec<char> = text.to_lowercase().chars().collect();
    alternatives.split('|').any(|alt| {
        let p: Vec<char> = alt.to_lowercase().chars().collect();
        p.is_empty()
            || (p.len() <= t.len()
                && (0..=t.len() - p.len())
                    .any(|i| p.iter().zip(&t[i..]).all(|(pc, tc)| *pc == '.' || pc == tc)))
    })
}

/// v-extract-fs-archive USER ARCHIVE DIRECTORY [SELECTED_DIR] [STRIP] [TEST]
pub fn extract_archive(p: &HestiaPanel, a: Args) -> R {
    let (user, src, dst) = (a.s(1), a.s(2), a.s(3));
    let (selected, strip, test) = (a.s(4), a.s(5), a.s(6));
    let (mut st, root, homedir) = prepare(p, user)?;
    if root.test(src) == Kind::Missing {
        return fail(E_NOTEXIST, format!("source file {src} doesn't exist"));
    }
    let Some(rsrc) = home_or_tmp(root, src, &homedir) else {
        return fail(E_INVALID, format!("invalid source path {src}"));
    };
    let Some(rdst) = home_or_tmp(root, dst, &homedir) else {
        return fail(E_INVALID, format!("invalid destination path {dst}"));
    };
    let strip_n = if strip.is_empty() {
        0
    } else {
        strip.parse::<usize>().map_err(|_| {
            Fail::new(
                E_INVALID,
                format!("invalid strip-components format :: {strip}"),
            )
        })?
    };
    let listing_only = !test.is_empty() && test != "no";
    let ctx = Extract {
        root,
        user,
        dst: rdst,
        selected,
        strip: strip_n,
    };
    let data = || -> Result<Vec<u8>, ()> {
        if !FsRoot::may_access(user, &rsrc) {
            return Err(());
        }
        fs::read(root.real(&rsrc)).map_err(|_| ())
    };
    // The script's tests in its order; `rc` is whatever the last matching branch set.
    let mut rc: Option<bool> = None;
    let mut x = false;
    if egrep_i(src, ".tgz|.tar.gz") {
        x = true;
        rc = Some(
            data()
                .and_then(|d| gunzip(&d))
                .and_then(|d| ctx.tar(&d, listing_only))
                .is_ok(),
        );
    }
    if egrep_i(src, ".tbz|.tar.bz") || egrep_i(src, ".tar.zst") {
        x = true;
        rc = Some(false); // bzip2/zstd are not simulated
    }
    if !x && egrep_i(src, ".zst") {
        rc = Some(false);
    }
    if !x && egrep_i(src, ".gz") {
        rc = Some(ctx.gunzip_file(&rsrc, data()).is_ok());
        st.tmp_files.remove(&rsrc);
    }
    if !x && egrep_i(src, ".bz") {
        rc = Some(false);
    }
    if egrep_i(src, ".zip") {
        rc = Some(data().and_then(|d| ctx.zip(&d)).is_ok());
    }
    if egrep_i(src, ".7z") || egrep_i(src, ".rar") {
        rc = Some(false);
    }
    if !x && egrep_i(src, ".tar") {
        rc = Some(data().and_then(|d| ctx.tar(&d, listing_only)).is_ok());
    }
    match rc {
        Some(false) => fail(E_NOTEXIST, format!("{src} was not extracted")),
        // `[ $rc -ne 0 ]` with rc unset is a test error, not a failure: the script exits 0.
        _ => Ok(String::new()),
    }
}

fn gunzip(d: &[u8]) -> Result<Vec<u8>, ()> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(d)
        .read_to_end(&mut out)
        .map_err(|_| ())?;
    Ok(out)
}

struct Extract<'a> {
    root: &'a FsRoot,
    user: &'a str,
    dst: String,
    selected: &'a str,
    strip: usize,
}

enum Member {
    Dir,
    File(Vec<u8>),
    Link(String),
}

impl Extract<'_> {
    fn mkdir_dst(&self) -> Result<(), ()> {
        if !FsRoot::may_access(self.user, &self.dst) {
            return Err(());
        }
        fs::create_dir_all(self.root.real(&self.dst)).map_err(|_| ())
    }

    /// The member's path below the destination, or None when it is skipped.
    fn place(&self, name: &str) -> Option<String> {
        let name = name.trim_start_matches('/');
        let parts: Vec<&str> = name
            .split('/')
            .filter(|c| !c.is_empty() && *c != ".")
            .collect();
        if parts.contains(&"..") || parts.len() <= self.strip {
            return None;
        }
        Some(parts[self.strip..].join("/"))
    }

    fn write(&self, rel: &str, member: Member, mode: Option<u32>) -> Result<(), ()> {
        let vpath = format!("{}/{rel}", self.dst.trim_end_matches('/'));
        // Links on the way are followed, as the OS would; a file member replaces a link of its
        // name, a directory member goes through one (mkdir -p).
        let follow = matches!(member, Member::Dir);
        let phys = self.root.resolve(&vpath, follow).ok_or(())?;
        if !FsRoot::may_access(self.user, &phys) {
            return Err(());
        }
        let real = self.root.real(&phys);
        if let Some(m) = self.root.lstat(&phys) {
            if m.file_type().is_symlink() || (m.is_file() && !matches!(member, Member::Dir)) {
                fs::remove_file(&real).map_err(|_| ())?;
            }
        }
        match member {
            Member::Dir => fs::create_dir_all(&real).map_err(|_| ())?,
            Member::File(bytes) => fs::write(&real, bytes).map_err(|_| ())?,
            Member::Link(target) => {
                return std::os::unix::fs::symlink(target, &real).map_err(|_| ());
            }
        }
        if let Some(mode) = mode {
            let _ = fs::set_permissions(&real, fs::Permissions::from_mode(mode & 0o777));
        }
        Ok(())
    }

    /// The member's folders, one level at a time (tar and unzip create them as needed).
    fn parents(&self, rel: &str) -> Result<(), ()> {
        let parts: Vec<&str> = rel.split('/').collect();
        for n in 1..parts.len() {
            self.write(&parts[..n].join("/"), Member::Dir, None)?;
        }
        Ok(())
    }

    fn tar(&self, data: &[u8], listing_only: bool) -> Result<(), ()> {
        let mut archive = tar::Archive::new(Cursor::new(data));
        let mut found = self.selected.is_empty();
        let mut members = Vec::new();
        for entry in archive.entries().map_err(|_| ())? {
            let mut e = entry.map_err(|_| ())?;
            let name = String::from_utf8_lossy(&e.path_bytes()).to_string();
            let trimmed = name.trim_end_matches('/');
            if !self.selected.is_empty() {
                let sel = self.selected.trim_end_matches('/');
                if trimmed != sel && !trimmed.starts_with(&format!("{sel}/")) {
                    continue;
                }
                found = true;
            }
            let kind = e.header().entry_type();
            let mode = e.header().mode().ok();
            let member = if kind.is_dir() {
                Member::Dir
            } else if kind.is_symlink() {
                let target = e.link_name().ok().flatten().ok_or(())?;
                Member::Link(target.to_string_lossy().to_string())
            } else if kind.is_file() {
                let mut b = Vec::new();
                e.read_to_end(&mut b).map_err(|_| ())?;
                Member::File(b)
            } else {
                continue;
            };
            members.push((trimmed.to_string(), member, mode));
        }
        if !found {
            return Err(()); // tar: SELECTED: Not found in archive
        }
        if listing_only {
            return Ok(());
        }
        self.mkdir_dst()?;
        let mut ok = true;
        for (name, member, mode) in members {
            // GNU tar skips members with "..", carries on, and exits non-zero at the end.
            match self.place(&name) {
                Some(rel) if !rel.is_empty() => {
                    ok &= self.parents(&rel).is_ok() && self.write(&rel, member, mode).is_ok()
                }
                Some(_) => {}
                None => ok &= self.strip > 0 && !name.split('/').any(|c| c == ".."),
            }
        }
        ok.then_some(()).ok_or(())
    }

    fn zip(&self, data: &[u8]) -> Result<(), ()> {
        let mut archive = zip::ZipArchive::new(Cursor::new(data)).map_err(|_| ())?;
        self.mkdir_dst()?;
        let mut ok = true;
        for i in 0..archive.len() {
            let mut f = archive.by_index(i).map_err(|_| ())?;
            // unzip drops "../" and leading "/" (with a warning) rather than writing outside.
            let raw = f.name().map_err(|_| ())?.to_string();
            let name: String = raw
                .split('/')
                .filter(|c| *c != "..")
                .collect::<Vec<_>>()
                .join("/");
            let Some(rel) = self.place(&name).filter(|r| !r.is_empty()) else {
                continue;
            };
            let mode = f.unix_mode();
            let is_link = mode.is_some_and(|m| m & 0o170000 == 0o120000);
            let member = if f.is_dir() {
                Member::Dir
            } else {
                let mut b = Vec::new();
                f.read_to_end(&mut b).map_err(|_| ())?;
                if is_link {
                    Member::Link(String::from_utf8_lossy(&b).to_string())
                } else {
                    Member::File(b)
                }
            };
            ok &= self.parents(&rel).is_ok() && self.write(&rel, member, mode).is_ok();
        }
        ok.then_some(()).ok_or(())
    }

    /// `mv SRC DST/; gzip -d -f DST/NAME`.
    fn gunzip_file(&self, rsrc: &str, data: Result<Vec<u8>, ()>) -> Result<(), ()> {
        let data = data?;
        let plain = gunzip(&data)?;
        self.mkdir_dst()?;
        let name = rsrc.rsplit('/').next().unwrap_or("");
        let stem = name
            .strip_suffix(".gz")
            .or_else(|| name.strip_suffix(".GZ"))
            .ok_or(())?;
        self.write(stem, Member::File(plain), None)?;
        fs::remove_file(self.root.real(rsrc)).map_err(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_tests_are_unanchored_with_any_char_dots() {
        assert!(egrep_i("/home/a/x.TAR.GZ", ".tgz|.tar.gz"));
        assert!(egrep_i("/home/a/xtgz", ".tgz|.tar.gz"));
        assert!(egrep_i("/home/a/x.zip", ".zip"));
        assert!(!egrep_i("/home/a/x.txt", ".zip"));
    }
}
