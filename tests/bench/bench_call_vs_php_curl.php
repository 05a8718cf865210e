<?php
/**
 * Per-call cost of a lifecycle call (HestiaCP SuspendAccount on a suspended user: one
 * v-suspend-user request, exit 5 = already suspended = success) through the extension, versus
 * a plain-PHP client making the same HTTPS request the way typical WHMCS modules do: a new curl
 * handle per call (and, as most do, TLS verification off). Same loopback simulator for both.
 * Reports time per call, the ratio, and TLS handshakes per 100 calls. The extension's call runs
 * with the harness's WHMCS database (as in WHMCS): its time includes the per-service lock
 * (three small statements, see README "Another operation on this service is in progress").
 */

require __DIR__ . '/../harness/bootstrap.php';

$calls = (int) ($argv[1] ?? 300);
$sim = new SimProcess('hestia');
$key = ['access_key_id' => 'BENCHCURLKEY00000001', 'secret_key' => str_repeat('c', 40), 'user' => 'admin', 'permissions' => []];
$sim->control('POST', '/state', ['access_keys' => [$key],
    'users' => ['benchuser' => ['PACKAGE' => 'default', 'CONTACT' => 'b@example.com', 'SUSPENDED' => 'yes']]]);
$params = [
    'serviceid' => 1, 'username' => 'benchuser', 'domain' => '',
    'serverip' => '127.0.0.1', 'serverhostname' => '127.0.0.1', 'serverport' => $sim->port, 'serversecure' => true,
    'serveraccesshash' => $key['access_key_id'] . ':' . $key['secret_key'] . "\npin=" . $sim->sha256,
];

/** What a typical hand-written module does for one API call. */
function php_module_suspend(array $p): string
{
    $ch = curl_init("https://{$p['serverhostname']}:{$p['serverport']}/api/");
    [$id, $secret] = explode(':', strtok($p['serveraccesshash'], "\n"));
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => http_build_query(['hash' => "$id:$secret", 'cmd' => 'v-suspend-user', 'arg1' => $p['username']]),
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HEADER => true,
        CURLOPT_SSL_VERIFYPEER => false,
        CURLOPT_SSL_VERIFYHOST => 0,
        CURLOPT_TIMEOUT => 60,
    ]);
    $raw = curl_exec($ch);
    $headerSize = curl_getinfo($ch, CURLINFO_HEADER_SIZE);
    curl_close($ch);
    if ($raw === false) {
        return 'curl error';
    }
    preg_match('/Hestia-Exit-Code:\s*(\d+)/i', substr($raw, 0, $headerSize), $m);
    $code = (int) ($m[1] ?? -1);
    return $code === 0 || $code === 5 ? 'success' : trim(substr($raw, $headerSize));
}

function run(callable $fn, int $n, SimProcess $sim): array
{
    $fn(); // warm-up (first client / first handshake)
    $before = $sim->control('GET', '/stats');
    $t = hrtime(true);
    $bad = 0;
    for ($i = 0; $i < $n; $i++) {
        if (strcasecmp((string) $fn(), 'success') !== 0) {
            $bad++;
        }
    }
    $ms = (hrtime(true) - $t) / 1e6;
    $after = $sim->control('GET', '/stats');
    return [
        'calls' => $n,
        'failed' => $bad,
        'ms_per_call' => round($ms / $n, 3),
        'panel_requests_per_call' => round(($after['requests'] - $before['requests']) / $n, 2),
        'tls_handshakes_per_100_calls' => round(100 * ($after['connections_accepted'] - $before['connections_accepted']) / $n, 1),
    ];
}

$ext = run(static fn () => oxide_hestiacp_SuspendAccount($params), $calls, $sim);
$php = run(static fn () => php_module_suspend($params), $calls, $sim);
$sim->stop();
echo json_encode([
    'bench' => 'call_vs_php_curl',
    'title' => "Lifecycle call (HestiaCP SuspendAccount, 1 HTTPS request) — extension vs plain PHP + curl, $calls calls each",
    'results' => [
        ['client' => 'whmcs_oxide (TLS verified, pinned)'] + $ext,
        ['client' => 'PHP curl, new handle per call (verification off)'] + $php,
    ],
    'note' => sprintf('Ratio: the PHP client takes %.1f× the time of the extension per call.', $php['ms_per_call'] / max($ext['ms_per_call'], 0.001)),
], JSON_PRETTY_PRINT), "\n";
