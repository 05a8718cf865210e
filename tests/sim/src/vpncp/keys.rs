//! Deterministic stand-ins for the keys and images a real panel generates (no crypto needed:
//! tests only check that the module passes them through and masks them).

use sha2::{Digest, Sha256};

pub fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A WireGuard-looking key (32 bytes, base64) derived from `seed`.
pub fn key(seed: &str) -> String {
    base64(&Sha256::digest(seed.as_bytes()))
}

/// Lowercase hex of SHA-256 of `seed` (tokens, ids).
pub fn hex(seed: &str) -> String {
    Sha256::digest(seed.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A placeholder "QR code": an SVG with a 21×21 pattern derived from the text (a real panel
/// encodes the config; the module only shows the image it gets).
pub fn qr_svg(text: &str) -> String {
    let bits = Sha256::digest(text.as_bytes());
    let mut rects = String::new();
    for i in 0..(21 * 21) {
        let byte = bits[(i / 8) % 32];
        if byte >> (i % 8) & 1 == 1 {
            rects.push_str(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"1\" height=\"1\"/>",
                i % 21,
                i / 21
            ));
        }
    }
    format!("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 21 21\" shape-rendering=\"crispEdges\">{rects}</svg>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(key("x").len(), 44);
    }
}
