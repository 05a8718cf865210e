//! The crate's files import each other without a circle (issue 23): two files that need each
//! other are one concept split badly, or two concepts tangled.
//!
//! The graph is file to file, read from the source text: `use` declarations (`crate::`,
//! `super::`, `self::` and a child module's name, braces expanded) and paths written inline
//! (`crate::a::b::f()`, `super::x::Y`). A path goes to the longest module prefix that is a file;
//! a name a `mod.rs` re-exports (`pub use child::Name`) is followed to the file that defines it.
//! What does not count:
//! - a `mod.rs` (or `lib.rs`) naming its own descendants: declaring, re-exporting and wiring
//!   its children is what a parent module is for (its children may use the parent's constants);
//! - `#[cfg(test)]` modules: a test may build whatever it checks.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

type Module = Vec<String>;

/// One `.rs` file: its module path and its code with comments and literals blanked out.
struct File {
    name: String,
    module: Module,
    /// `mod.rs` or `lib.rs`: a module with children.
    parent: bool,
    code: String,
}

/// Code with comments, strings and char literals replaced by spaces (line breaks kept), so
/// `"crate::x"` or `// use super::y` is not read as a path.
fn blank_literals(src: &str) -> String {
    let b: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    let blank = |out: &mut String, c: char| out.push(if c == '\n' { '\n' } else { ' ' });
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, b[i]);
                    i += 1;
                }
            }
        } else if (c == 'r' || (c == 'b' && next == Some('r')))
            && (i == 0 || !(b[i - 1].is_alphanumeric() || b[i - 1] == '_'))
            && {
                let s = if c == 'b' { i + 2 } else { i + 1 };
                let mut j = s;
                while b.get(j) == Some(&'#') {
                    j += 1;
                }
                b.get(j) == Some(&'"')
            }
        {
            // Raw string: r#"…"# with as many hashes.
            let mut j = if c == 'b' { i + 2 } else { i + 1 };
            let mut hashes = 0;
            while b[j] == '#' {
                hashes += 1;
                j += 1;
            }
            j += 1;
            while j < b.len() {
                if b[j] == '"' && (0..hashes).all(|h| b.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                blank(&mut out, b[j]);
                j += 1;
            }
            i = j;
        } else if c == '"' {
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    i += 1;
                }
                if i < b.len() {
                    blank(&mut out, b[i]);
                }
                i += 1;
            }
            i += 1;
        } else if c == '\'' && (next == Some('\\') || b.get(i + 2) == Some(&'\'')) {
            // A char literal ('x', '\n', '\u{..}'); a lifetime ('a) has no closing quote.
            i += 1;
            while i < b.len() && b[i] != '\'' {
                if b[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The `mod name { … }` blocks of a file: (start, end, name, is a `#[cfg(test)]` module).
fn inline_modules(code: &str) -> Vec<(usize, usize, String, bool)> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(p) = code[at..].find("mod ") {
        let start = at + p;
        at = start + 4;
        if start > 0 && is_ident(bytes[start - 1] as char) {
            continue;
        }
        let rest = &code[start + 4..];
        let name: String = rest
            .trim_start()
            .chars()
            .take_while(|c| is_ident(*c))
            .collect();
        let after = rest.trim_start()[name.len()..].trim_start();
        if name.is_empty() || !after.starts_with('{') {
            continue;
        }
        let open = code.len() - after.len();
        let mut depth = 0;
        let mut end = code.len();
        for (k, ch) in code[open..].char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k;
                        break;
                    }
                }
                _ => {}
            }
        }
        let before = code[..start].trim_end();
        let before = before.strip_suffix("pub").unwrap_or(before).trim_end();
        let test = before.ends_with("#[cfg(test)]");
        found.push((start, end, name, test));
    }
    found
}

/// `a::{b, c::{d, e}, self}` → `a::b`, `a::c::d`, `a::c::e`, `a` (renames already removed).
fn expand_use(tree: &str) -> Vec<Vec<String>> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::new();
    expand_into(&tree, &[], &mut out);
    out
}

