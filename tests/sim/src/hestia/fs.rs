//! The file-system scripts Hestia's own file manager uses (`bin/v-*-fs-*`), over the real tree
//! of [`FsRoot`]. Each keeps its script's order of checks, its path rule and its messages:
//! most accept a resolved path starting with `/tmp` or the home (a prefix match, so
//! `/home/alice2` passes for alice); v-list-fs-directory and v-get-fs-file-type only grep for
//! the home anywhere in it; v-search-fs-object anchors it. What the user may then really touch
//! is `user_exec`'s business ([`FsRoot::may_access`]).

use std::fs;
use std::io;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use super::clock;
use super::commands::Args;
use super::exec::code::*;
use super::exec::{fail, Fail, R};
use super::fs_root::{FsRoot, Kind};
use super::state::State;
use super::{users, HestiaPanel};

/// The locked state and the file system, ready for a script of `user`.
pub(super) fn prepare<'a>(
    p: &'a HestiaPanel,
    user: &str,
) -> Result<(std::sync::MutexGuard<'a, State>, &'a FsRoot, String), Fail> {
    let st = p.lock();
    users::existing(&st, user)?;
    let root = &p.fs;
    if root.ensure_home(user).is_err() {
        return fail(E_PARSING, "user home directory doesn't exist");
    }
    root.sync_tmp(&st.tmp_files);
    Ok((st, root, format!("/home/{user}")))
}

/// `echo $rpath | egrep "^/tmp|^$homedir"` with `rpath=$(readlink -f "$path")`.
pub(super) fn home_or_tmp(root: &FsRoot, path: &str, homedir: &str) -> Option<String> {
    root.resolve(path, true)
        .filter(|r| r.starts_with("/tmp") || r.starts_with(homedir))
}

/// `find … -printf "%y|%m|%TY-%Tm-%Td|%TH:%TM|%u|%g|%s|%P\n"`
fn find_line(m: &fs::Metadata, user: &str, rel: &str) -> String {
    let ft = m.file_type();
    let y = if ft.is_symlink() {
        'l'
    } else if ft.is_dir() {
        'd'
    } else if ft.is_file() {
        'f'
    } else {
        'p'
    };
    let secs = u64::try_from(m.mtime()).unwrap_or(0);
    let (time, date) = clock::time_date(secs);
    format!(
        "{y}|{:o}|{date}|{}|{user}|{user}|{}|{rel}",
        m.mode() & 0o7777,
        &time[..5],
        m.len()
    )
}

