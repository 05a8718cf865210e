//! Random strings for generated passwords, usernames and temporary file names.

const LOWER: &[u8] = b"abcdefghijkmnopqrstuvwxyz";
const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS: &[u8] = b"23456789";
/// Symbols that survive shells, URLs and panel forms unquoted.
const SYMBOLS: &[u8] = b"-_.+=";

#[derive(Debug, thiserror::Error)]
#[error("the operating system's random source failed: {0}")]
pub struct RandomError(String);

/// A uniformly random index below `n` (rejection sampling, no modulo bias).
fn index(n: usize) -> Result<usize, RandomError> {
    let limit = 256 - (256 % n);
    loop {
        let mut b = [0u8; 1];
        getrandom::getrandom(&mut b).map_err(|e| RandomError(e.to_string()))?;
        if (b[0] as usize) < limit {
            return Ok(b[0] as usize % n);
        }
    }
}

fn pick(set: &[u8], n: usize) -> Result<String, RandomError> {
    (0..n)
        .map(|_| index(set.len()).map(|i| set[i] as char))
        .collect()
}

pub fn letters(n: usize) -> Result<String, RandomError> {
    pick(b"abcdefghijklmnopqrstuvwxyz", n)
}

pub fn digits(n: usize) -> Result<String, RandomError> {
    pick(b"0123456789", n)
}

/// A strong password: `len` characters with at least one lower, upper, digit and symbol,
/// shuffled (meets HestiaCP's and cPanel's web-UI rules).
pub fn password(len: usize) -> Result<String, RandomError> {
    let len = len.max(8);
    let mut chars: Vec<char> = Vec::with_capacity(len);
    for set in [LOWER, UPPER, DIGITS, SYMBOLS] {
        chars.extend(pick(set, 1)?.chars());
    }
    let all: Vec<u8> = [LOWER, UPPER, DIGITS].concat();
    chars.extend(pick(&all, len - 4)?.chars());
    for i in (1..chars.len()).rev() {
        let j = index(i + 1)?;
        chars.swap(i, j);
    }
    Ok(chars.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_have_every_class() {
        for _ in 0..50 {
            let p = password(16).unwrap();
            assert_eq!(p.len(), 16);
            assert!(p.chars().any(|c| c.is_ascii_lowercase()));
            assert!(p.chars().any(|c| c.is_ascii_uppercase()));
            assert!(p.chars().any(|c| c.is_ascii_digit()));
        }
        assert_eq!(letters(5).unwrap().len(), 5);
        assert!(digits(4).unwrap().chars().all(|c| c.is_ascii_digit()));
    }
}
