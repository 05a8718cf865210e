<?php
/**
 * Keeps make bench's results: each target/bench/*.json gets the machine and date it was measured
 * on and is written to docs/bench/ (committed), from which tests/docs/readme.php renders the
 * README's bench section. A single bench can be refreshed alone: its file is replaced, the others
 * keep their own date.
 * Usage: php tests/bench/report.php target/bench docs/bench
 */

[$_, $dir, $keep] = $argv + [null, 'target/bench', 'docs/bench'];

$machine = sprintf('%d cores, %s, PHP %s, %s', (int) trim((string) shell_exec('nproc')),
    trim((string) shell_exec('. /etc/os-release && echo "$PRETTY_NAME"')), PHP_VERSION, date('Y-m-d'));
@mkdir($keep, 0777, true);
foreach (glob("$dir/*.json") as $file) {
    $doc = json_decode((string) file_get_contents($file), true);
    if (!is_array($doc)) {
        fwrite(STDERR, basename($file) . ": no JSON (the bench failed); docs/bench keeps the last result\n");
        continue;
    }
    $doc = ['bench' => basename($file, '.json'), 'title' => $doc['title'] ?? basename($file), 'measured' => $machine]
        + $doc;
    if (!array_is_list($doc['results'] ?? [])) {
        $flat = [];
        foreach ($doc['results'] as $k => $v) {
            $flat[] = ['measure' => $k, 'value' => is_array($v) ? json_encode($v) : $v];
        }
        $doc['results'] = $flat;
    }
    file_put_contents("$keep/" . basename($file), json_encode($doc, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n");
    echo "kept $keep/" . basename($file) . "\n";
}
