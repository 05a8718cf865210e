//! The drift check of a module's servers: every server listed at once (bounded by the fan-out's
//! thread cap, each answer by its own timeout), compared with `tblhosting`, the result stored.
//! A server that cannot be reached is recorded as such; the others are still checked.

use std::time::{Duration, Instant};

use crate::modules::shared::fanout::{self, BufferedLog};
use crate::whmcs::clock::now_timestamp;
use crate::whmcs::{Array, Call, Failure, Reply, Value};

use super::account::Listing;
use super::adapter::{Adapter, Lister};
use super::compare::{compare, ServiceRow};
use super::finding::{Finding, Kind};
use super::servers;
use super::store::{self, ServerState};

/// Longest a server's answer may take when its Access Hash sets no `timeout=`: a big
/// listing over a slow link, yet the daily cron stays bounded.
pub const TIMEOUT: Duration = Duration::from_secs(120);

/// What a check found, for the reply and the activity log.
#[derive(Debug, Default)]
pub struct Summary {
    pub servers: Vec<(ServerState, Vec<Finding>)>,
}

impl Summary {
    pub fn unreachable(&self) -> usize {
        self.servers
            .iter()
            .filter(|(s, _)| s.error.is_some())
            .count()
    }

    pub fn drift(&self) -> usize {
        self.servers.iter().map(|(_, f)| f.len()).sum()
    }

    /// "3 servers checked, 1 unreachable (web2: …); 4 drifts: 1 missing on panel, …".
    pub fn line(&self, module: &str) -> String {
        let mut counts = Vec::new();
        for k in Kind::ALL {
            let n = self
                .servers
                .iter()
                .flat_map(|(_, f)| f)
                .filter(|f| f.kind == k)
                .count();
            if n > 0 {
                counts.push(format!("{n} {}", k.label().to_lowercase()));
            }
        }
        let down: Vec<String> = self
            .servers
            .iter()
            .filter_map(|(s, _)| Some(format!("{}: {}", s.server_name, s.error.as_ref()?)))
            .collect();
        format!(
            "{module} drift check: {} server(s) checked{}; {} drift(s){}",
            self.servers.len() - down.len(),
            if down.is_empty() {
                String::new()
            } else {
                format!(", {} unreachable ({})", down.len(), down.join("; "))
            },
            self.drift(),
            if counts.is_empty() {
                String::new()
            } else {
                format!(": {}", counts.join(", "))
            }
        )
    }
}

/// Checks every enabled server of the call's module (`only`: that server) and stores the result.
pub fn run(call: &Call<'_>, adapter: &Adapter, only: Option<i64>) -> Result<Summary, Failure> {
    let records = servers::servers(call.host, call.module, only)?;
    let now = now_timestamp();
    let state = |id: i64, name: &str, error: Option<String>| ServerState {
        module: call.module.to_string(),
        server_id: id,
        server_name: name.to_string(),
        error,
        accounts: 0,
        services: 0,
        skipped: 0,
        took_ms: 0,
        checked_at: now.clone(),
    };
    // Every server's connection is read here: worker threads never touch WHMCS.
    let mut listers: Vec<(i64, String, Lister)> = Vec::new();
    let mut failed = Vec::new();
    for r in records {
        match r {
            Ok(s) => {
                let server_call = Call::new(call.module, call.function, s.params, call.host);
                match (adapter.lister)(&server_call, timeout(&server_call)) {
                    Ok(l) => listers.push((s.id, s.name, l)),
                    Err(e) => failed.push(state(s.id, &s.name, Some(e.to_string()))),
                }
                for secret in server_call.secrets() {
                    call.add_secret(&secret);
                }
            }
            Err((id, name, why)) => failed.push(state(id, &name, Some(why))),
        }
    }
    // The panels are asked on worker threads while this thread reads WHMCS's side (only this
    // thread touches PHP), so the database time hides behind the panels' answers.
    let ask = || {
        fanout::map(&listers, |(_, _, list)| {
            let log = BufferedLog::default();
            let started = Instant::now();
            let listing = list(&log);
            (log, listing, started.elapsed())
        })
    };
    let ask = &ask;
    let (results, services) = std::thread::scope(|scope| {
        let asking = std::thread::Builder::new()
            .name("oxide-drift".into())
            .spawn_scoped(scope, ask);
        let services = servers::services(call.host, call.module, adapter.expected_plan);
        let results = match asking {
            Ok(handle) => handle.join().unwrap_or_else(|panic| {
                let why = crate::whmcs::dispatch::panic_text(panic);
                listers.iter().map(|_| Err(why.clone())).collect()
            }),
            // No thread (resource limits): ask the panels after the database, on this thread.
            Err(_) => ask(),
        };
        (results, services)
    });
    let mut services = services?;
    let mut summary = Summary::default();
    for ((id, name, _), result) in listers.iter().zip(results) {
        let (listing, took) = match result {
            Ok((log, listing, took)) => {
                log.replay(call);
                (listing, took)
            }
            Err(panic) => (Err(panic), Duration::ZERO),
        };
        let rows = services.remove(id).unwrap_or_default();
        let mut s = state(*id, name, None);
        let findings = match listing {
            Ok(l) => judge(call, adapter, &mut s, &rows, &l),
            Err(e) => {
                s.error = Some(e);
                Vec::new()
            }
        };
        s.took_ms = took.as_millis() as i64;
        summary.servers.push((s, findings));
    }
    summary
        .servers
        .extend(failed.into_iter().map(|s| (s, Vec::new())));
    // Reasons are stored and shown on pages: never with a secret in them.
    let secrets = call.secrets();
    for (s, _) in &mut summary.servers {
        if let Some(why) = &mut s.error {
            *why = crate::secret::scrub(why, &secrets);
        }
    }
    summary.servers.sort_by_key(|(s, _)| s.server_id);
    store::save(
        call.host,
        &summary.servers,
        only.is_none().then_some(call.module),
    )?;
    Ok(summary)
}

