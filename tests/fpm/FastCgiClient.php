<?php
/**
 * A minimal FastCGI client (responder role, one request per connection) to drive php-fpm the
 * way a web server does, without installing one.
 */

final class FastCgiClient
{
    private const VERSION = 1;
    private const BEGIN_REQUEST = 1;
    private const END_REQUEST = 3;
    private const PARAMS = 4;
    private const STDIN = 5;
    private const STDOUT = 6;
    private const STDERR = 7;
    private const RESPONDER = 1;

    public function __construct(private string $host, private int $port, private float $timeout = 30.0)
    {
    }

    /** Runs `$script` with `$query`; returns [headers, body, stderr]. */
    public function get(string $script, string $query = ''): array
    {
        $sock = @stream_socket_client("tcp://{$this->host}:{$this->port}", $errno, $err, $this->timeout);
        if ($sock === false) {
            throw new RuntimeException("cannot connect to php-fpm: $err");
        }
        stream_set_timeout($sock, (int) ceil($this->timeout));
        $id = 1;
        $params = [
            'GATEWAY_INTERFACE' => 'FastCGI/1.0', 'REQUEST_METHOD' => 'GET', 'SCRIPT_FILENAME' => $script,
            'SCRIPT_NAME' => '/' . basename($script), 'QUERY_STRING' => $query, 'REQUEST_URI' => '/' . basename($script) . '?' . $query,
            'SERVER_SOFTWARE' => 'oxide-test', 'REMOTE_ADDR' => '127.0.0.1', 'REMOTE_PORT' => '9985',
            'SERVER_ADDR' => '127.0.0.1', 'SERVER_PORT' => '80', 'SERVER_NAME' => 'localhost', 'SERVER_PROTOCOL' => 'HTTP/1.1',
            'CONTENT_LENGTH' => '0', 'CONTENT_TYPE' => '',
        ];
        $body = '';
        foreach ($params as $k => $v) {
            $body .= $this->length(strlen($k)) . $this->length(strlen($v)) . $k . $v;
        }
        fwrite($sock, $this->record(self::BEGIN_REQUEST, $id, pack('nCx5', self::RESPONDER, 0))
            . $this->record(self::PARAMS, $id, $body) . $this->record(self::PARAMS, $id, '')
            . $this->record(self::STDIN, $id, ''));
        $out = '';
        $err = '';
        while (true) {
            $head = $this->read($sock, 8);
            $h = unpack('Cversion/Ctype/nid/nlength/Cpadding/Creserved', $head);
            $content = $this->read($sock, $h['length']);
            $this->read($sock, $h['padding']);
            if ($h['type'] === self::STDOUT) {
                $out .= $content;
            } elseif ($h['type'] === self::STDERR) {
                $err .= $content;
            } elseif ($h['type'] === self::END_REQUEST) {
                break;
            }
        }
        fclose($sock);
        [$headers, $payload] = explode("\r\n\r\n", $out, 2) + ['', ''];
        return [$headers, $payload, $err];
    }

    private function record(int $type, int $id, string $content): string
    {
        $len = strlen($content);
        $pad = (8 - $len % 8) % 8;
        return pack('CCnnCx', self::VERSION, $type, $id, $len, $pad) . $content . str_repeat("\0", $pad);
    }

    private function length(int $n): string
    {
        return $n < 128 ? chr($n) : pack('N', $n | 0x80000000);
    }

    private function read($sock, int $n): string
    {
        $data = '';
        while (strlen($data) < $n) {
            $chunk = fread($sock, $n - strlen($data));
            if ($chunk === false || $chunk === '') {
                $meta = stream_get_meta_data($sock);
                throw new RuntimeException($meta['timed_out'] ? 'php-fpm timed out' : 'php-fpm closed the connection');
            }
            $data .= $chunk;
        }
        return $data;
    }
}
