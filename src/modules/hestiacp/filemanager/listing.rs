//! Lines of `v-list-fs-directory` / `v-search-fs-object`: the `find -printf` format
//! `%y|%m|%TY-%Tm-%Td|%TH:%TM|%u|%g|%s|%P`.
//!
//! `find -printf` prints names as they are (checked on HestiaCP 1.10): a line break in a name
//! starts a new line, and the API's PHP `exec()` drops spaces at line ends. So a file named
//! `x⏎d|755|…|lnk` reads as a file `x` and a folder `lnk`, and `a ` reads as `a`. Which lines
//! are real cannot be told from the text, but the forgery shows: a real folder never holds two
//! entries of one name, and a line that is not in the format continues the name above it. Such
//! entries are marked [`Entry::ambiguous`] and never acted on.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};

use crate::whmcs::{Array, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
    Link,
    Other,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::File => "file",
            Kind::Dir => "dir",
            Kind::Link => "link",
            Kind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// `%P`: the path below the listed folder (empty for the folder itself).
    pub name: String,
    pub kind: Kind,
    /// Octal permission bits as find prints them (`644`).
    pub mode: String,
    /// `YYYY-MM-DD HH:MM`, the panel's time zone.
    pub modified: String,
    pub size: u64,
    /// Another line shows the same name, or the next line continues this name: what this
    /// line says (the kind above all) may be forged by another entry's name.
    pub ambiguous: bool,
}

impl Entry {
    /// One line; `None` for a line that is not in the format (a name with a line break).
    pub fn parse(line: &str) -> Option<Entry> {
        let f: Vec<&str> = line.splitn(8, '|').collect();
        if f.len() != 8 {
            return None;
        }
        let kind = match f[0] {
            "f" => Kind::File,
            "d" => Kind::Dir,
            "l" => Kind::Link,
            "" => return None,
            _ => Kind::Other,
        };
        if !f[1].chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        Some(Entry {
            name: f[7].to_string(),
            kind,
            mode: format!("{:0>4}", f[1]),
            modified: format!("{} {}", f[2], f[3]),
            size: crate::modules::shared::number::read_text(
                f[6],
                crate::modules::shared::number::Rule::COUNT,
            )
            .amount()?,
            ambiguous: false,
        })
    }

    /// Every parseable line of a listing, with [`Entry::ambiguous`] set on each entry whose
    /// name another line shares and on each entry a non-format line follows.
    pub fn parse_all(out: &str) -> Vec<Entry> {
        let mut all: Vec<Entry> = Vec::new();
        let mut lines = out.split('\n').peekable();
        while let Some(line) = lines.next() {
            if line.is_empty() && lines.peek().is_none() {
                break; // the final line break
            }
            match Entry::parse(line) {
                Some(e) => all.push(e),
                None => {
                    if let Some(prev) = all.last_mut() {
                        prev.ambiguous = true;
                    }
                }
            }
        }
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for e in &all {
            *seen.entry(e.name.as_str()).or_default() += 1;
        }
        let shared: HashSet<String> = seen
            .into_iter()
            .filter(|(_, n)| *n > 1)
            .map(|(name, _)| name.to_string())
            .collect();
        for e in &mut all {
            if shared.contains(&e.name) {
                e.ambiguous = true;
            }
        }
        all
    }

    /// Reads listing lines from `r` until `max` of them are entries, and says whether more
    /// followed: a search over a big home is never held whole. A line longer than any real one
    /// (a path is at most 4096 bytes) is cut, and its rest read as a non-format line.
    pub fn read_bounded(r: &mut dyn Read, max: usize) -> std::io::Result<(String, bool)> {
        const MAX_LINE: u64 = 8 * 1024;
        let mut r = BufReader::new(r);
        let (mut text, mut entries) = (Vec::new(), 0);
        loop {
            let mut line = Vec::new();
            (&mut r).take(MAX_LINE).read_until(b'\n', &mut line)?;
            if line.is_empty() {
                return Ok((String::from_utf8_lossy(&text).into_owned(), false));
            }
            if entries == max {
                return Ok((String::from_utf8_lossy(&text).into_owned(), true));
            }
            if !line.ends_with(b"\n") {
                line.push(b'\n');
            }
            if Entry::parse(String::from_utf8_lossy(&line).trim_end_matches('\n')).is_some() {
                entries += 1;
            }
            text.extend_from_slice(&line);
        }
    }

