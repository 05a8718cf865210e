<?php
/**
 * RealHestia (global namespace): a real HestiaCP panel (tests/real-hestia/run.sh) for this PHP
 * process — HestiaCP's own API and v-* commands behind nginx TLS and php-fpm, in a private
 * root that vanishes when the process ends.
 *
 *   $h = RealHestia::shared();                 // started on first use, one per PHP process
 *   $h->url; $h->port; $h->sha256; $h->keyId; $h->keySecret; $h->adminPassword;
 *   [$code, $out, $err] = $h->run('v-list-user', 'admin', 'json');   // inside the private root
 *   $h->shell('ls -A /tmp');                    // bash inside the private root; throws on failure
 */

require_once __DIR__ . '/ReadyLineProcess.php';

final class RealHestia extends ReadyLineProcess
{
    public const HESTIA = '/usr/local/hestia';

    public string $url;
    public int $port;
    public string $sha256;
    public string $keyId;
    public string $keySecret;
    public string $adminUser;
    public string $adminPassword;
    /** HestiaCP's version as the upstream tarball names it (e.g. 1.10.0-33-gd128cc6f3). */
    public string $version;
    public int $setupMs;

    private int $nsPid;
    private static ?RealHestia $shared = null;

    /** The panel of this PHP process, started on first use (takes a few seconds). */
    public static function shared(): self
    {
        if (self::$shared === null) {
            self::$shared = new self();
        }
        return self::$shared;
    }

    public function __construct(?int $port = null, float $startTimeout = 120.0)
    {
        $script = dirname(__DIR__) . '/real-hestia/run.sh';
        $ready = $this->start([$script, (string) ($port ?? self::freePort())], $startTimeout, 'real HestiaCP');
        foreach (['url', 'port', 'key_id', 'secret', 'sha256', 'admin_password'] as $key) {
            if (!isset($ready[$key]) || $ready[$key] === '') {
                $this->stop();
                throw new RuntimeException("real HestiaCP ready line lacks '$key'");
            }
        }
        $this->url = (string) $ready['url'];
        $this->port = (int) $ready['port'];
        $this->sha256 = (string) $ready['sha256'];
        $this->keyId = (string) $ready['key_id'];
        $this->keySecret = (string) $ready['secret'];
        $this->adminUser = (string) ($ready['admin_user'] ?? 'admin');
        $this->adminPassword = (string) $ready['admin_password'];
        $this->version = (string) ($ready['hestia'] ?? 'unknown');
        $this->setupMs = (int) ($ready['setup_ms'] ?? 0);
        $this->nsPid = $this->namespaceInit();
    }

    /**
     * Runs `$argv` inside the private root (its mount and PID namespace, its root directory).
     *
     * @return array{0: int, 1: string, 2: string} exit code, stdout, stderr
     */
    public function exec(array $argv, ?string $stdin = null, float $timeout = 300.0): array
    {
        $cmd = array_merge(['nsenter', '-t', (string) $this->nsPid, '-m', '-p', '-r', '-w', '--'], array_map('strval', $argv));
        $env = ['PATH' => '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG' => 'C.UTF-8', 'HESTIA' => self::HESTIA];
        $proc = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, '/', $env);
        if (!is_resource($proc)) {
            throw new RuntimeException('cannot run nsenter');
        }
        fwrite($pipes[0], (string) $stdin);
        fclose($pipes[0]);
        $out = ['', ''];
        stream_set_blocking($pipes[1], false);
        stream_set_blocking($pipes[2], false);
        $deadline = microtime(true) + $timeout;
        $open = [1 => $pipes[1], 2 => $pipes[2]];
        while ($open !== []) {
            if (microtime(true) > $deadline) {
                proc_terminate($proc, 9);
                throw new RuntimeException(sprintf('%s did not finish within %.0f s', implode(' ', $argv), $timeout));
            }
            $read = array_values($open);
            $write = $except = null;
            if (stream_select($read, $write, $except, 0, 200000) === false) {
                break;
            }
            foreach ($open as $i => $pipe) {
                $chunk = fread($pipe, 65536);
                if ($chunk !== false && $chunk !== '') {
                    $out[$i - 1] .= $chunk;
                } elseif (feof($pipe)) {
                    fclose($pipe);
                    unset($open[$i]);
                }
            }
        }
        $code = proc_close($proc);
        return [$code, $out[0], $out[1]];
    }

    /** The private root as this host sees it (through /proc), for tests that read or plant files. */
    public function root(): string
    {
        return "/proc/{$this->nsPid}/root";
    }

    /** A HestiaCP command, as root inside the private root. */
    public function run(string $cmd, string ...$args): array
    {
        return $this->exec(array_merge([self::HESTIA . '/bin/' . $cmd], $args));
    }

    /** A bash script inside the private root; its stdout, or an exception naming its stderr. */
    public function shell(string $script, ?string $stdin = null): string
    {
        [$code, $out, $err] = $this->exec(['bash', '-c', $script], $stdin);
        if ($code !== 0) {
            throw new RuntimeException("in the real panel's root, `$script` exited $code: $err$out");
        }
        return $out;
    }

    private static function freePort(): int
    {
        $sock = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
        if ($sock === false) {
            throw new RuntimeException("no free port: $errstr");
        }
        $port = (int) substr((string) strrchr((string) stream_socket_get_name($sock, false), ':'), 1);
        fclose($sock);
        return $port;
    }

    /** The PID (as this host sees it) of the namespace's first process: run.sh execs unshare, whose one child it is. */
    private function namespaceInit(): int
    {
        $pid = (int) $this->pid();
        $children = trim((string) @file_get_contents("/proc/$pid/task/$pid/children"));
        $first = (int) strtok($children, ' ');
        if ($first <= 0) {
            $this->stop();
            throw new RuntimeException("real HestiaCP: no process inside its namespace (unshare pid $pid)");
        }
        return $first;
    }
}
