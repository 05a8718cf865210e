//! Just enough multipart/form-data parsing for PHP-style `$_POST` (curl sends it when a
//! client passes an array as CURLOPT_POSTFIELDS). File parts are ignored like PHP keeps
//! them out of `$_POST`.

/// The boundary parameter of a multipart Content-Type header.
pub fn boundary(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        if k.trim().eq_ignore_ascii_case("boundary") {
            Some(v.trim().trim_matches('"').to_string())
        } else {
            None
        }
    })
}

/// Name/value pairs of the non-file parts.
pub fn parse(body: &[u8], boundary: &str) -> Vec<(String, String)> {
    let delim = format!("--{boundary}");
    let d = delim.as_bytes();
    let mut out = Vec::new();
    let mut pos = match find(body, d, 0) {
        Some(p) => p + d.len(),
        None => return out,
    };
    loop {
        // After a delimiter: "--" ends the body, otherwise CRLF then a part.
        if body[pos..].starts_with(b"--") {
            break;
        }
        let part_start = match find(body, b"\r\n", pos) {
            Some(p) => p + 2,
            None => break,
        };
        let next = match find(body, d, part_start) {
            Some(p) => p,
            None => break,
        };
        // The part ends with CRLF before the next delimiter.
        let part_end = next.saturating_sub(2).max(part_start);
        let part = &body[part_start..part_end];
        if let Some(h_end) = find(part, b"\r\n\r\n", 0) {
            let head = String::from_utf8_lossy(&part[..h_end]);
            let value = &part[h_end + 4..];
            let mut name = None;
            let mut is_file = false;
            for line in head.split("\r\n") {
                let Some((k, v)) = line.split_once(':') else {
                    continue;
                };
                if !k.trim().eq_ignore_ascii_case("content-disposition") {
                    continue;
                }
                for p in v.split(';').skip(1) {
                    if let Some((pk, pv)) = p.split_once('=') {
                        let pv = pv.trim().trim_matches('"').to_string();
                        match pk.trim().to_ascii_lowercase().as_str() {
                            "name" => name = Some(pv),
                            "filename" => is_file = true,
                            _ => {}
                        }
                    }
                }
            }
            if let (Some(n), false) = (name, is_file) {
                out.push((n, String::from_utf8_lossy(value).into_owned()));
            }
        }
        pos = next + d.len();
        if pos >= body.len() {
            break;
        }
    }
    out
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() || needle.is_empty() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fields_and_skips_files() {
        let body = b"--XX\r\nContent-Disposition: form-data; name=\"cmd\"\r\n\r\nv-list-users\r\n--XX\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\"\r\n\r\nbin\r\n--XX\r\nContent-Disposition: form-data; name=\"arg1\"\r\n\r\n\r\n--XX--\r\n";
        let f = parse(body, "XX");
        assert_eq!(
            f,
            vec![
                ("cmd".to_string(), "v-list-users".to_string()),
                ("arg1".to_string(), String::new())
            ]
        );
        assert_eq!(
            boundary("multipart/form-data; boundary=\"XX\"").as_deref(),
            Some("XX")
        );
    }
}
