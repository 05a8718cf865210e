//! Answers read as they arrive, for the listings of big servers: the body is never held whole
//! (a HestiaCP `v-list-users json` of 50,000 accounts is ~60 MB). The module log still gets the
//! head and the first [`super::transport::MAX_LOGGED`] bytes.

use std::io::{self, Read};

/// The part of an answer read so far: the first bytes kept for the log, the count, and the
/// first transport error (classified by the transport once the reader is done).
pub struct Tee<R> {
    inner: R,
    pub kept: Vec<u8>,
    pub total: u64,
    keep: usize,
    limit: u64,
    pub error: Option<io::Error>,
    pub too_large: bool,
}

impl<R: Read> Tee<R> {
    pub fn new(inner: R, keep: usize, limit: u64) -> Self {
        Tee {
            inner,
            kept: Vec::new(),
            total: 0,
            keep,
            limit,
            error: None,
            too_large: false,
        }
    }
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = match self.inner.read(buf) {
            Ok(n) => n,
            Err(e) => {
                let copy = io::Error::new(e.kind(), e.to_string());
                self.error.get_or_insert(e);
                return Err(copy);
            }
        };
        let room = self.keep.saturating_sub(self.kept.len());
        self.kept.extend_from_slice(&buf[..n.min(room)]);
        self.total += n as u64;
        if self.total > self.limit {
            self.too_large = true;
            return Err(io::Error::other(
                "the answer is larger than the module accepts",
            ));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_start_counts_all_and_stops_at_the_limit() {
        let data = [b'x'; 100];
        let mut t = Tee::new(&data[..], 10, 1000);
        let mut out = Vec::new();
        t.read_to_end(&mut out).unwrap();
        assert_eq!((out.len(), t.kept.len(), t.total), (100, 10, 100));
        let mut small = Tee::new(&data[..], 10, 50);
        assert!(small.read_to_end(&mut Vec::new()).is_err());
        assert!(small.too_large);
    }
}