fn expand_into(tree: &str, prefix: &[String], out: &mut Vec<Vec<String>>) {
    let (head, group) = match tree.find('{') {
        Some(p) if tree.ends_with('}') => (&tree[..p], Some(&tree[p + 1..tree.len() - 1])),
        _ => (tree, None),
    };
    let mut path = prefix.to_vec();
    for seg in head.split("::").filter(|s| !s.is_empty()) {
        path.push(seg.to_string());
    }
    let Some(group) = group else {
        out.push(path);
        return;
    };
    for item in split_top(group) {
        if item == "self" || item == "*" || item.is_empty() {
            out.push(path.clone());
        } else {
            expand_into(&item, &path, out);
        }
    }
}

/// Splits `a, b::{c, d}, e` at the commas outside braces.
fn split_top(group: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for ch in group.chars() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(ch);
    }
    parts.push(cur);
    parts
}

/// The paths a piece of code names, each with the module it is written in.
fn references(file: &File) -> Vec<(Module, Vec<String>)> {
    let code = &file.code;
    let blocks = inline_modules(code);
    let module_at = |pos: usize| -> Option<Module> {
        let mut m = file.module.clone();
        for (s, e, name, test) in &blocks {
            if *s <= pos && pos < *e {
                if *test {
                    return None;
                }
                m.push(name.clone());
            }
        }
        Some(m)
    };
    let mut refs = Vec::new();
    // `use` declarations, with their renames removed before the whitespace goes.
    let mut at = 0;
    while let Some(p) = code[at..].find("use ") {
        let start = at + p;
        at = start + 4;
        if start > 0 && is_ident(code.as_bytes()[start - 1] as char) {
            continue;
        }
        let Some(end) = code[start..].find(';') else {
            break;
        };
        let Some(m) = module_at(start) else {
            continue;
        };
        let body = &code[start + 4..start + end];
        let body = remove_renames(body);
        for path in expand_use(&body) {
            refs.push((m.clone(), path));
        }
        at = start + end;
    }
    // Inline paths: crate::…, super::…, self::….
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (pos, c) = chars[k];
        if is_ident(c) && (k == 0 || !is_ident(chars[k - 1].1)) {
            let mut end = k;
            while end < chars.len() && (is_ident(chars[end].1) || chars[end].1 == ':') {
                end += 1;
            }
            let text: String = chars[k..end].iter().map(|(_, c)| c).collect();
            let first = text.split("::").next().unwrap_or("");
            if text.contains("::") && matches!(first, "crate" | "super" | "self") {
                if let Some(m) = module_at(pos) {
                    let path = text
                        .split("::")
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect();
                    refs.push((m, path));
                }
            }
            k = end.max(k + 1);
        } else {
            k += 1;
        }
    }
    refs
}

/// `a::b as c, d as e` → `a::b, d`.
fn remove_renames(body: &str) -> String {
    let mut out = String::new();
    let words: Vec<&str> = body.split_inclusive(|c: char| c.is_whitespace()).collect();
    let mut skip = false;
    for w in words {
        if skip {
            // The new name, possibly followed by `,` or `}`.
            let tail: String = w.trim().chars().skip_while(|c| is_ident(*c)).collect();
            out.push_str(&tail);
            out.push(' ');
            skip = false;
        } else if w.trim() == "as" {
            skip = true;
        } else {
            out.push_str(w);
        }
    }
    out
}

struct Crate {
    files: Vec<File>,
    by_module: HashMap<Module, usize>,
}

