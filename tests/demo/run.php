<?php
/**
 * `make demo`: starts the panel simulators and runs each module's full lifecycle through the
 * WHMCS host harness (the same path WHMCS takes), printing what happened at every step.
 */

require __DIR__ . '/../harness/bootstrap.php';
require __DIR__ . '/Demo.php';
// One line per module demo.
require __DIR__ . '/HestiaDemo.php';
require __DIR__ . '/CpanelDemo.php';
require __DIR__ . '/StoregridDemo.php';
require __DIR__ . '/VpncpDemo.php';

if (!extension_loaded('whmcs_oxide')) {
    fwrite(STDERR, "the whmcs_oxide extension is not loaded; run `make demo`\n");
    exit(1);
}

echo "whmcs-oxide demo — extension ", phpversion('whmcs_oxide'), " on PHP ", PHP_VERSION, "\n";
$failed = 0;
$demos = [
    new HestiaDemo(),
    new CpanelDemo(),
    new StoregridDemo(),
    new VpncpDemo(),
];
foreach ($demos as $demo) {
    $failed += $demo->run();
}
echo $failed === 0 ? "\nAll steps succeeded.\n" : "\n$failed step(s) failed.\n";
exit($failed === 0 ? 0 : 1);
