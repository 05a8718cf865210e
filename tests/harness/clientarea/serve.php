<?php
/**
 * Starts what the browser test drives and prints one JSON line when ready:
 * a HestiaCP simulator whose homes live in a folder the test can inspect (or, with
 * OXIDE_HESTIA_TARGET=real, the real HestiaCP of tests/real-hestia, its root seen through
 * /proc), a WHMCS database
 * with FileManagerFixture's clients and services, and the client area on a loopback port.
 * Runs until its stdin closes (the test ends), then stops everything.
 *
 *   php -d extension=build/whmcs_oxide.so tests/harness/clientarea/serve.php
 *   → {"url":"http://127.0.0.1:PORT","fsRoot":"/tmp/…/fs","email":…,"password":…,"services":{…},"users":{…}}
 */

$work = sys_get_temp_dir() . '/oxide-browser-' . getmypid() . '-' . bin2hex(random_bytes(3));
mkdir($work . '/fs', 0700, true);
$db = $work . '/whmcs.sqlite';
putenv('OXIDE_DB=' . $db);
putenv('OXIDE_SIM_HESTIA_FS_ROOT=' . $work . '/fs');

require dirname(__DIR__) . '/bootstrap.php';
require __DIR__ . '/ClientAreaServer.php';
require __DIR__ . '/FileManagerFixture.php';

$cleanup = static function () use ($work): void {
    exec('rm -rf ' . escapeshellarg($work));
};
try {
    $real = RealHestiaPanel::wanted();
    $sim = $real ? RealHestiaPanel::shared() : new SimProcess('hestia');
    $fsRoot = $real ? $sim->hestia->root() : $work . '/fs';
    $host = new WhmcsHost();
    $fixture = new FileManagerFixture($host, $sim);
    $web = new ClientAreaServer($db);
} catch (Throwable $e) {
    fwrite(STDERR, 'serve.php: ' . $e->getMessage() . "\n");
    $cleanup();
    exit(1);
}

echo json_encode([
    'url' => $web->url,
    'fsRoot' => $fsRoot,
    'email' => $fixture->emails['ada'],
    'password' => FileManagerFixture::PASSWORD,
    'services' => $fixture->services,
    'users' => $fixture->users,
]), "\n";
fflush(STDOUT);

// Until the test closes our stdin (or dies).
while (!feof(STDIN)) {
    fread(STDIN, 1024);
}
$web->stop();
$real ? $sim->hestia->stop() : $sim->stop();
$cleanup();