    /// For the page's script.
    pub fn to_value(&self, path: &str) -> Value {
        Array::new()
            .with("name", self.name.rsplit('/').next().unwrap_or(""))
            .with("path", path)
            .with("type", self.kind.as_str())
            .with("size", i64::try_from(self.size).unwrap_or(i64::MAX))
            .with("mode", self.mode.as_str())
            .with("modified", self.modified.as_str())
            .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_find_lines() {
        let e = Entry::parse("f|644|2026-08-22|12:01|alice|alice|24|docs/a|b.txt").unwrap();
        assert_eq!(e.kind, Kind::File);
        assert_eq!(e.name, "docs/a|b.txt");
        assert_eq!(e.mode, "0644");
        assert_eq!(e.size, 24);
        assert_eq!(e.modified, "2026-08-22 12:01");
        assert!(Entry::parse("garbage").is_none());
        assert_eq!(
            Entry::parse_all("d|755|2026-08-22|12:00|a|a|4096|\nx\n").len(),
            1
        );
    }

    /// What HestiaCP 1.10 printed for a home holding a link `lnk` and a file named
    /// `x⏎d|755|2026-01-01|00:00|fmx|fmx|4096|lnk` (the forged line comes first).
    #[test]
    fn a_forged_line_makes_both_entries_of_its_name_ambiguous() {
        let out = "d|755|2026-12-07|20:07|fmx|fmx|440|\n\
                   f|644|2026-12-07|20:07|fmx|fmx|0|x\n\
                   d|755|2026-01-01|00:00|fmx|fmx|4096|lnk\n\
                   l|777|2026-12-07|20:07|fmx|fmx|4|lnk\n\
                   d|700|2026-12-07|20:07|fmx|fmx|40|tmp\n";
        let all = Entry::parse_all(out);
        let lnk: Vec<&Entry> = all.iter().filter(|e| e.name == "lnk").collect();
        assert_eq!(lnk.len(), 2);
        assert!(lnk.iter().all(|e| e.ambiguous), "{lnk:?}");
        let clear: Vec<&str> = all
            .iter()
            .filter(|e| !e.ambiguous)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(clear, ["", "x", "tmp"]);
    }

    /// An endless answer: the reader stops after `max` entries and says more followed.
    #[test]
    fn reads_a_bounded_number_of_entries_from_an_endless_answer() {
        struct Endless(usize);
        impl Read for Endless {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let line = b"f|644|2026-12-07|20:07|u|u|1|a/b.txt\n";
                let n = buf.len().min(line.len() - self.0 % line.len());
                let start = self.0 % line.len();
                buf[..n].copy_from_slice(&line[start..start + n]);
                self.0 += n;
                Ok(n)
            }
        }
        let mut endless = Endless(0);
        let (text, more) = Entry::read_bounded(&mut endless, 500).unwrap();
        assert!(more);
        assert_eq!(Entry::parse_all(&text).len(), 500);
        assert!(endless.0 < 64 * 1024, "read {} bytes", endless.0);
        let (text, more) =
            Entry::read_bounded(&mut "f|644|d|t|u|u|1|a\nx\n".as_bytes(), 5).unwrap();
        assert_eq!((text.as_str(), more), ("f|644|d|t|u|u|1|a\nx\n", false));
    }

    #[test]
    fn a_name_continued_on_a_non_format_line_is_ambiguous() {
        let out = "d|755|2026-12-07|20:07|u|u|40|\nf|644|2026-12-07|20:07|u|u|0|a\nb\nf|644|2026-12-07|20:07|u|u|0|c\n";
        let all = Entry::parse_all(out);
        let flags: Vec<(&str, bool)> = all.iter().map(|e| (e.name.as_str(), e.ambiguous)).collect();
        assert_eq!(flags, [("", false), ("a", true), ("c", false)]);
        // A forged second line for the folder itself.
        let forged = "d|755|2026-12-07|20:07|u|u|40|\nl|777|2026-12-07|20:07|u|u|4|\n";
        assert!(Entry::parse_all(forged).iter().all(|e| e.ambiguous));
    }
}
