<?php
/**
 * Upgrading over the previous release's module tables, through the WHMCS harness: on MariaDB
 * (make test runs this suite on WHMCS 8's tables, strict and non-strict) the tables are made
 * by MariaDB from the previous release's own DDL (tests/support/previous-release-tables.sql)
 * with rows in them, then the module runs as after an upgrade: it adopts them as version 1
 * (mod_oxide_schema), keeps every row and goes on from them. A table newer than this build is
 * used and left at its version. (Upgrade steps themselves: tests/schema_upgrade.rs.)
 */

require_once __DIR__ . '/CpanelTestCase.php';

use Illuminate\Database\Capsule\Manager as Capsule;
use Oxide\Harness\Database;

final class SchemaUpgradeTest extends CpanelTestCase
{
    private const TABLES = ['mod_oxide_accounts', 'mod_oxide_cpanel_traffic', 'mod_oxide_service_locks'];

    private function previousReleaseTables(): void
    {
        $sql = (string) file_get_contents(dirname(__DIR__, 2) . '/support/previous-release-tables.sql');
        foreach (Database::statements($sql) as $statement) {
            Capsule::statement($statement);
        }
    }

    private function versions(): array
    {
        return Capsule::table('mod_oxide_schema')->orderBy('name')->pluck('version', 'name')
            ->map(static fn ($v) => (int) $v)->all();
    }

    public function testThePreviousReleasesTablesAreAdoptedAndTheirRowsUsed(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $id = $this->newService($this->product());
        $this->previousReleaseTables();
        // What the previous release left: a create that chose "olduser" for this service and
        // lost WHM's answer, the service's traffic booked for May, a lock its holder never freed.
        Capsule::table('mod_oxide_accounts')->insert(['module' => 'oxide_cpanel', 'serviceid' => $id, 'remote_id' => 'olduser', 'created_at' => '2026-05-01 10:00:00']);
        Capsule::table('mod_oxide_cpanel_traffic')->insert(['serverid' => $this->serverId, 'serviceid' => $id, 'period' => '2026-05',
            'username' => 'olduser', 'panel_bytes' => 1000, 'recorded_bytes' => 1000, 'last_delta_bytes' => 1000, 'updated_at' => '2026-05-10 00:00:00']);
        Capsule::table('mod_oxide_service_locks')->insert(['serviceid' => $id, 'operation' => 'CreateAccount', 'owner' => 'old-owner', 'acquired_at' => 1, 'expires_at' => 2]);

        $this->assertSame('success', $this->service($id, 'CreateAccount'), 'the stale lock of the old release is taken over');
        $this->assertNotNull($this->account('olduser'), 'the retried create used the name the previous release recorded');
        $this->assertSame('olduser', $this->host->service($id)['username']);

        $this->setState(['bandwidth' => ['olduser' => ['2026-05' => 1300]]]);
        $this->assertSame('success', $this->server($this->serverId, 'UsageUpdate'));
        $this->assertSame(['2026-05' => ['panel' => 1300, 'recorded' => 1300, 'delta' => 300]], $this->traffic($id),
            'usage goes on from the booked 1000 bytes: only the 300 new ones are added');

        $this->assertSame(array_fill_keys(self::TABLES, 1), $this->versions());
        $this->assertSame(1, Capsule::table('mod_oxide_accounts')->count());
        $this->assertSame(0, Capsule::table('mod_oxide_service_locks')->count(), 'the taken-over lock is released');
    }

    /**
     * The drift table of the release before primary keys (none: managed MySQL/MariaDB with
     * sql_require_primary_key refused it) is rebuilt with a key and every row. On MariaDB the
     * old table is MyISAM: the test server refuses keyless InnoDB tables, as a managed one
     * would have refused the old release's table altogether.
     */
    public function testTheDriftTableWithoutAPrimaryKeyIsRebuiltWithItsRows(): void
    {
        Capsule::schema()->dropIfExists('mod_oxide_drift');
        Capsule::schema()->dropIfExists('mod_oxide_drift_servers');
        Capsule::statement('CREATE TABLE mod_oxide_drift (module VARCHAR(64) NOT NULL, serverid INTEGER NOT NULL, '
            . "serviceid INTEGER NOT NULL DEFAULT 0, kind VARCHAR(16) NOT NULL, account VARCHAR(255) NOT NULL DEFAULT '', "
            . "whmcs_value VARCHAR(255) NOT NULL DEFAULT '', panel_value VARCHAR(255) NOT NULL DEFAULT '', checked_at VARCHAR(32) NOT NULL)"
            . (Database::isMariaDb() ? ' ENGINE=MyISAM' : ''));
        Capsule::table('mod_oxide_drift')->insert(['module' => 'oxide_cpanel', 'serverid' => $this->serverId, 'serviceid' => 0,
            'kind' => 'orphan', 'account' => 'stray', 'checked_at' => '2026-05-01 10:00:00']);
        Capsule::statement('CREATE TABLE mod_oxide_drift_servers (module VARCHAR(64) NOT NULL, serverid INTEGER NOT NULL, '
            . "servername VARCHAR(255) NOT NULL DEFAULT '', state VARCHAR(16) NOT NULL, error VARCHAR(1000) NOT NULL DEFAULT '', "
            . 'accounts INTEGER NOT NULL DEFAULT 0, services INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0, '
            . 'took_ms INTEGER NOT NULL DEFAULT 0, checked_at VARCHAR(32) NOT NULL, PRIMARY KEY (module, serverid))');
        Capsule::table('mod_oxide_drift_servers')->insert(['module' => 'oxide_cpanel', 'serverid' => $this->serverId,
            'servername' => 'WHM', 'state' => 'checked', 'checked_at' => '2026-05-01 10:00:00']);

        $html = $this->host->adminHomeWidgets()[0]['html'];
        $this->assertStringContainsString('account stray (no service)', $html, 'the old row is read after the rebuild');
        $this->assertSame(2, $this->versions()['mod_oxide_drift']);
        $key = Database::isMariaDb()
            ? array_map(static fn ($r) => $r->Column_name, Capsule::select("SHOW KEYS FROM mod_oxide_drift WHERE Key_name = 'PRIMARY'"))
            : array_map(static fn ($r) => $r->name, array_filter(Capsule::select('PRAGMA table_info(mod_oxide_drift)'), static fn ($r) => $r->pk > 0));
        $this->assertSame(['id'], array_values($key));
        $this->assertSame(1, Capsule::table('mod_oxide_drift')->count());
    }

    public function testATableNewerThanThisBuildIsUsedAndLeftAtItsVersion(): void
    {
        $id = $this->newService($this->product());
        // A later release added a column (with a default) and recorded version 2.
        Capsule::statement('CREATE TABLE mod_oxide_schema (name VARCHAR(64) NOT NULL PRIMARY KEY, version INTEGER NOT NULL, updated_at VARCHAR(32) NOT NULL)');
        $this->previousReleaseTables();
        Capsule::statement("ALTER TABLE mod_oxide_accounts ADD COLUMN note VARCHAR(64) NOT NULL DEFAULT ''");
        Capsule::table('mod_oxide_schema')->insert(['name' => 'mod_oxide_accounts', 'version' => 2, 'updated_at' => '2027-01-01 00:00:00']);

        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame('shopuser', Capsule::table('mod_oxide_accounts')->where('serviceid', $id)->value('remote_id'));
        $this->assertSame(2, $this->versions()['mod_oxide_accounts'], 'the newer version row stays');
        $this->assertSame('', Capsule::table('mod_oxide_accounts')->where('serviceid', $id)->value('note'));
    }
}
