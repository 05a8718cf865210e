<?php
/**
 * ClientAreaServer (global namespace): the harness client area served by `php -S` on a free
 * loopback port, on the WHMCS database file `$dbPath`, with the whmcs_oxide extension.
 *
 *   $web = new ClientAreaServer($dbPath);   // $web->url = http://127.0.0.1:PORT
 *   $web->stop();                            // also on destruct
 */
final class ClientAreaServer
{
    public string $url;
    public int $port;
    /** @var resource|null */
    private $proc;
    private string $log;

    public function __construct(string $dbPath, array $env = [])
    {
        $repo = dirname(__DIR__, 3);
        $ext = getenv('OXIDE_EXT') ?: $repo . '/build/whmcs_oxide.so';
        $this->port = self::freePort();
        $this->url = 'http://127.0.0.1:' . $this->port;
        $sessions = sys_get_temp_dir() . '/oxide-clientarea-sessions';
        if (!is_dir($sessions)) {
            mkdir($sessions, 0700, true);
        }
        $this->log = (string) tempnam(sys_get_temp_dir(), 'oxide-clientarea-log-');
        $argv = [PHP_BINARY, '-d', 'extension=' . $ext, '-d', 'session.save_path=' . $sessions,
            '-d', 'display_errors=stderr', '-d', 'post_max_size=16M',
            '-S', '127.0.0.1:' . $this->port, '-t', $repo . '/php', __DIR__ . '/router.php'];
        $environment = array_merge(getenv(), $env, ['OXIDE_DB' => $dbPath]);
        $proc = proc_open($argv, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $this->log, 'a'], 2 => ['file', $this->log, 'a']], $pipes, null, $environment);
        if (!is_resource($proc)) {
            throw new RuntimeException('cannot start php -S for the client area');
        }
        $this->proc = $proc;
        $deadline = microtime(true) + 10;
        while (microtime(true) < $deadline) {
            $s = @fsockopen('127.0.0.1', $this->port, $errno, $errstr, 0.2);
            if ($s) {
                fclose($s);
                return;
            }
            usleep(50000);
        }
        $this->stop();
        throw new RuntimeException('the client area did not start: ' . $this->log());
    }

    public function log(): string
    {
        return (string) @file_get_contents($this->log);
    }

    public function stop(): void
    {
        if (is_resource($this->proc)) {
            proc_terminate($this->proc);
            proc_close($this->proc);
        }
        $this->proc = null;
    }

    public function __destruct()
    {
        $this->stop();
    }

    private static function freePort(): int
    {
        $s = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
        if (!$s) {
            throw new RuntimeException("no free port: $errstr");
        }
        $name = (string) stream_socket_get_name($s, false);
        fclose($s);
        return (int) substr($name, strrpos($name, ':') + 1);
    }
}
