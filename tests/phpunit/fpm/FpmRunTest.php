<?php
/**
 * A real PHP-FPM: the extension is loaded by the master before it forks its workers; several
 * workers make module calls over many requests. Every call must succeed in every worker, the
 * master must start no thread, each worker must keep one client (thread count and connection
 * count stay flat) and its resident memory must not grow.
 */

require_once __DIR__ . '/FpmPool.php';

use PHPUnit\Framework\TestCase;

final class FpmRunTest extends TestCase
{
    private const WORKERS = 4;
    private const DRIVERS = 4;
    private const REQUESTS_PER_DRIVER = 40;

    public function testWorkersForkedAfterLoadServeModuleCalls(): void
    {
        $ext = getenv('OXIDE_EXT') ?: dirname(__DIR__, 3) . '/build/whmcs_oxide.so';
        $sim = new SimProcess('hestia');
        $params = FpmPool::serverParams($sim, 'FPMRUNKEY00000000001');

        $pool = new FpmPool($ext, self::WORKERS);
        try {
            $masterPid = $pool->masterPid();
            $this->assertSame(1, $this->threadsOf($masterPid), 'the FPM master must start no thread');

            $results = $pool->drive(__DIR__ . '/../../fpm/worker.php', self::DRIVERS, self::REQUESTS_PER_DRIVER, $params);
            $this->assertCount(self::DRIVERS * self::REQUESTS_PER_DRIVER, $results);
            $failures = array_filter($results, static fn ($r) => empty($r['ok']));
            $this->assertSame([], array_slice(array_values($failures), 0, 3), 'every module call succeeds in every worker');

            $byPid = [];
            foreach ($results as $r) {
                $byPid[$r['pid']][] = $r;
            }
            $this->assertGreaterThanOrEqual(2, count($byPid), 'requests were served by several forked workers');
            foreach ($byPid as $pid => $rs) {
                $this->assertTrue($rs[0]['loaded'], "worker $pid has the extension (inherited from the master)");
                $threads = array_unique(array_map(static fn ($r) => $r['threads'], $rs));
                $this->assertCount(1, $threads, "worker $pid thread count stays flat: " . implode(',', $threads));
                if (count($rs) >= 10) {
                    $early = $rs[4]['rss_kb'];
                    $last = end($rs)['rss_kb'];
                    $this->assertLessThan($early + 4096, $last, "worker $pid RSS grew from {$early} kB to {$last} kB");
                }
            }
            $this->assertSame(1, $this->threadsOf($masterPid), 'the master still has one thread');
            // Kept-alive TLS connections per worker, not one per request: TestConnection sends
            // its two reads at once (two pooled connections), and a connection goes back to the
            // pool just after its call returns, so a worker's next call may open a third.
            $connections = $sim->control('GET', '/stats')['connections_accepted'];
            $this->assertLessThanOrEqual(count($byPid) * 3, $connections, "$connections connections for " . count($results) . ' requests');
            $log = $pool->log();
            $this->assertDoesNotMatchRegularExpression('/(ERROR|segfault|SIGSEGV|exited on signal)/', $log);
        } finally {
            $pool->stop();
            $sim->stop();
        }
    }

    private function threadsOf(int $pid): int
    {
        return count(array_diff(scandir("/proc/$pid/task") ?: [], ['.', '..']));
    }
}
