<?php
/**
 * One honest account of a `make test` run.
 *
 * Every suite's own output is read into one line per test execution (status, suite, test id) in
 * target/test-logs/results.tsv; `summary` then prints passed / failed / skipped / incomplete per
 * suite and in total, the distinct tests beside the executions (the PHPUnit suite runs on three
 * targets: one test, three executions), and fails the run on any failure and on any skip or
 * incomplete test that tests/skip-allowlist.txt does not allow (with its reason).
 *
 *   php tests/results.php phpunit SUITE junit.xml [closing-log]   PHPUnit's --log-junit file
 *   php tests/results.php cargo   SUITE cargo.log                 libtest's "test x ... ok" lines
 *   php tests/results.php phpt    SUITE run-tests.log             PASS/FAIL/SKIP/BORK/WARN/LEAK
 *   php tests/results.php tap     SUITE tap.log                   node --test's TAP
 *   php tests/results.php check   SUITE NAME pass|fail            one check of the run itself
 *   php tests/results.php summary                                 table, totals; exit 1 on failure
 *
 * A suite whose output cannot be read, or that exited non-zero with no failure in its output, is
 * recorded as one failure: a runner that died says nothing about its tests.
 */

declare(strict_types=1);

const STATUSES = ['passed', 'failed', 'skipped', 'incomplete'];

function results_file(): string
{
    $dir = getenv('OXIDE_RESULTS_DIR') ?: dirname(__DIR__) . '/target/test-logs';
    @mkdir($dir, 0777, true);
    return $dir . '/results.tsv';
}

/** @param list<array{0:string,1:string}> $rows [status, id] */
function append(string $suite, array $rows): void
{
    $lines = '';
    foreach ($rows as [$status, $id]) {
        // An id is one line of the file: a test name holding a tab or newline must not forge a row.
        $id = preg_replace('/[\t\r\n]+/', ' ', $id);
        $lines .= "$status\t$suite\t$id\n";
    }
    file_put_contents(results_file(), $lines, FILE_APPEND | LOCK_EX);
}

/** PHPUnit 9's JUnit log: a testcase with <failure>/<error> failed, with <skipped> did not run. */
function read_junit(string $file, ?string $closingLog): array
{
    $rows = [];
    $xml = is_file($file) ? @simplexml_load_file($file) : false;
    if ($xml === false) {
        return [['failed', '(no readable JUnit log: the runner did not finish)']];
    }
    foreach ($xml->xpath('//testcase') as $case) {
        $id = ($case['class'] ? $case['class'] . '::' : '') . $case['name'];
        $status = 'passed';
        if (isset($case->failure) || isset($case->error)) {
            $status = 'failed';
        } elseif (isset($case->skipped)) {
            $status = 'skipped';
        }
        $rows[] = [$status, $id];
    }
    // PHPUnit 9 logs an incomplete test as <skipped/>; its closing line tells them apart.
    if ($closingLog !== null && is_file($closingLog)
        && preg_match('/Incomplete: (\d+)/', (string) file_get_contents($closingLog), $m)) {
        $n = (int) $m[1];
        foreach ($rows as &$row) {
            if ($n > 0 && $row[0] === 'skipped') {
                $row[0] = 'incomplete';
                $n--;
            }
        }
        unset($row);
    }
    return $rows;
}

/** libtest: "Running tests/x.rs (…)" names the binary, then "test a::b ... ok|FAILED|ignored". */
function read_cargo(string $log): array
{
    $rows = [];
    $binary = '';
    foreach (file($log, FILE_IGNORE_NEW_LINES) ?: [] as $line) {
        if (preg_match('/^\s+Running (.+?) \((?:.*\/)?([^\/]+?)(?:-[0-9a-f]{16})?\)$/', $line, $m)) {
            // "unittests src/lib.rs" is in both crates: the binary's name tells them apart.
            $binary = "{$m[2]}:{$m[1]}";
        } elseif (preg_match('/^\s+Doc-tests (\S+)/', $line, $m)) {
            $binary = "doc:{$m[1]}";
        } elseif (preg_match('/^test (.+?) \.\.\. (ok|FAILED|ignored)\b/', $line, $m)) {
            $status = ['ok' => 'passed', 'FAILED' => 'failed', 'ignored' => 'skipped'][$m[2]];
            $rows[] = [$status, "$binary::{$m[1]}"];
        }
    }
    return $rows;
}

/** PHP's run-tests.php: a BORKed test (one the runner could not even read) is a failure. */
function read_phpt(string $log): array
{
    $rows = [];
    $text = preg_replace('/\e\[[0-9;]*m/', '', (string) @file_get_contents($log));
    foreach (explode("\n", $text) as $line) {
        if (preg_match('/\b(PASS|FAIL|SKIP|BORK|WARN|LEAK|XFAIL|XLEAK)\b.*\[([^\]]+\.phpt)\]/', $line, $m)) {
            $status = match ($m[1]) {
                'PASS', 'XFAIL' => 'passed',
                'SKIP' => 'skipped',
                default => 'failed',
            };
            $rows[] = [$status, basename($m[2])];
        }
    }
    return $rows;
}

/**
 * node --test's TAP: a test with subtests prints its own "ok" after theirs; only the leaves are
 * tests. "# SKIP" / "# TODO" directives are skipped / incomplete.
 */
