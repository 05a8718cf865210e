<?php
/** WHMCS\Database\Capsule on the harness database, used the ways modules and the extension do. */

require_once __DIR__ . '/HarnessTestCase.php';

use Oxide\Harness\Database;
use WHMCS\Database\Capsule;

final class DatabaseTest extends HarnessTestCase
{
    public function testCapsuleIsLaravelsManagerWithTheSchema(): void
    {
        $this->assertSame(\Illuminate\Database\Capsule\Manager::class, (new ReflectionClass(Capsule::class))->getName());
        $this->assertInstanceOf(
            Database::isMariaDb() ? \Illuminate\Database\MySqlConnection::class : \Illuminate\Database\SQLiteConnection::class,
            Capsule::connection()
        );
        foreach (Database::tables() as $table) {
            $this->assertTrue(Capsule::schema()->hasTable($table), $table);
        }
        $this->assertTrue(Capsule::schema()->hasColumns('tblhosting', ['diskusage', 'bwlimit', 'lastupdate', 'domainstatus']));
        $this->assertSame('8.13.1', Capsule::table('tblconfiguration')->where('setting', 'Version')->value('value'));
    }

    public function testPdoPreparedStatementsAndTransactions(): void
    {
        [, , $id] = $this->fakemodService();
        $pdo = Capsule::connection()->getPdo();

        $pdo->beginTransaction();
        $pdo->prepare('UPDATE tblhosting SET domain = ? WHERE id = ?')->execute(['rolled.example.test', $id]);
        $pdo->rollBack();
        $pdo->beginTransaction();
        $pdo->prepare('UPDATE tblhosting SET diskusage = ? WHERE id = ?')->execute([42, $id]);
        $pdo->commit();

        $stmt = $pdo->prepare('SELECT id, domain, diskusage FROM tblhosting WHERE id = ?');
        $stmt->execute([$id]);
        // MariaDB: every value a string, as modules get them from WHMCS's PDO on MySQL.
        $expected = Database::isMariaDb()
            ? ['id' => (string) $id, 'domain' => 'shop.example.test', 'diskusage' => '42']
            : ['id' => $id, 'domain' => 'shop.example.test', 'diskusage' => 42];
        $this->assertSame([$expected], $stmt->fetchAll(PDO::FETCH_ASSOC));
    }

    public function testSchemaFileIsPlainStatementsAndReloadable(): void
    {
        $statements = Database::statements((string) file_get_contents(dirname(__DIR__, 2) . '/harness/schema.sql'));
        $this->assertCount(count(Database::tables()), $statements);
        foreach ($statements as $sql) {
            $this->assertStringStartsWith('CREATE TABLE IF NOT EXISTS', $sql);
        }
        Database::loadSchema(dirname(__DIR__, 2) . '/harness/schema.sql'); // idempotent
        $this->assertTrue(Capsule::schema()->hasTable('tblmodulelog'));
    }

    public function testFreshHostStartsBlankWithIdsFromOne(): void
    {
        $this->fakemodService();
        $host = new WhmcsHost(self::MODULES_DIR);
        $this->assertSame(0, Capsule::table('tblhosting')->count());
        $this->assertSame(1, $host->createClient());
    }
}
