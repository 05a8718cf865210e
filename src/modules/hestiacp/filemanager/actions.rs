//! The file manager's actions. Each checks its input and the paths it names (spelling, then a
//! walk from the home that refuses links) before it asks the panel to change anything.

use crate::whmcs::{Array, Value};

use super::super::api::MAX_ARGS;

use super::archive;
use super::client::{show, FsClient};
use super::error::FmError;
use super::listing::{Entry, Kind};
use super::path::{self, HomePath};
use super::text;

/// The request fields the page sent (see `filemanager.php`).
pub struct Input<'a>(pub Option<&'a Array>);

impl Input<'_> {
    pub fn text(&self, key: &str) -> String {
        self.0
            .and_then(|a| a.get(key))
            .and_then(Value::as_text)
            .map(|s| s.into_owned())
            .unwrap_or_default()
    }

    fn path(&self, key: &str) -> Result<HomePath, FmError> {
        HomePath::parse(&self.text(key), key)
    }

    /// A list field (`paths[]`), each checked as a path; at least one.
    fn paths(&self, key: &str) -> Result<Vec<HomePath>, FmError> {
        let raw: Vec<String> = match self.0.and_then(|a| a.get(key)) {
            Some(Value::Array(items)) => items
                .values()
                .filter_map(Value::as_text)
                .map(|s| s.into_owned())
                .collect(),
            Some(v) => v
                .as_text()
                .map(|s| vec![s.into_owned()])
                .unwrap_or_default(),
            None => Vec::new(),
        };
        if raw.is_empty() {
            return Err(FmError::input(format!("{key}: select at least one item")));
        }
        if raw.len() > 200 {
            return Err(FmError::input(format!("{key}: at most 200 items at once")));
        }
        let list = raw
            .iter()
            .map(|r| HomePath::parse(r, key))
            .collect::<Result<Vec<_>, _>>()?;
        if list.iter().any(HomePath::is_home) {
            return Err(FmError::denied(format!(
                "{key}: your home folder itself cannot be selected"
            )));
        }
        Ok(list)
    }
}

pub type Out = Result<Array, FmError>;

/// A PHP list.
fn list_value(items: Vec<Value>) -> Value {
    let mut a = Array::new();
    for i in items {
        a.push(i);
    }
    Value::Array(a)
}

fn ok() -> Array {
    Array::new().with("success", true)
}

fn what(verb: &str, p: &HomePath) -> String {
    format!("{verb} {}", show(p))
}

/// list: the folder's entries, folders first; entries the listing cannot show unambiguously
/// are left out and counted (`ambiguous`), so the page can say why they are missing.
pub fn list(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let dir = input.path("path")?;
    fs.folder(&dir, "path")?;
    let (hidden, mut entries): (Vec<Entry>, Vec<Entry>) =
        fs.list(&dir)?.into_iter().partition(|e| e.ambiguous);
    entries.sort_by(|a, b| {
        (a.kind != Kind::Dir, a.name.to_lowercase())
            .cmp(&(b.kind != Kind::Dir, b.name.to_lowercase()))
    });
    let items: Vec<Value> = entries
        .iter()
        .map(|e| e.to_value(&dir.child(&e.name).display()))
        .collect();
    Ok(ok()
        .with("path", dir.display())
        .with("entries", list_value(items))
        .with("ambiguous", hidden.len() as i64)
        .with("maxBytes", text::MAX_BYTES as i64))
}

/// A regular file (not a link), with its listing entry.
fn file(fs: &FsClient<'_>, p: &HomePath, field: &str) -> Result<Entry, FmError> {
    let e = fs.existing(p, field)?;
    if e.kind != Kind::File {
        return Err(FmError::input(format!(
            "{field}: {} is not a file",
            show(p)
        )));
    }
    Ok(e)
}

/// read: a text file for the editor.
pub fn read(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let p = input.path("path")?;
    let e = file(fs, &p, "path")?;
    text::check_size(e.size, &show(&p))?;
    let out = fs
        .open(&fs.abs(&p))
        .map_err(|err| FmError::from_panel(err, what("open", &p)))?;
    if out.contains('\0') || out.contains('\u{FFFD}') {
        return Err(FmError::input(format!(
            "{} is not a text file; download it by SFTP/FTP",
            show(&p)
        )));
    }
    let exact = text::exact(&out, e.size);
    Ok(ok()
        .with("path", p.display())
        .with("size", e.size as i64)
        .with("exact", exact.is_some())
        .with("content", exact.unwrap_or(out)))
}

