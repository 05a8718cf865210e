//! Where a new client goes (the seed's deploy rule): walk the ticked server → network pairs
//! top to bottom; the first whose server has a free licence slot (`count_accounts <
//! count_accounts_available`) and whose network has a free IP wins. When none does, every
//! pair's reason is reported and nothing is created anywhere.

use std::collections::HashMap;

use crate::whmcs::Call;

use super::api::{FreeIp, VpnApi};
use super::error::VpnError;
use super::group::usable_server;
use super::server::PanelServer;
use super::settings_doc::Pair;
use super::shapes::SystemStatus;

#[derive(Debug, Clone)]
pub struct Choice {
    pub server: PanelServer,
    pub network: String,
}

/// What the walk asks about a pair; `Err(String)` is a reason to skip it.
pub trait Probe {
    /// The ticked server, or why it cannot be used (database only, no request).
    fn server(&mut self, id: i64) -> Result<Result<PanelServer, String>, VpnError>;
    fn status(&mut self, server: &PanelServer) -> Result<SystemStatus, String>;
    fn free_ip(&mut self, server: &PanelServer, network: &str) -> Result<FreeIp, String>;

    /// A server's slots and one of its networks' free IP together (the live probe asks both
    /// at once: the create then waits for one round trip, not two).
    #[allow(clippy::type_complexity)]
    fn status_and_free_ip(
        &mut self,
        server: &PanelServer,
        network: &str,
    ) -> (Result<SystemStatus, String>, Result<FreeIp, String>) {
        (self.status(server), self.free_ip(server, network))
    }
}

/// The first deployable pair, or why each pair was skipped. A server shared by several pairs
/// is asked for its slots once.
pub fn choose(
    pairs: &[Pair],
    probe: &mut dyn Probe,
) -> Result<Result<Choice, Vec<String>>, VpnError> {
    let mut servers: HashMap<i64, Result<PanelServer, String>> = HashMap::new();
    let mut slots: HashMap<i64, Result<(), String>> = HashMap::new();
    let mut reasons = Vec::new();
    for pair in pairs {
        if let std::collections::hash_map::Entry::Vacant(slot) = servers.entry(pair.server_id) {
            slot.insert(probe.server(pair.server_id)?);
        }
        let server = match &servers[&pair.server_id] {
            Ok(s) => s.clone(),
            Err(why) => {
                reasons.push(format!("{why} (→ {})", pair.network));
                continue;
            }
        };
        let label = format!("{} → {}", server.label(), pair.network);
        let (slot, ip) = match slots.get(&pair.server_id) {
            Some(known) => (known.clone(), None),
            None => {
                let (status, ip) = probe.status_and_free_ip(&server, &pair.network);
                let slot = status.and_then(|s| s.free_slot());
                slots.insert(pair.server_id, slot.clone());
                (slot, Some(ip))
            }
        };
        if let Err(why) = slot {
            reasons.push(format!("{label}: {why}"));
            continue;
        }
        let ip = match ip {
            Some(ip) => ip,
            None => probe.free_ip(&server, &pair.network),
        };
        match ip {
            Ok(FreeIp::Yes(_)) => {
                return Ok(Ok(Choice {
                    server,
                    network: pair.network.clone(),
                }))
            }
            Ok(FreeIp::No(why)) => reasons.push(format!("{label}: {why}")),
            Err(why) => reasons.push(format!("{label}: {why}")),
        }
    }
    Ok(Err(reasons))
}

/// The probe against the real servers of the product's group.
pub struct LiveProbe<'c, 'a> {
    pub call: &'c Call<'a>,
    pub group_id: i64,
}

impl LiveProbe<'_, '_> {
    fn api(&self, server: &PanelServer) -> Result<VpnApi<'_>, String> {
        VpnApi::new(server, self.call, self.call.secrets(), None).map_err(|e| e.to_string())
    }
}

impl Probe for LiveProbe<'_, '_> {
    fn server(&mut self, id: i64) -> Result<Result<PanelServer, String>, VpnError> {
        usable_server(self.call, id, self.group_id)
    }

    fn status(&mut self, server: &PanelServer) -> Result<SystemStatus, String> {
        self.api(server)?.system_status().map_err(|e| e.to_string())
    }

    fn free_ip(&mut self, server: &PanelServer, network: &str) -> Result<FreeIp, String> {
        self.api(server)?
            .free_ip(network)
            .map_err(|e| e.to_string())
    }

