<?php
/**
 * Installing a new build over a running PHP-FPM, as README "Install a release" says: the
 * installers replace the `.so` by rename, then PHP-FPM is reloaded (SIGUSR2, what
 * `systemctl reload php8.2-fpm` sends) with `process_control_timeout` set. Module calls running
 * at the reload finish on the build they started with; the master stays (same pid) and its new
 * workers have the new build. Without the timeout (Debian's default, 0) the reload cuts the
 * running calls: the second test shows why the README asks for it.
 *
 * Old = the dev build, new = the release binary (two builds that say different things in
 * phpinfo: glibc baseline, build date), so this runs with the release checks
 * (tests/dist/run.sh), after make dist.
 *
 * @group release-binary
 */

require_once __DIR__ . '/FpmPool.php';

use PHPUnit\Framework\TestCase;

final class FpmReloadTest extends TestCase
{
    /** How long the panel holds back each answer of the calls running at the reload. */
    private const HELD_MS = 1500;
    private const WORKERS = 2;
    /** The steady load sent from just before the reload on: drivers × requests each. */
    private const LOAD_DRIVERS = 2;
    private const LOAD_REQUESTS = 10;

    private string $root;
    private string $extDir;
    private SimProcess $sim;
    private string $params;
    private ?FpmPool $pool = null;
    /** The release binary the reload installs. */
    private string $newExt;
    /** @var string[] 'old' and 'new' build, as tests/fpm/build-id.php names them */
    private array $builds;

    protected function setUp(): void
    {
        $this->root = dirname(__DIR__, 3);
        $old = getenv('OXIDE_DEV_EXT') ?: "$this->root/build/whmcs_oxide.so";
        $this->newExt = $new = getenv('OXIDE_DIST_EXT') ?: "$this->root/build/dist/whmcs_oxide.so";
        foreach ([$old, $new] as $so) {
            $this->assertFileExists($so, 'the reload test needs the dev build (make build) and the release binary (make dist)');
        }
        $this->builds = ['old' => $this->buildOf($old), 'new' => $this->buildOf($new)];
        $this->assertNotSame($this->builds['old'], $this->builds['new'], 'the two builds must be told apart');
        $this->extDir = sys_get_temp_dir() . '/oxide-reload-' . getmypid();
        @mkdir($this->extDir);
        copy($old, "$this->extDir/whmcs_oxide.so");
        $this->sim = new SimProcess('hestia');
        $this->params = FpmPool::serverParams($this->sim, 'FPMRELOADKEY00000001');
    }

    protected function tearDown(): void
    {
        $this->pool?->stop();
        $this->sim->stop();
        array_map('unlink', glob("$this->extDir/{,.}*.so*", GLOB_BRACE) ?: []);
        @rmdir($this->extDir);
    }

    public function testReloadLetsRunningCallsFinishAndNewWorkersLoadTheNewBuild(): void
    {
        [$during, $reloadAt, $oldWorkers, $master, $load] = $this->installAndReloadDuringCalls('20s');
        $this->assertCount(self::WORKERS, $during);
        foreach ($during as $r) {
            $this->assertTrue($r['ok'], 'a call running at the reload finishes: ' . ($r['error'] ?? ''));
            $this->assertLessThan($reloadAt, $r['started'], 'the call started before the reload');
            $this->assertGreaterThan($reloadAt, $r['ended'], 'and ended after it');
            $this->assertSame([$this->builds['old'], $this->builds['old']], [$r['build'], $r['build_after_call']], 'it ran on the build it started with');
            $this->assertContains($r['pid'], $oldWorkers);
        }

        // The requests sent meanwhile waited in the listen queue for the new workers: none lost.
        $this->assertCount(self::LOAD_DRIVERS * self::LOAD_REQUESTS, $load);
        foreach ($load as $r) {
            $this->assertTrue($r['ok'] ?? false, 'a request sent during the reload is answered: ' . json_encode($r));
            $this->assertContains($r['build'], [$this->builds['old'], $this->builds['new']]);
        }

        $renewed = FpmPool::waitFor(fn (): bool => count($pids = $this->pool->workerPids()) === self::WORKERS
            && array_intersect($pids, $oldWorkers) === [], 15);
        $this->assertTrue($renewed, 'the master forks a new set of workers: ' . implode(',', $this->pool->workerPids()));
        $this->assertSame($master, $this->pool->masterPid(), 'a reload keeps the master (no restart)');

        $after = $this->pool->drive("$this->root/tests/fpm/reload-worker.php", self::WORKERS, 3, $this->params);
        $this->assertCount(3 * self::WORKERS, $after);
        foreach ($after as $r) {
            $this->assertTrue($r['ok'], $r['error'] ?? '');
            $this->assertSame($this->builds['new'], $r['build'], 'a new worker has the new build');
            $this->assertNotContains($r['pid'], $oldWorkers);
        }

        $log = $this->pool->log();
        $this->assertStringContainsString('Reloading in progress', $log);
        // Old workers left on their own once their request was done: none was killed.
        $this->assertDoesNotMatchRegularExpression('/(ERROR|WARNING|segfault|SIGSEGV|exited on signal)/', $log);
    }