/// download: the file's exact bytes, or a refusal when the API cannot return them.
pub fn download(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let p = input.path("path")?;
    let e = file(fs, &p, "path")?;
    text::check_size(e.size, &show(&p))?;
    let out = fs
        .open(&fs.abs(&p))
        .map_err(|err| FmError::from_panel(err, what("read", &p)))?;
    let content = text::exact(&out, e.size).ok_or_else(|| {
        FmError::input(format!(
            "{} cannot be downloaded exactly through HestiaCP's API (binary data, Windows line ends or spaces at line ends); download it by SFTP/FTP",
            show(&p)
        ))
    })?;
    Ok(ok()
        .with("name", p.name().unwrap_or("download"))
        .with("size", e.size as i64)
        .with("content", content))
}

/// Writes `content` to `dest` through a file in /tmp (the only way the API takes file
/// contents), with the least exposure its API allows (see docs/oxide_hestiacp_filemanager.md):
/// one keyed name per destination (unguessable, never piling up), one write of the service at a
/// time (the service's lock: two saves never cross), the copy right after the write, and the
/// file emptied right after the copy on every way out (failure and timeout included, tried
/// again when emptying fails). The API cannot delete it (see `tmp_file`).
fn write(fs: &FsClient<'_>, dest: &HomePath, content: &str) -> Result<(), FmError> {
    let doing = what("save", dest);
    let _turn = fs.tmp_turn()?;
    let tmp = fs.tmp_name(dest);
    let written = fs.make_tmp_file(content, &tmp);
    let copied =
        written.and_then(|_| fs.run("v-copy-fs-file", &[&format!("/tmp/{tmp}"), &fs.abs(dest)]));
    let emptied = fs.empty_tmp_file(&tmp);
    copied.map_err(|e| FmError::from_panel(e, doing.clone()))?;
    emptied.map_err(|e| FmError::from_panel(e, doing))?;
    Ok(())
}

fn saved(p: &HomePath, content: &str) -> Array {
    let stored = text::stored_as(content);
    ok().with("path", p.display())
        .with("size", stored.len() as i64)
        .with("normalized", stored != content)
}

/// save: the editor's content into an existing file.
pub fn save(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let p = input.path("path")?;
    let content = input.text("content");
    text::check_upload(&content, "content")?;
    file(fs, &p, "path")?;
    write(fs, &p, &content)?;
    Ok(saved(&p, &content))
}

/// create_file: an empty (or given) new file in a folder.
pub fn create_file(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let dir = input.path("path")?;
    let name_raw = input.text("name");
    let name = path::name(&name_raw, "name")?;
    let content = input.text("content");
    text::check_upload(&content, "content")?;
    fs.folder(&dir, "path")?;
    let p = dir.child(name);
    fs.absent(&p)?;
    if content.is_empty() {
        fs.run("v-add-fs-file", &[&fs.abs(&p)])
            .map_err(|e| FmError::from_panel(e, what("create", &p)))?;
        return Ok(ok().with("path", p.display()).with("size", 0));
    }
    write(fs, &p, &content)?;
    Ok(saved(&p, &content))
}

/// upload: a file from the browser into a folder (text only, see [`text`]).
pub fn upload(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let dir = input.path("path")?;
    let name_raw = input.text("name");
    let name = path::name(&name_raw, "file name")?;
    let content = input.text("content");
    text::check_upload(&content, &format!("`{name}`"))?;
    fs.folder(&dir, "path")?;
    let p = dir.child(name);
    match fs.walk(&p)? {
        None => {}
        Some(e) if e.kind == Kind::File && input.text("overwrite") == "1" => {}
        Some(_) => return Err(FmError::input(format!("{} exists already", show(&p)))),
    }
    write(fs, &p, &content)?;
    Ok(saved(&p, &content))
}

