//! State JSON (control API `GET/POST /state`, `--state FILE`): dump and merge.

use serde_json::{json, Map, Value};

use super::clients::{client_json, valid_name};
use super::clock::now_text;
use super::ipv4::Subnet;
use super::state::{Client, DayTraffic, Network, Protocols, Session, State, Token};

pub fn to_json(st: &State) -> Value {
    let networks: Map<String, Value> = st
        .networks
        .iter()
        .map(|n| {
            (
                n.name.clone(),
                json!({"subnet": n.subnet.to_string(), "dns": n.dns, "protocols": n.protocols}),
            )
        })
        .collect();
    let clients: Map<String, Value> = st
        .clients
        .values()
        .map(|c| {
            let mut v = client_json(st, c);
            if let Value::Object(m) = &mut v {
                m.remove("name");
                m.remove("protocols");
                m.insert("traffic".into(), json!(c.traffic));
            }
            (c.name.clone(), v)
        })
        .collect();
    json!({
        "tokens": st.tokens,
        "version": st.version,
        "hostname": st.hostname,
        "license": st.license,
        "networks": networks,
        "clients": clients,
        "online": st.online,
        "links": st.links,
    })
}

/// Merges a (partial) document. Scalars and lists replace; `license` merges per key;
/// `networks` and `clients` merge per entry and `null` deletes one.
pub fn merge(st: &mut State, v: &Value) -> Result<(), String> {
    let Value::Object(doc) = v else {
        return Err("the state must be a JSON object".into());
    };
    for (k, val) in doc {
        match k.as_str() {
            "tokens" => {
                st.tokens = serde_json::from_value::<Vec<Token>>(val.clone())
                    .map_err(|e| format!("tokens: {e}"))?
            }
            "token" => {
                let t = val.as_str().ok_or("token must be a string")?;
                st.tokens = vec![Token {
                    token: t.to_string(),
                    allowed_ips: Vec::new(),
                    expired: false,
                }];
            }
            "version" => st.version = string(k, val)?,
            "hostname" => st.hostname = string(k, val)?,
            "license" => merge_license(st, val)?,
            "max_accounts" => {
                st.license.max_accounts = val.as_u64().ok_or("max_accounts must be a number")?
            }
            "networks" => merge_networks(st, val)?,
            "clients" => merge_clients(st, val)?,
            "online" => {
                st.online = serde_json::from_value::<Vec<Session>>(val.clone())
                    .map_err(|e| format!("online: {e}"))?
            }
            "links" => {}
            other => return Err(format!("unknown state key `{other}`")),
        }
    }
    Ok(())
}

fn string(k: &str, v: &Value) -> Result<String, String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("{k} must be a string"))
}

fn merge_license(st: &mut State, v: &Value) -> Result<(), String> {
    let mut current = serde_json::to_value(&st.license).map_err(|e| e.to_string())?;
    let (Value::Object(cur), Value::Object(new)) = (&mut current, v) else {
        return Err("license must be an object".into());
    };
    for (k, val) in new {
        cur.insert(k.clone(), val.clone());
    }
    st.license = serde_json::from_value(current).map_err(|e| format!("license: {e}"))?;
    Ok(())
}

fn merge_networks(st: &mut State, v: &Value) -> Result<(), String> {
    let Value::Object(m) = v else {
        return Err("networks must be an object name → network".into());
    };
    for (name, val) in m {
        if val.is_null() {
            st.networks.retain(|n| &n.name != name);
            continue;
        }
        let existing = st.networks.iter().position(|n| &n.name == name);
        let mut net = existing
            .map(|i| st.networks[i].clone())
            .unwrap_or_else(|| Network {
                name: name.clone(),
                subnet: Subnet::parse("10.20.0.0/24").unwrap_or_default(),
                dns: "1.1.1.1".into(),
                protocols: Protocols::default(),
            });
        let Value::Object(f) = val else {
            return Err(format!("networks.{name} must be an object or null"));
        };
        for (k, x) in f {
            match k.as_str() {
                "subnet" => net.subnet = Subnet::parse(&string(k, x)?)?,
                "dns" => net.dns = string(k, x)?,
                "protocols" => {
                    let mut p = serde_json::to_value(net.protocols).map_err(|e| e.to_string())?;
                    if let (Value::Object(cur), Value::Object(new)) = (&mut p, x) {
                        for (pk, pv) in new {
                            cur.insert(pk.clone(), pv.clone());
                        }
                    }
                    net.protocols =
                        serde_json::from_value(p).map_err(|e| format!("protocols: {e}"))?;
                }
                other => return Err(format!("networks.{name}: unknown key `{other}`")),
            }
        }
        match existing {
            Some(i) => st.networks[i] = net,
            None => st.networks.push(net),
        }
    }
    Ok(())
}

fn merge_clients(st: &mut State, v: &Value) -> Result<(), String> {
    let Value::Object(m) = v else {
        return Err("clients must be an object name → client".into());
    };
    for (name, val) in m {
        if val.is_null() {
            st.clients.remove(name);
            continue;
        }
        if !valid_name(name) {
            return Err(format!("clients: `{name}` is not a valid client name"));
        }
        let Value::Object(f) = val else {
            return Err(format!("clients.{name} must be an object or null"));
        };
        let mut c = match st.clients.get(name) {
            Some(c) => c.clone(),
            None => {
                let network = f
                    .get("network")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .or_else(|| st.networks.first().map(|n| n.name.clone()))
                    .unwrap_or_default();
                Client {
                    name: name.clone(),
                    ipv4: st.free_ip(&network).unwrap_or_default(),
                    network,
                    username: name.clone(),
                    password: "SimPass123".into(),
                    status: "enable".into(),
                    b_download: 0,
                    b_upload: 0,
                    created_at: now_text(),
                    traffic: Default::default(),
                }
            }
        };
        for (k, x) in f {
            match k.as_str() {
                "network" => c.network = string(k, x)?,
                "ipv4" => c.ipv4 = string(k, x)?,
                "username" => c.username = string(k, x)?,
                "password" => c.password = string(k, x)?,
                "status" => c.status = string(k, x)?,
                "created_at" => c.created_at = string(k, x)?,
                "b_download" => c.b_download = x.as_u64().ok_or("b_download must be a number")?,
                "b_upload" => c.b_upload = x.as_u64().ok_or("b_upload must be a number")?,
                // Per-day entries merge: a test can add a day without repeating the month.
                "traffic" => {
                    let days: std::collections::BTreeMap<String, DayTraffic> =
                        serde_json::from_value(x.clone()).map_err(|e| format!("traffic: {e}"))?;
                    c.traffic.extend(days);
                }
                other => return Err(format!("clients.{name}: unknown key `{other}`")),
            }
        }
        st.clients.insert(name.clone(), c);
    }
    Ok(())
}
