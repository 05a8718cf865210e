-- The module tables as the release before schema versions created them (commit bcf6c0e),
-- verbatim: portable SQL, so SQLite (tests/schema_upgrade.rs) and MariaDB (the PHPUnit
-- SchemaUpgradeTest through the WHMCS harness) both make them from this file.
CREATE TABLE mod_oxide_accounts (module VARCHAR(64) NOT NULL, serviceid INTEGER NOT NULL, remote_id VARCHAR(255) NOT NULL, created_at VARCHAR(32) NOT NULL, PRIMARY KEY (module, serviceid));
CREATE TABLE mod_oxide_cpanel_traffic (serverid INTEGER NOT NULL, serviceid INTEGER NOT NULL, period CHAR(7) NOT NULL, username VARCHAR(32) NOT NULL, panel_bytes BIGINT NOT NULL DEFAULT 0, recorded_bytes BIGINT NOT NULL DEFAULT 0, last_delta_bytes BIGINT NOT NULL DEFAULT 0, updated_at VARCHAR(32) NOT NULL, PRIMARY KEY (serverid, serviceid, period));
CREATE TABLE mod_oxide_service_locks (serviceid INTEGER NOT NULL PRIMARY KEY, operation VARCHAR(64) NOT NULL, owner VARCHAR(64) NOT NULL, acquired_at BIGINT NOT NULL, expires_at BIGINT NOT NULL);
