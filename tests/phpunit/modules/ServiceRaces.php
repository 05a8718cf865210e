<?php
/**
 * Concurrent lifecycle calls for one service (issue 12, "Races"): two PHP processes share the
 * harness database file and one simulator, are released at the same moment and each call a
 * lifecycle function of the same service, ROUNDS times. The simulator answers every request
 * after LATENCY_MS, so calls that start together really overlap.
 *
 * Whatever the order, the panel ends in the state the service's WHMCS status says, and every
 * call either succeeded or said plainly that another operation on the service is in progress
 * (the per-service lock, src/whmcs/service_guard.rs) — never a panel error about our own
 * account. Each test also proves the race was real: some calls were refused.
 *
 * A module's race test names its simulator and seeding, makes a round's service and reads the
 * panel.
 */

use Oxide\Harness\Database;

trait ServiceRaces
{
    private static int $rounds = 8;
    private static int $latencyMs = 150;

    /** The simulator the services of the test live on (the module test cases' `$panel`). */
    protected function raceSim(): SimProcess
    {
        return $this->panel;
    }

    /** What the module's fixtures put into the simulator after a reset. */
    abstract protected function seedSimulator(): void;

    /** A new pending service of the module on the (fresh) simulator. */
    abstract protected function raceService(int $round): int;

    /** The panel's accounts, fixtures left out: name => 'active' | 'inactive'. */
    abstract protected function panelAccounts(): array;

    /**
     * The account states the panel may hold for a service with this WHMCS status (one list
     * per acceptable outcome).
     */
    protected function panelFor(string $status): array
    {
        return [
            'Pending' => [[]],
            'Active' => [['active']],
            'Suspended' => [['inactive']],
            'Terminated' => [[]],
        ][$status] ?? [];
    }

    /**
     * The module's own plain answer when TerminateAccount finds that the service's account was
     * never created (terminate ran first), or null when that is simply success.
     */
    protected function neverCreatedMessage(): ?string
    {
        return null;
    }

    public function testCreateRacingCreateMakesOneAccount(): void
    {
        $id = 0;
        $this->rounds(['CreateAccount', 'CreateAccount'], function (int $round) use (&$id): int {
            return $id = $this->raceService($round);
        }, function (int $id, array $results): void {
            $this->assertContains('success', $results, 'one of the creates did it');
            $this->assertCount(1, $this->panelAccounts(), 'exactly one account');
        });
        // A create after the other one finished (WHMCS's retry) still succeeds, idempotently.
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertPanelMatches($id);
        $this->assertCount(1, $this->panelAccounts());
    }

    public function testCreateRacingTerminateAgreesWithTheServiceStatus(): void
    {
        $this->rounds(['CreateAccount', 'TerminateAccount'], function (int $round): int {
            return $this->raceService($round);
        });
    }

    public function testSuspendRacingUnsuspendAgreesWithTheServiceStatus(): void
    {
        $this->rounds(['SuspendAccount', 'UnsuspendAccount'], function (int $round): int {
            $id = $this->raceService($round);
            $this->assertSame('success', $this->service($id, 'CreateAccount'));
            return $id;
        }, function (int $id, array $results): void {
            $this->assertCount(1, $this->panelAccounts());
        });
    }

