<?php
/**
 * UsageUpdate for N accounts on one HestiaCP server, through the WHMCS host harness:
 * wall time, peak memory, panel requests, database statements and transactions.
 * Usage: php -d extension=build/whmcs_oxide.so tests/bench/bench_hestia_usage_update.php [N …]
 * Prints one JSON document. On the harness's SQLite, or with OXIDE_WHMCS_DB=mariadb on MariaDB
 * (WHMCS 8's own tables; a private server is started when no OXIDE_MARIADB_SOCKET is given).
 */

require __DIR__ . '/../harness/bootstrap.php';
require __DIR__ . '/CountingStatement.php';

use Oxide\Harness\Database;
use WHMCS\Database\Capsule;

$sizes = array_map('intval', array_slice($argv, 1)) ?: [1000, 10000, 50000];
$key = ['access_key_id' => 'BENCHKEY000000000001', 'secret_key' => str_repeat('k', 40), 'user' => 'admin', 'permissions' => []];
$results = [];

foreach ($sizes as $n) {
    $sim = new SimProcess('hestia');
    $users = [];
    for ($i = 1; $i <= $n; $i++) {
        $users["user$i"] = ['PACKAGE' => 'default', 'CONTACT' => "u$i@example.com", 'U_DISK' => (string) ($i % 5000), 'U_BANDWIDTH' => (string) ($i % 90000)];
    }
    $sim->control('POST', '/state', ['access_keys' => [$key], 'users' => $users]);
    unset($users);

    $host = new WhmcsHost();
    $server = $host->createServer(['type' => 'oxide_hestiacp', 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
        'port' => $sim->port, 'secure' => true,
        'accesshash' => $key['access_key_id'] . ':' . $key['secret_key'] . "\npin=" . $sim->sha256 . "\ntimeout=300"]);
    $product = $host->createProduct(['servertype' => 'oxide_hestiacp', 'name' => 'bench']);
    // One service the way WHMCS stores it (every column WHMCS fills), copied for the others.
    $first = $host->createService(['packageid' => $product, 'server' => $server, 'domain' => 'site1.example',
        'username' => 'user1', 'domainstatus' => 'Active']);
    $row = (array) Capsule::table('tblhosting')->where('id', $first)->first();
    unset($row['id']);
    $pdo = Capsule::connection()->getPdo();
    $pdo->beginTransaction();
    $insert = $pdo->prepare('INSERT INTO tblhosting (' . implode(', ', array_keys($row)) . ') VALUES ('
        . implode(', ', array_fill(0, count($row), '?')) . ')');
    for ($i = 2; $i <= $n; $i++) {
        [$row['domain'], $row['username']] = ["site$i.example", "user$i"];
        $insert->execute(array_values($row));
    }
    $pdo->commit();
    $pdo->setAttribute(PDO::ATTR_STATEMENT_CLASS, [CountingStatement::class]);
    CountingStatement::$executions = 0;
    CountingStatement::$prepared = 0;

    $requestsBefore = $sim->control('GET', '/stats')['requests'];
    gc_collect_cycles();
    memory_reset_peak_usage();
    preg_match('/VmRSS:\s+(\d+)/', file_get_contents('/proc/self/status'), $rssBefore);
    // Resets the kernel's peak-RSS counter so VmHWM below is this call's peak, not the set-up's.
    @file_put_contents('/proc/self/clear_refs', '5');
    $memBefore = memory_get_usage();
    $t = hrtime(true);
    $r = $host->callServer($server, 'UsageUpdate');
    $ms = (hrtime(true) - $t) / 1e6;
    $peakPhp = memory_get_peak_usage() - $memBefore;
    $stats = $sim->control('GET', '/stats');
    $pdo->setAttribute(PDO::ATTR_STATEMENT_CLASS, [PDOStatement::class]);

    $updated = (int) $pdo->query("SELECT COUNT(*) FROM tblhosting WHERE lastupdate IS NOT NULL AND lastupdate <> '' AND lastupdate <> '0000-00-00 00:00:00'")->fetchColumn();
    preg_match('/VmHWM:\s+(\d+)/', file_get_contents('/proc/self/status'), $hwm);
    $results[] = [
        'accounts' => $n,
        'result' => $r,
        'ms' => round($ms, 1),
        'panel_requests' => $stats['requests'] - $requestsBefore,
        'db_statements_prepared' => CountingStatement::$prepared,
        'db_statement_executions' => CountingStatement::$executions,
        'services_updated' => $updated,
        'php_memory_peak_added_mb' => round($peakPhp / 1048576, 1),
        'rss_peak_added_mb' => round(((int) ($hwm[1] ?? 0) - (int) ($rssBefore[1] ?? 0)) / 1024, 1),
    ];
    $sim->stop();
}
$db = Database::isMariaDb() ? 'MariaDB, WHMCS 8 tables' : 'SQLite';
echo json_encode(['bench' => 'hestia_usage_update', 'title' => "HestiaCP UsageUpdate through the WHMCS host harness (one server, $db)", 'results' => $results], JSON_PRETTY_PRINT), "\n";
