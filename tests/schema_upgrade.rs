//! Schema versions of the module-owned tables (`whmcs::schema`): a new database gets every
//! table at its newest version with a `mod_oxide_schema` row; the previous release's tables
//! (same definitions, no version rows) are adopted as version 1 with every row kept; an
//! upgrade step runs once, from the recorded version on; a newer table is left alone.

mod support;

use support::sqlite_host::SqliteHost;
use whmcs_oxide::modules::cpanel::traffic;
use whmcs_oxide::modules::shared::adopt::snapshot as adopt_snapshot;
use whmcs_oxide::modules::shared::drift::store as drift_store;
use whmcs_oxide::whmcs::schema::{self, TableSchema};
use whmcs_oxide::whmcs::service_guard::{ServiceGuard, LOCKS_TABLE};
use whmcs_oxide::whmcs::tables;

/// The tables as the release before schema versions created them, verbatim.
const PREVIOUS_TABLES: &str = include_str!("support/previous-release-tables.sql");

/// A row in each of them.
const PREVIOUS_ROWS: &str = "
INSERT INTO mod_oxide_accounts VALUES ('oxide_hestiacp', 7, 'alice7', '2026-01-02 03:04:05');
INSERT INTO mod_oxide_cpanel_traffic VALUES (1, 7, '2026-01', 'alice7', 1000, 900, 100, '2026-01-31 23:00:00');
INSERT INTO mod_oxide_service_locks VALUES (8, 'CreateAccount', 'old-owner', 1, 2);
";

fn versions(host: &SqliteHost) -> Vec<(String, i64)> {
    let mut stmt = host
        .conn()
        .prepare("SELECT name, version FROM mod_oxide_schema ORDER BY name")
        .expect("mod_oxide_schema exists");
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

fn count(host: &SqliteHost, table: &str) -> i64 {
    host.conn()
        .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
        .expect("count")
}

/// Every module table used once, as the module functions use them.
fn use_every_table(host: &SqliteHost) {
    tables::record_account(host, "oxide_cpanel", 9, "bob9", "2026-02-01 00:00:00").expect("record");
    traffic::history(host, 7, 12).expect("traffic history");
    drop(ServiceGuard::acquire(host, 10, "SuspendAccount", 600).expect("lock"));
}

fn all_at_version_1() -> Vec<(String, i64)> {
    [
        "mod_oxide_accounts",
        "mod_oxide_cpanel_traffic",
        "mod_oxide_service_locks",
    ]
    .iter()
    .map(|t| (t.to_string(), 1))
    .collect()
}

#[test]
fn a_new_database_gets_every_table_with_its_version() {
    let host = SqliteHost::new();
    use_every_table(&host);
    assert_eq!(versions(&host), all_at_version_1());
    assert_eq!(tables::ACCOUNTS_TABLE.version(), 1);
    assert_eq!(LOCKS_TABLE.version(), 1);
    assert_eq!(traffic::TABLE.version(), 1);
}

#[test]
fn the_previous_releases_tables_are_adopted_with_every_row() {
    let host = SqliteHost::new();
    host.conn()
        .execute_batch(&format!("{PREVIOUS_TABLES}{PREVIOUS_ROWS}"))
        .expect("old tables");
    assert_eq!(schema::recorded_version(&host, "mod_oxide_accounts"), None);

    use_every_table(&host);
    assert_eq!(versions(&host), all_at_version_1());
    // The old rows are all there and read as before.
    assert_eq!(
        tables::recorded_account(&host, "oxide_hestiacp", 7)
            .expect("read")
            .as_deref(),
        Some("alice7")
    );
    assert_eq!(
        traffic::history(&host, 7, 12).expect("history"),
        vec![("2026-01".to_string(), 900)]
    );
    assert_eq!(count(&host, "mod_oxide_accounts"), 2);
    assert_eq!(
        count(&host, "mod_oxide_service_locks"),
        1,
        "the old lock row stays, ours is released"
    );
}

const V2: TableSchema = TableSchema {
    name: "mod_oxide_accounts",
    create: "CREATE TABLE IF NOT EXISTS mod_oxide_accounts (module VARCHAR(64) NOT NULL, \
             serviceid INTEGER NOT NULL, remote_id VARCHAR(255) NOT NULL, created_at VARCHAR(32) NOT NULL, \
             note VARCHAR(64) NOT NULL DEFAULT '', PRIMARY KEY (module, serviceid))",
    upgrades: &[&["ALTER TABLE mod_oxide_accounts ADD COLUMN note VARCHAR(64) NOT NULL DEFAULT ''"]],
};

#[test]
fn an_upgrade_step_runs_once_from_the_recorded_version() {
    let host = SqliteHost::new();
    host.conn()
        .execute_batch(&format!("{PREVIOUS_TABLES}{PREVIOUS_ROWS}"))
        .expect("old tables");
    schema::ensure(&host, &V2).expect("upgrade from the previous release");
    assert_eq!(
        schema::recorded_version(&host, "mod_oxide_accounts"),
        Some(2)
    );
    let note: String = host
        .conn()
        .query_row(
            "SELECT note FROM mod_oxide_accounts WHERE serviceid = 7",
            [],
            |r| r.get(0),
        )
        .expect("the old row has the new column");
    assert_eq!(note, "");
    // Again: nothing to do (a second ADD COLUMN would fail).
    schema::ensure(&host, &V2).expect("already at version 2");

    // From a recorded version 1 as well.
    let host = SqliteHost::new();
    tables::record_account(&host, "oxide_vpncp", 3, "c3", "2026-03-01 00:00:00").expect("v1");
    schema::ensure(&host, &V2).expect("1 -> 2");
    assert_eq!(
        schema::recorded_version(&host, "mod_oxide_accounts"),
        Some(2)
    );
    assert_eq!(count(&host, "mod_oxide_accounts"), 1);

    // A table dropped behind its row is made anew at the newest version, not "upgraded".
    host.conn()
        .execute_batch("DROP TABLE mod_oxide_accounts")
        .expect("drop");
    schema::ensure(&host, &V2).expect("made anew");
    assert_eq!(count(&host, "mod_oxide_accounts"), 0);
}

#[test]
fn a_newer_table_is_left_alone() {
    let host = SqliteHost::new();
    schema::ensure(&host, &V2).expect("v2 table");
    // This build knows version 1 only: it uses the table and keeps the newer version row.
    use_every_table(&host);
    assert_eq!(
        schema::recorded_version(&host, "mod_oxide_accounts"),
        Some(2)
    );
}

/// Every module-owned table, as its code defines it.
fn every_table() -> Vec<TableSchema> {
    vec![
        tables::ACCOUNTS_TABLE,
        traffic::TABLE,
        LOCKS_TABLE,
        drift_store::DRIFT_TABLE,
        drift_store::SERVERS_TABLE,
        adopt_snapshot::TABLE,
    ]
}

/// `TableSchema` definitions in the source, so a new table cannot miss the key check.
fn defined_in_source(dir: &std::path::Path, found: &mut usize) {
    for entry in std::fs::read_dir(dir).expect("src readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            defined_in_source(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("source readable");
            *found += text.matches(": TableSchema = TableSchema {").count();
        }
    }
}