/// Entries of a directory in the order the real panel's tmpfs gives `find`: newest first (so a
/// name made after a link, e.g. one whose line break forges a line for that link, is printed
/// before the link's own line, as on HestiaCP); by name within one instant, for repeatability.
fn entries(dir: &Path) -> Vec<(String, fs::Metadata)> {
    let mut v: Vec<(String, fs::Metadata)> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| {
                    let m = fs::symlink_metadata(e.path()).ok()?;
                    Some((e.file_name().to_string_lossy().to_string(), m))
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort_by(|a, b| {
        let when = |m: &fs::Metadata| (m.ctime(), m.ctime_nsec());
        when(&b.1).cmp(&when(&a.1)).then_with(|| a.0.cmp(&b.0))
    });
    v
}

/// v-list-fs-directory USER [DIRECTORY]
pub fn list_directory(p: &HestiaPanel, a: Args) -> R {
    let user = a.s(1);
    let (_st, root, homedir) = prepare(p, user)?;
    let mut path = a.s(2).to_string();
    if !path.is_empty() {
        let rpath = root.resolve(&path, true).unwrap_or_default();
        if !rpath.contains(&homedir) {
            return fail(E_INVALID, format!("invalid path {path}"));
        }
    } else {
        path = homedir.clone();
    }
    // find does not follow a starting point that is a link (-P).
    let Some(start) = root.resolve(&path, false) else {
        return Err(Fail::raw(1, ""));
    };
    let Some(m) = root.lstat(&start) else {
        return Err(Fail::raw(1, ""));
    };
    if !FsRoot::may_access(user, &start) {
        return Err(Fail::raw(1, ""));
    }
    let mut out = vec![find_line(&m, user, "")];
    if m.is_dir() {
        for (name, em) in entries(&root.real(&start)) {
            out.push(find_line(&em, user, &name));
        }
    }
    Ok(out.join("\n"))
}

/// v-open-fs-file USER FILE
pub fn open_file(p: &HestiaPanel, a: Args) -> R {
    let (user, src) = (a.s(1), a.s(2));
    let (_st, root, homedir) = prepare(p, user)?;
    let mut rpath = None;
    if !src.is_empty() {
        rpath = home_or_tmp(root, src, &homedir);
        if rpath.is_none() {
            return fail(E_INVALID, format!("invalid source path {src}"));
        }
        if root.test(src) != Kind::File {
            return fail(E_INVALID, format!("file not found {src}"));
        }
    }
    let not_opened = || Fail::new(E_NOTEXIST, format!("file {src} was not opened"));
    let rpath = rpath.ok_or_else(not_opened)?;
    if !FsRoot::may_access(user, &rpath) {
        return Err(not_opened());
    }
    let bytes = fs::read(root.real(&rpath)).map_err(|_| not_opened())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// v-add-fs-file USER FILE (touch)
pub fn add_file(p: &HestiaPanel, a: Args) -> R {
    let (user, dst) = (a.s(1), a.s(2));
    let (_st, root, homedir) = prepare(p, user)?;
    let Some(rpath) = home_or_tmp(root, dst, &homedir) else {
        return fail(E_INVALID, format!("invalid destination path {dst}"));
    };
    let ok = FsRoot::may_access(user, &rpath)
        && fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(root.real(&rpath))
            .is_ok();
    if !ok {
        return fail(E_NOTEXIST, format!("file {dst} was not created"));
    }
    Ok(String::new())
}

/// v-add-fs-directory USER DIRECTORY (mkdir -p)
pub fn add_directory(p: &HestiaPanel, a: Args) -> R {
    let (user, dst) = (a.s(1), a.s(2));
    let (_st, root, homedir) = prepare(p, user)?;
    let Some(rpath) = home_or_tmp(root, dst, &homedir) else {
        return fail(E_INVALID, format!("invalid destination path {dst}"));
    };
    let ok = FsRoot::may_access(user, &rpath) && fs::create_dir_all(root.real(&rpath)).is_ok();
    if !ok {
        return fail(E_NOTEXIST, format!("directory {dst} was not created"));
    }
    Ok(String::new())
}

/// Where `cp`/`mv` put SRC for DST: inside DST when it is a directory.
fn target_of(root: &FsRoot, src_phys: &str, dst: &str) -> Option<String> {
    let rdst = root.resolve(dst, true)?;
    let is_dir = root.lstat(&rdst).is_some_and(|m| m.is_dir());
    if is_dir {
        let name = src_phys.rsplit('/').next().unwrap_or("");
        Some(format!("{}/{name}", rdst.trim_end_matches('/')))
    } else {
        Some(rdst)
    }
}

/// Copies a tree without following links inside it (`cp -r` is `-P`).
pub(super) fn copy_tree(from: &Path, to: &Path) -> io::Result<()> {
    let m = fs::symlink_metadata(from)?;
    if m.file_type().is_symlink() {
        let target = fs::read_link(from)?;
        if fs::symlink_metadata(to).is_ok() {
            fs::remove_file(to)?;
        }
        std::os::unix::fs::symlink(target, to)
    } else if m.is_dir() {
        if !to.exists() {
            fs::create_dir(to)?;
        }
        for e in fs::read_dir(from)? {
            let e = e?;
            copy_tree(&e.path(), &to.join(e.file_name()))?;
        }
        Ok(())
    } else {
        fs::copy(from, to).map(|_| ())
    }
}

fn copy_or_move(p: &HestiaPanel, a: Args, kind: &str, moving: bool) -> R {
    let (user, src, dst) = (a.s(1), a.s(2), a.s(3));
    let (mut st, root, homedir) = prepare(p, user)?;
    let dir = kind == "directory";
    let exists = match (moving, dir) {
        (false, false) => root.test(src) == Kind::File,
        (false, true) => root.test(src) != Kind::Missing,
        (true, false) => root.test(src) == Kind::File,
        (true, true) => root.test(src) == Kind::Dir,
    };
    if !exists {
        return fail(
            E_NOTEXIST,
            match (moving, dir) {
                (false, false) => format!("{src} doesn't exist"),
                (_, true) => format!("source directory {src} doesn't exist"),
                (true, false) => format!("source file {src} doesn't exist"),
            },
        );
    }
    if home_or_tmp(root, src, &homedir).is_none() {
        return fail(E_INVALID, format!("invalid source path {src}"));
    }
    if home_or_tmp(root, dst, &homedir).is_none() {
        return fail(E_INVALID, format!("invalid destination path {dst}"));
    }
    let verb = if moving { "moved" } else { "copied" };
    let noun = if dir { "directory" } else { "file" };
    let failed = || Fail::new(E_NOTEXIST, format!("{noun} {src} was not {verb}"));
    // mv acts on a link itself; cp follows the source link.
    let src_phys = root.resolve(src, !moving).ok_or_else(failed)?;
    let target = target_of(root, &src_phys, dst).ok_or_else(failed)?;
    // A file the API wrote belongs to hestiaweb; /tmp is sticky, so the user cannot move it.
    if (moving && st.tmp_files.contains_key(&src_phys))
        || !FsRoot::may_access(user, &src_phys)
        || !FsRoot::may_access(user, &target)
        || target == src_phys
        || super::fs_root::within(&target, &src_phys)
    {
        return Err(failed());
    }
    let (from, to) = (root.real(&src_phys), root.real(&target));
    let done = if moving {
        fs::rename(&from, &to)
    } else {
        copy_tree(&from, &to)
    };
    done.map_err(|_| failed())?;
    if moving {
        st.tmp_files.remove(&src_phys);
    }
    Ok(String::new())
}

/// v-copy-fs-file USER SRC_FILE DST_FILE
pub fn copy_file(p: &HestiaPanel, a: Args) -> R {
    copy_or_move(p, a, "file", false)
}

/// v-copy-fs-directory USER SRC_DIRECTORY DST_DIRECTORY
pub fn copy_directory(p: &HestiaPanel, a: Args) -> R {
    copy_or_move(p, a, "directory", false)
}

/// v-move-fs-file USER SRC_FILE DST_FILE
pub fn move_file(p: &HestiaPanel, a: Args) -> R {
    copy_or_move(p, a, "file", true)
}

/// v-move-fs-directory USER SRC_DIRECTORY DST_DIRECTORY
pub fn move_directory(p: &HestiaPanel, a: Args) -> R {
    copy_or_move(p, a, "directory", true)
}

/// v-delete-fs-file USER FILE (rm -f) and v-delete-fs-directory USER DIRECTORY (rm -rf).
fn delete(p: &HestiaPanel, a: Args, dir: bool) -> R {
    let (user, dst) = (a.s(1), a.s(2));
    let (mut st, root, homedir) = prepare(p, user)?;
    if home_or_tmp(root, dst, &homedir).is_none() {
        // v-delete-fs-directory exits 1 here, v-delete-fs-file 2.
        let code = if dir { E_ARGS } else { E_INVALID };
        return fail(code, format!("invalid destination path {dst}"));
    }
    let noun = if dir { "directory" } else { "file" };
    let failed = || Fail::new(E_NOTEXIST, format!("{noun} {dst} was not deleted"));
    let phys = root.resolve(dst, false).ok_or_else(failed)?;
    let Some(m) = root.lstat(&phys) else {
        return Ok(String::new()); // rm -f of nothing succeeds
    };
    // The API wrote it as hestiaweb into the sticky /tmp: `rm` as the user is refused
    // (HestiaCP 1.10 answers exactly this; the file stays).
    if st.tmp_files.contains_key(&phys) {
        return Err(failed());
    }
    let parent = phys.rsplit_once('/').map(|(d, _)| d).unwrap_or("/");
    if !FsRoot::may_access(user, parent) || !FsRoot::may_access(user, &phys) {
        return Err(failed());
    }
    let real = root.real(&phys);
    let done = if m.is_dir() && !m.file_type().is_symlink() {
        if !dir {
            return Err(failed()); // rm -f on a directory
        }
        fs::remove_dir_all(&real)
    } else {
        fs::remove_file(&real)
    };
    done.map_err(|_| failed())?;
    st.tmp_files.remove(&phys);
    Ok(String::new())
}

pub fn delete_file(p: &HestiaPanel, a: Args) -> R {
    delete(p, a, false)
}

pub fn delete_directory(p: &HestiaPanel, a: Args) -> R {
    delete(p, a, true)
}

/// v-change-fs-file-permission USER FILE PERMISSIONS (files only: the script tests `-f`).
pub fn change_permission(p: &HestiaPanel, a: Args) -> R {
    let (user, src, perms) = (a.s(1), a.s(2), a.s(3));
    let (_st, root, homedir) = prepare(p, user)?;
    if root.test(src) != Kind::File {
        return fail(E_NOTEXIST, format!("source file doesn't exist {src}"));
    }
    let Some(rpath) = home_or_tmp(root, src, &homedir) else {
        return fail(E_INVALID, format!("invalid source path {src}"));
    };
    let failed = || {
        Fail::new(
            E_NOTEXIST,
            format!("access permission on {src} was not changed"),
        )
    };
    // chmod accepts octal modes (symbolic ones are not simulated).
    let valid = (1..=4).contains(&perms.len()) && perms.chars().all(|c| ('0'..='7').contains(&c));
    if !valid || !FsRoot::may_access(user, &rpath) {
        return Err(failed());
    }
    let mode = u32::from_str_radix(perms, 8).map_err(|_| failed())?;
    fs::set_permissions(root.real(&rpath), fs::Permissions::from_mode(mode))
        .map_err(|_| failed())?;
    Ok(String::new())
}

/// v-get-fs-file-type USER FILE (`file -i -b`).
pub fn file_type(p: &HestiaPanel, a: Args) -> R {
    let (user, path) = (a.s(1), a.s(2));
    let (_st, root, homedir) = prepare(p, user)?;
    let rpath = root.resolve(path, true).unwrap_or_default();
    if !rpath.contains(&homedir) {
        return fail(E_INVALID, format!("invalid path {path}"));
    }
    let real = root.real(&rpath);
    let Some(m) = root.lstat(&rpath) else {
        return Ok(format!("cannot open `{path}' (No such file or directory)"));
    };
    if m.is_dir() {
        return Ok("inode/directory; charset=binary".into());
    }
    if !FsRoot::may_access(user, &rpath) {
        return Ok(format!("cannot open `{path}' (Permission denied)"));
    }
    let bytes = fs::read(real).unwrap_or_default();
    Ok(mime_of(&bytes).into())
}

/// The few answers of `file -i -b` the simulator distinguishes.
pub fn mime_of(bytes: &[u8]) -> &'static str {
    if bytes.is_empty() {
        "inode/x-empty; charset=binary"
    } else if bytes.starts_with(b"PK\x03\x04") {
        "application/zip; charset=binary"
    } else if bytes.starts_with(&[0x1f, 0x8b]) {
        "application/gzip; charset=binary"
    } else if bytes.len() > 262 && &bytes[257..262] == b"ustar" {
        "application/x-tar; charset=binary"
    } else if bytes.contains(&0) {
        "application/octet-stream; charset=binary"
    } else if bytes.is_ascii() {
        "text/plain; charset=us-ascii"
    } else if std::str::from_utf8(bytes).is_ok() {
        "text/plain; charset=utf-8"
    } else {
        "application/octet-stream; charset=binary"
    }
}

/// v-search-fs-object USER OBJECT [PATH] (`find PATH -name OBJECT`).
pub fn search_object(p: &HestiaPanel, a: Args) -> R {
    let (user, object, path) = (a.s(1), a.s(2), a.s(3));
    let (_st, root, homedir) = prepare(p, user)?;
    let rhome = root.resolve(&homedir, true).unwrap_or(homedir.clone());
    let start = if !path.is_empty() {
        match root.resolve(path, true) {
            Some(r) if super::fs_root::within(&r, &rhome) => r,
            _ => return fail(E_INVALID, format!("invalid path {path}")),
        }
    } else {
        rhome.clone()
    };
    let mut out = Vec::new();
    let mut denied = false;
    if FsRoot::may_access(user, &start) {
        if let Some(m) = root.lstat(&start) {
            let name = start.rsplit('/').next().unwrap_or("");
            if glob(object, name) {
                out.push(find_line(&m, user, ""));
            }
            if m.is_dir() {
                let mut seen = Walk {
                    user,
                    object,
                    start: &start,
                    home: &rhome,
                    out: &mut out,
                    denied: &mut denied,
                };
                seen.walk(&root.real(&start), "");
            }
        }
    }
    // `exit $?` after find: 1 when find met a folder the user may not read, the matches printed all the same.
    if denied {
        return Err(Fail::raw(E_ARGS, out.join("\n")));
    }
    Ok(out.join("\n"))
}

/// Folders v-add-user and the domain commands make root's and closed to the user (mail is
/// root:root 751; conf's per-service folders likewise): `find` as the user cannot list them.
const CLOSED_IN_HOME: &[&str] = &["mail", "conf/dns", "conf/web", "conf/mail"];

struct Walk<'a> {
    user: &'a str,
    object: &'a str,
    start: &'a str,
    home: &'a str,
    out: &'a mut Vec<String>,
    denied: &'a mut bool,
}

