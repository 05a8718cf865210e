//! The simulated file system behind the `v-*-fs-*` scripts: a real directory tree per
//! simulator instance (`<root>/home/<user>`, `<root>/tmp`), addressed by the *virtual* absolute
//! paths Hestia's scripts see (`/home/alice/web/x`).
//!
//! Symbolic links are resolved here, against the virtual tree (a link to `/etc` points at
//! `<root>/etc`), never by the OS: nothing a test or a module does can reach a real file outside
//! the root. `user_exec` (the scripts run commands as the account's user) is emulated by
//! [`FsRoot::may_access`]: the user can touch its own home and `/tmp`, nothing else.

use std::collections::{BTreeMap, VecDeque};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// Environment variable naming a directory to use as the root (kept on drop): lets tests in
/// another process (PHP, the browser test) plant symlinks and check what changed on disk.
pub const ROOT_ENV: &str = "OXIDE_SIM_HESTIA_FS_ROOT";

/// The working directory of the API's `exec()` (web/api), for relative paths.
const CWD: &str = "/usr/local/hestia/web/api";

/// Top-level folders a fresh Hestia home has (v-add-user).
const SKELETON: &[&str] = &["conf", "mail", "tmp", "web"];

pub struct FsRoot {
    dir: OnceLock<(PathBuf, bool)>,
}

impl Default for FsRoot {
    fn default() -> Self {
        FsRoot {
            dir: OnceLock::new(),
        }
    }
}

impl Drop for FsRoot {
    fn drop(&mut self) {
        if let Some((dir, true)) = self.dir.get() {
            let _ = fs::remove_dir_all(dir);
        }
    }
}

static SEQ: AtomicU64 = AtomicU64::new(0);

impl FsRoot {
    /// The root directory, created on first use (so simulators that never touch files make
    /// no directory).
    pub fn dir(&self) -> &Path {
        let (dir, _) = self.dir.get_or_init(|| {
            let (dir, owned) = match std::env::var(ROOT_ENV) {
                Ok(d) if !d.is_empty() => (PathBuf::from(d), false),
                _ => (
                    std::env::temp_dir().join(format!(
                        "oxide-sim-hestia-fs-{}-{}",
                        std::process::id(),
                        SEQ.fetch_add(1, Ordering::Relaxed)
                    )),
                    true,
                ),
            };
            seed(&dir);
            (dir, owned)
        });
        dir
    }

    /// Empties the tree (simulator reset); the root itself stays.
    pub fn clear(&self) {
        if let Some((dir, _)) = self.dir.get() {
            for top in ["home", "tmp", "etc"] {
                let _ = fs::remove_dir_all(dir.join(top));
            }
            seed(dir);
        }
    }

    /// The real path of a normalised virtual absolute path.
    pub fn real(&self, vpath: &str) -> PathBuf {
        self.dir().join(vpath.trim_start_matches('/'))
    }

    /// What v-add-web-domain lays out in the home: the domain's folders and the template's
    /// skeleton files (`public_html/index.html`, `robots.txt`, `document_errors/*.html`;
    /// placeholder contents here, the names and places are what clients see).
    pub fn web_skeleton(&self, user: &str, domain: &str) {
        if self.ensure_home(user).is_err() || domain.is_empty() || domain.contains('/') {
            return;
        }
        let top = self.real(&format!("/home/{user}/web/{domain}"));
        for dir in [
            "public_html",
            "document_errors",
            "cgi-bin",
            "private",
            "stats",
            "logs",
        ] {
            let _ = fs::create_dir_all(top.join(dir));
        }
        let page =
            |title: &str| format!("<!doctype html>\n<title>{title}</title>\n<p>{domain}</p>\n");
        let _ = fs::write(top.join("public_html/index.html"), page(domain));
        let _ = fs::write(top.join("public_html/robots.txt"), "User-agent: *\n");
        for code in ["403", "404", "410", "50x"] {
            let _ = fs::write(top.join(format!("document_errors/{code}.html")), page(code));
        }
    }

    /// Creates `/home/<user>` with Hestia's skeleton when it does not exist yet.
    pub fn ensure_home(&self, user: &str) -> io::Result<()> {
        let home = self.real(&format!("/home/{user}"));
        if !home.exists() {
            for sub in SKELETON {
                fs::create_dir_all(home.join(sub))?;
            }
        }
        Ok(())
    }

    /// Writes the in-memory `/tmp` files of `v-make-tmp-file` to disk, so `cp /tmp/x …` sees them.
    pub fn sync_tmp(&self, tmp_files: &BTreeMap<String, String>) {
        for (path, content) in tmp_files {
            let Some(name) = path.strip_prefix("/tmp/") else {
                continue;
            };
            if name.is_empty() || name.contains('/') {
                continue;
            }
            let real = self.real(path);
            let same = fs::read(&real).map(|b| b == content.as_bytes());
            if !matches!(same, Ok(true)) && !real.is_symlink() {
                let _ = fs::write(&real, content);
            }
        }
    }