    public function testWithoutProcessControlTimeoutAReloadCutsRunningCalls(): void
    {
        [$during, , , , $load] = $this->installAndReloadDuringCalls('0');
        $this->assertCount(self::WORKERS, $during);
        foreach ($during as $r) {
            $this->assertFalse($r['ok'] ?? false, 'PHP-FPM ended the running call (its answer never came)');
        }
        $this->assertSame(self::LOAD_DRIVERS * self::LOAD_REQUESTS, count(array_filter($load, static fn ($r) => $r['ok'] ?? false)),
            'calls that were not running at the reload are served by the new workers');
    }

    /**
     * Starts one held-back module call per worker, installs the new build while they run, starts
     * a steady load of quick calls and reloads; returns the held calls' answers, the reload's
     * time, the old workers, the master pid and the load's answers.
     */
    private function installAndReloadDuringCalls(string $processControlTimeout): array
    {
        $this->pool = new FpmPool("$this->extDir/whmcs_oxide.so", self::WORKERS, ["process_control_timeout = $processControlTimeout"]);
        $master = $this->pool->masterPid();
        $oldWorkers = $this->pool->workerPids();
        $this->assertCount(self::WORKERS, $oldWorkers);
        // TestConnection asks two questions at once (two connections): hold back every answer.
        foreach (['v-list-sys-info', 'v-list-user-packages'] as $route) {
            $this->sim->control('POST', '/faults', ['route' => $route, 'kind' => 'latency', 'ms' => self::HELD_MS, 'times' => self::WORKERS]);
        }
        $running = $this->pool->start("$this->root/tests/fpm/reload-worker.php", self::WORKERS, 1, $this->params);
        $arrived = FpmPool::waitFor(fn (): bool => $this->sim->control('GET', '/stats')['connections_accepted'] >= 2 * self::WORKERS, 10);
        $this->assertTrue($arrived, 'every call is waiting on the panel before the reload');

        // The new build goes in as the installers put it (rename over the old file), then the reload.
        copy($this->newExt, "$this->extDir/.whmcs_oxide.so.new");
        rename("$this->extDir/.whmcs_oxide.so.new", "$this->extDir/whmcs_oxide.so");
        $load = $this->pool->start("$this->root/tests/fpm/reload-worker.php", self::LOAD_DRIVERS, self::LOAD_REQUESTS, $this->params, 'call=metadata');
        $reloadAt = microtime(true);
        posix_kill($master, SIGUSR2);
        return [FpmPool::collect($running), $reloadAt, $oldWorkers, $master, FpmPool::collect($load)];
    }

    private function buildOf(string $so): string
    {
        $cmd = [PHP_BINARY, '-n', '-d', "extension=$so", dirname(__DIR__, 2) . '/fpm/build-id.php'];
        $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $out = trim((string) stream_get_contents($pipes[1]));
        proc_close($p);
        return $out;
    }
}