function read_tap(string $log): array
{
    $rows = [];
    $deeper = []; // indent => a deeper "ok" line came since the last one at this indent
    foreach (file($log, FILE_IGNORE_NEW_LINES) ?: [] as $line) {
        if (!preg_match('/^(\s*)(not )?ok \d+ - (.*?)(?: # (SKIP|TODO)\b.*)?$/i', $line, $m)) {
            continue;
        }
        $indent = strlen($m[1]);
        $parent = false;
        foreach ($deeper as $d => $seen) {
            if ($d > $indent && $seen) {
                $parent = true;
            }
            if ($d > $indent) {
                unset($deeper[$d]);
            }
        }
        $deeper[$indent] = true;
        if ($parent) {
            continue;
        }
        $status = $m[2] !== '' ? 'failed' : 'passed';
        if ($status === 'passed' && isset($m[4]) && $m[4] !== '') {
            $status = strtoupper($m[4]) === 'SKIP' ? 'skipped' : 'incomplete';
        }
        $rows[] = [$status, $m[3]];
    }
    return $rows;
}

/** @return list<array{suite:string,id:string,reason:string}> */
function allow_list(): array
{
    $out = [];
    $file = getenv('OXIDE_SKIP_ALLOWLIST') ?: __DIR__ . '/skip-allowlist.txt';
    foreach (file($file, FILE_IGNORE_NEW_LINES) ?: [] as $line) {
        if (trim($line) === '' || $line[0] === '#') {
            continue;
        }
        $parts = array_map('trim', explode('|', $line, 3));
        if (count($parts) === 3) {
            $out[] = ['suite' => $parts[0], 'id' => $parts[1], 'reason' => $parts[2]];
        }
    }
    return $out;
}

function allowed(string $suite, string $id, array $allow): ?string
{
    foreach ($allow as $a) {
        if (fnmatch($a['suite'], $suite) && fnmatch($a['id'], $id)) {
            return $a['reason'];
        }
    }
    return null;
}

function summary(): int
{
    $per = [];
    $distinct = [];
    $notAllowed = [];
    $reasons = [];
    $allow = allow_list();
    foreach (file(results_file(), FILE_IGNORE_NEW_LINES) ?: [] as $line) {
        $parts = explode("\t", $line, 3);
        if (count($parts) !== 3) {
            continue;
        }
        [$status, $suite, $id] = $parts;
        $per[$suite] ??= array_fill_keys(STATUSES, 0);
        $per[$suite][$status]++;
        $distinct[$id] = true;
        if ($status === 'skipped' || $status === 'incomplete') {
            $reason = allowed($suite, $id, $allow);
            if ($reason === null) {
                $notAllowed[] = "$suite: $id ($status)";
            } else {
                $reasons["$suite: $reason"] = ($reasons["$suite: $reason"] ?? 0) + 1;
            }
        }
    }
    $total = array_fill_keys(STATUSES, 0);
    echo "== summary\n";
    // The suite column as wide as its longest name (make test-matrix's are longer than make test's).
    $w = max([28, ...array_map('strlen', array_map('strval', array_keys($per)))]);
    printf("  %-{$w}s %7s %7s %8s %11s\n", 'suite', 'passed', 'failed', 'skipped', 'incomplete');
    foreach ($per as $suite => $c) {
        printf("  %-{$w}s %7d %7d %8d %11d\n", $suite, $c['passed'], $c['failed'], $c['skipped'], $c['incomplete']);
        foreach (STATUSES as $s) {
            $total[$s] += $c[$s];
        }
    }
    foreach ($reasons as $r => $n) {
        echo "  allowed skips: {$n} in $r\n";
    }
    foreach ($notAllowed as $n) {
        echo "  NOT ALLOWED: $n — a skipped test is not a passed one (tests/skip-allowlist.txt)\n";
    }
    $executions = array_sum($total);
    printf("distinct tests: %d (executions: %d)\n", count($distinct), $executions);
    // Skips and incomplete tests that are not allowed count as failures in the closing line.
    $failed = $total['failed'] + count($notAllowed);
    $skipped = $total['skipped'] + $total['incomplete'];
    printf("%d passed, %d failed, %d skipped\n", $total['passed'], $failed, $skipped);
    return ($failed === 0 && $executions > 0) ? 0 : 1;
}

$argv = $_SERVER['argv'];
$cmd = $argv[1] ?? '';
$suite = $argv[2] ?? '';
switch ($cmd) {
    case 'phpunit':
        $rows = read_junit($argv[3] ?? '', $argv[4] ?? null);
        break;
    case 'cargo':
        $rows = read_cargo($argv[3] ?? '');
        break;
    case 'phpt':
        $rows = read_phpt($argv[3] ?? '');
        break;
    case 'tap':
        $rows = read_tap($argv[3] ?? '');
        break;
    case 'check':
        $rows = [[($argv[4] ?? '') === 'pass' ? 'passed' : 'failed', $argv[3] ?? $suite]];
        break;
    case 'summary':
        exit(summary());
    default:
        fwrite(STDERR, "usage: see the header of tests/results.php\n");
        exit(2);
}
// The runner's exit status counts: a non-zero exit with no failure in its output is one.
$rc = (int) (getenv('OXIDE_SUITE_RC') ?: 0);
if ($rows === [] || ($rc !== 0 && !in_array('failed', array_column($rows, 0), true))) {
    $rows[] = ['failed', "($suite: runner exited $rc" . ($rows === [] ? ', no test read' : '') . ')'];
}
append($suite, $rows);
exit(0);
