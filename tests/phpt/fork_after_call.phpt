--TEST--
An HTTP call made in a child after pcntl_fork() succeeds (the parent called first, as PHP-FPM workers do)
--EXTENSIONS--
whmcs_oxide
pcntl
--FILE--
<?php
$bin = getenv('OXIDE_SIM_BIN') ?: __DIR__ . '/../../target/release/oxide-sim';
$proc = proc_open([$bin, '--panel', 'hestia', '--watch-stdin', '--ttl', '60'], [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$sim = json_decode(fgets($pipes[1]), true);
$key = ['access_key_id' => 'FORKTESTKEY000000001', 'secret_key' => str_repeat('f', 40), 'user' => 'admin', 'permissions' => []];
file_get_contents($sim['control_url'] . '/state', false, stream_context_create(['http' => [
    'method' => 'POST', 'header' => "Content-Type: application/json\r\n", 'content' => json_encode(['access_keys' => [$key]]),
]]));
$params = [
    'serverip' => '127.0.0.1', 'serverhostname' => '127.0.0.1', 'serverport' => $sim['port'], 'serversecure' => true,
    'serveraccesshash' => $key['access_key_id'] . ':' . $key['secret_key'] . "\npin=" . $sim['sha256'],
];

$r = oxide_hestiacp_TestConnection($params);
echo 'parent: ', $r['success'] ? 'ok' : $r['error'], "\n";

$pid = pcntl_fork();
if ($pid === 0) {
    pcntl_alarm(20); // a hang in the child fails the test instead of stalling it
    $r = oxide_hestiacp_TestConnection($params);
    echo 'child: ', $r['success'] ? 'ok' : $r['error'], "\n";
    exit($r['success'] ? 0 : 1);
}
pcntl_waitpid($pid, $status);
echo 'child exit: ', pcntl_wexitstatus($status), "\n";

// The parent's client still works after the fork.
$r = oxide_hestiacp_TestConnection($params);
echo 'parent again: ', $r['success'] ? 'ok' : $r['error'], "\n";

fclose($pipes[0]);
proc_close($proc);
?>
--EXPECT--
parent: ok
child: ok
child exit: 0
parent again: ok
