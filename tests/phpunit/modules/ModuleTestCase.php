<?php
/**
 * Base for module tests: a blank WHMCS (the repo's php/modules/servers), a panel simulator
 * process per test class, and a check after every test that no secret used by the test
 * reached the module log, the activity log or any value a module function returned.
 */

require_once __DIR__ . '/TransactionCounter.php';

use PHPUnit\Framework\TestCase;

abstract class ModuleTestCase extends TestCase
{
    /** @var array<string, SimProcess> one simulator per panel, shared by a test class */
    protected static array $sims = [];

    protected WhmcsHost $host;

    /** @var string[] values that must never be logged or returned */
    protected array $secrets = [];

    /** @var mixed[] everything module functions returned during the test */
    protected array $returned = [];

    public static function tearDownAfterClass(): void
    {
        foreach (self::$sims as $sim) {
            $sim->stop();
        }
        self::$sims = [];
        \Oxide\Harness\SecretCheck::reset();
    }

    protected function setUp(): void
    {
        if (!extension_loaded('whmcs_oxide')) {
            $this->fail('the whmcs_oxide extension is not loaded (run through make test)');
        }
        $this->host = new WhmcsHost();
        $this->secrets = [];
        $this->returned = [];
        \Oxide\Harness\SecretCheck::startTest();
    }

    protected function tearDown(): void
    {
        $this->assertNoSecretLeaked();
    }

    /**
     * The harness-wide secret check (tests/harness/SecretCheck.php): no secret of the fixtures,
     * of the database or registered by the test, in any encoding, in tblmodulelog, the activity
     * log, a returned value or rendered HTML.
     */
    protected function assertNoSecretLeaked(): void
    {
        foreach ($this->secrets as $secret) {
            \Oxide\Harness\SecretCheck::register($secret);
        }
        foreach ($this->returned as $r) {
            \Oxide\Harness\SecretCheck::returned($r);
        }
        $leaks = \Oxide\Harness\SecretCheck::leaks(
            \Oxide\Harness\SecretCheck::haystacks(),
            \Oxide\Harness\SecretCheck::allSecrets()
        );
        $this->assertSame([], $leaks, "a secret reached a log, a returned value or a page:\n" . implode("\n", $leaks));
    }

    /** HTML the test rendered or fetched (client area, admin pages): checked for secrets too. */
    protected function rendered(string $html): string
    {
        \Oxide\Harness\SecretCheck::rendered($html);
        return $html;
    }

    /** The simulator for `$panel`, reset to its initial state. */
    protected function sim(string $panel): SimProcess
    {
        if (!isset(self::$sims[$panel])) {
            self::$sims[$panel] = new SimProcess($panel);
        }
        $sim = self::$sims[$panel];
        $sim->control('POST', '/reset');
        return $sim;
    }

    protected function secret(string $value): string
    {
        $this->secrets[] = $value;
        return $value;
    }

    /**
     * What a module's create records for a service (`mod_oxide_accounts`): the account name it
     * chose, the one proof of a renamed account the drift re-link accepts.
     */
    protected function recordCreatedAccount(string $module, int $serviceId, string $name): void
    {
        \Illuminate\Database\Capsule\Manager::statement('CREATE TABLE IF NOT EXISTS mod_oxide_accounts (module VARCHAR(64) NOT NULL, '
            . 'serviceid INTEGER NOT NULL, remote_id VARCHAR(255) NOT NULL, created_at VARCHAR(32) NOT NULL, PRIMARY KEY (module, serviceid))');
        \Illuminate\Database\Capsule\Manager::table('mod_oxide_accounts')->insert(
            ['module' => $module, 'serviceid' => $serviceId, 'remote_id' => $name, 'created_at' => '2026-01-01 00:00:00']
        );
    }

    /** Calls a service function through the harness and remembers what came back. */
    protected function service(int $serviceId, string $fn, array $extra = [])
    {
        $r = $this->host->callService($serviceId, $fn, $extra);
        $this->returned[] = $r;
        return $r;
    }

    protected function server(int $serverId, string $fn)
    {
        $r = $this->host->callServer($serverId, $fn);
        $this->returned[] = $r;
        return $r;
    }

    /**
     * A client-facing failure: the client was shown a plain line without `$detail`, and staff
     * find `$detail` in the module log's failure entry of `$function`.
     */
    protected function assertPlainToClientDetailLogged(string $shown, string $function, string $detail): void
    {
        $this->assertNotSame('', $shown);
        $this->assertStringNotContainsString($detail, $shown, 'the client saw the admin detail');
        $logged = '';
        foreach ($this->host->moduleLog() as $row) {
            if ($row['action'] === $function && str_starts_with((string) $row['response'], 'failed: ')) {
                $logged = (string) $row['response'];
            }
        }
        $this->assertStringContainsString($detail, $logged, "no module-log entry of $function with the detail");
    }

    /** Runs `$f` and counts the transaction events it caused on the WHMCS connection. */
    protected function transactionsDuring(callable $f): TransactionCounter
    {
        $counter = new TransactionCounter();
        \Illuminate\Database\Capsule\Manager::connection()->setEventDispatcher($counter);
        try {
            $f();
        } finally {
            \Illuminate\Database\Capsule\Manager::connection()->unsetEventDispatcher();
        }
        return $counter;
    }

    /**
     * A server function called while the database refuses `$event` ('INSERT'|'UPDATE') on
     * `$table` for rows matching `$condition` (a trigger, in SQLite's or MariaDB's dialect).
     */
    protected function serverWhileDatabaseRefuses(string $table, string $event, string $condition, int $serverId, string $fn)
    {
        $pdo = \Illuminate\Database\Capsule\Manager::connection()->getPdo();
        $pdo->exec(\Oxide\Harness\Database::isMariaDb()
            ? "CREATE TRIGGER oxide_test_refuses BEFORE $event ON $table FOR EACH ROW
               IF $condition THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF"
            : "CREATE TRIGGER oxide_test_refuses BEFORE $event ON $table WHEN $condition
               BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        try {
            return $this->server($serverId, $fn);
        } finally {
            $pdo->exec('DROP TRIGGER oxide_test_refuses');
        }
    }

    /** `['Setting name' => value]` → `['configoptionN' => value]` using the module's own order. */
    protected function configOptions(string $module, array $byName): array
    {
        $defs = array_keys(call_user_func($module . '_ConfigOptions', []));
        $out = [];
        foreach ($byName as $name => $value) {
            $pos = array_search($name, $defs, true);
            $this->assertNotFalse($pos, "no setting named $name in $module");
            $out['configoption' . ($pos + 1)] = $value;
        }
        return $out;
    }
}
