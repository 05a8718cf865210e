<?php
/**
 * The harness database behind Laravel's Capsule, exactly the object WHMCS exposes as
 * WHMCS\Database\Capsule. Two targets:
 *  - SQLite (default): one file, tables from schema.sql;
 *  - MariaDB (OXIDE_WHMCS_DB=mariadb), what WHMCS runs on: the WHMCS tables exactly as a WHMCS 8
 *    database defines them (../shared/reference/whmcs8-schema.sql beside the repository), the
 *    rest from schema.sql; results stringified as WHMCS's PDO hands them over.
 */

namespace Oxide\Harness;

use Illuminate\Database\Capsule\Manager as Capsule;

final class Database
{
    /** The SQLite file the Capsule points at ('' on MariaDB). */
    private static ?string $path = null;
    private static bool $mariaDb = false;
    /** The server this process started when no OXIDE_MARIADB_SOCKET was given. */
    private static ?\MariaDbProcess $server = null;

    /** MariaDB 10.11's default sql_mode, as a stock WHMCS server runs it. */
    public const STRICT_MODES = ['STRICT_TRANS_TABLES', 'ERROR_FOR_DIVISION_BY_ZERO', 'NO_AUTO_CREATE_USER', 'NO_ENGINE_SUBSTITUTION'];

    /**
     * Connect the global Capsule to the target the environment names: OXIDE_WHMCS_DB=mariadb,
     * else SQLite (the $path file).
     */
    public static function bootFromEnvironment(?string $sqlitePath): void
    {
        $target = strtolower((string) getenv('OXIDE_WHMCS_DB'));
        if (in_array($target, ['mariadb', 'mysql'], true)) {
            self::bootMariaDb();
        } elseif ($target === '' || $target === 'sqlite') {
            self::boot($sqlitePath);
        } else {
            throw new \RuntimeException("OXIDE_WHMCS_DB=$target: expected sqlite or mariadb");
        }
    }

    /**
     * MariaDB through its unix socket: OXIDE_MARIADB_SOCKET (else a private server is started
     * for this process and its socket exported, so child processes share it),
     * OXIDE_MARIADB_DATABASE (default whmcs), OXIDE_MARIADB_SQL_MODE strict (default: MariaDB
     * 10.11's default modes) or nonstrict (sql_mode ''). Tables missing in the database are
     * created; existing ones (a client-area child on the same database) are kept.
     */
    public static function bootMariaDb(): void
    {
        if (self::$path !== null) {
            return;
        }
        $socket = (string) getenv('OXIDE_MARIADB_SOCKET');
        $database = (string) (getenv('OXIDE_MARIADB_DATABASE') ?: 'whmcs');
        if ($socket === '') {
            self::$server = new \MariaDbProcess([$database]);
            $socket = self::$server->socket;
            putenv("OXIDE_MARIADB_SOCKET=$socket");
            putenv("OXIDE_MARIADB_DATABASE=$database");
        }
        $mode = strtolower((string) (getenv('OXIDE_MARIADB_SQL_MODE') ?: 'strict'));
        if (!in_array($mode, ['strict', 'nonstrict'], true)) {
            throw new \RuntimeException("OXIDE_MARIADB_SQL_MODE=$mode: expected strict or nonstrict");
        }
        self::$path = '';
        self::$mariaDb = true;

        $capsule = new Capsule();
        $capsule->addConnection([
            'driver' => 'mysql',
            'unix_socket' => $socket,
            'database' => $database,
            'username' => 'root',
            'password' => '',
            'charset' => 'utf8',
            'collation' => 'utf8_unicode_ci',
            'prefix' => '',
            'modes' => $mode === 'strict' ? self::STRICT_MODES : [],
            // Every value comes back as a string (ints included), as modules get them from
            // WHMCS's PDO on MySQL; Laravel's own default would hand ints over as ints.
            'options' => [\PDO::ATTR_EMULATE_PREPARES => true, \PDO::ATTR_STRINGIFY_FETCHES => true],
        ]);
        $capsule->setAsGlobal();
        $capsule->bootEloquent();

        $pdo = Capsule::connection()->getPdo();
        $whmcs = [];
        foreach (self::statements((string) file_get_contents(self::whmcsSchemaFile())) as $sql) {
            if (preg_match('/^CREATE TABLE `(\w+)`/', $sql, $m)) {
                $whmcs[] = $m[1];
                // Only the statement's head changes: a table already there is kept.
                $pdo->exec('CREATE TABLE IF NOT EXISTS ' . substr($sql, strlen('CREATE TABLE ')));
            }
        }
        foreach (self::statements((string) file_get_contents(__DIR__ . '/schema.sql')) as $sql) {
            if (preg_match('/^CREATE TABLE IF NOT EXISTS (\w+)/', $sql, $m) && !in_array($m[1], $whmcs, true)) {
                $pdo->exec($sql);
            }
        }
        self::seedConfiguration();
    }

    /** WHMCS 8's own table definitions, kept beside the repository (never copied into it). */
    public static function whmcsSchemaFile(): string
    {
        $file = dirname(__DIR__, 3) . '/shared/reference/whmcs8-schema.sql';
        if (!is_file($file)) {
            throw new \RuntimeException("$file not found: the MariaDB target needs WHMCS's schema beside the repository");
        }
        return $file;
    }

    public static function isMariaDb(): bool
    {
        return self::$mariaDb;
    }

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
        static $tables = null;
        if ($tables === null) {
            preg_match_all('/CREATE TABLE IF NOT EXISTS (\w+)/', (string) file_get_contents(__DIR__ . '/schema.sql'), $m);
            $tables = $m[1];
        }
        return $tables;
    }

    /**
     * Empty every table (schema stays) so a test starts from a blank WHMCS. Ids restart at 1
     * because SQLite reuses rowids of an empty table (MariaDB: TRUNCATE resets them).
     */
    public static function wipe(): void
    {
        $pdo = Capsule::connection()->getPdo();
        if (self::$mariaDb) {
            self::wipeMariaDb($pdo);
            self::seedConfiguration();
            return;
        }
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
     * TRUNCATE only the tables a test touched (rows, or ids handed out): TRUNCATE is DDL and
     * costs a few ms a table. One query finds them; mod_* tables are dropped in one statement.
     */
    private static function wipeMariaDb(\PDO $pdo): void
    {
        $probes = array_map(static fn ($t) => "(SELECT 1 FROM `$t` LIMIT 1) AS `$t`", self::tables());
        $rows = (array) $pdo->query('SELECT ' . implode(', ', $probes))->fetch(\PDO::FETCH_ASSOC);
        $touched = array_keys(array_filter($rows, static fn ($v) => $v !== null));
        $counters = $pdo->query("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND auto_increment > 1");
        $touched = array_unique(array_merge($touched, $counters ? $counters->fetchAll(\PDO::FETCH_COLUMN) : []));
        foreach ($touched as $table) {
            if (in_array($table, self::tables(), true)) {
                $pdo->exec("TRUNCATE TABLE `$table`");
            }
        }
        $own = $pdo->query("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'mod\\_%'");
        $own = $own ? $own->fetchAll(\PDO::FETCH_COLUMN) : [];
        if ($own !== []) {
            $pdo->exec('DROP TABLE ' . implode(', ', array_map(static fn ($t) => '`' . str_replace('`', '``', (string) $t) . '`', $own)));
        }
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
