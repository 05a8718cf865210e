<?php
/**
 * Runs inside a php-fpm worker: one module call against the simulator, then reports the
 * worker's pid, threads and resident memory as JSON.
 */

header('Content-Type: application/json');
$params = json_decode((string) base64_decode($_GET['p'] ?? ''), true) ?: [];
$r = oxide_hestiacp_TestConnection($params);
// Threads the call ran its reads on are joined before it returns, but the kernel may list a
// joined thread for a moment longer: count once the number has stopped falling (a leaked
// thread never goes, so this hides none).
$count = static fn (): int => count(scandir('/proc/self/task')) - 2;
$threads = $count();
for ($i = 0, $same = 0; $i < 100 && $same < 3; $i++) {
    usleep(2000);
    $n = $count();
    [$threads, $same] = $n < $threads ? [$n, 0] : [$threads, $same + 1];
}
preg_match('/VmRSS:\s+(\d+)/', (string) file_get_contents('/proc/self/status'), $rss);
echo json_encode([
    'pid' => getmypid(),
    'ok' => $r['success'] ?? false,
    'error' => $r['error'] ?? '',
    'threads' => $threads,
    'rss_kb' => (int) ($rss[1] ?? 0),
    'loaded' => extension_loaded('whmcs_oxide'),
]);
