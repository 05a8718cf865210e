<?php
/**
 * Runs inside a php-fpm worker during the reload test: which build of the extension this worker
 * has, then one module call whose panel answers the simulator may hold back, so the call is
 * still running when the master reloads (`?call=metadata`: a call that needs no panel, the
 * steady load sent across the reload).
 */

require __DIR__ . '/build-id.php';

header('Content-Type: application/json');
$before = oxide_build_id();
if (($_GET['call'] ?? '') === 'metadata') {
    // The load beside the held calls: a module call that does not wait on the panel.
    $meta = oxide_hestiacp_MetaData();
    echo json_encode(['pid' => getmypid(), 'ok' => isset($meta['DisplayName']), 'build' => $before]);
    return;
}
$params = json_decode((string) base64_decode($_GET['p'] ?? ''), true) ?: [];
$started = microtime(true);
$r = oxide_hestiacp_TestConnection($params);
echo json_encode([
    'pid' => getmypid(),
    'ok' => $r['success'] ?? false,
    'error' => $r['error'] ?? '',
    'build' => $before,
    'build_after_call' => oxide_build_id(),
    'started' => $started,
    'ended' => microtime(true),
]);
