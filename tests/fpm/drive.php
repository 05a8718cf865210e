<?php
/**
 * One load driver: `php drive.php PORT SCRIPT N PARAMS_B64 [QUERY]` sends N FastCGI requests to
 * php-fpm (QUERY, e.g. `call=metadata`, added to each one's query string) and prints one JSON
 * answer per line.
 */

require __DIR__ . '/FastCgiClient.php';

[$_, $port, $script, $n, $params] = $argv;
$query = 'p=' . rawurlencode($params) . (isset($argv[5]) && $argv[5] !== '' ? '&' . $argv[5] : '');
$client = new FastCgiClient('127.0.0.1', (int) $port, 30.0);
for ($i = 0; $i < (int) $n; $i++) {
    try {
        [, $body, $err] = $client->get($script, $query);
        $line = json_decode($body, true);
        echo json_encode($line === null ? ['ok' => false, 'error' => 'not JSON: ' . substr($body . $err, 0, 300)] : $line), "\n";
    } catch (Throwable $e) {
        echo json_encode(['ok' => false, 'error' => $e->getMessage()]), "\n";
    }
}