/// create_folder: a new folder.
pub fn create_folder(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let dir = input.path("path")?;
    let name_raw = input.text("name");
    let name = path::name(&name_raw, "name")?;
    fs.folder(&dir, "path")?;
    let p = dir.child(name);
    fs.absent(&p)?;
    fs.run("v-add-fs-directory", &[&fs.abs(&p)])
        .map_err(|e| FmError::from_panel(e, what("create the folder", &p)))?;
    Ok(ok().with("path", p.display()))
}

/// rename: a new name in the same folder.
pub fn rename(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let p = input.path("path")?;
    let name_raw = input.text("name");
    let name = path::name(&name_raw, "new name")?;
    let parent = p
        .parent()
        .ok_or_else(|| FmError::denied("your home folder cannot be renamed"))?;
    let e = fs.existing(&p, "path")?;
    let dest = parent.child(name);
    fs.absent(&dest)?;
    move_one(fs, &p, &e, &dest)?;
    Ok(ok().with("path", dest.display()))
}

fn move_one(fs: &FsClient<'_>, src: &HomePath, e: &Entry, dest: &HomePath) -> Result<(), FmError> {
    let cmd = if e.kind == Kind::Dir {
        "v-move-fs-directory"
    } else {
        "v-move-fs-file"
    };
    fs.run(cmd, &[&fs.abs(src), &fs.abs(dest)])
        .map(|_| ())
        .map_err(|err| FmError::from_panel(err, what("move", src)))
}

/// move / copy: selected items into a folder, never over an existing name.
pub fn transfer(fs: &FsClient<'_>, input: &Input<'_>, copying: bool) -> Out {
    let sources = input.paths("paths")?;
    let target = input.path("target")?;
    fs.folder(&target, "target")?;
    let mut plan = Vec::new();
    for src in &sources {
        let e = fs.existing(src, "paths")?;
        if e.kind == Kind::Dir && src.contains(&target) {
            return Err(FmError::input(format!(
                "{} cannot go into itself",
                show(src)
            )));
        }
        let dest = target.child(src.name().unwrap_or(""));
        fs.absent(&dest)?;
        plan.push((src, e, dest));
    }
    let mut done = Vec::new();
    for (src, e, dest) in plan {
        if copying {
            let cmd = if e.kind == Kind::Dir {
                "v-copy-fs-directory"
            } else {
                "v-copy-fs-file"
            };
            fs.run(cmd, &[&fs.abs(src), &fs.abs(&dest)])
                .map_err(|err| FmError::from_panel(err, what("copy", src)))?;
        } else {
            move_one(fs, src, &e, &dest)?;
        }
        done.push(Value::from(dest.display().as_str()));
    }
    Ok(ok().with("paths", list_value(done)))
}

/// delete: selected items (a link is removed itself, never what it points to).
pub fn delete(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let paths = input.paths("paths")?;
    let mut plan = Vec::new();
    for p in &paths {
        let e = fs
            .walk(p)?
            .ok_or_else(|| FmError::input(format!("{} does not exist", show(p))))?;
        plan.push((p, e));
    }
    for (p, e) in plan {
        let cmd = if e.kind == Kind::Dir {
            "v-delete-fs-directory"
        } else {
            "v-delete-fs-file"
        };
        fs.run(cmd, &[&fs.abs(p)])
            .map_err(|err| FmError::from_panel(err, what("delete", p)))?;
    }
    let shown: Vec<Value> = paths
        .iter()
        .map(|p| Value::from(p.display().as_str()))
        .collect();
    Ok(ok()
        .with("deleted", paths.len() as i64)
        .with("paths", list_value(shown)))
}

/// chmod: octal permissions of a file (HestiaCP's command changes files only).
pub fn chmod(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let p = input.path("path")?;
    let mode = input.text("mode");
    let valid = (3..=4).contains(&mode.len()) && mode.chars().all(|c| ('0'..='7').contains(&c));
    if !valid {
        return Err(FmError::input(
            "mode must be octal permissions such as 644 or 0755",
        ));
    }
    let e = fs.existing(&p, "path")?;
    if e.kind != Kind::File {
        return Err(FmError::input(
            "HestiaCP changes permissions of files only, not folders",
        ));
    }
    fs.run("v-change-fs-file-permission", &[&fs.abs(&p), &mode])
        .map_err(|err| FmError::from_panel(err, what("change permissions of", &p)))?;
    Ok(ok()
        .with("path", p.display())
        .with("mode", format!("{mode:0>4}")))
}

