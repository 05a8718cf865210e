//! The end of every UsageUpdate: the server's usage rows into `tblhosting` in one transaction,
//! and a module-log line saying how many services matched and which records were skipped.

use std::collections::HashSet;

use crate::whmcs::clock;
use crate::whmcs::tables::{self, UsageRow};
use crate::whmcs::{Call, Failure, Reply, Value};

use super::answer::UnreadableField;
use super::skipped::Skipped;

/// How many services a message names (the rest are counted).
const NAMED: usize = 5;

/// Writes `rows` for `server_id`; `noun` names what the panel listed ("panel users").
///
/// With records skipped, the services of every other record are still written, and the reply
/// is a message naming the skipped ones instead of "success": WHMCS records it for the cron
/// run, which is where an admin looks when a service's usage stops moving.
pub fn write(
    call: &Call<'_>,
    server_id: i64,
    rows: &[UsageRow],
    noun: &str,
    skipped: &Skipped,
) -> Result<Reply, Failure> {
    let mut skipped = skipped.clone();
    let rows = once_per_account(rows, &mut skipped);
    let updated = tables::update_usage(call.host, server_id, &rows, &clock::now_timestamp())?;
    let unlisted = unlisted(call, server_id, &rows, &skipped)?;
    let line = format!(
        "{} {noun}, {updated} services updated{}",
        rows.len(),
        skipped.log_suffix()
    );
    call.log("UsageUpdate", "", &line);
    Ok(reply(updated, noun, &skipped, &unlisted))
}

/// The rows of a listing, each account once. The same row twice counts once; an account listed
/// twice with other figures is skipped (which of the two is the account's own cannot be told,
/// and a forged record must not be billed).
pub fn once_per_account(rows: &[UsageRow], skipped: &mut Skipped) -> Vec<UsageRow> {
    let key = |r: &UsageRow| r.username.to_lowercase();
    let mut out: Vec<UsageRow> = Vec::with_capacity(rows.len());
    let mut contradicted: Vec<String> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for r in rows {
        match index.get(&key(r)) {
            Some(&i) if out[i] == *r => {}
            Some(_) => {
                if !contradicted.contains(&key(r)) {
                    contradicted.push(key(r));
                    skipped.add(
                        &r.username,
                        &UnreadableField::elsewhere("user", "listed twice with different figures"),
                    );
                }
            }
            None => {
                index.insert(key(r), out.len());
                out.push(r.clone());
            }
        }
    }
    out.retain(|r| !contradicted.contains(&key(r)));
    out
}

/// Active and suspended services of the server whose account the listing did not show (nor
/// skipped): their usage stays as it was, which the admin must hear about.
pub fn unlisted(
    call: &Call<'_>,
    server_id: i64,
    rows: &[UsageRow],
    skipped: &Skipped,
) -> Result<Vec<String>, Failure> {
    let listed: HashSet<String> = rows
        .iter()
        .map(|r| r.username.to_lowercase())
        .chain(skipped.names().map(str::to_lowercase))
        .collect();
    let services = call.host.query(
        "SELECT username FROM tblhosting WHERE server = ? AND domainstatus IN ('Active','Suspended')",
        &[Value::Int(server_id)],
    )?;
    let mut out: Vec<String> = services
        .iter()
        .map(|s| s.text("username"))
        .filter(|u| !u.is_empty() && !listed.contains(&u.to_lowercase()))
        .collect();
    out.sort();
    out.dedup();
    Ok(out)
}

/// "success", or the message naming the skipped records and the services not listed.
pub fn reply(updated: u64, noun: &str, skipped: &Skipped, unlisted: &[String]) -> Reply {
    let mut parts = Vec::new();
    if let Some(summary) = skipped.summary(noun) {
        parts.push(summary);
    }
    if !unlisted.is_empty() {
        let mut named = unlisted[..unlisted.len().min(NAMED)].join(", ");
        if unlisted.len() > NAMED {
            named.push_str(&format!(", and {} more", unlisted.len() - NAMED));
        }
        parts.push(format!(
            "{} services have no account in the panel's listing: {named}",
            unlisted.len()
        ));
    }
    if parts.is_empty() {
        return Reply::success();
    }
    // The names come from the panel: one line, no markup (see `whmcs::message`).
    Reply::text(crate::whmcs::message::plain(&format!(
        "{updated} services updated; {} (their usage is unchanged)",
        parts.join("; ")
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(user: &str, disk: i64) -> UsageRow {
        UsageRow {
            username: user.into(),
            disk_usage_mb: disk,
            disk_limit_mb: 100,
            bw_usage_mb: 1,
            bw_limit_mb: 10,
        }
    }

    #[test]
    fn an_account_listed_twice_with_other_figures_is_skipped() {
        let mut skipped = Skipped::default();
        let rows = [
            row("alice", 5),
            row("bob", 7),
            row("ALICE", 999),
            row("bob", 7),
        ];
        let kept = once_per_account(&rows, &mut skipped);
        assert_eq!(kept, vec![row("bob", 7)]);
        assert_eq!(skipped.names().collect::<Vec<_>>(), vec!["ALICE"]);
        assert!(skipped.all().contains("listed twice"), "{}", skipped.all());
    }

    #[test]
    fn services_the_listing_does_not_show_are_named() {
        let r = reply(
            1,
            "accounts",
            &Skipped::default(),
            &["carol\n<b>".to_string()],
        );
        let text = format!("{r:?}");
        assert!(
            text.contains("1 services have no account in the panel's listing: carol ‹b>"),
            "{text}"
        );
        assert_eq!(
            reply(1, "accounts", &Skipped::default(), &[]),
            Reply::success()
        );
    }
}
