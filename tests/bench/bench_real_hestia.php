<?php
/**
 * Every oxide_hestiacp function against the real HestiaCP (tests/real-hestia), through the
 * WHMCS host harness: wall time and panel requests per call, and the panel's own time per
 * command (nginx's request time). The panel's work is the floor of every figure.
 * Usage: php -d extension=build/whmcs_oxide.so tests/bench/bench_real_hestia.php [ROUNDS]
 * Prints one JSON document.
 */

require __DIR__ . '/../harness/bootstrap.php';

$rounds = max(1, (int) ($argv[1] ?? 3));
$panel = RealHestiaPanel::shared();
$fnRows = [];
$cmdTimes = [];

$measure = static function (string $label, callable $call) use ($panel, &$fnRows, &$cmdTimes): void {
    $panel->control('DELETE', '/requests');
    $t = hrtime(true);
    $r = $call();
    $ms = (hrtime(true) - $t) / 1e6;
    $failed = is_string($r) ? str_contains($r, ' failed:') : (($r['success'] ?? true) === false);
    if ($failed) {
        fwrite(STDERR, "$label: " . json_encode($r) . "\n");
    }
    $requests = $panel->control('GET', '/requests');
    foreach ($requests as $req) {
        $cmdTimes[$req['route']][] = $req['ms'];
    }
    $fnRows[$label][] = [$ms, count($requests), array_sum(array_column($requests, 'ms'))];
};

for ($round = 0; $round < $rounds; $round++) {
    $panel->reset();
    $host = new WhmcsHost();
    $server = $host->createServer(['type' => 'oxide_hestiacp', 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
        'port' => $panel->port, 'secure' => true, 'accesshash' => "{$panel->keyId}:{$panel->keySecret}\npin={$panel->sha256}"]);
    $client = $host->createClient(['firstname' => 'Ada', 'lastname' => 'Bench', 'email' => 'ada@example.com']);
    $defs = call_user_func('oxide_hestiacp_ConfigOptions', []);
    $product = static function (array $settings) use ($host, $defs, $server): int {
        $values = [];
        $i = 1;
        foreach ($defs as $name => $def) {
            $values['configoption' . $i++] = (string) ($settings[$name] ?? $def['Default'] ?? '');
        }
        $group = $host->createServerGroup('bench-' . uniqid(), [$server]);
        return $host->createProduct($values + ['servertype' => 'oxide_hestiacp', 'servergroup' => $group, 'type' => 'hostingaccount']);
    };
    $service = static function (int $pid, string $user, string $domain) use ($host, $client, $server): int {
        return $host->createService(['packageid' => $pid, 'userid' => $client, 'domain' => $domain, 'server' => $server,
            'username' => $user, 'password' => 'Bench-Pass-42']);
    };
    $plain = $product(['Package on server' => 'gold', 'After creation' => 'none']);
    $web = $product(['Package on server' => 'gold', 'After creation' => 'web']);
    $full = $product(['Package on server' => 'gold', 'After creation' => 'domain']);
    $custom = $product(['Use the package parameters' => 'on', 'Package name to deploy' => 'bench-pkg', 'After creation' => 'none']);

    $measure('TestConnection', fn () => $host->callServer($server, 'TestConnection'));
    $a = $service($plain, 'benchplain', 'plain.example');
    $measure('CreateAccount (no domain)', fn () => $host->callService($a, 'CreateAccount'));
    $b = $service($web, 'benchweb', 'web.example');
    $measure('CreateAccount (web domain)', fn () => $host->callService($b, 'CreateAccount'));
    $c = $service($full, 'benchfull', 'full.example');
    $measure('CreateAccount (web+DNS+mail)', fn () => $host->callService($c, 'CreateAccount'));
    $d = $service($custom, 'benchcustom', 'custom.example');
    $measure('CreateAccount (custom package)', fn () => $host->callService($d, 'CreateAccount'));
    $measure('AdminServicesTabFields', fn () => $host->callService($b, 'AdminServicesTabFields'));
    $measure('ClientArea', fn () => $host->callService($b, 'ClientArea'));
    $measure('LoginLink', fn () => $host->callService($b, 'LoginLink'));
    $measure('ChangePassword', fn () => $host->callService($a, 'ChangePassword', ['password' => 'Bench-Pass-43']));
    $host->updateService($a, ['packageid' => $product(['Package on server' => 'default', 'After creation' => 'none'])]);
    $measure('ChangePackage (server package)', fn () => $host->callService($a, 'ChangePackage'));
    $host->updateService($d, ['packageid' => $product(['Use the package parameters' => 'on', 'Package name to deploy' => 'bench-pkg', 'Disk quota (MB)' => '4096'])]);
    $measure('ChangePackage (custom package)', fn () => $host->callService($d, 'ChangePackage'));
    $measure('SuspendAccount', fn () => $host->callService($b, 'SuspendAccount'));
    $measure('UnsuspendAccount', fn () => $host->callService($b, 'UnsuspendAccount'));
    $measure('UsageUpdate (4 accounts)', fn () => $host->callServer($server, 'UsageUpdate'));
    $measure('ListAccounts (4 accounts)', fn () => $host->callServer($server, 'ListAccounts'));
    $params = $host->params($b);
    $params['fileManager'] = ['client' => (string) $client, 'action' => 'list', 'path' => ''];
    $measure('File manager: list home', fn () => $host->call('oxide_hestiacp', 'FileManagerAction', $params));
    $params['fileManager'] = ['client' => (string) $client, 'action' => 'upload', 'path' => '', 'name' => 'b.txt', 'content' => "bench\n", 'overwrite' => '1'];
    $measure('File manager: upload', fn () => $host->call('oxide_hestiacp', 'FileManagerAction', $params));
    $params['fileManager'] = ['client' => (string) $client, 'action' => 'read', 'path' => 'b.txt'];
    $measure('File manager: open', fn () => $host->call('oxide_hestiacp', 'FileManagerAction', $params));
    $measure('TerminateAccount (no domain)', fn () => $host->callService($a, 'TerminateAccount'));
    $measure('TerminateAccount (web+DNS+mail)', fn () => $host->callService($c, 'TerminateAccount'));
}

$median = static function (array $xs): float {
    sort($xs);
    $n = count($xs);
    return $n === 0 ? 0.0 : ($n % 2 ? $xs[intdiv($n, 2)] : ($xs[$n / 2 - 1] + $xs[$n / 2]) / 2);
};
$results = [];
foreach ($fnRows as $label => $runs) {
    $results[] = [
        'function' => $label,
        'requests' => $runs[0][1],
        'wall ms (median)' => round($median(array_column($runs, 0))),
        'panel ms, all requests' => round($median(array_column($runs, 2))),
    ];
}
$commands = [];
foreach ($cmdTimes as $cmd => $times) {
    $commands[] = $cmd . ' ' . round($median($times)) . ' ms';
}
$panel->hestia->stop();
echo json_encode([
    'bench' => 'real_hestia',
    'title' => "oxide_hestiacp against the real HestiaCP {$panel->hestia->version} (tests/real-hestia; median of $rounds rounds)",
    'results' => $results,
    'note' => 'Requests a function sends at once overlap, so their panel time can exceed the wall time. The panel\'s own time per command (nginx request time, median): ' . implode(', ', $commands)
        . '. DNS and mail are on (bind9/exim4/dovecot configs, restarts queued), so a full domain costs what HestiaCP spends on its DNS records and DKIM key.',
], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