/// How long a server's answer may take: its Access Hash's `timeout=` line, else [`TIMEOUT`].
pub fn timeout(call: &Call<'_>) -> Duration {
    call.params
        .server()
        .timeout_secs()
        .map_or(TIMEOUT, Duration::from_secs)
}

/// The drifts between one server's listing and its services, with the counts in `state`.
fn judge(
    call: &Call<'_>,
    adapter: &Adapter,
    state: &mut ServerState,
    rows: &[ServiceRow],
    listing: &Listing,
) -> Vec<Finding> {
    state.services = rows.len() as i64;
    state.accounts = listing.accounts.len() as i64;
    state.skipped = listing.skipped.len() as i64;
    if let Some(text) = listing.skipped.summary("accounts") {
        call.log(
            "DriftCheck",
            &state.server_name,
            &format!("{text}\n{}", listing.skipped.all()),
        );
    }
    let mut found = compare(rows, &listing.accounts, adapter.plan_matches);
    // A record read without its name may be the account a service misses: with any
    // skipped, "missing" and "renamed" would be guesses.
    if !listing.skipped.is_empty() {
        found.retain(|f| !matches!(f.kind, Kind::Missing | Kind::Username));
    }
    found
}

/// Stores the check of one server from a listing already read (a repair button's, brought up
/// to date with what the button changed), so a button lists the server once.
pub fn store_listing(
    call: &Call<'_>,
    adapter: &Adapter,
    server_id: i64,
    listing: &Listing,
    took: Duration,
) -> Result<Vec<Finding>, Failure> {
    let name = call
        .host
        .query(
            "SELECT name FROM tblservers WHERE id = ?",
            &[Value::Int(server_id)],
        )?
        .first()
        .map(|r| r.text("name"))
        .unwrap_or_default();
    let mut services = servers::services(call.host, call.module, adapter.expected_plan)?;
    let rows = services.remove(&server_id).unwrap_or_default();
    let mut state = ServerState {
        module: call.module.to_string(),
        server_id,
        server_name: name,
        error: None,
        accounts: 0,
        services: 0,
        skipped: 0,
        took_ms: took.as_millis() as i64,
        checked_at: now_timestamp(),
    };
    let findings = judge(call, adapter, &mut state, &rows, listing);
    let checked = [(state, findings)];
    store::save(call.host, &checked, None)?;
    let [(_, findings)] = checked;
    Ok(findings)
}

/// The exported `DriftCheck` (the DailyCronJob hook calls it): every server of the module,
/// a summary line in the activity log, `['success' => true, …]` with the counts.
pub fn function(call: &Call<'_>, adapter: &Adapter) -> Result<Reply, Failure> {
    let summary = run(call, adapter, None)?;
    let line = summary.line(call.module);
    // A module without servers has nothing to report every day.
    if !summary.servers.is_empty() {
        call.host.log_activity(&line);
    }
    Ok(Reply::ok_array(
        Array::new()
            .with("servers", summary.servers.len() as i64)
            .with("unreachable", summary.unreachable() as i64)
            .with("drift", summary.drift() as i64)
            .with("summary", line),
    ))
}
