<?php
/**
 * Renders target/bench/*.json as markdown tables, prints them, and replaces the part of the
 * README between `<!-- bench:start -->` and `<!-- bench:end -->`.
 * Usage: php tests/bench/report.php target/bench README.md
 */

[$_, $dir, $readme] = $argv + [null, 'target/bench', 'README.md'];

function table(array $rows): string
{
    if ($rows === []) {
        return "(no results)\n";
    }
    $cols = array_keys($rows[0]);
    $out = '| ' . implode(' | ', $cols) . " |\n|" . str_repeat('---|', count($cols)) . "\n";
    foreach ($rows as $r) {
        $out .= '| ' . implode(' | ', array_map(static fn ($c) => is_scalar($r[$c] ?? '') ? (string) ($r[$c] ?? '') : json_encode($r[$c]), $cols)) . " |\n";
    }
    return $out;
}

$machine = sprintf('%d cores, %s, PHP %s, %s', (int) trim((string) shell_exec('nproc')),
    trim((string) shell_exec('. /etc/os-release && echo "$PRETTY_NAME"')), PHP_VERSION, date('Y-m-d'));
$md = "Measured by `make bench` on: $machine.\n";
foreach (glob("$dir/*.json") as $file) {
    $doc = json_decode((string) file_get_contents($file), true);
    if (!is_array($doc)) {
        $md .= "\n**" . basename($file) . "**: no JSON (the bench failed)\n";
        continue;
    }
    $md .= "\n**" . ($doc['title'] ?? $doc['bench'] ?? basename($file)) . "**\n\n";
    $results = $doc['results'] ?? [];
    if ($results !== [] && array_is_list($results)) {
        $md .= table($results);
    } else {
        $flat = [];
        foreach ($results as $k => $v) {
            $flat[] = ['measure' => $k, 'value' => is_array($v) ? json_encode($v) : $v];
        }
        $md .= table($flat);
    }
    if (isset($doc['note'])) {
        $md .= "\n" . $doc['note'] . "\n";
    }
}
echo $md;
$text = (string) file_get_contents($readme);
$new = preg_replace('/<!-- bench:start -->.*<!-- bench:end -->/s', "<!-- bench:start -->\n" . str_replace('$', '\$', $md) . "<!-- bench:end -->", $text);
file_put_contents($readme, $new);