    fn status_and_free_ip(
        &mut self,
        server: &PanelServer,
        network: &str,
    ) -> (Result<SystemStatus, String>, Result<FreeIp, String>) {
        let secrets = self.call.secrets();
        let both = crate::modules::shared::both::both(
            self.call,
            |log| VpnApi::new(server, log, secrets.clone(), None).and_then(|a| a.system_status()),
            |log| VpnApi::new(server, log, secrets.clone(), None).and_then(|a| a.free_ip(network)),
        );
        match both {
            Ok((status, ip)) => (
                status.map_err(|e| e.to_string()),
                ip.map_err(|e| e.to_string()),
            ),
            Err(why) => (Err(why.clone()), Err(why)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::whmcs::{Array, Params};

    /// id, used slots, total slots, [(network, has a free IP)]
    type FakeServer = (i64, u64, u64, Vec<(&'static str, bool)>);

    struct Fake {
        servers: Vec<FakeServer>,
        asked: Vec<String>,
    }

    impl Probe for Fake {
        fn server(&mut self, id: i64) -> Result<Result<PanelServer, String>, VpnError> {
            if !self.servers.iter().any(|s| s.0 == id) {
                return Ok(Err(format!("server #{id} no longer exists")));
            }
            let p = Params::new(
                Array::new()
                    .with("serverid", id)
                    .with("serverhostname", format!("vpn{id}")),
            );
            Ok(Ok(PanelServer::from_params(&p)))
        }
        fn status(&mut self, s: &PanelServer) -> Result<SystemStatus, String> {
            let id = s.id.unwrap_or(0);
            self.asked.push(format!("status {id}"));
            let (_, used, total, _) = self.servers.iter().find(|x| x.0 == id).unwrap();
            Ok(SystemStatus {
                version: String::new(),
                used: Some(*used),
                total: Some(*total),
            })
        }
        fn free_ip(&mut self, s: &PanelServer, network: &str) -> Result<FreeIp, String> {
            let id = s.id.unwrap_or(0);
            self.asked.push(format!("ip {id} {network}"));
            let (_, _, _, nets) = self.servers.iter().find(|x| x.0 == id).unwrap();
            match nets.iter().find(|n| n.0 == network) {
                Some((_, true)) => Ok(FreeIp::Yes("10.0.0.2".into())),
                Some((_, false)) => Ok(FreeIp::No("no free IP address".into())),
                None => Ok(FreeIp::No("Network not found".into())),
            }
        }
    }

    fn pair(id: i64, n: &str) -> Pair {
        Pair {
            server_id: id,
            network: n.into(),
        }
    }

    #[test]
    fn first_pair_wins_and_full_ones_are_skipped() {
        let mut f = Fake {
            servers: vec![
                (1, 50, 50, vec![("eu1", true)]),
                (2, 1, 50, vec![("eu1", false), ("eu2", true)]),
            ],
            asked: vec![],
        };
        let pairs = [pair(1, "eu1"), pair(2, "eu1"), pair(2, "eu2")];
        let c = choose(&pairs, &mut f).unwrap().unwrap();
        assert_eq!((c.server.id, c.network.as_str()), (Some(2), "eu2"));
        // A server's slots are asked once, together with the first network's free IP (one
        // round trip in the usual case; that answer is unused when there is no slot).
        assert_eq!(
            f.asked,
            ["status 1", "ip 1 eu1", "status 2", "ip 2 eu1", "ip 2 eu2"]
        );
    }

    #[test]
    fn nothing_deployable_names_every_reason() {
        let mut f = Fake {
            servers: vec![
                (1, 3, 3, vec![("eu1", true)]),
                (2, 0, 5, vec![("eu1", false)]),
            ],
            asked: vec![],
        };
        let reasons = choose(&[pair(1, "eu1"), pair(2, "eu1"), pair(9, "x")], &mut f)
            .unwrap()
            .unwrap_err();
        assert_eq!(reasons.len(), 3);
        assert!(
            reasons[0].contains("no free licence slot (3/3 used)"),
            "{reasons:?}"
        );
        assert!(
            reasons[1].contains("vpn2 → eu1: no free IP address"),
            "{reasons:?}"
        );
        assert!(reasons[2].contains("no longer exists"), "{reasons:?}");
    }
}
