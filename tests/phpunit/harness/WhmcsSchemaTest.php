<?php
/**
 * On MariaDB the WHMCS tables are WHMCS 8's own definitions (../shared/reference/whmcs8-schema.sql),
 * so fixtures and modules meet what a real WHMCS database enforces: NOT NULL text columns
 * without defaults, the domainstatus ENUM. These tests fail if the harness drifts from that.
 * On SQLite they are skipped (schema.sql is a nullable subset).
 */

require_once __DIR__ . '/HarnessTestCase.php';

use Illuminate\Database\QueryException;
use Oxide\Harness\Database;
use WHMCS\Database\Capsule;

final class WhmcsSchemaTest extends HarnessTestCase
{
    protected function setUp(): void
    {
        if (!Database::isMariaDb()) {
            $this->markTestSkipped('WHMCS 8 table definitions are loaded on MariaDB only (OXIDE_WHMCS_DB=mariadb)');
        }
        parent::setUp();
    }

    /**
     * The server refuses a table without a primary key, as managed MySQL/MariaDB do
     * (sql_require_primary_key): every module table is created under that rule.
     */
    public function testATableWithoutAPrimaryKeyIsRefusedAsOnManagedDatabases(): void
    {
        try {
            Capsule::statement('CREATE TABLE oxide_no_key (a INTEGER NOT NULL)');
            Capsule::statement('DROP TABLE oxide_no_key');
            $this->fail('the server accepted a table without a primary key: tests/mariadb/start.sh starts it with --innodb-force-primary-key');
        } catch (QueryException $e) {
            $this->assertStringContainsString('primary key', strtolower($e->getMessage()));
        }
    }

    /** Every table of the reference file, column for column, in its order and types. */
    public function testTablesAreTheReferenceDefinitions(): void
    {
        $sql = (string) file_get_contents(Database::whmcsSchemaFile());
        preg_match_all('/^CREATE TABLE `(\w+)` \((.*?)^\) ENGINE/ms', $sql, $tables, PREG_SET_ORDER);
        $this->assertCount(9, $tables, 'tables in whmcs8-schema.sql');
        foreach ($tables as [, $table, $body]) {
            preg_match_all('/^\s*`(\w+)` (\w+(?:\([^)]*\))?(?: unsigned)?)/m', $body, $cols, PREG_SET_ORDER);
            $expected = array_map(static fn ($c) => [$c[1], strtolower($c[2])], $cols);
            $actual = array_map(
                static fn ($r) => [$r->COLUMN_NAME, strtolower((string) $r->COLUMN_TYPE)],
                Capsule::select('SELECT COLUMN_NAME, COLUMN_TYPE FROM information_schema.columns
                                 WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ORDINAL_POSITION', [$table])
            );
            $this->assertSame($expected, $actual, $table);
        }
    }

    public function testDomainstatusIsWhmcsEnum(): void
    {
        $type = Capsule::selectOne("SELECT COLUMN_TYPE AS t, IS_NULLABLE AS n FROM information_schema.columns
                                    WHERE table_schema = DATABASE() AND table_name = 'tblhosting' AND column_name = 'domainstatus'");
        $this->assertSame("enum('Pending','Active','Suspended','Terminated','Cancelled','Fraud','Completed')", $type->t);
        $this->assertSame('NO', $type->n);
    }

    /** Strict mode: a service row missing a NOT NULL text column, or with a status WHMCS lacks, is refused. */
    public function testStrictModeRefusesWhatWhmcsWouldNot(): void
    {
        [, , $id] = $this->fakemodService();
        $row = (array) Capsule::table('tblhosting')->where('id', $id)->first();
        unset($row['id']);
        $this->withSqlMode(implode(',', Database::STRICT_MODES), function () use ($row): void {
            foreach (['notes' => null, 'domainstatus' => 'Deleted'] as $column => $bad) {
                $broken = $row;
                if ($bad === null) {
                    unset($broken[$column]);
                } else {
                    $broken[$column] = $bad;
                }
                try {
                    Capsule::table('tblhosting')->insert($broken);
                    $this->fail("strict mode accepted a service with $column " . var_export($bad, true));
                } catch (QueryException $e) {
                    $this->assertMatchesRegularExpression('/1364|1265/', $e->getMessage(), $column);
                }
            }
            Capsule::table('tblhosting')->insert($row); // the row as the fixtures wrote it is fine
        });
    }

    /**
     * Whatever mode this run uses, every fixture writes every NOT NULL column WHMCS fills:
     * they run again under strict mode, which refuses a missing one.
     */
    public function testFixturesFillEveryColumnWhmcsFillsUnderStrictMode(): void
    {
        $this->withSqlMode(implode(',', Database::STRICT_MODES), function (): void {
            [, $pid, $id] = $this->fakemodService();
            $this->host->addProductCustomField($pid, 'Notes');
            $this->host->setCustomFieldValue($this->host->addClientCustomField('Pass Key'), (int) $this->host->service($id)['userid'], 'k');
            $this->host->callService($id, 'SuspendAccount', ['suspendreason' => 'Overdue']);
            $this->host->callService($id, 'TerminateAccount');
            $this->assertSame('Terminated', $this->host->service($id)['domainstatus']);
        });
    }

    private function withSqlMode(string $mode, callable $f): void
    {
        $before = (string) Capsule::selectOne('SELECT @@SESSION.sql_mode AS m')->m;
        Capsule::statement('SET SESSION sql_mode = ?', [$mode]);
        try {
            $f();
        } finally {
            Capsule::statement('SET SESSION sql_mode = ?', [$before]);
        }
    }
}
