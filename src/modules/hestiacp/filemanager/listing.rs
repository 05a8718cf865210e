//! Lines of `v-list-fs-directory` / `v-search-fs-object`: the `find -printf` format
//! `%y|%m|%TY-%Tm-%Td|%TH:%TM|%u|%g|%s|%P`.

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
            size: f[6].parse().ok()?,
        })
    }

    /// Every parseable line of a listing.
    pub fn parse_all(out: &str) -> Vec<Entry> {
        out.lines().filter_map(Entry::parse).collect()
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
}
