<?php
/**
 * The daily drift check (oxide_hestiacp_DriftCheck, as the DailyCronJob hook calls it) over 4
 * HestiaCP simulators × 1000 accounts each, every panel answer delayed L ms (the simulators'
 * latency fault, OXIDE_BENCH_LATENCY_MS, default 150), 1000 WHMCS services per server on the
 * harness's SQLite. Compared with one listing request per server plus the database time of the
 * check (its statements' execute() time and row reads). A server's request time is taken two
 * ways: inside the check (mod_oxide_drift_servers.took_ms: request sent to answer read, while
 * the other three panels answer too — the bound) and alone (ListAccounts on that server before
 * the check, for comparison).
 * Runs at L and at 1000 ms. Prints one JSON document.
 */

require __DIR__ . '/../harness/bootstrap.php';
require __DIR__ . '/CountingStatement.php';

use WHMCS\Database\Capsule;

$servers = 4;
$accounts = 1000;
$latency = max(1, (int) (getenv('OXIDE_BENCH_LATENCY_MS') ?: 150));
$key = ['access_key_id' => 'BENCHKEY000000000001', 'secret_key' => str_repeat('k', 40), 'user' => 'admin', 'permissions' => []];

$host = new WhmcsHost();
$product = $host->createProduct(['servertype' => 'oxide_hestiacp', 'name' => 'bench', 'configoption1' => 'default']);
$sims = [];
$ids = [];
$pdo = Capsule::connection()->getPdo();
for ($s = 1; $s <= $servers; $s++) {
    $sim = new SimProcess('hestia');
    $users = [];
    for ($i = 1; $i <= $accounts; $i++) {
        // 1 in 100 suspended on the panel while WHMCS says Active: drift to find and store.
        $users["u{$s}x$i"] = ['PACKAGE' => 'default', 'CONTACT' => "u$i@example.com", 'SUSPENDED' => $i % 100 === 0 ? 'yes' : 'no'];
    }
    $sim->control('POST', '/state', ['access_keys' => [$key], 'users' => $users]);
    $sim->control('POST', '/faults', ['route' => '*', 'kind' => 'latency', 'ms' => $latency]);
    $id = $host->createServer(['type' => 'oxide_hestiacp', 'name' => "hestia$s", 'hostname' => '127.0.0.1',
        'ipaddress' => '127.0.0.1', 'port' => $sim->port, 'secure' => true,
        'accesshash' => $key['access_key_id'] . ':' . $key['secret_key'] . "\npin=" . $sim->sha256 . "\ntimeout=300"]);
    $first = $host->createService(['packageid' => $product, 'server' => $id, 'domain' => "s{$s}x1.example",
        'username' => "u{$s}x1", 'domainstatus' => 'Active']);
    $row = (array) Capsule::table('tblhosting')->where('id', $first)->first();
    unset($row['id']);
    $pdo->beginTransaction();
    $insert = $pdo->prepare('INSERT INTO tblhosting (' . implode(', ', array_keys($row)) . ') VALUES ('
        . implode(', ', array_fill(0, count($row), '?')) . ')');
    for ($i = 2; $i <= $accounts; $i++) {
        [$row['domain'], $row['username']] = ["s{$s}x$i.example", "u{$s}x$i"];
        $insert->execute(array_values($row));
    }
    $pdo->commit();
    $sims[] = $sim;
    $ids[] = $id;
}

/** User + system CPU time of this process (every thread), in ms. */
function cpuMs(): float
{
    $u = getrusage();
    return ($u['ru_utime.tv_sec'] + $u['ru_stime.tv_sec']) * 1000 + ($u['ru_utime.tv_usec'] + $u['ru_stime.tv_usec']) / 1000;
}

$results = [];
foreach ([$latency, 1000] as $L) {
    foreach ($sims as $sim) {
        $sim->control('DELETE', '/faults');
        $sim->control('POST', '/faults', ['route' => '*', 'kind' => 'latency', 'ms' => $L]);
    }
    // One listing request per server, each alone (ListAccounts: the same v-list-users).
    $listing = [];
    foreach ($ids as $id) {
        $t = hrtime(true);
        $r = $host->callServer($id, 'ListAccounts');
        $listing[] = (hrtime(true) - $t) / 1e6;
        if (($r['success'] ?? false) !== true || count($r['accounts']) !== $accounts) {
            fwrite(STDERR, "ListAccounts failed: " . json_encode($r) . "\n");
            exit(1);
        }
    }
    $pdo->setAttribute(PDO::ATTR_STATEMENT_CLASS, [CountingStatement::class]);
    CountingStatement::$seconds = 0.0;
    $before = array_sum(array_map(static fn ($sim) => $sim->control('GET', '/stats')['requests'], $sims));
    $cpu = cpuMs();
    $t = hrtime(true);
    $r = $host->call('oxide_hestiacp', 'DriftCheck', []);
    $ms = (hrtime(true) - $t) / 1e6;
    $cpu = cpuMs() - $cpu;
    $dbMs = CountingStatement::$seconds * 1000;
    $pdo->setAttribute(PDO::ATTR_STATEMENT_CLASS, [PDOStatement::class]);
    $requests = array_sum(array_map(static fn ($sim) => $sim->control('GET', '/stats')['requests'], $sims)) - $before;
    if (($r['success'] ?? false) !== true || $r['drift'] !== $servers * $accounts / 100 || $r['unreachable'] !== 0) {
        fwrite(STDERR, "DriftCheck failed: " . json_encode($r) . "\n");
        exit(1);
    }
    $took = array_map('intval', Capsule::table('mod_oxide_drift_servers')->pluck('took_ms')->all());
    if (count($took) !== $servers) {
        fwrite(STDERR, "mod_oxide_drift_servers has " . count($took) . " servers\n");
        exit(1);
    }
    $bound = max($took) + $dbMs;
    $results[] = [
        'latency ms' => $L,
        'drift check wall ms' => (int) round($ms),
        'panel requests' => $requests,
        'slowest server\'s request in the check ms' => max($took),
        'slowest server, one listing alone ms' => (int) round(max($listing)),
        'database ms' => (int) round($dbMs),
        'this process\'s CPU ms (all threads)' => (int) round($cpu),
        'bound: slowest request in the check + database ms' => (int) round($bound),
        'within the bound' => $ms <= $bound ? 'yes' : sprintf('no (+%d ms)', round($ms - $bound)),
        'the four listings one after another ms' => (int) round(array_sum($listing)),
        'drift found and stored' => $r['drift'],
    ];
}
foreach ($sims as $sim) {
    $sim->stop();
}
echo json_encode([
    'bench' => 'drift_check',
    'title' => "Daily drift check: $servers HestiaCP servers × $accounts accounts each, every panel answer delayed L ms (SQLite)",
    'results' => $results,
    'note' => 'The servers are listed at once (one thread each) while WHMCS\'s rows are read, so the check costs '
        . 'one listing request per server side by side, not one after another. The bound is the slowest '
        . 'server\'s request as the check timed it (request sent to answer read and parsed, stored in '
        . 'mod_oxide_drift_servers) plus the check\'s database time (statements and row reads). "One listing '
        . 'alone" is ListAccounts on that server before the check: on this 2-core machine the four simulated '
        . 'panels build their answers on the same cores at once, so a request inside the check takes a few tens '
        . 'of ms longer than alone; real panels, each on its own machine, do not share them.',
], JSON_PRETTY_PRINT), "\n";
