<?php
/**
 * The harness database: one SQLite file behind Laravel's Capsule, exactly the object WHMCS
 * exposes as WHMCS\Database\Capsule, with schema.sql loaded into it.
 */

namespace Oxide\Harness;

use Illuminate\Database\Capsule\Manager as Capsule;

final class Database
{
    /** The file the Capsule points at. */
    private static ?string $path = null;

    /**
     * Connect the global Capsule to an SQLite file and load the schema.
     *
     * @param string|null $path an existing or new file (persists); null: a temp file that is
     *                          deleted when the process ends
     */
    public static function boot(?string $path): void
    {
        if (self::$path !== null) {
            return;
        }
        if ($path === null || $path === '') {
            $path = tempnam(sys_get_temp_dir(), 'oxide-whmcs-');
            register_shutdown_function(static function () use ($path): void {
                // Laravel keeps the PDO open; disconnect first so the unlink is clean.
                Capsule::connection()->disconnect();
                foreach ([$path, "$path-journal", "$path-wal", "$path-shm"] as $f) {
                    if (is_file($f)) {
                        unlink($f);
                    }
                }
            });
        } elseif (!is_file($path)) {
            touch($path);
        }
        self::$path = $path;

        $capsule = new Capsule();
        $capsule->addConnection([
            'driver' => 'sqlite',
            'database' => $path,
            'prefix' => '',
            'foreign_key_constraints' => false,
        ]);
        $capsule->setAsGlobal();
        // Only needed for the Service model WHMCS hands to modules as $params['model'].
        $capsule->bootEloquent();

        // A test database needs no durability: without fsync per statement the suite stays
        // fast even while the disk is busy (e.g. a cargo build next to it).
        $pdo = Capsule::connection()->getPdo();
        $pdo->exec('PRAGMA journal_mode = WAL');
        $pdo->exec('PRAGMA synchronous = OFF');
        self::addMysqlFunctions($pdo);
        self::loadSchema(__DIR__ . '/schema.sql');
        self::seedConfiguration();
    }

    public static function path(): string
    {
        return (string) self::$path;
    }

    /**
     * Run schema.sql statement by statement (the file keeps one statement per semicolon).
     */
    public static function loadSchema(string $file): void
    {
        $pdo = Capsule::connection()->getPdo();
        foreach (self::statements((string) file_get_contents($file)) as $sql) {
            $pdo->exec($sql);
        }
    }

    /** @return string[] the statements of an SQL file, "--" comment lines removed */
    public static function statements(string $sql): array
    {
        $sql = preg_replace('/^\s*--.*$/m', '', $sql);
        return array_values(array_filter(array_map('trim', explode(';', (string) $sql)), 'strlen'));
    }

    /** @return string[] every table schema.sql defines, in file order */
    public static function tables(): array
    {
        preg_match_all('/CREATE TABLE IF NOT EXISTS (\w+)/', (string) file_get_contents(__DIR__ . '/schema.sql'), $m);
        return $m[1];
    }

    /**
     * Empty every table (schema stays) so a test starts from a blank WHMCS. Ids restart at 1
     * because SQLite reuses rowids of an empty table.
     */
    public static function wipe(): void
    {
        $pdo = Capsule::connection()->getPdo();
        foreach (self::tables() as $table) {
            $pdo->exec("DELETE FROM $table");
        }
        // Tables modules create on first use (mod_*) belong to the blank WHMCS too.
        $own = $pdo->query("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'mod\\_%' ESCAPE '\\'");
        foreach ($own ? $own->fetchAll(\PDO::FETCH_COLUMN) : [] as $table) {
            $pdo->exec('DROP TABLE "' . str_replace('"', '""', (string) $table) . '"');
        }
        self::seedConfiguration();
    }

    /**
     * Module authors copy MySQL idioms from WHMCS docs (e.g. Capsule::raw('now()') in the
     * UsageUpdate example). SQLite lacks them, so provide the few that matter.
     */
    private static function addMysqlFunctions(\PDO $pdo): void
    {
        $pdo->sqliteCreateFunction('now', static fn () => date('Y-m-d H:i:s'), 0);
        $pdo->sqliteCreateFunction('curdate', static fn () => date('Y-m-d'), 0);
        $pdo->sqliteCreateFunction('unix_timestamp', static fn () => time(), 0);
    }

    /** Settings WHMCS always has; ModuleDebugMode on because the harness always logs. */
    private static function seedConfiguration(): void
    {
        $defaults = [
            'ModuleDebugMode' => 'on',
            'Version' => WHMCS_HARNESS_VERSION,
            'SystemURL' => 'https://whmcs.example.test/',
            'CompanyName' => 'Harness Hosting',
        ];
        foreach ($defaults as $setting => $value) {
            if (!Capsule::table('tblconfiguration')->where('setting', $setting)->exists()) {
                Capsule::table('tblconfiguration')->insert(['setting' => $setting, 'value' => $value]);
            }
        }
    }
}
