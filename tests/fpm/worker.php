<?php
/**
 * Runs inside a php-fpm worker: one module call against the simulator, then reports the
 * worker's pid, threads and resident memory as JSON.
 */

header('Content-Type: application/json');
$params = json_decode((string) base64_decode($_GET['p'] ?? ''), true) ?: [];
$r = oxide_hestiacp_TestConnection($params);
preg_match('/VmRSS:\s+(\d+)/', (string) file_get_contents('/proc/self/status'), $rss);
echo json_encode([
    'pid' => getmypid(),
    'ok' => $r['success'] ?? false,
    'error' => $r['error'] ?? '',
    'threads' => count(scandir('/proc/self/task')) - 2,
    'rss_kb' => (int) ($rss[1] ?? 0),
    'loaded' => extension_loaded('whmcs_oxide'),
]);