fn primary_key(host: &SqliteHost, table: &str) -> Vec<String> {
    let mut stmt = host
        .conn()
        .prepare(&format!("PRAGMA table_info({table})"))
        .expect("pragma");
    stmt.query_map([], |r| Ok((r.get::<_, String>(1)?, r.get::<_, i64>(5)?)))
        .expect("columns")
        .filter_map(Result::ok)
        .filter(|(_, pk)| *pk > 0)
        .map(|(name, _)| name)
        .collect()
}

/// Managed MySQL/MariaDB (`sql_require_primary_key`) refuses a table without a primary key.
#[test]
fn every_module_table_has_a_primary_key() {
    let mut in_source = 0;
    defined_in_source(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut in_source,
    );
    assert_eq!(
        in_source,
        every_table().len(),
        "every_table() lists them all"
    );
    let host = SqliteHost::new();
    for t in every_table() {
        schema::ensure(&host, &t).expect("created");
        assert!(
            !primary_key(&host, t.name).is_empty(),
            "{} has no primary key",
            t.name
        );
    }
    assert_eq!(primary_key(&host, "mod_oxide_schema"), vec!["name"]);
}

/// `mod_oxide_drift` as the release before this one made it (no primary key), verbatim.
const DRIFT_V1: &str = "CREATE TABLE IF NOT EXISTS mod_oxide_drift (\
     module VARCHAR(64) NOT NULL, serverid INTEGER NOT NULL, serviceid INTEGER NOT NULL DEFAULT 0, \
     kind VARCHAR(16) NOT NULL, account VARCHAR(255) NOT NULL DEFAULT '', \
     whmcs_value VARCHAR(255) NOT NULL DEFAULT '', panel_value VARCHAR(255) NOT NULL DEFAULT '', \
     checked_at VARCHAR(32) NOT NULL);
INSERT INTO mod_oxide_drift VALUES ('oxide_cpanel', 1, 7, 'status', 'alice7', 'Active', 'suspended', '2026-01-02 03:04:05');
INSERT INTO mod_oxide_drift VALUES ('oxide_cpanel', 1, 0, 'orphan', 'Stray', '', '', '2026-01-02 03:04:05');
INSERT INTO mod_oxide_drift VALUES ('oxide_cpanel', 1, 0, 'orphan', 'stray', '', '', '2026-01-02 03:04:05');";

#[test]
fn the_drift_table_without_a_key_is_rebuilt_with_every_row() {
    for recorded in [false, true] {
        let host = SqliteHost::new();
        host.conn().execute_batch(DRIFT_V1).expect("old table");
        if recorded {
            // Recorded as version 1 by an earlier build of this release line.
            host.conn()
                .execute_batch(
                    "CREATE TABLE mod_oxide_schema (name VARCHAR(64) NOT NULL PRIMARY KEY, \
                     version INTEGER NOT NULL, updated_at VARCHAR(32) NOT NULL);
                     INSERT INTO mod_oxide_schema VALUES ('mod_oxide_drift', 1, '2026-01-02 03:04:05');",
                )
                .expect("version row");
        }
        let found = drift_store::findings(&host, None, None).expect("read after the upgrade");
        assert_eq!(found.len(), 3, "every row kept");
        assert_eq!(primary_key(&host, "mod_oxide_drift"), vec!["id"]);
        assert_eq!(schema::recorded_version(&host, "mod_oxide_drift"), Some(2));
        // Used as before: a save replaces the server's rows.
        drift_store::save(&host, &[], Some("oxide_cpanel")).expect("save");
        assert_eq!(count(&host, "mod_oxide_drift"), 0);
        // The rebuild's table is gone; a second use does nothing more.
        assert!(host
            .conn()
            .prepare("SELECT 1 FROM mod_oxide_drift_v2")
            .is_err());
        drift_store::ensure(&host).expect("again");
    }
}
