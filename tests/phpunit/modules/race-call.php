<?php
/**
 * One side of a race (ServiceRaces.php), in a PHP process of its own as WHMCS would run it:
 * boots the harness on the shared database (env OXIDE_DB), says it is ready, waits for the go
 * file, runs one lifecycle function through WhmcsHost::callService (hooks, status update) and
 * prints what came back as JSON with the call's start and end time.
 *
 *   php -d extension=whmcs_oxide.so race-call.php SERVICE_ID FUNCTION READY_FILE GO_FILE
 */

require __DIR__ . '/../../harness/bootstrap.php';

[, $serviceId, $function, $readyFile, $goFile] = $argv;
$host = new WhmcsHost(null, false);
touch($readyFile);
$deadline = microtime(true) + 30;
while (!is_file($goFile)) {
    if (microtime(true) > $deadline) {
        fwrite(STDERR, "race-call: no go file after 30 s\n");
        exit(2);
    }
    usleep(200);
}
$start = microtime(true);
$extra = $function === 'SuspendAccount' ? ['suspendreason' => 'Race'] : [];
$result = $host->callService((int) $serviceId, $function, $extra);
echo json_encode(['result' => $result, 'start' => $start, 'end' => microtime(true)]);