/// Selected items one archive can take: v-add-fs-archive USER ARCHIVE SOURCE… within the API's
/// 13 arguments. More cannot be done in several calls: the script refuses an existing archive.
pub const MAX_ARCHIVE_SOURCES: usize = MAX_ARGS - 2;

/// archive: a .tar.gz/.tgz/.tar of the selected items, in a folder.
pub fn make_archive(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let sources = input.paths("paths")?;
    if sources.len() > MAX_ARCHIVE_SOURCES {
        return Err(FmError::input(format!(
            "paths: an archive can take at most {MAX_ARCHIVE_SOURCES} selected items ({} selected), because HestiaCP passes at most {MAX_ARGS} arguments to its archive command; put the items into one folder and archive that folder",
            sources.len()
        )));
    }
    let dir = input.path("path")?;
    let name_raw = input.text("name");
    let name = path::name(&name_raw, "archive name")?;
    let dest = dir.child(name);
    archive::check_new(&fs.abs(&dest), name)?;
    for s in &sources {
        archive::check_source(&s.display())?;
    }
    fs.folder(&dir, "path")?;
    fs.absent(&dest)?;
    for s in &sources {
        fs.existing(s, "paths")?;
    }
    let mut args = vec![fs.abs(&dest)];
    args.extend(sources.iter().map(|s| fs.abs(s)));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    fs.run("v-add-fs-archive", &refs)
        .map_err(|e| FmError::from_panel(e, what("create", &dest)))?;
    Ok(ok().with("path", dest.display()))
}

/// extract: an archive into a folder (created when missing, inside an existing one).
pub fn extract(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let p = input.path("path")?;
    let target = input.path("target")?;
    let name = p
        .name()
        .ok_or_else(|| FmError::input("path: choose an archive"))?;
    archive::check_extract(&fs.abs(&p), name)?;
    file(fs, &p, "path")?;
    match fs.walk(&target)? {
        Some(e) if e.kind == Kind::Dir => {}
        Some(_) => {
            return Err(FmError::input(format!(
                "target: {} is not a folder",
                show(&target)
            )))
        }
        None => {} // the parent exists (walked); the script's mkdir -p makes it
    }
    fs.run("v-extract-fs-archive", &[&fs.abs(&p), &fs.abs(&target)])
        .map_err(|e| FmError::from_panel(e, what("extract", &p)))?;
    Ok(ok().with("path", target.display()))
}

/// search: names matching a pattern (`*` and `?`) below a folder.
pub fn search(fs: &FsClient<'_>, input: &Input<'_>) -> Out {
    let dir = input.path("path")?;
    let pattern = input.text("pattern");
    if pattern.is_empty() || pattern.len() > 255 || pattern.chars().any(char::is_control) {
        return Err(FmError::input(
            "pattern: give a name or a pattern such as *.php (up to 255 characters)",
        ));
    }
    if pattern.contains('/') {
        return Err(FmError::input(
            "pattern matches names, it cannot contain `/`",
        ));
    }
    fs.folder(&dir, "path")?;
    const MAX_HITS: usize = 500;
    // One more than shown, and the folder's own line when it matches too.
    let (found, more) = fs
        .search(&pattern, &fs.abs(&dir), MAX_HITS + 2)
        .map_err(|e| FmError::from_panel(e, what("search", &dir)))?;
    let hits: Vec<Entry> = found
        .into_iter()
        .filter(|e| !e.name.is_empty() && !e.ambiguous)
        .collect();
    let items: Vec<Value> = hits
        .iter()
        .take(MAX_HITS)
        .map(|e| {
            let rel = if dir.is_home() {
                e.name.clone()
            } else {
                format!("{}/{}", dir.display(), e.name)
            };
            e.to_value(&rel)
        })
        .collect();
    Ok(ok()
        .with("entries", list_value(items))
        .with("truncated", more || hits.len() > MAX_HITS))
}