impl Crate {
    fn new(sources: Vec<(String, String)>) -> Crate {
        let mut files = Vec::new();
        for (name, src) in sources {
            let rel = name.trim_start_matches("src/").trim_end_matches(".rs");
            let mut module: Module = rel.split('/').map(String::from).collect();
            let parent = matches!(module.last().map(String::as_str), Some("mod" | "lib"));
            if parent {
                module.pop();
            }
            files.push(File {
                name,
                module,
                parent,
                code: blank_literals(&src),
            });
        }
        let by_module = files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.module.clone(), i))
            .collect();
        Crate { files, by_module }
    }

    /// The absolute module path of `path` written in module `at`, if it is in this crate.
    fn absolute(&self, at: &Module, path: &[String]) -> Option<Vec<String>> {
        let mut base = at.clone();
        let mut rest = path;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                base.clear();
                rest = &rest[1..];
            }
            Some("super") | Some("self") => {
                while let Some(seg) = rest.first() {
                    match seg.as_str() {
                        "super" => {
                            base.pop()?;
                        }
                        "self" => {}
                        _ => break,
                    }
                    rest = &rest[1..];
                }
            }
            Some(first) => {
                // 2018 paths: a child module's name is relative; anything else is another crate.
                let mut child = at.clone();
                child.push(first.to_string());
                if !self.by_module.contains_key(&child) {
                    return None;
                }
            }
            None => return None,
        }
        base.extend(rest.iter().cloned());
        Some(base)
    }

    /// The file that defines what `path` (absolute) names, following `mod.rs` re-exports.
    fn file_of(&self, path: &[String], depth: usize) -> Option<usize> {
        let mut k = path.len();
        while !self.by_module.contains_key(&path[..k]) {
            k = k.checked_sub(1)?;
        }
        let file = self.by_module[&path[..k]];
        if k < path.len() && self.files[file].parent && depth < 8 {
            if let Some(target) = self.reexport(file, &path[k]) {
                let mut next = target;
                next.extend(path[k + 1..].iter().cloned());
                return self.file_of(&next, depth + 1).or(Some(file));
            }
        }
        Some(file)
    }

    /// Where a `pub use` of `file` takes `name` from (absolute path).
    fn reexport(&self, file: usize, name: &str) -> Option<Vec<String>> {
        let f = &self.files[file];
        let code = &f.code;
        let mut at = 0;
        while let Some(p) = code[at..].find("pub use ") {
            let start = at + p;
            let end = start + code[start..].find(';')?;
            at = end;
            for path in expand_use(&remove_renames(&code[start + 8..end])) {
                if path.last().map(String::as_str) == Some(name) {
                    return self.absolute(&f.module, &path);
                }
            }
        }
        None
    }

    /// file → files it imports, without a parent's edges to its own descendants.
    fn graph(&self) -> BTreeMap<usize, BTreeSet<usize>> {
        let mut g: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for (i, f) in self.files.iter().enumerate() {
            let edges = g.entry(i).or_default();
            for (at, path) in references(f) {
                let Some(abs) = self.absolute(&at, &path) else {
                    continue;
                };
                let Some(to) = self.file_of(&abs, 0) else {
                    continue;
                };
                let target = &self.files[to].module;
                let descendant = f.parent && target.starts_with(&f.module);
                if to != i && !descendant {
                    edges.insert(to);
                }
            }
        }
        g
    }

    /// Every circle, as file names `a.rs → b.rs → a.rs` (one per strongly connected group).
    fn circles(&self) -> Vec<String> {
        let g = self.graph();
        let mut circles = Vec::new();
        for group in strongly_connected(&g) {
            if group.len() < 2 {
                continue;
            }
            let start = group[0];
            let path = path_back(&g, start, &group.iter().copied().collect());
            let names: Vec<&str> = path.iter().map(|&i| self.files[i].name.as_str()).collect();
            circles.push(names.join(" → "));
        }
        circles
    }
}

/// Tarjan's algorithm: the groups of files that reach each other.
fn strongly_connected(g: &BTreeMap<usize, BTreeSet<usize>>) -> Vec<Vec<usize>> {
    struct State<'a> {
        g: &'a BTreeMap<usize, BTreeSet<usize>>,
        index: HashMap<usize, usize>,
        low: HashMap<usize, usize>,
        stack: Vec<usize>,
        on_stack: BTreeSet<usize>,
        groups: Vec<Vec<usize>>,
    }
    fn visit(s: &mut State<'_>, v: usize) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        for &w in s.g.get(&v).into_iter().flatten() {
            if !s.index.contains_key(&w) {
                visit(s, w);
                let lw = s.low[&w];
                let lv = s.low.get_mut(&v).expect("visited");
                *lv = (*lv).min(lw);
            } else if s.on_stack.contains(&w) {
                let iw = s.index[&w];
                let lv = s.low.get_mut(&v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[&v] == s.index[&v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(&w);
                group.push(w);
                if w == v {
                    break;
                }
            }
            group.sort();
            s.groups.push(group);
        }
    }
    let mut s = State {
        g,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        groups: Vec::new(),
    };
    for &v in g.keys() {
        if !s.index.contains_key(&v) {
            visit(&mut s, v);
        }
    }
    s.groups
}

