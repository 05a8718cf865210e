//! Readers for the panel's `data` payloads. Only system status fields are documented; the
//! other shapes are this project's assumption (table in docs/oxide_vpncp.md), read tolerantly:
//! numbers may come as strings, lists as objects keyed by name.

use serde_json::Value as Json;

use crate::modules::shared::answer::UnreadableField;
use crate::modules::shared::number::{read, whole, Rule};

/// A count (licence slots, free addresses) the caller compares or shows.
fn count(v: &Json) -> Option<u64> {
    whole(Some(v))
}

/// Bytes or Mbit/s: a fraction rounds to the nearest whole.
fn size(v: Option<&Json>) -> Option<u64> {
    read(v, Rule::SIZE).amount()
}

fn text(v: Option<&Json>) -> String {
    match v {
        Some(Json::String(s)) => s.clone(),
        Some(Json::Number(n)) => n.to_string(),
        Some(Json::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// The first of `keys` present in `obj` (aliases of one field).
fn field<'a>(obj: &'a Json, keys: &[&str]) -> Option<&'a Json> {
    keys.iter()
        .find_map(|k| obj.get(*k))
        .filter(|v| !v.is_null())
}

/// `GET /api/v1/system/status`: licence slots and version.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SystemStatus {
    pub version: String,
    pub used: Option<u64>,
    pub total: Option<u64>,
}

impl SystemStatus {
    pub fn from_json(data: &Json) -> Self {
        // Documented at the top level of `data`; tolerated one level down (`data.license`).
        let pick = |key: &str| {
            data.get(key).and_then(count).or_else(|| {
                data.as_object()?
                    .values()
                    .find_map(|v| v.get(key).and_then(count))
            })
        };
        SystemStatus {
            version: text(field(data, &["version", "panel_version"])),
            used: pick("count_accounts"),
            total: pick("count_accounts_available"),
        }
    }

    /// `Ok` when a client can be added (`count_accounts < count_accounts_available`), else why not.
    pub fn free_slot(&self) -> Result<(), String> {
        match (self.used, self.total) {
            (Some(u), Some(t)) if u < t => Ok(()),
            (Some(u), Some(t)) => Err(format!("no free licence slot ({u}/{t} used)")),
            _ => Err(
                "the panel reported no readable licence slot figures (`count_accounts`, \
                 `count_accounts_available`)"
                    .into(),
            ),
        }
    }

    pub fn slots(&self) -> String {
        match (self.used, self.total) {
            (Some(u), Some(t)) => format!("{u}/{t}"),
            _ => "?/?".into(),
        }
    }
}

/// One network of `GET /api/v1/network`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkInfo {
    pub name: String,
    pub subnet: String,
    pub protocols: Vec<String>,
    pub free_ips: Option<u64>,
}

impl NetworkInfo {
    fn from_entry(name_hint: Option<&str>, v: &Json) -> Option<Self> {
        if let Json::String(s) = v {
            return Some(NetworkInfo {
                name: s.clone(),
                ..NetworkInfo::default()
            });
        }
        let name = match field(v, &["name", "network_name", "network"]) {
            Some(n) => text(Some(n)),
            None => name_hint?.to_string(),
        };
        if name.is_empty() {
            return None;
        }
        Some(NetworkInfo {
            name,
            subnet: text(field(v, &["subnet", "cidr", "ip_range", "range"])),
            protocols: protocols(field(v, &["protocols", "protocol"])),
            free_ips: field(v, &["count_available_ip", "available_ips", "free_ips"])
                .and_then(count),
        })
    }

