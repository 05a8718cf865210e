<?php
/**
 * One file-manager action in a PHP process of its own, released with others at one moment
 * (HestiaFileManagerTest's two saves at once): boots the harness on the shared database
 * (env OXIDE_DB), says it is ready, waits for the go file, prints the answer as JSON.
 *
 *   php -d extension=whmcs_oxide.so fm-race-call.php SERVICE_ID FIELDS_JSON READY_FILE GO_FILE
 */

require __DIR__ . '/../../harness/bootstrap.php';

[, $serviceId, $fields, $readyFile, $goFile] = $argv;
$host = new WhmcsHost(null, false);
$params = $host->params((int) $serviceId);
$params['fileManager'] = json_decode($fields, true);
touch($readyFile);
$deadline = microtime(true) + 30;
while (!is_file($goFile)) {
    if (microtime(true) > $deadline) {
        fwrite(STDERR, "fm-race-call: no go file after 30 s\n");
        exit(2);
    }
    usleep(200);
}
echo json_encode($host->call('oxide_hestiacp', 'FileManagerAction', $params));
