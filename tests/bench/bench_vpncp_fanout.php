<?php
/**
 * The product page's group discovery (oxide_vpncp_ConfigOptions) for 1, 5, 10 and 20
 * simulated puqVPNcp servers, each with its own injected latency: wall time against the
 * slowest server and against asking the servers one after the other.
 * Usage: php -d extension=build/whmcs_oxide.so tests/bench/bench_vpncp_fanout.php [N …]
 * Prints one JSON document.
 */

require __DIR__ . '/../harness/bootstrap.php';

$sizes = array_map('intval', array_slice($argv, 1)) ?: [1, 5, 10, 20];
$token = 'sim-vpncp-token-00000000000000000000000000000001';
/** Server i answers after 100 + 10·i ms: the slowest is the last one. */
$latency = static fn (int $i): int => 100 + 10 * $i;
$runs = 3;

$sims = [];
$results = [];
foreach ($sizes as $n) {
    while (count($sims) < $n) {
        $i = count($sims);
        $sim = new SimProcess('vpncp', ['--plain']);
        $sim->control('POST', '/faults', ['route' => '*', 'kind' => 'latency', 'ms' => $latency($i)]);
        $sims[] = $sim;
    }
    $host = new WhmcsHost();
    $ids = [];
    for ($i = 0; $i < $n; $i++) {
        $ids[] = $host->createServer(['type' => 'oxide_vpncp', 'name' => "vpn$i", 'hostname' => '127.0.0.1',
            'password' => $token, 'secure' => false, 'port' => $sims[$i]->port]);
    }
    $group = $host->createServerGroup('bench', $ids);
    $pid = $host->createProduct(['type' => 'other', 'servertype' => 'oxide_vpncp', 'servergroup' => $group]);
    $params = $host->configOptionsParams($pid);
    $times = [];
    for ($r = 0; $r < $runs; $r++) {
        $started = hrtime(true);
        $options = $host->call('oxide_vpncp', 'ConfigOptions', $params);
        $times[] = (hrtime(true) - $started) / 1e6;
        $reached = substr_count($options['puqVPNcp settings']['Description'] ?? '', 'licence slots');
        if ($reached !== $n) {
            fwrite(STDERR, "only $reached of $n servers answered\n");
        }
    }
    sort($times);
    $slowest = $latency($n - 1);
    $sequential = 0;
    for ($i = 0; $i < $n; $i++) {
        $sequential += 2 * $latency($i);
    }
    $results[] = [
        'servers' => $n,
        'requests' => 2 * $n,
        'slowest server (ms)' => $slowest,
        'group, median of ' . $runs . ' (ms)' => round($times[intdiv($runs, 2)]),
        'one after another would be (ms)' => $sequential,
    ];
}
foreach ($sims as $sim) {
    $sim->stop();
}
echo json_encode([
    'bench' => 'vpncp_fanout',
    'title' => 'oxide_vpncp product page: server group discovery (status + networks per server, in parallel)',
    'results' => $results,
    'note' => 'Server i answers each request after 100 + 10·i ms (simulator latency fault, plain HTTP on loopback). '
        . 'Every request of the group is sent at once on scoped threads (at most 64), joined before the page renders.',
], JSON_PRETTY_PRINT), "\n";
