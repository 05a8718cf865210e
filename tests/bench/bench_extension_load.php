<?php
/**
 * What loading whmcs_oxide costs every PHP process WHMCS starts: start-up time and resident
 * memory of `php -r ''` with and without the extension, and the thread count after load — for
 * the dev build and, when `make dist` built it, the shipped release binary, with their sizes.
 * Usage: php tests/bench/bench_extension_load.php [runs]
 */

$builds = array_filter([
    'dev build (build/whmcs_oxide.so)' => __DIR__ . '/../../build/whmcs_oxide.so',
    'release binary (build/dist/whmcs_oxide.so)' => __DIR__ . '/../../build/dist/whmcs_oxide.so',
], 'is_file');
$runs = (int) ($argv[1] ?? 60);
$probe = 'preg_match("/VmRSS:\\s+(\\d+)/", file_get_contents("/proc/self/status"), $m); echo $m[1], " ", count(scandir("/proc/self/task")) - 2;';

/** One run of `$cmd`: wall time in ms and the probe's output. */
function once(array $cmd): array
{
    $t = hrtime(true);
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    proc_close($p);
    return [(hrtime(true) - $t) / 1e6, $out];
}

function summary(array $times, string $last): array
{
    sort($times);
    [$rssKb, $threads] = array_map('intval', explode(' ', trim($last)) + [0, 0]);
    return ['median_ms' => round($times[intdiv(count($times), 2)], 2), 'rss_kb' => $rssKb, 'threads' => $threads];
}

$rows = [];
foreach ($builds as $label => $ext) {
    // Interleaved, after a warm-up of each, so cache warm-up favours neither side.
    $plain = [PHP_BINARY, '-n', '-r', $probe];
    $loaded = [PHP_BINARY, '-n', '-d', "extension=$ext", '-r', $probe];
    once($plain);
    once($loaded);
    $tw = $tl = [];
    $ow = $ol = '';
    for ($i = 0; $i < $runs; $i++) {
        [$tw[], $ow] = once($plain);
        [$tl[], $ol] = once($loaded);
    }
    $without = summary($tw, $ow);
    $with = summary($tl, $ol);
    $rows[] = [
        'build' => $label,
        'size_mb' => round(filesize($ext) / 1048576, 2),
        'median_ms without' => $without['median_ms'],
        'median_ms with' => $with['median_ms'],
        'added_ms' => round($with['median_ms'] - $without['median_ms'], 2),
        'added_rss_kb' => $with['rss_kb'] - $without['rss_kb'],
        'threads after load' => $with['threads'],
    ];
}
echo json_encode(['bench' => 'extension_load', 'title' => "Extension load cost: php -n -r '' with and without whmcs_oxide (median of $runs interleaved runs)", 'runs' => $runs,
    'results' => $rows], JSON_PRETTY_PRINT), "\n";
