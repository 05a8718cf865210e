//! Base64 for data URIs (downloads and images in the client area).

pub use crate::http::basic_auth::base64;

/// A `data:` URI a browser downloads with `<a download>`.
pub fn data_uri(mime: &str, content: &[u8]) -> String {
    format!("data:{mime};base64,{}", base64(content))
}

#[cfg(test)]
mod tests {
    #[test]
    fn standard_alphabet_and_padding() {
        assert_eq!(super::base64(b""), "");
        assert_eq!(super::base64(b"f"), "Zg==");
        assert_eq!(super::base64(b"foob"), "Zm9vYg==");
        assert_eq!(super::base64(b"foobar"), "Zm9vYmFy");
    }
}