    /// The list in the panel's order: an array, `{"networks": […]}`, or an object by name.
    pub fn list(data: &Json) -> Vec<NetworkInfo> {
        let data = field(data, &["networks", "items"]).unwrap_or(data);
        match data {
            Json::Array(items) => items
                .iter()
                .filter_map(|v| NetworkInfo::from_entry(None, v))
                .collect(),
            Json::Object(map) => map
                .iter()
                .filter_map(|(k, v)| NetworkInfo::from_entry(Some(k), v))
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// Enabled protocols from `{"wireguard":true,…}` or `["wireguard",…]`, display names.
pub fn protocols(v: Option<&Json>) -> Vec<String> {
    let names: Vec<String> = match v {
        Some(Json::Object(m)) => m
            .iter()
            .filter(|(_, on)| on.as_bool().unwrap_or(false) || count(on) == Some(1))
            .map(|(k, _)| k.clone())
            .collect(),
        Some(Json::Array(items)) => items.iter().map(|i| text(Some(i))).collect(),
        Some(Json::String(s)) => s.split(',').map(|p| p.trim().to_string()).collect(),
        _ => Vec::new(),
    };
    names
        .into_iter()
        .filter(|n| !n.is_empty())
        .map(|n| display_protocol(&n))
        .collect()
}

fn display_protocol(raw: &str) -> String {
    match raw.to_ascii_lowercase().as_str() {
        "wireguard" | "wg" => "WireGuard".into(),
        "amneziawg" | "amnezia" | "awg" => "AmneziaWG".into(),
        "openvpn" | "ovpn" => "OpenVPN".into(),
        "ikev2" | "ipsec" => "IKEv2".into(),
        _ => raw.to_string(),
    }
}

/// `GET /api/v1/network/{name}/available_ip`: a free address, or none.
pub fn available_ip(data: &Json) -> Option<String> {
    match data {
        // Only an address counts: "n/a" or "none" is no free IP.
        Json::String(s) if s.trim().parse::<std::net::IpAddr>().is_ok() => {
            Some(s.trim().to_string())
        }
        Json::Array(items) => items.iter().find_map(available_ip),
        Json::Object(_) => field(
            data,
            &["ip", "ipv4", "available_ip", "address", "ips", "available"],
        )
        .and_then(available_ip),
        _ => None,
    }
}

/// `GET /api/v1/client/{name}`. The password is deliberately not kept.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClientInfo {
    pub name: String,
    pub network: String,
    pub ipv4: String,
    pub username: String,
    pub enabled: bool,
    pub status: String,
    pub download_mbps: Option<u64>,
    pub upload_mbps: Option<u64>,
    pub protocols: Vec<String>,
}

impl ClientInfo {
    pub fn from_json(name: &str, data: &Json) -> Self {
        let data = field(data, &["client"]).unwrap_or(data);
        let status = text(field(data, &["status", "state"]));
        let enabled = match field(data, &["status", "state", "enabled"]) {
            Some(Json::Bool(b)) => *b,
            Some(other) => matches!(
                text(Some(other)).to_ascii_lowercase().as_str(),
                "enable" | "enabled" | "active" | "1" | "true" | "on"
            ),
            None => true,
        };
        ClientInfo {
            name: Some(text(field(data, &["name"])))
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| name.to_string()),
            network: text(field(data, &["network", "network_name"])),
            ipv4: text(field(data, &["ipv4", "ip", "address"])),
            username: text(field(data, &["username"])),
            enabled,
            status,
            download_mbps: size(field(data, &["b_download", "download"])),
            upload_mbps: size(field(data, &["b_upload", "upload"])),
            protocols: protocols(field(data, &["protocols"])),
        }
    }
}

/// One online session of `GET /api/v1/client/online`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Session {
    pub protocol: String,
    pub name: String,
    pub ip: String,
    pub endpoint: String,
    pub last_handshake: String,
    /// `None` when the panel's figure is missing or unreadable: shown as "not reported", never 0.
    pub bytes_download: Option<u64>,
    pub bytes_upload: Option<u64>,
}

