<?php
/**
 * SimProcess (global namespace): one running panel simulator.
 *
 *   $sim = new SimProcess('hestia');               // <bin> --panel hestia --watch-stdin
 *   $sim->url; $sim->port; $sim->sha256; $sim->tls; $sim->controlUrl;
 *   $sim->control('POST', '/faults', ['...' => '...']);
 *   $sim->stop();                                   // also done by __destruct
 *
 * The binary is OXIDE_SIM_BIN, else <repo>/target/release/oxide-sim; option 'command' (an
 * argv prefix, e.g. [PHP_BINARY, 'fake-sim.php']) replaces it. The simulator prints one JSON
 * line on stdout when ready. --watch-stdin makes it exit when its stdin closes, so it cannot
 * outlive this PHP process even if stop() never runs. Its stderr goes to a temp file (a pipe
 * nobody drains could fill up and block it) and is quoted when startup fails.
 */
class SimProcess
{
    public string $panel;
    public string $url;
    public int $port;
    public string $controlUrl;
    public string $sha256;
    public bool $tls;

    /** @var resource|null */
    private $proc;
    /** @var resource|null */
    private $stdin;
    /** @var resource|null */
    private $stdout;
    private string $stderrFile;

    /**
     * @param array $options 'command' => string[] argv prefix replacing the binary;
     *                       'startTimeout' => seconds to wait for the ready line (default 10)
     */
    public function __construct(string $panel, array $args = [], array $options = [])
    {
        $this->panel = $panel;
        $command = $options['command'] ?? [getenv('OXIDE_SIM_BIN') ?: dirname(__DIR__, 2) . '/target/release/oxide-sim'];
        $argv = array_merge(array_values($command), ['--panel', $panel, '--watch-stdin'], array_values(array_map('strval', $args)));

        $this->stderrFile = (string) tempnam(sys_get_temp_dir(), 'oxide-sim-err-');
        $proc = proc_open($argv, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', $this->stderrFile, 'w']], $pipes);
        if (!is_resource($proc)) {
            throw new RuntimeException('cannot start simulator: ' . implode(' ', $argv));
        }
        [$this->proc, $this->stdin, $this->stdout] = [$proc, $pipes[0], $pipes[1]];

        try {
            $this->applyReadyLine($this->readReadyLine((float) ($options['startTimeout'] ?? 10.0)));
        } catch (Throwable $e) {
            $this->stop();
            throw $e;
        }
    }

    /**
     * One control API call (plain HTTP, JSON in and out, 10 s timeout).
     *
     * @param mixed $jsonBody encoded as JSON when not null
     * @return array the decoded JSON answer ([] for an empty body)
     */
    public function control(string $method, string $path, $jsonBody = null): array
    {
        $ch = curl_init($this->controlUrl . $path);
        $headers = ['Accept: application/json'];
        curl_setopt_array($ch, [
            CURLOPT_CUSTOMREQUEST => strtoupper($method),
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 10,
            CURLOPT_CONNECTTIMEOUT => 10,
        ]);
        if ($jsonBody !== null) {
            curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($jsonBody, JSON_THROW_ON_ERROR));
            $headers[] = 'Content-Type: application/json';
        }
        curl_setopt($ch, CURLOPT_HTTPHEADER, $headers);
        $body = curl_exec($ch);
        $status = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        $error = curl_error($ch);
        curl_close($ch);

        if ($body === false) {
            throw new RuntimeException("simulator control $method $path failed: $error");
        }
        if ($status < 200 || $status >= 300) {
            throw new RuntimeException("simulator control $method $path answered HTTP $status: $body");
        }
        if (trim((string) $body) === '') {
            return [];
        }
        $decoded = json_decode((string) $body, true);
        if (!is_array($decoded)) {
            throw new RuntimeException("simulator control $method $path answered non-JSON: $body");
        }
        return $decoded;
    }

    /** Ask politely (POST /shutdown, close stdin), then terminate. Safe to call twice. */
    public function stop(): void
    {
        if ($this->proc === null) {
            return;
        }
        if (isset($this->controlUrl) && proc_get_status($this->proc)['running']) {
            try {
                $ch = curl_init($this->controlUrl . '/shutdown');
                curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => '', CURLOPT_RETURNTRANSFER => true, CURLOPT_TIMEOUT => 2]);
                curl_exec($ch);
                curl_close($ch);
            } catch (Throwable $e) {
                // it may already be gone; stdin close and terminate below still apply
            }
        }
        foreach ([$this->stdin, $this->stdout] as $pipe) {
            if (is_resource($pipe)) {
                fclose($pipe);
            }
        }
        if (!$this->waitForExit(3.0)) {
            proc_terminate($this->proc, 15);
            if (!$this->waitForExit(1.0)) {
                proc_terminate($this->proc, 9);
            }
        }
        proc_close($this->proc);
        $this->proc = $this->stdin = $this->stdout = null;
        if (is_file($this->stderrFile)) {
            unlink($this->stderrFile);
        }
    }

    public function __destruct()
    {
        $this->stop();
    }

    /** What the simulator wrote to stderr so far. */
    public function stderr(): string
    {
        return is_file($this->stderrFile) ? (string) file_get_contents($this->stderrFile) : '';
    }

    private function readReadyLine(float $timeout): string
    {
        stream_set_blocking($this->stdout, false);
        $deadline = microtime(true) + $timeout;
        $buffer = '';
        while (($newline = strpos($buffer, "\n")) === false) {
            $left = $deadline - microtime(true);
            if ($left <= 0) {
                throw new RuntimeException(sprintf('simulator printed no ready line within %.1f s; stderr: %s', $timeout, $this->stderr()));
            }
            $read = [$this->stdout];
            $write = $except = null;
            if (stream_select($read, $write, $except, 0, (int) (min($left, 0.1) * 1000000)) > 0) {
                $chunk = fread($this->stdout, 8192);
                if ($chunk !== false && $chunk !== '') {
                    $buffer .= $chunk;
                    continue;
                }
            }
            $status = proc_get_status($this->proc);
            if (!$status['running']) {
                $buffer .= (string) stream_get_contents($this->stdout);
                if (strpos($buffer, "\n") !== false) {
                    continue; // it printed the line and exited; let the caller judge the line
                }
                throw new RuntimeException("simulator exited (code {$status['exitcode']}) before it was ready; stderr: " . $this->stderr());
            }
        }
        return substr($buffer, 0, $newline);
    }

    private function applyReadyLine(string $line): void
    {
        $ready = json_decode($line, true);
        foreach (['url', 'port', 'control_url'] as $key) {
            if (!is_array($ready) || !isset($ready[$key])) {
                throw new RuntimeException("simulator ready line lacks '$key': $line");
            }
        }
        $this->url = (string) $ready['url'];
        $this->port = (int) $ready['port'];
        $this->controlUrl = rtrim((string) $ready['control_url'], '/');
        $this->sha256 = (string) ($ready['sha256'] ?? '');
        $this->tls = (bool) ($ready['tls'] ?? false);
    }

    private function waitForExit(float $seconds): bool
    {
        $deadline = microtime(true) + $seconds;
        do {
            if (!proc_get_status($this->proc)['running']) {
                return true;
            }
            usleep(20000);
        } while (microtime(true) < $deadline);
        return false;
    }
}
