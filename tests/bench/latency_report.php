<?php
/**
 * Turns the request-path measurements (JSON lines from RequestPath) into make bench's JSON:
 * per module and function, the panel requests, how many one after another, the wall time, the
 * floor (the waves' latencies added up), and the best open-source peer's requests for the same
 * work (read from their source; README lists the peers and files).
 * Usage: php latency_report.php L flat.jsonl real-hestia.jsonl
 */

[$_, $latency, $flat, $real] = $argv;

/** Fewest panel requests among the open-source peers (all of them send one after another). */
const PEERS = [
    'oxide_hestiacp' => [
        'TestConnection' => '1', 'CreateAccount (web domain)' => '2', 'CreateAccount (no domain)' => '1',
        'AdminServicesTabFields' => '0 (no live data)', 'ClientArea' => '0 (no live data)', 'LoginLink' => '0',
        'ChangePassword' => '1', 'ChangePackage (server package)' => '1', 'SuspendAccount' => '1',
        'UnsuspendAccount' => '1', 'UsageUpdate' => '1 (broken)', 'TerminateAccount' => '1',
    ],
    'oxide_cpanel' => [
        'TestConnection' => '1', 'CreateAccount' => '1 (no checks, no password)', 'ServiceSingleSignOn' => '1',
        'AdminSingleSignOn' => '1', 'ChangePassword' => '1', 'ChangePackage' => '1', 'SuspendAccount' => '1',
        'UnsuspendAccount' => '1', 'TerminateAccount' => '1', 'AdminServicesTabFields' => '0 (no live data)',
        'ClientArea' => '0 (no live data)', 'UsageUpdate' => 'none', 'ListAccounts' => '—',
    ],
];

$rows = static function (string $file): array {
    $out = [];
    foreach (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
        $out[] = json_decode($line, true);
    }
    return $out;
};
$results = [];
foreach ($rows($flat) as $m) {
    $results[] = [
        'module' => $m['module'],
        'function' => $m['function'],
        'requests' => $m['requests'],
        'one after another' => $m['critical'],
        'wall ms' => (int) round($m['ms']),
        'floor ms' => $m['floor_ms'],
        'best peer: requests' => PEERS[$m['module']][$m['function']] ?? '—',
    ];
}
$real_rows = [];
foreach ($rows($real) as $m) {
    $real_rows[] = sprintf('%s %d ms (floor %d ms, %d one after another)', $m['function'], round($m['ms']), $m['floor_ms'], $m['critical']);
}
echo json_encode([
    'bench' => 'latency',
    'title' => "Every function with each panel answer delayed $latency ms (simulators): requests, and how many wait for one another",
    'results' => $results,
    'note' => "Floor = the sum, over the waves of requests that wait for one another, of each wave's latency: "
        . 'no client can do better than the panel\'s own time for the requests it must make in order. '
        . 'Peers (JosephChuks/HestiaCP-WHMCS-Module, FOSSBilling\'s Hestia and Whm managers, hestiacp/paymenter, '
        . 'Paymenter\'s CPanel extension) send every request one after another, so their requests are also their '
        . 'critical path; "no live data": their pages show stored values only. '
        . 'With each HestiaCP command taking its time on the real panel (tests/bench/hestia-command-ms.json): '
        . implode('; ', $real_rows) . '.',
], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