impl Session {
    fn from_json(protocol: &str, v: &Json) -> Self {
        Session {
            protocol: Some(text(field(v, &["protocol"])))
                .filter(|p| !p.is_empty())
                .map(|p| display_protocol(&p))
                .unwrap_or_else(|| display_protocol(protocol)),
            name: text(field(v, &["name", "client", "client_name", "username"])),
            ip: text(field(v, &["ip", "ipv4", "address"])),
            endpoint: text(field(v, &["endpoint", "remote", "real_address"])),
            last_handshake: text(field(v, &["last_handshake", "connected_since", "since"])),
            bytes_download: size(field(v, &["bytes_download", "rx", "bytes_received"])),
            bytes_upload: size(field(v, &["bytes_upload", "tx", "bytes_sent"])),
        }
    }

    /// Sessions per protocol (`{"wireguard":[…]}`), or one flat list; `[]` = nobody online.
    pub fn list(data: &Json) -> Vec<Session> {
        match data {
            Json::Array(items) => items.iter().map(|v| Session::from_json("", v)).collect(),
            Json::Object(map) => map
                .iter()
                .flat_map(|(protocol, v)| match v {
                    Json::Array(items) => items
                        .iter()
                        .map(|i| Session::from_json(protocol, i))
                        .collect::<Vec<_>>(),
                    Json::Object(_) => vec![Session::from_json(protocol, v)],
                    _ => Vec::new(),
                })
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// One day of `GET /api/v1/client/{name}/traffic/{Y}/{m}` (bytes).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrafficDay {
    pub date: String,
    pub download: u64,
    pub upload: u64,
}

impl TrafficDay {
    /// Days as a list (`[{"date","download","upload"}]`), `{"days": […]}`, or an object keyed
    /// by date. Every day's two figures are needed: a guessed 0 would bill wrongly.
    pub fn list(data: &Json) -> Result<Vec<TrafficDay>, UnreadableField> {
        let data = field(data, &["days", "traffic", "items"]).unwrap_or(data);
        let day = |date: Option<&str>, v: &Json| -> Result<TrafficDay, UnreadableField> {
            Ok(TrafficDay {
                date: date
                    .map(str::to_string)
                    .unwrap_or_else(|| text(field(v, &["date", "day"]))),
                // A negative or odd figure is refused and named, never billed as 0.
                download: read(
                    field(v, &["download", "rx", "bytes_download", "down"]),
                    Rule::SIZE,
                )
                .need_amount("download")?,
                upload: read(
                    field(v, &["upload", "tx", "bytes_upload", "up"]),
                    Rule::SIZE,
                )
                .need_amount("upload")?,
            })
        };
        let days: Vec<TrafficDay> = match data {
            Json::Array(items) => items.iter().map(|v| day(None, v)).collect(),
            Json::Object(map) => map.iter().map(|(k, v)| day(Some(k), v)).collect(),
            _ => Err(UnreadableField::new("days")),
        }?;
        once_per_date(days)
    }
}

/// A dated day listed twice counts once (the same figures twice are one day, not two, which
/// would bill double); the same date with other figures is a contradiction, not a sum.
fn once_per_date(days: Vec<TrafficDay>) -> Result<Vec<TrafficDay>, UnreadableField> {
    let mut out: Vec<TrafficDay> = Vec::with_capacity(days.len());
    for d in days {
        match out.iter().find(|o| !d.date.is_empty() && o.date == d.date) {
            Some(same) if same.download == d.download && same.upload == d.upload => {}
            Some(_) => return Err(UnreadableField::new("date")),
            None => out.push(d),
        }
    }
    Ok(out)
}

/// A text payload (config, profile, link): the string itself or the first of `keys`.
pub fn text_payload(data: &Json, keys: &[&str]) -> Option<String> {
    match data {
        Json::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Json::Object(_) => field(data, keys).and_then(|v| match v {
            Json::String(s) if !s.trim().is_empty() => Some(s.clone()),
            _ => None,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_day_listed_twice_counts_once() {
        let d = json!([{"date":"2026-07-01","download":5,"upload":1},
                       {"date":"2026-07-01","download":5,"upload":1},
                       {"date":"2026-07-02","download":2,"upload":2}]);
        let days = TrafficDay::list(&d).unwrap();
        assert_eq!(days.iter().map(|d| d.download).sum::<u64>(), 7);
        let d = json!([{"date":"2026-07-01","download":5,"upload":1},
                       {"date":"2026-07-01","download":9,"upload":1}]);
        assert!(TrafficDay::list(&d).is_err());
        let undated = json!([{"download":5,"upload":1},{"download":5,"upload":1}]);
        assert_eq!(TrafficDay::list(&undated).unwrap().len(), 2);
    }

    #[test]
    fn status_slots() {
        let s = SystemStatus::from_json(
            &json!({"version":"2.1","count_accounts":"3","count_accounts_available":50}),
        );
        assert_eq!((s.used, s.total), (Some(3), Some(50)));
        assert!(s.free_slot().is_ok());
        let full = SystemStatus::from_json(
            &json!({"license":{"count_accounts":50,"count_accounts_available":50}}),
        );
        assert_eq!(
            full.free_slot().unwrap_err(),
            "no free licence slot (50/50 used)"
        );
    }

    #[test]
    fn network_lists_in_every_shape() {
        let a = NetworkInfo::list(
            &json!([{"name":"eu1","protocols":{"wireguard":true,"openvpn":false}}, "us1"]),
        );
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].protocols, vec!["WireGuard".to_string()]);
        let b = NetworkInfo::list(&json!({"networks":{"eu1":{"subnet":"10.8.0.0/24"}}}));
        assert_eq!(b[0].name, "eu1");
        assert_eq!(b[0].subnet, "10.8.0.0/24");
    }

    #[test]
    fn free_ip_answers() {
        assert_eq!(
            available_ip(&json!({"ip":"10.0.0.2"})).as_deref(),
            Some("10.0.0.2")
        );
        assert_eq!(
            available_ip(&json!(["10.0.0.3"])).as_deref(),
            Some("10.0.0.3")
        );
        assert_eq!(available_ip(&json!({"ip": null})), None);
        assert_eq!(available_ip(&json!([])), None);
    }

    #[test]
    fn sessions_and_traffic() {
        assert!(Session::list(&json!([])).is_empty());
        let s = Session::list(&json!({"wireguard":[{"name":"a","bytes_download":"5"}]}));
        assert_eq!(
            (s[0].protocol.as_str(), s[0].bytes_download),
            ("WireGuard", Some(5))
        );
        // A missing or negative count is not reported, never a guessed 0.
        assert_eq!(s[0].bytes_upload, None);
        let s = Session::list(&json!([{"name":"a","bytes_download":-7,"bytes_upload":"x"}]));
        assert_eq!((s[0].bytes_download, s[0].bytes_upload), (None, None));
        let t =
            TrafficDay::list(&json!([{"date":"2026-05-01","download":10,"upload":"2"}])).unwrap();
        assert_eq!(t[0].upload, 2);
        let t = TrafficDay::list(&json!({"2026-05-02":{"rx":1,"tx":3}})).unwrap();
        assert_eq!(
            (t[0].date.as_str(), t[0].download, t[0].upload),
            ("2026-05-02", 1, 3)
        );
        // A day without a readable figure is never read as 0.
        let e = TrafficDay::list(&json!([{"date":"2026-05-01","download":null,"upload":2}]));
        assert_eq!(e.unwrap_err().field, "download");
        assert_eq!(TrafficDay::list(&json!(7)).unwrap_err().field, "days");
        let e = TrafficDay::list(&json!([{"date":"2026-05-01","download":"-5","upload":2}]));
        assert_eq!(
            e.unwrap_err().to_string(),
            "no readable `download` (`-5` is a negative)"
        );
        assert!(TrafficDay::list(&json!([])).unwrap().is_empty());
    }

    #[test]
    fn client_status() {
        let c = ClientInfo::from_json("x", &json!({"status":"disable","b_download":10}));
        assert!(!c.enabled);
        assert_eq!(c.download_mbps, Some(10));
        assert_eq!(c.name, "x");
    }
}