impl Walk<'_> {
    fn walk(&mut self, dir: &Path, rel: &str) {
        for (name, m) in entries(dir) {
            let r = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            if glob(self.object, &name) {
                self.out.push(find_line(&m, self.user, &r));
            }
            if m.is_dir() {
                let vpath = format!("{}/{r}", self.start);
                let closed = vpath
                    .strip_prefix(self.home)
                    .and_then(|p| p.strip_prefix('/'))
                    .is_some_and(|p| CLOSED_IN_HOME.contains(&p));
                if closed {
                    *self.denied = true;
                } else {
                    self.walk(&dir.join(&name), &r);
                }
            }
        }
    }
}

/// fnmatch() as `find -name` uses it: `*`, `?`, `[…]`, `\x`.
pub fn glob(pattern: &str, name: &str) -> bool {
    fn m(p: &[char], n: &[char]) -> bool {
        match p.first() {
            None => n.is_empty(),
            Some('*') => (0..=n.len()).any(|i| m(&p[1..], &n[i..])),
            Some('?') => !n.is_empty() && m(&p[1..], &n[1..]),
            Some('[') => {
                let Some(close) = p.iter().skip(2).position(|c| *c == ']').map(|i| i + 2) else {
                    return n.first() == Some(&'[') && m(&p[1..], &n[1..]);
                };
                let Some(c) = n.first() else { return false };
                let set = &p[1..close];
                let (neg, set) = match set.first() {
                    Some('!') | Some('^') => (true, &set[1..]),
                    _ => (false, set),
                };
                let mut hit = false;
                let mut i = 0;
                while i < set.len() {
                    if i + 2 < set.len() && set[i + 1] == '-' {
                        hit |= set[i] <= *c && *c <= set[i + 2];
                        i += 3;
                    } else {
                        hit |= set[i] == *c;
                        i += 1;
                    }
                }
                hit != neg && m(&p[close + 1..], &n[1..])
            }
            Some('\\') if p.len() > 1 => n.first() == Some(&p[1]) && m(&p[2..], &n[1..]),
            Some(c) => n.first() == Some(c) && m(&p[1..], &n[1..]),
        }
    }
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    m(&p, &n)
}

