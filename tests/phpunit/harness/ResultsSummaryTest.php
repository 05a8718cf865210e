<?php
/**
 * make test's summary (tests/results.php) is honest: a planted skipped PHPUnit test and a planted
 * borked .phpt each make the run fail, an allowed skip does not, and a runner that exits non-zero
 * without naming a failure counts as one. The planted suites are run by the real runners.
 */

require_once __DIR__ . '/HarnessTestCase.php';

final class ResultsSummaryTest extends HarnessTestCase
{
    private string $dir;

    protected function setUp(): void
    {
        parent::setUp();
        $this->dir = sys_get_temp_dir() . '/oxide-results-' . getmypid() . '-' . bin2hex(random_bytes(4));
        mkdir($this->dir);
    }

    protected function tearDown(): void
    {
        exec('rm -rf ' . escapeshellarg($this->dir));
        parent::tearDown();
    }

    public function testAPlantedSkippedTestFailsTheRun(): void
    {
        $this->plantPhpunit('PlantedSkipTest', '$this->markTestSkipped("planted");');
        [$rc, $out] = $this->summary();
        $this->assertSame(1, $rc, $out);
        $this->assertStringContainsString('NOT ALLOWED: planted: PlantedSkipTest::testIt (skipped)', $out);
        $this->assertMatchesRegularExpression('/^0 passed, 1 failed, 1 skipped$/m', $out);
    }

    public function testAPlantedIncompleteTestFailsTheRun(): void
    {
        $this->plantPhpunit('PlantedIncompleteTest', '$this->markTestIncomplete("planted");');
        [$rc, $out] = $this->summary();
        $this->assertSame(1, $rc, $out);
        $this->assertStringContainsString('PlantedIncompleteTest::testIt (incomplete)', $out);
    }

    public function testAnAllowedSkipPassesWithItsReasonPrinted(): void
    {
        file_put_contents("$this->dir/allow.txt", "planted | PlantedSkipTest::* | planted on purpose\n");
        $this->plantPhpunit('PlantedSkipTest', '$this->markTestSkipped("planted");');
        [$rc, $out] = $this->summary(['OXIDE_SKIP_ALLOWLIST' => "$this->dir/allow.txt"]);
        $this->assertSame(0, $rc, $out);
        $this->assertStringContainsString('allowed skips: 1 in planted: planted on purpose', $out);
        $this->assertMatchesRegularExpression('/^0 passed, 0 failed, 1 skipped$/m', $out);
    }

    public function testAPlantedBorkedPhptFailsTheRun(): void
    {
        file_put_contents("$this->dir/ok.phpt", "--TEST--\nfine\n--FILE--\n<?php echo 1;\n--EXPECT--\n1\n");
        file_put_contents("$this->dir/borked.phpt", "--TEST--\nborked\n--FILEX--\n<?php echo 1;\n");
        $runTests = glob('/usr/lib/php/*/build/run-tests.php')[0] ?? '';
        $this->assertFileExists($runTests);
        exec(sprintf(
            'NO_INTERACTION=1 TEST_PHP_EXECUTABLE=%s php %s -q --no-color %s > %s 2>&1',
            escapeshellarg(PHP_BINARY),
            escapeshellarg($runTests),
            escapeshellarg($this->dir),
            escapeshellarg("$this->dir/phpt.log")
        ), $_, $rc);
        $this->record('phpt', ['phpt', 'planted', "$this->dir/phpt.log"], $rc);
        [$rc, $out] = $this->summary();
        $this->assertSame(1, $rc, $out);
        $this->assertMatchesRegularExpression('/^1 passed, 1 failed, 0 skipped$/m', $out);
    }

    public function testARunnerExitingNonZeroWithoutAFailureCountsAsOne(): void
    {
        $this->plantPhpunit('PlantedPassTest', '$this->assertTrue(true);');
        $this->record('phpunit', ['phpunit', 'again', "$this->dir/PlantedPassTest.junit.xml", "$this->dir/PlantedPassTest.log"], 255);
        [$rc, $out] = $this->summary();
        $this->assertSame(1, $rc, $out);
        $this->assertStringContainsString('distinct tests: 2 (executions: 3)', $out);
        $this->assertMatchesRegularExpression('/^2 passed, 1 failed, 0 skipped$/m', $out);
    }

    /** Writes a one-test class, runs it with PHPUnit (JUnit log) and records it as suite "planted". */
    private function plantPhpunit(string $class, string $body): void
    {
        file_put_contents(
            "$this->dir/$class.php",
            "<?php\nfinal class $class extends PHPUnit\\Framework\\TestCase {\n"
            . "    public function testIt(): void { $body }\n}\n"
        );
        exec(sprintf(
            '%s /usr/bin/phpunit --do-not-cache-result --log-junit %s %s > %s 2>&1',
            escapeshellarg(PHP_BINARY),
            escapeshellarg("$this->dir/$class.junit.xml"),
            escapeshellarg("$this->dir/$class.php"),
            escapeshellarg("$this->dir/$class.log")
        ), $_, $rc);
        $this->record('phpunit', ['phpunit', 'planted', "$this->dir/$class.junit.xml", "$this->dir/$class.log"], $rc);
    }

    private function record(string $what, array $args, int $rc): void
    {
        $this->run_results($args, ['OXIDE_SUITE_RC' => (string) $rc]);
    }

    /** @return array{0:int,1:string} */
    private function summary(array $env = []): array
    {
        return $this->run_results(['summary'], $env);
    }

    /** @return array{0:int,1:string} */
    private function run_results(array $args, array $env): array
    {
        $cmd = escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg(dirname(__DIR__, 2) . '/results.php');
        foreach ($args as $a) {
            $cmd .= ' ' . escapeshellarg($a);
        }
        $env += ['OXIDE_RESULTS_DIR' => $this->dir, 'OXIDE_SKIP_ALLOWLIST' => "$this->dir/none.txt"];
        $prefix = '';
        foreach ($env as $k => $v) {
            $prefix .= "$k=" . escapeshellarg($v) . ' ';
        }
        exec("env $prefix$cmd 2>&1", $lines, $rc);
        return [$rc, implode("\n", $lines)];
    }
}
