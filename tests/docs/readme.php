<?php
/**
 * The README's figures, written from what produces them (make docs / make docs-check):
 * - between `<!-- round-trips:start -->` and `<!-- round-trips:end -->`: the round-trip table,
 *   its request counts taken from the pins of tests/phpunit/modules/*RequestPathTest.php and its
 *   rows (which labels, what the API allows, the best peer) from docs/round-trips.json;
 * - between `<!-- bench:start -->` and `<!-- bench:end -->`: the last `make bench` results kept in
 *   docs/bench/*.json, each with the date and machine it was measured on.
 * It also checks that the two agree: a bench row's request counts must be what the tests pin.
 *
 *   php tests/docs/readme.php write [README]   rewrite the sections
 *   php tests/docs/readme.php check [README]   exit 1 (and a diff) when the README differs
 */

declare(strict_types=1);

const ROOT = __DIR__ . '/../..';

/** The request-path tests' pins: module => label => [requests, one after another]. */
function pins(): array
{
    $modules = ['Cpanel' => 'oxide_cpanel', 'Hestia' => 'oxide_hestiacp', 'Vpncp' => 'oxide_vpncp', 'Storegrid' => 'oxide_storegrid'];
    $pins = [];
    foreach (glob(ROOT . '/tests/phpunit/modules/*RequestPathTest.php') as $file) {
        $prefix = preg_replace('/RequestPathTest\.php$/', '', basename($file));
        $module = $modules[$prefix] ?? fail("$file: no module for the prefix $prefix");
        $src = (string) file_get_contents($file);
        $calls = substr_count($src, '$this->path(');
        preg_match_all("/\\\$this->path\\('([^']+)',.*\\[(\\d+), (\\d+)\\]\\);\$/m", $src, $m, PREG_SET_ORDER);
        if (count($m) !== $calls) {
            fail(basename($file) . ": $calls path() calls but " . count($m) . " read; keep each on one line as \$this->path('label', fn, [requests, one after another]);");
        }
        foreach ($m as [, $label, $requests, $critical]) {
            if (isset($pins[$module][$label])) {
                fail(basename($file) . ": the label '$label' is pinned twice");
            }
            $pins[$module][$label] = [(int) $requests, (int) $critical];
        }
    }
    return $pins;
}

function fail(string $why): never
{
    fwrite(STDERR, "readme: $why\n");
    exit(1);
}

function table(array $cols, array $rows): string
{
    $out = '| ' . implode(' | ', $cols) . " |\n|" . str_repeat('---|', count($cols)) . "\n";
    foreach ($rows as $r) {
        $out .= '| ' . implode(' | ', array_map(
            static fn ($c) => is_scalar($r[$c] ?? '') ? (string) ($r[$c] ?? '') : json_encode($r[$c]),
            $cols
        )) . " |\n";
    }
    return $out;
}

const MODULE_NAMES = ['oxide_hestiacp' => 'HestiaCP', 'oxide_cpanel' => 'cPanel', 'oxide_vpncp' => 'puqVPNcp', 'oxide_storegrid' => 'StoreGrid'];

function round_trips(array $pins): string
{
    $doc = json_decode((string) file_get_contents(ROOT . '/docs/round-trips.json'), true);
    $used = [];
    $rows = [];
    foreach ($doc['rows'] ?? [] as $row) {
        $module = $row['module'];
        $values = [];
        foreach ($row['labels'] as $label) {
            $values[] = $pins[$module][$label] ?? fail("docs/round-trips.json: '$label' of $module is pinned by no request-path test");
            $used[$module][$label] = true;
        }
        // One figure when every label agrees, else each label's in order ("1 / 2 / 4").
        $column = static function (int $i) use ($values): string {
            $all = array_map(static fn ($v) => (string) $v[$i], $values);
            return count(array_unique($all)) === 1 ? $all[0] : implode(' / ', $all);
        };
        $rows[] = [
            'module' => MODULE_NAMES[$module] ?? $module,
            'function' => $row['function'],
            'requests' => $column(0),
            'one after another' => $column(1),
            'the least the panel\'s API allows' => $row['least'],
            'best open-source peer' => $row['peer'],
        ];
    }
    foreach ($pins as $module => $labels) {
        foreach (array_keys($labels) as $label) {
            isset($used[$module][$label]) || fail("the pinned path '$label' of $module is in no row of docs/round-trips.json");
        }
    }
    return table(array_keys($rows[0]), $rows);
}

/** docs/bench/*.json as make bench's tables; a bench row's requests must be the pinned ones. */
function bench(array $pins): string
{
    $docs = [];
    foreach (glob(ROOT . '/docs/bench/*.json') as $file) {
        $docs[basename($file)] = json_decode((string) file_get_contents($file), true)
            ?? fail("$file is not JSON");
    }
    $measured = array_unique(array_map(static fn ($d) => $d['measured'] ?? '?', $docs));
    $md = count($measured) === 1 ? 'Measured by `make bench` on: ' . reset($measured) . ".\n" : '';
    foreach ($docs as $name => $doc) {
        $md .= "\n**" . ($doc['title'] ?? $name) . "**\n\n";
        if (count($measured) !== 1) {
            $md .= 'Measured by `make bench` on: ' . ($doc['measured'] ?? '?') . ".\n\n";
        }
        $results = $doc['results'] ?? [];
        $md .= $results === [] ? "(no results)\n" : table(array_keys($results[0]), $results);
        if (isset($doc['note'])) {
            $md .= "\n" . $doc['note'] . "\n";
        }
        foreach ($results as $r) {
            if (isset($r['module'], $r['function'], $r['requests'], $r['one after another'])) {
                $pin = $pins[$r['module']][$r['function']] ?? null;
                $got = [(int) $r['requests'], (int) $r['one after another']];
                if ($pin !== null && $pin !== $got) {
                    fail("docs/bench/$name: {$r['module']} {$r['function']} measured " . json_encode($got)
                        . ' but the tests pin ' . json_encode($pin) . ': run make bench');
                }
            }
        }
    }
    return $md;
}

function replace(string $text, string $marker, string $content): string
{
    $start = "<!-- $marker:start -->";
    $end = "<!-- $marker:end -->";
    $a = strpos($text, $start);
    $b = strpos($text, $end);
    if ($a === false || $b === false || $b < $a) {
        fail("README has no $start … $end section");
    }
    return substr($text, 0, $a + strlen($start)) . "\n" . $content . substr($text, $b);
}

[$_, $cmd, $readme] = $argv + [null, 'check', ROOT . '/README.md'];
$text = (string) file_get_contents($readme);
$pins = pins();
$new = replace($text, 'round-trips', round_trips($pins));
$new = replace($new, 'bench', bench($pins));
if ($cmd === 'write') {
    file_put_contents($readme, $new);
    echo "README figures written\n";
    exit(0);
}
if ($new === $text) {
    echo "README figures match the tests' pins and docs/bench\n";
    exit(0);
}
$tmp = tempnam(sys_get_temp_dir(), 'readme');
file_put_contents($tmp, $new);
passthru('diff -u ' . escapeshellarg($readme) . ' ' . escapeshellarg($tmp));
unlink($tmp);
fwrite(STDERR, "README differs from what tests/docs/readme.php writes: run make docs (figures come from the tests and make bench, not by hand)\n");
exit(1);
