<?php
/**
 * A real PHP-FPM master with a static pool on a loopback port, for the FPM tests: started with
 * the extension given by path (so a test can replace the file and reload), driven with FastCGI
 * requests (tests/fpm/drive.php), stopped and cleaned up by stop().
 */

final class FpmPool
{
    public readonly string $dir;
    public readonly int $port;
    /** @var resource */
    private $master;
    private array $pipes = [];

    /** @param array $settings extra `[global]` lines, e.g. `process_control_timeout = 20s` */
    public function __construct(string $extension, int $workers, array $settings = [])
    {
        $this->dir = sys_get_temp_dir() . '/oxide-fpm-' . getmypid() . '-' . bin2hex(random_bytes(3));
        mkdir($this->dir);
        $this->port = self::freePort();
        $asRoot = function_exists('posix_geteuid') && posix_geteuid() === 0;
        file_put_contents("$this->dir/fpm.conf", implode("\n", array_filter(array_merge(
            ['[global]', "error_log = $this->dir/fpm.log", 'daemonize = no', "pid = $this->dir/fpm.pid"],
            $settings,
            ['[www]', "listen = 127.0.0.1:$this->port", 'pm = static', "pm.max_children = $workers",
             'pm.max_requests = 0', 'catch_workers_output = yes', 'clear_env = no',
             $asRoot ? 'user = root' : null, $asRoot ? 'group = root' : null],
        ))) . "\n");
        $cmd = array_merge([self::binary(), '-F', '-n', '-y', "$this->dir/fpm.conf", '-d', "extension=$extension"], $asRoot ? ['-R'] : []);
        $this->master = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['file', "$this->dir/out.log", 'w'], 2 => ['file', "$this->dir/err.log", 'w']], $this->pipes);
        $this->waitForPort();
    }

    /**
     * A HestiaCP server record for the simulator `$sim` with a new API key `$keyId`, as the
     * drivers pass it (base64 JSON in the query string).
     */
    public static function serverParams(SimProcess $sim, string $keyId): string
    {
        $key = ['access_key_id' => $keyId, 'secret_key' => str_repeat('q', 40), 'user' => 'admin', 'permissions' => []];
        $sim->control('POST', '/state', ['access_keys' => [$key]]);
        return base64_encode(json_encode([
            'serverip' => '127.0.0.1', 'serverhostname' => '127.0.0.1', 'serverport' => $sim->port, 'serversecure' => true,
            'serveraccesshash' => $keyId . ':' . $key['secret_key'] . "\npin=" . $sim->sha256,
        ]));
    }

    public function masterPid(): int
    {
        return proc_get_status($this->master)['pid'];
    }

    public function log(): string
    {
        return (string) @file_get_contents("$this->dir/fpm.log");
    }

    /** The pids of the pool's workers (the master's children). */
    public function workerPids(): array
    {
        $master = $this->masterPid();
        $pids = [];
        foreach (glob('/proc/[0-9]*/stat') ?: [] as $stat) {
            // pid (comm) state ppid …: comm may hold spaces, so read after its closing paren.
            $line = (string) @file_get_contents($stat);
            $fields = explode(' ', substr($line, (int) strrpos($line, ')') + 2));
            if ((int) ($fields[1] ?? 0) === $master) {
                $pids[] = (int) basename(dirname($stat));
            }
        }
        sort($pids);
        return $pids;
    }

    /**
     * Starts `$drivers` drivers at once, each sending `$requests` FastCGI requests for `$script`
     * (with `$query` added to the query string); returns their processes and pipes for collect().
     */
    public function start(string $script, int $drivers, int $requests, string $params, string $query = ''): array
    {
        $running = [];
        for ($i = 0; $i < $drivers; $i++) {
            $proc = proc_open([PHP_BINARY, '-n', dirname(__DIR__, 2) . '/fpm/drive.php', (string) $this->port, realpath($script),
                (string) $requests, $params, $query], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
            $running[] = [$proc, $pipes];
        }
        return $running;
    }

    /** Every answer of the drivers start() began, one decoded JSON object per request. */
    public static function collect(array $running): array
    {
        $results = [];
        foreach ($running as [$proc, $pipes]) {
            $out = stream_get_contents($pipes[1]);
            proc_close($proc);
            foreach (array_filter(explode("\n", (string) $out)) as $line) {
                $results[] = json_decode($line, true) ?? ['ok' => false, 'error' => $line];
            }
        }
        return $results;
    }

    /** Runs the drivers concurrently, so every worker gets requests. */
    public function drive(string $script, int $drivers, int $requests, string $params): array
    {
        return self::collect($this->start($script, $drivers, $requests, $params));
    }

    /** Waits until `$ready` says yes (polled every 50 ms) or `$seconds` pass. */
    public static function waitFor(callable $ready, float $seconds): bool
    {
        $deadline = microtime(true) + $seconds;
        while (microtime(true) < $deadline) {
            if ($ready()) {
                return true;
            }
            usleep(50000);
        }
        return (bool) $ready();
    }

    /** Stops the master (SIGTERM, then SIGKILL for it and its workers after 5 s): always bounded. */
    public function stop(): void
    {
        $status = proc_get_status($this->master);
        if ($status['running']) {
            $workers = $this->workerPids();
            posix_kill($status['pid'], SIGTERM);
            if (!self::waitFor(fn (): bool => !proc_get_status($this->master)['running'], 5)) {
                foreach (array_merge([$status['pid']], $workers) as $pid) {
                    posix_kill($pid, SIGKILL);
                }
            }
        }
        fclose($this->pipes[0]);
        proc_close($this->master);
        array_map('unlink', glob("$this->dir/*") ?: []);
        @rmdir($this->dir);
    }

    private static function binary(): string
    {
        foreach (['/usr/sbin/php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION, '/usr/sbin/php-fpm'] as $bin) {
            if (is_executable($bin)) {
                return $bin;
            }
        }
        throw new RuntimeException('php-fpm is not installed (make test installs php8.2-fpm)');
    }

    private static function freePort(): int
    {
        $s = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
        fclose($s);
        return $port;
    }

    private function waitForPort(): void
    {
        $up = self::waitFor(function (): bool {
            $c = @stream_socket_client("tcp://127.0.0.1:$this->port", $e, $m, 0.2);
            if ($c === false) {
                return false;
            }
            fclose($c);
            return true;
        }, 15);
        if (!$up) {
            $this->stop();
            throw new RuntimeException('php-fpm did not start: ' . $this->log());
        }
    }
}
