<?php
/**
 * A real PHP-FPM: the extension is loaded by the master before it forks its workers; several
 * workers make module calls over many requests. Every call must succeed in every worker, the
 * master must start no thread, each worker must keep one client (thread count and connection
 * count stay flat) and its resident memory must not grow.
 */

use PHPUnit\Framework\TestCase;

final class FpmRunTest extends TestCase
{
    private const WORKERS = 4;
    private const DRIVERS = 4;
    private const REQUESTS_PER_DRIVER = 40;

    public function testWorkersForkedAfterLoadServeModuleCalls(): void
    {
        $fpm = $this->fpmBinary();
        $ext = getenv('OXIDE_EXT') ?: dirname(__DIR__, 3) . '/build/whmcs_oxide.so';
        $sim = new SimProcess('hestia');
        $key = ['access_key_id' => 'FPMRUNKEY00000000001', 'secret_key' => str_repeat('q', 40), 'user' => 'admin', 'permissions' => []];
        $sim->control('POST', '/state', ['access_keys' => [$key]]);
        $params = base64_encode(json_encode([
            'serverip' => '127.0.0.1', 'serverhostname' => '127.0.0.1', 'serverport' => $sim->port, 'serversecure' => true,
            'serveraccesshash' => $key['access_key_id'] . ':' . $key['secret_key'] . "\npin=" . $sim->sha256,
        ]));

        $dir = sys_get_temp_dir() . '/oxide-fpm-' . getmypid();
        @mkdir($dir);
        $port = $this->freePort();
        $asRoot = function_exists('posix_geteuid') && posix_geteuid() === 0;
        file_put_contents("$dir/fpm.conf", implode("\n", array_filter([
            '[global]', "error_log = $dir/fpm.log", 'daemonize = no', "pid = $dir/fpm.pid",
            '[www]', "listen = 127.0.0.1:$port", 'pm = static', 'pm.max_children = ' . self::WORKERS,
            'pm.max_requests = 0', 'catch_workers_output = yes', 'clear_env = no',
            $asRoot ? 'user = root' : null, $asRoot ? 'group = root' : null,
        ])) . "\n");
        $cmd = array_merge([$fpm, '-F', '-n', '-y', "$dir/fpm.conf", '-d', "extension=$ext"], $asRoot ? ['-R'] : []);
        $master = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['file', "$dir/out.log", 'w'], 2 => ['file', "$dir/err.log", 'w']], $pipes);
        try {
            $this->waitForPort($port, "$dir/fpm.log");
            $masterPid = proc_get_status($master)['pid'];
            $this->assertSame(1, $this->threadsOf($masterPid), 'the FPM master must start no thread');

            $results = $this->drive($port, __DIR__ . '/../../fpm/worker.php', $params);
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
            $log = (string) file_get_contents("$dir/fpm.log");
            $this->assertDoesNotMatchRegularExpression('/(ERROR|segfault|SIGSEGV|exited on signal)/', $log);
        } finally {
            $status = proc_get_status($master);
            if ($status['running']) {
                posix_kill($status['pid'], SIGTERM);
            }
            fclose($pipes[0]);
            proc_close($master);
            $sim->stop();
            array_map('unlink', glob("$dir/*") ?: []);
            @rmdir($dir);
        }
    }

    private function fpmBinary(): string
    {
        foreach (['/usr/sbin/php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION, '/usr/sbin/php-fpm'] as $bin) {
            if (is_executable($bin)) {
                return $bin;
            }
        }
        $this->fail('php-fpm is not installed (make test installs php8.2-fpm)');
    }

    /** Runs the drivers concurrently, so every worker gets requests. */
    private function drive(int $port, string $script, string $params): array
    {
        $procs = [];
        for ($i = 0; $i < self::DRIVERS; $i++) {
            $procs[] = proc_open([PHP_BINARY, '-n', __DIR__ . '/../../fpm/drive.php', (string) $port, realpath($script),
                (string) self::REQUESTS_PER_DRIVER, $params], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes[$i]);
        }
        $results = [];
        foreach ($procs as $i => $p) {
            $out = stream_get_contents($pipes[$i][1]);
            proc_close($p);
            foreach (array_filter(explode("\n", (string) $out)) as $line) {
                $results[] = json_decode($line, true) ?? ['ok' => false, 'error' => $line];
            }
        }
        return $results;
    }

    private function freePort(): int
    {
        $s = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
        fclose($s);
        return $port;
    }

    private function waitForPort(int $port, string $log): void
    {
        $deadline = microtime(true) + 15;
        while (microtime(true) < $deadline) {
            $c = @stream_socket_client("tcp://127.0.0.1:$port", $e, $m, 0.2);
            if ($c !== false) {
                fclose($c);
                return;
            }
            usleep(100000);
        }
        $this->fail('php-fpm did not start: ' . @file_get_contents($log));
    }

    private function threadsOf(int $pid): int
    {
        return count(array_diff(scandir("/proc/$pid/task") ?: [], ['.', '..']));
    }
}
