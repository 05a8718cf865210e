//! Records of a listing the module could not read: one odd account never fails a whole
//! server. UsageUpdate and ListAccounts go on with the others and say which were left out.

use super::answer::UnreadableField;

/// How many skipped records a message names (the module log has them all).
const NAMED: usize = 5;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Skipped {
    records: Vec<String>,
    /// The records' names (`record` as given), for telling skipped from unlisted accounts.
    names: Vec<String>,
}

impl Skipped {
    /// `record`: the account's name, or its position when the name is what is missing.
    pub fn add(&mut self, record: &str, why: &UnreadableField) {
        self.records.push(format!("{record} ({why})"));
        self.names.push(record.to_string());
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// "skipped 2 accounts the panel described incompletely: alice (no readable `x`), …".
    pub fn summary(&self, noun: &str) -> Option<String> {
        if self.records.is_empty() {
            return None;
        }
        let mut named = self.records[..self.records.len().min(NAMED)].join(", ");
        if self.records.len() > NAMED {
            named.push_str(&format!(", and {} more", self.records.len() - NAMED));
        }
        Some(format!(
            "skipped {} {noun} the panel described incompletely: {named}",
            self.records.len()
        ))
    }

    /// Every skipped record, for the module log.
    pub fn all(&self) -> String {
        self.records.join("\n")
    }

    /// The end of a UsageUpdate's module-log line: `; skipped:` and every record, or nothing.
    pub fn log_suffix(&self) -> String {
        if self.records.is_empty() {
            String::new()
        } else {
            format!("; skipped:\n{}", self.all())
        }
    }
}

/// Reads every record with `read`; the ones it cannot read are skipped, named by `name`.
pub fn read_each<T, R>(
    records: &[T],
    name: impl Fn(&T) -> &str,
    read: impl Fn(&T) -> Result<R, UnreadableField>,
) -> (Vec<R>, Skipped) {
    let mut c = Collected::default();
    for r in records {
        c.take(name(r), read(r));
    }
    (c.read, c.skipped)
}

/// Records read one at a time (a listing read as a stream): the readable ones kept, the
/// others skipped and named.
pub struct Collected<R> {
    pub read: Vec<R>,
    pub skipped: Skipped,
    seen: usize,
}

impl<R> Default for Collected<R> {
    fn default() -> Self {
        Collected {
            read: Vec::new(),
            skipped: Skipped::default(),
            seen: 0,
        }
    }
}

impl<R> Collected<R> {
    /// One more record, named `name` (empty: by its position).
    pub fn take(&mut self, name: &str, record: Result<R, UnreadableField>) {
        match record {
            Ok(v) => self.read.push(v),
            Err(why) => self.skipped.add(&record_label(Some(name), self.seen), &why),
        }
        self.seen += 1;
    }
}

/// How a listing's record is named in messages: its name, else its position.
pub fn record_label(name: Option<&str>, index: usize) -> String {
    match name {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => format!("record #{}", index + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_first_few_and_counts_the_rest() {
        let mut s = Skipped::default();
        assert_eq!(s.summary("accounts"), None);
        let why = UnreadableField::new("storage_used");
        for i in 0..7 {
            s.add(&record_label(None, i), &why);
        }
        assert_eq!(s.len(), 7);
        let text = s.summary("accounts").unwrap();
        assert!(text.starts_with("skipped 7 accounts the panel described incompletely: record #1 (no readable `storage_used`)"), "{text}");
        assert!(text.ends_with(", and 2 more"), "{text}");
        assert_eq!(s.all().lines().count(), 7);
        assert_eq!(record_label(Some("alice"), 3), "alice");
    }
}
