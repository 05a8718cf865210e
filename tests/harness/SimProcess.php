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
 * line on stdout when ready; --watch-stdin makes it exit when its stdin closes (ReadyLineProcess).
 */

require_once __DIR__ . '/ReadyLineProcess.php';

class SimProcess extends ReadyLineProcess
{
    public string $panel;
    public string $url;
    public int $port;
    public string $controlUrl;
    public string $sha256;
    public bool $tls;

    /**
     * @param array $options 'command' => string[] argv prefix replacing the binary;
     *                       'startTimeout' => seconds to wait for the ready line (default 10)
     */
    public function __construct(string $panel, array $args = [], array $options = [])
    {
        $this->panel = $panel;
        $command = $options['command'] ?? [getenv('OXIDE_SIM_BIN') ?: dirname(__DIR__, 2) . '/target/release/oxide-sim'];
        $argv = array_merge(array_values($command), ['--panel', $panel, '--watch-stdin'], array_values(array_map('strval', $args)));
        $ready = $this->start($argv, (float) ($options['startTimeout'] ?? 10.0), 'simulator');
        try {
            $this->applyReadyLine($ready);
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

    /** Asks politely (POST /shutdown) before stdin closes. */
    protected function beforeStop(): void
    {
        if (!isset($this->controlUrl)) {
            return;
        }
        $ch = curl_init($this->controlUrl . '/shutdown');
        curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => '', CURLOPT_RETURNTRANSFER => true, CURLOPT_TIMEOUT => 2]);
        curl_exec($ch);
        curl_close($ch);
    }

    private function applyReadyLine(array $ready): void
    {
        foreach (['url', 'port', 'control_url'] as $key) {
            if (!isset($ready[$key])) {
                throw new RuntimeException("simulator ready line lacks '$key': " . json_encode($ready));
            }
        }
        $this->url = (string) $ready['url'];
        $this->port = (int) $ready['port'];
        $this->controlUrl = rtrim((string) $ready['control_url'], '/');
        $this->sha256 = (string) ($ready['sha256'] ?? '');
        $this->tls = (bool) ($ready['tls'] ?? false);
    }
}
