//! The simulated puqVPNcp server's state: API tokens, licence, networks with IP pools,
//! clients with status, caps and daily traffic, and who is online.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::ipv4::Subnet;

pub const DEFAULT_TOKEN: &str = "sim-vpncp-token-00000000000000000000000000000001";

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Token {
    pub token: String,
    /// Empty = any address.
    #[serde(default)]
    pub allowed_ips: Vec<String>,
    #[serde(default)]
    pub expired: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct License {
    pub status: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// Licence slots: `count_accounts_available` in system status.
    pub max_accounts: u64,
    pub expires_at: Option<String>,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq)]
pub struct Protocols {
    pub wireguard: bool,
    pub amneziawg: bool,
    pub openvpn: bool,
    pub ikev2: bool,
}

impl Default for Protocols {
    fn default() -> Self {
        Protocols {
            wireguard: true,
            amneziawg: false,
            openvpn: true,
            ikev2: true,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Network {
    pub name: String,
    pub subnet: Subnet,
    pub dns: String,
    pub protocols: Protocols,
}

#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct DayTraffic {
    pub download: u64,
    pub upload: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Client {
    pub name: String,
    pub network: String,
    pub ipv4: String,
    pub username: String,
    pub password: String,
    /// `enable` | `disable`.
    pub status: String,
    /// Mbit/s; 0 = network default (unlimited).
    pub b_download: u64,
    pub b_upload: u64,
    pub created_at: String,
    /// `YYYY-MM-DD` → bytes.
    pub traffic: BTreeMap<String, DayTraffic>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Session {
    pub protocol: String,
    pub name: String,
    #[serde(default)]
    pub endpoint: String,
    #[serde(default)]
    pub last_handshake: String,
    #[serde(default)]
    pub bytes_download: u64,
    #[serde(default)]
    pub bytes_upload: u64,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct OneTimeLink {
    pub client: String,
    pub url: String,
}

#[derive(Clone, Debug)]
pub struct State {
    pub tokens: Vec<Token>,
    pub version: String,
    pub hostname: String,
    pub license: License,
    /// In the admin's order.
    pub networks: Vec<Network>,
    pub clients: BTreeMap<String, Client>,
    pub online: Vec<Session>,
    pub links: Vec<OneTimeLink>,
}

impl State {
    /// A fresh install: one token, the free licence (50 clients), network `default`.
    pub fn initial() -> State {
        State {
            tokens: vec![Token {
                token: DEFAULT_TOKEN.into(),
                allowed_ips: Vec::new(),
                expired: false,
            }],
            version: "2.1.0".into(),
            hostname: "vpn.sim.local".into(),
            license: License {
                status: "active".into(),
                kind: "free".into(),
                max_accounts: 50,
                expires_at: None,
            },
            networks: vec![Network {
                name: "default".into(),
                subnet: Subnet::parse("10.10.0.0/24").unwrap_or_default(),
                dns: "1.1.1.1".into(),
                protocols: Protocols::default(),
            }],
            clients: BTreeMap::new(),
            online: Vec::new(),
            links: Vec::new(),
        }
    }

    pub fn network(&self, name: &str) -> Option<&Network> {
        self.networks.iter().find(|n| n.name == name)
    }

    /// Addresses of the network in use by clients.
    pub fn used_ips(&self, network: &str) -> Vec<String> {
        self.clients
            .values()
            .filter(|c| c.network == network)
            .map(|c| c.ipv4.clone())
            .collect()
    }

    /// The lowest free client address of a network.
    pub fn free_ip(&self, network: &str) -> Option<String> {
        let net = self.network(network)?;
        let used = self.used_ips(network);
        net.subnet.hosts().find(|ip| !used.contains(ip))
    }

    pub fn free_ip_count(&self, network: &str) -> usize {
        let Some(net) = self.network(network) else {
            return 0;
        };
        let used = self.used_ips(network);
        net.subnet.hosts().filter(|ip| !used.contains(ip)).count()
    }
}