/// A shortest way from `start` back to itself inside `group` (breadth first).
fn path_back(
    g: &BTreeMap<usize, BTreeSet<usize>>,
    start: usize,
    group: &BTreeSet<usize>,
) -> Vec<usize> {
    let mut prev: HashMap<usize, usize> = HashMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        for &w in g.get(&v).into_iter().flatten() {
            if !group.contains(&w) {
                continue;
            }
            if w == start {
                let mut path = vec![start];
                let mut at = v;
                while at != start {
                    path.push(at);
                    at = prev[&at];
                }
                path.push(start);
                let last = path.len() - 1;
                path[1..last].reverse();
                return path;
            }
            if let std::collections::hash_map::Entry::Vacant(e) = prev.entry(w) {
                e.insert(v);
                queue.push_back(w);
            }
        }
    }
    vec![start]
}

fn sources_under(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read src")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            sources_under(&p, root, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            let name = p
                .strip_prefix(root)
                .expect("under root")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((name, std::fs::read_to_string(&p).expect("read file")));
        }
    }
}

#[test]
fn the_crate_imports_without_a_circle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    sources_under(&root.join("src"), root, &mut sources);
    assert!(sources.len() > 100, "read {} files", sources.len());
    let krate = Crate::new(sources);
    let graph = krate.graph();
    let edges: usize = graph.values().map(BTreeSet::len).sum();
    // Imports the reader must see: `use super::…`, through a re-export, an inline path.
    let id = |name: &str| {
        let found = krate.files.iter().position(|f| f.name == name);
        found.unwrap_or_else(|| panic!("no file {name}"))
    };
    for (from, to) in [
        (
            "src/modules/vpncp/service.rs",
            "src/modules/vpncp/client_name.rs",
        ),
        ("src/modules/cpanel/manage.rs", "src/whmcs/call.rs"),
        (
            "src/modules/vpncp/client_name.rs",
            "src/modules/shared/names.rs",
        ),
    ] {
        assert!(graph[&id(from)].contains(&id(to)), "{from} → {to} not seen");
    }
    assert!(
        edges > 300,
        "only {edges} imports found: the reader is broken"
    );
    let circles = krate.circles();
    assert!(
        circles.is_empty(),
        "files that import each other:\n{}",
        circles.join("\n")
    );
}

fn crate_of(files: &[(&str, &str)]) -> Crate {
    Crate::new(
        files
            .iter()
            .map(|(n, s)| (n.to_string(), s.to_string()))
            .collect(),
    )
}

#[test]
fn a_two_file_circle_is_named() {
    let k = crate_of(&[
        ("src/lib.rs", "pub mod a;"),
        ("src/a/mod.rs", "pub mod x;\npub mod y;\npub use x::X;"),
        ("src/a/x.rs", "use super::y::Y;\npub struct X;"),
        // Through the parent's re-export, inline, across lines.
        (
            "src/a/y.rs",
            "pub struct Y;\nfn f() -> crate::a::X {\n    crate::a::\n    X\n}",
        ),
    ]);
    assert_eq!(k.circles(), ["src/a/x.rs → src/a/y.rs → src/a/x.rs"]);
}

#[test]
fn what_is_not_a_circle() {
    let k = crate_of(&[
        ("src/lib.rs", "pub mod a;\nmacro_rules! m { () => {} }"),
        // A parent wiring its children, a child using the parent's constant.
        (
            "src/a/mod.rs",
            "pub mod x;\npub mod y;\npub use x::X;\npub const N: u8 = x::f();",
        ),
        (
            "src/a/x.rs",
            "use super::N;\nuse super::y::{self, Y as Why};\npub struct X;",
        ),
        // Text, comments and tests name paths without importing them.
        (
            "src/a/y.rs",
            "// use super::x::X;\nconst S: &str = \"crate::a::x::X\";\nconst R: &str = r#\"super::x\"#;\n\
             const C: char = '\"';\npub struct Y;\n#[cfg(test)]\nmod tests {\n    use crate::a::x::X;\n}",
        ),
    ]);
    assert_eq!(k.circles(), Vec::<String>::new());
    let g = k.graph();
    assert_eq!(g[&2].len(), 2, "x.rs uses mod.rs's N and y.rs");
}
