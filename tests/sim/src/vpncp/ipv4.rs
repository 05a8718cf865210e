//! IPv4 subnets as client address pools: `.1` is the gateway, the network and broadcast
//! addresses are never handed out.

use std::net::Ipv4Addr;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Subnet {
    pub base: u32,
    pub prefix: u8,
}

impl Subnet {
    /// `10.8.0.0/24`; prefixes 8 to 30.
    pub fn parse(text: &str) -> Result<Subnet, String> {
        let (addr, prefix) = text
            .trim()
            .split_once('/')
            .ok_or_else(|| format!("subnet `{text}` is not a.b.c.d/n"))?;
        let addr: Ipv4Addr = addr
            .parse()
            .map_err(|_| format!("subnet `{text}`: bad address"))?;
        let prefix: u8 = prefix
            .parse()
            .ok()
            .filter(|p| (8..=30).contains(p))
            .ok_or_else(|| format!("subnet `{text}`: prefix must be 8 to 30"))?;
        let mask = u32::MAX << (32 - prefix);
        Ok(Subnet {
            base: u32::from(addr) & mask,
            prefix,
        })
    }

    fn size(&self) -> u32 {
        1u32 << (32 - self.prefix)
    }

    pub fn gateway(&self) -> String {
        Ipv4Addr::from(self.base + 1).to_string()
    }

    /// Client addresses: from `.2` to the one before broadcast.
    pub fn hosts(&self) -> impl Iterator<Item = String> {
        let base = self.base;
        (2..self.size() - 1).map(move |i| Ipv4Addr::from(base + i).to_string())
    }
}

impl std::fmt::Display for Subnet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", Ipv4Addr::from(self.base), self.prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pool_excludes_network_gateway_and_broadcast() {
        let s = Subnet::parse("10.8.0.9/29").unwrap();
        assert_eq!(s.to_string(), "10.8.0.8/29");
        assert_eq!(s.gateway(), "10.8.0.9");
        let hosts: Vec<String> = s.hosts().collect();
        assert_eq!(hosts.first().map(String::as_str), Some("10.8.0.10"));
        assert_eq!(hosts.last().map(String::as_str), Some("10.8.0.14"));
        assert_eq!(hosts.len(), 5);
        assert!(Subnet::parse("10.8.0.0").is_err());
        assert!(Subnet::parse("10.8.0.0/31").is_err());
    }
}