/// v-check-fs-permission USER FILE (`ls FILE` as the user).
pub fn check_permission(p: &HestiaPanel, a: Args) -> R {
    let (user, src) = (a.s(1), a.s(2));
    let (_st, root, homedir) = prepare(p, user)?;
    let mut rpath = None;
    if !src.is_empty() {
        rpath = home_or_tmp(root, src, &homedir);
        if rpath.is_none() {
            return fail(E_INVALID, format!("invalid source path {user} {src}"));
        }
    }
    let readable = rpath
        .filter(|r| FsRoot::may_access(user, r))
        .and_then(|r| root.lstat(&r))
        .is_some();
    if !readable {
        return fail(E_ARGS, format!("can't read {src}"));
    }
    Ok(String::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globbing_like_find_name() {
        assert!(glob("*.txt", "a.txt"));
        assert!(!glob("*.txt", "a.txt.gz"));
        assert!(glob("a?c", "abc"));
        assert!(glob("[ab]*", "beta"));
        assert!(!glob("[!ab]*", "beta"));
        assert!(glob("x", "x"));
    }

    #[test]
    fn mime_answers() {
        assert_eq!(mime_of(b"hello\n"), "text/plain; charset=us-ascii");
        assert_eq!(mime_of("h\u{e9}\n".as_bytes()), "text/plain; charset=utf-8");
        assert_eq!(mime_of(b"PK\x03\x04xx"), "application/zip; charset=binary");
        assert_eq!(mime_of(b""), "inode/x-empty; charset=binary");
    }
}
