<?php
/**
 * MariaDbProcess (global namespace): a private MariaDB started by tests/mariadb/start.sh (own
 * datadir and unix socket in a temp dir, no TCP port), gone with its temp dir when stopped or
 * when this PHP process ends (ReadyLineProcess: it exits when its stdin closes).
 *
 *   $db = new MariaDbProcess(['whmcs']);   // $db->socket, $db->startupMs
 */

require_once __DIR__ . '/ReadyLineProcess.php';

final class MariaDbProcess extends ReadyLineProcess
{
    public string $socket;
    public int $startupMs;

    /** @param string[] $databases created empty before the ready line */
    public function __construct(array $databases = ['whmcs'])
    {
        $script = dirname(__DIR__) . '/mariadb/start.sh';
        $ready = $this->start(array_merge([$script], $databases), 30.0, 'MariaDB (tests/mariadb/start.sh)');
        $this->socket = (string) ($ready['socket'] ?? '');
        $this->startupMs = (int) ($ready['startup_ms'] ?? 0);
        if ($this->socket === '') {
            $this->stop();
            throw new RuntimeException('tests/mariadb/start.sh printed no socket');
        }
    }
}