    /// `readlink -f PATH` (or, with `follow_last` false, the path `rm`/`mv` act on: every
    /// component but the last resolved). `None` when a component other than the last is
    /// missing or not a directory, or links loop — readlink then prints nothing.
    pub fn resolve(&self, path: &str, follow_last: bool) -> Option<String> {
        if path.is_empty() {
            return None;
        }
        let full = if path.starts_with('/') {
            path.to_string()
        } else {
            format!("{CWD}/{path}")
        };
        let mut todo: VecDeque<String> = full.split('/').map(str::to_string).collect();
        let mut out: Vec<String> = Vec::new();
        let mut hops = 0;
        while let Some(c) = todo.pop_front() {
            if c.is_empty() || c == "." {
                continue;
            }
            if c == ".." {
                out.pop();
                continue;
            }
            let last = todo.iter().all(|t| t.is_empty() || t == ".");
            let candidate = format!("/{}", join(&out, &c));
            let real = self.real(&candidate);
            match fs::symlink_metadata(&real) {
                Ok(m) if m.file_type().is_symlink() => {
                    if last && !follow_last {
                        out.push(c);
                        continue;
                    }
                    hops += 1;
                    if hops > 40 {
                        return None;
                    }
                    let target = fs::read_link(&real).ok()?;
                    let target = target.to_string_lossy().to_string();
                    if target.starts_with('/') {
                        out.clear();
                    }
                    for t in target.split('/').rev() {
                        todo.push_front(t.to_string());
                    }
                }
                Ok(m) => {
                    if !last && !m.is_dir() {
                        return None;
                    }
                    out.push(c);
                }
                Err(_) => {
                    if !last {
                        return None;
                    }
                    out.push(c);
                }
            }
        }
        Some(format!("/{}", out.join("/")))
    }

    /// What the virtual path is, not following a final link.
    pub fn lstat(&self, vpath: &str) -> Option<fs::Metadata> {
        fs::symlink_metadata(self.real(vpath)).ok()
    }

    /// `[ -e ]`, `[ -f ]`, `[ -d ]` (they follow links).
    pub fn test(&self, path: &str) -> Kind {
        match self.resolve(path, true).and_then(|r| self.lstat(&r)) {
            Some(m) if m.is_dir() => Kind::Dir,
            Some(m) if m.is_file() => Kind::File,
            Some(_) => Kind::Other,
            None => Kind::Missing,
        }
    }

    /// `user_exec`: the account's user may read and write its own home and `/tmp` only
    /// (other homes and system folders are not its own).
    pub fn may_access(user: &str, vpath: &str) -> bool {
        let home = format!("/home/{user}");
        within(vpath, &home) || within(vpath, "/tmp")
    }
}

/// The top of the tree: homes, /tmp, and an /etc/passwd for links to point at (tests check
/// it never changes).
fn seed(dir: &Path) {
    let _ = fs::create_dir_all(dir.join("home"));
    let _ = fs::create_dir_all(dir.join("tmp"));
    let _ = fs::create_dir_all(dir.join("etc"));
    let _ = fs::write(dir.join("etc/passwd"), PASSWD);
}

/// The simulated /etc/passwd.
pub const PASSWD: &str = "root:x:0:0:root:/root:/bin/bash\n";

/// `path` is `dir` or below it.
pub fn within(path: &str, dir: &str) -> bool {
    path == dir
        || path
            .strip_prefix(dir)
            .is_some_and(|rest| rest.starts_with('/'))
}

fn join(out: &[String], c: &str) -> String {
    if out.is_empty() {
        c.to_string()
    } else {
        format!("{}/{c}", out.join("/"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Missing,
    File,
    Dir,
    Other,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_like_readlink_f_inside_the_root() {
        let root = FsRoot::default();
        root.ensure_home("alice").unwrap();
        let home = root.real("/home/alice");
        std::os::unix::fs::symlink("/etc", home.join("etc")).unwrap();
        std::os::unix::fs::symlink("web", home.join("w")).unwrap();
        assert_eq!(
            root.resolve("/home/alice/etc/passwd", true).as_deref(),
            Some("/etc/passwd")
        );
        assert_eq!(
            root.resolve("/home/alice/etc", false).as_deref(),
            Some("/home/alice/etc")
        );
        assert_eq!(
            root.resolve("/home/alice/w/x", true).as_deref(),
            Some("/home/alice/web/x")
        );
        assert_eq!(
            root.resolve("/home/alice/../../etc", true).as_deref(),
            Some("/etc")
        );
        // A missing middle component: readlink -f prints nothing.
        assert_eq!(root.resolve("/home/alice/nope/x", true), None);
        // Relative paths start in web/api, which the simulated tree does not have.
        assert_eq!(root.resolve("x", true), None);
        assert!(FsRoot::may_access("alice", "/home/alice/web"));
        assert!(!FsRoot::may_access("alice", "/home/alice2/web"));
        assert!(!FsRoot::may_access("alice", "/etc/passwd"));
        let dir = root.dir().to_path_buf();
        drop(root);
        assert!(!dir.exists(), "the root is removed on drop");
    }
}
