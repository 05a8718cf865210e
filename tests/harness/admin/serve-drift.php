<?php
/**
 * What the drift widget's browser test drives; prints one JSON line when ready: a WHMCS
 * database where the daily check (DailyCronJob hook) found drift on a HestiaCP simulator and
 * an unreachable second server, then the simulator is stopped (the widget must render from the
 * stored result alone) and the admin dashboard is served on a loopback port. Runs until its
 * stdin closes. With OXIDE_DRIFT_HOSTILE=1 the down server's name and the orphan's account
 * name hold markup.
 *
 *   php -d extension=build/whmcs_oxide.so tests/harness/admin/serve-drift.php
 *   → {"url":"http://127.0.0.1:PORT","services":{"susp":ID,…},"clientId":ID}
 */

$work = sys_get_temp_dir() . '/oxide-drift-browser-' . getmypid() . '-' . bin2hex(random_bytes(3));
mkdir($work, 0700, true);
$db = $work . '/whmcs.sqlite';
putenv('OXIDE_DB=' . $db);

require dirname(__DIR__) . '/bootstrap.php';
require dirname(__DIR__) . '/clientarea/ClientAreaServer.php';

try {
    $sim = new SimProcess('hestia');
    $key = ['id' => 'WHMCSOXIDEKEY0000001', 'secret' => 'whmcsOxideSecret000000000000000000000042'];
    $sim->control('POST', '/state', [
        'access_keys' => [['access_key_id' => $key['id'], 'secret_key' => $key['secret'], 'user' => 'admin', 'permissions' => []]],
        'users' => [
            'fine' => ['password' => 'Drift-Pass-42', 'PACKAGE' => 'gold', 'CONTACT' => 'f@example.net'],
            'susp' => ['password' => 'Drift-Pass-42', 'PACKAGE' => 'gold', 'CONTACT' => 's@example.net', 'SUSPENDED' => 'yes'],
            'stray' => ['password' => 'Drift-Pass-42', 'PACKAGE' => 'gold', 'CONTACT' => 'x@example.net'],
        ],
    ]);
    $host = new WhmcsHost();
    $server = static fn (string $name, int $port, string $extra = '') => $host->createServer([
        'type' => 'oxide_hestiacp', 'name' => $name, 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
        'username' => 'admin', 'password' => '', 'secure' => true, 'port' => $port,
        'accesshash' => $key['id'] . ':' . $key['secret'] . "\npin=" . $sim->sha256 . $extra,
    ]);
    $serverId = $server('Hestia 1', $sim->port);
    // OXIDE_DRIFT_HOSTILE=1: names holding markup (the admin's server name, a panel's account
    // name), which the widget must show as text.
    $hostile = getenv('OXIDE_DRIFT_HOSTILE') === '1'
        ? ' <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>' : '';
    $server('Hestia down' . $hostile, 1, "\ntimeout=2");
    $pid = $host->createProduct(['servertype' => 'oxide_hestiacp', 'type' => 'hostingaccount', 'name' => 'Gold',
        'configoption1' => 'gold']);
    $clientId = $host->createClient(['firstname' => 'Ada', 'lastname' => 'Lovelace', 'email' => 'ada@example.com']);
    $services = [];
    foreach (['fine' => 'Active', 'susp' => 'Active', 'gone' => 'Active'] as $user => $status) {
        $services[$user] = $host->createService(['packageid' => $pid, 'userid' => $clientId, 'server' => $serverId,
            'domain' => "$user.example", 'username' => $user, 'password' => 'Drift-Pass-42', 'domainstatus' => $status]);
    }
    $host->runHook('DailyCronJob', []);
    if ($hostile !== '') {
        \WHMCS\Database\Capsule::table('mod_oxide_drift')->where('kind', 'orphan')->update(['account' => 'stray' . $hostile]);
    }
    $sim->stop();
    $web = new ClientAreaServer($db);
} catch (Throwable $e) {
    fwrite(STDERR, 'serve-drift.php: ' . $e->getMessage() . "\n");
    exec('rm -rf ' . escapeshellarg($work));
    exit(1);
}

echo json_encode(['url' => $web->url, 'services' => $services, 'clientId' => $clientId]), "\n";
fflush(STDOUT);
while (!feof(STDIN)) {
    fread(STDIN, 1024);
}
$web->stop();
exec('rm -rf ' . escapeshellarg($work));
