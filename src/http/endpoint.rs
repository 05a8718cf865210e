//! Where a panel lives: scheme, host, port, pin and timeouts.

use std::time::Duration;

use super::error::HttpError;
use super::pin::Fingerprint;

pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    pub secure: bool,
    pub host: String,
    pub port: u16,
    pub pin: Option<Fingerprint>,
    pub connect_timeout: Duration,
    pub timeout: Duration,
}

impl Endpoint {
    /// Builds an endpoint from WHMCS's server fields. Admins often paste a URL into the
    /// hostname field (`https://panel.example.com:8083/`), so scheme, path and port are
    /// accepted there; an explicit port field wins over the default.
    pub fn from_server(
        host_field: &str,
        port_field: Option<u16>,
        secure: bool,
        default_port: u16,
        pin: Option<&str>,
    ) -> Result<Self, HttpError> {
        let mut host = host_field.trim();
        let mut secure = secure;
        if let Some(rest) = host.strip_prefix("https://") {
            host = rest;
            secure = true;
        } else if let Some(rest) = host.strip_prefix("http://") {
            host = rest;
        }
        let host = host.split('/').next().unwrap_or_default();
        let (host, port_in_host) = split_port(host)?;
        if host.is_empty() {
            return Err(HttpError::BadAddress(
                "the server has no hostname or IP address".to_string(),
            ));
        }
        let valid = host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']' | '_'));
        if !valid {
            return Err(HttpError::BadAddress(format!(
                "`{host}` is not a hostname or IP address"
            )));
        }
        Ok(Endpoint {
            secure,
            host: host.to_string(),
            port: port_field.or(port_in_host).unwrap_or(default_port),
            pin: pin.map(Fingerprint::parse).transpose()?,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
        })
    }

    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    pub fn with_connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// `host:port` for messages.
    pub fn authority(&self) -> String {
        if self.host.contains(':') && !self.host.starts_with('[') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    pub fn url(&self, path: &str) -> String {
        let scheme = if self.secure { "https" } else { "http" };
        format!("{scheme}://{}{}", self.authority(), path)
    }
}

/// Splits `host:port`, leaving bare IPv6 addresses alone.
fn split_port(host: &str) -> Result<(&str, Option<u16>), HttpError> {
    if let Some(rest) = host.strip_prefix('[') {
        let Some((addr, after)) = rest.split_once(']') else {
            return Err(HttpError::BadAddress(format!("`{host}` is missing `]`")));
        };
        let port = match after.strip_prefix(':') {
            Some(p) => Some(parse_port(p)?),
            None => None,
        };
        return Ok((addr, port));
    }
    match host.matches(':').count() {
        1 => {
            let (h, p) = host.split_once(':').unwrap_or((host, ""));
            Ok((h, Some(parse_port(p)?)))
        }
        _ => Ok((host, None)),
    }
}

fn parse_port(p: &str) -> Result<u16, HttpError> {
    p.parse::<u16>()
        .ok()
        .filter(|p| *p > 0)
        .ok_or_else(|| HttpError::BadAddress(format!("`{p}` is not a port number")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_urls_and_ports_in_the_hostname_field() {
        let e = Endpoint::from_server(
            "https://panel.example.com:9000/login",
            None,
            false,
            8083,
            None,
        )
        .unwrap();
        assert!(e.secure);
        assert_eq!(e.authority(), "panel.example.com:9000");
        let e = Endpoint::from_server("10.0.0.1", Some(8443), true, 8083, None).unwrap();
        assert_eq!(e.url("/api/"), "https://10.0.0.1:8443/api/");
        let e = Endpoint::from_server("::1", None, true, 8083, None).unwrap();
        assert_eq!(e.url("/"), "https://[::1]:8083/");
        let e = Endpoint::from_server("[::1]:99", None, true, 8083, None).unwrap();
        assert_eq!(e.port, 99);
    }

    #[test]
    fn rejects_garbage() {
        assert!(Endpoint::from_server("", None, true, 1, None).is_err());
        assert!(Endpoint::from_server("a b", None, true, 1, None).is_err());
        assert!(Endpoint::from_server("host:0", None, true, 1, None).is_err());
        assert!(Endpoint::from_server("host", None, true, 1, Some("xx")).is_err());
    }
}