    /**
     * ROUNDS races of `$functions` on a service `$prepare` makes; after each: every result
     * is success or "in progress", the panel agrees with the service status, then `$check`.
     */
    private function rounds(array $functions, callable $prepare, ?callable $check = null): void
    {
        $refused = 0;
        $overlapped = 0;
        // A loaded machine may release the two processes far enough apart that no round
        // overlaps: then up to ROUNDS more, until one does.
        for ($round = 1; $round <= self::$rounds || ($refused === 0 && $round <= 2 * self::$rounds); $round++) {
            $this->raceSim()->control('POST', '/reset');
            $this->seedSimulator();
            $id = $prepare($round);
            $this->slowPanel(self::$latencyMs);
            $calls = $this->race($id, $functions);
            $this->slowPanel(0);
            $results = array_column($calls, 'result');
            $this->returned = array_merge($this->returned, $results);
            foreach ($results as $i => $result) {
                if ($result === 'success') {
                    continue;
                }
                $never = $this->neverCreatedMessage();
                if ($functions[$i] === 'TerminateAccount' && $never !== null && $result === "TerminateAccount failed: $never") {
                    continue;
                }
                $this->assertIsString($result);
                $this->assertMatchesRegularExpression(
                    '/^' . $functions[$i] . ': another operation on this service \((\w+), started \d+ s ago\) '
                    . 'is still in progress; try again when it has finished$/',
                    $result,
                    "round $round: success or in progress, nothing else"
                );
                $refused++;
            }
            $starts = array_column($calls, 'start');
            $ends = array_column($calls, 'end');
            if (max($starts) < min($ends)) {
                $overlapped++;
            }
            $this->assertPanelMatches($id, "round $round (" . json_encode($results) . ')');
            if ($check !== null) {
                $check($id, $results);
            }
        }
        if (getenv('OXIDE_RACE_STATS')) {
            fwrite(STDERR, sprintf("\n%s %s: %d rounds, %d overlapped, %d calls refused as in progress\n",
                static::class, implode('×', $functions), $round - 1, $overlapped, $refused));
        }
        $this->assertGreaterThan(0, $refused, 'the calls overlapped: some were refused as in progress');
    }

    /** Every panel request waits `$ms` before it is answered. */
    private function slowPanel(int $ms): void
    {
        $this->raceSim()->control('DELETE', '/faults');
        if ($ms > 0) {
            $this->raceSim()->control('POST', '/faults', ['route' => '*', 'kind' => 'latency', 'ms' => $ms]);
        }
    }

    private function assertPanelMatches(int $id, string $round = ''): void
    {
        $status = $this->host->service($id)['domainstatus'];
        $accounts = array_values($this->panelAccounts());
        $this->assertContains($accounts, $this->panelFor($status),
            "$round: the panel holds " . json_encode($accounts) . " for a service that is $status");
    }

    /**
     * Runs `$functions[i]` for the service in process i, all released at the same moment.
     *
     * @return array[] per process: result, start, end (microtime)
     */
    private function race(int $serviceId, array $functions): array
    {
        $dir = sys_get_temp_dir() . '/oxide-race-' . bin2hex(random_bytes(6));
        mkdir($dir);
        $ext = getenv('OXIDE_EXT') ?: HARNESS_REPO_ROOT . '/build/whmcs_oxide.so';
        $env = ['OXIDE_DB' => Database::path()] + getenv();
        $procs = [];
        $out = [];
        try {
            foreach ($functions as $i => $function) {
                $pipes = [];
                $procs[$i] = proc_open(
                    [PHP_BINARY, '-d', "extension=$ext", __DIR__ . '/race-call.php', (string) $serviceId, $function, "$dir/ready$i", "$dir/go"],
                    [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/out$i", 'w'], 2 => ['file', "$dir/err$i", 'w']],
                    $pipes,
                    null,
                    $env
                );
                $this->assertIsResource($procs[$i]);
            }
            $deadline = microtime(true) + 30;
            while (count(glob("$dir/ready*")) < count($functions)) {
                if (microtime(true) > $deadline) {
                    $this->fail('the race processes did not start within 30 s');
                }
                usleep(1000);
            }
            touch("$dir/go");
            foreach ($procs as $i => $proc) {
                $rc = proc_close($proc);
                unset($procs[$i]);
                $call = json_decode((string) file_get_contents("$dir/out$i"), true);
                $this->assertIsArray($call, "process $i ($functions[$i]) exited $rc: "
                    . file_get_contents("$dir/out$i") . file_get_contents("$dir/err$i"));
                $out[$i] = $call;
            }
        } finally {
            foreach ($procs as $proc) {
                proc_terminate($proc, SIGKILL);
                proc_close($proc);
            }
            array_map('unlink', glob("$dir/*"));
            rmdir($dir);
        }
        ksort($out);
        return $out;
    }
}
