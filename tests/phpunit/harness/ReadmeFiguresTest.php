<?php
/**
 * make docs-check (tests/docs/readme.php) fails on a README whose figure was changed by hand: in
 * the round-trip table (pinned by the request-path tests) and in the bench section (docs/bench).
 */

require_once __DIR__ . '/HarnessTestCase.php';

final class ReadmeFiguresTest extends HarnessTestCase
{
    private const SCRIPT = __DIR__ . '/../../docs/readme.php';
    private const README = __DIR__ . '/../../../README.md';

    public function testTheReadmeAsCommittedPasses(): void
    {
        [$rc, $out] = $this->check((string) file_get_contents(self::README));
        $this->assertSame(0, $rc, $out);
    }

    /** @dataProvider changedFigures */
    public function testAFigureChangedByHandFails(string $pattern, string $replacement): void
    {
        $text = (string) file_get_contents(self::README);
        $changed = preg_replace($pattern, $replacement, $text, 1, $n);
        $this->assertSame(1, $n, "the figure $pattern is in the README");
        [$rc, $out] = $this->check($changed);
        $this->assertSame(1, $rc, $out);
        $this->assertStringContainsString('run make docs', $out);
    }

    public static function changedFigures(): array
    {
        return [
            'round trips: cPanel CreateAccount requests' => ['/^\| cPanel \| CreateAccount \| 4 \|/m', '| cPanel | CreateAccount | 3 |'],
            'bench: a wall time' => ['/^(\| oxide_cpanel \| CreateAccount \| 4 \| 2 \| )\d+/m', '${1}1'],
        ];
    }

    /** @return array{0:int,1:string} */
    private function check(string $readme): array
    {
        $file = tempnam(sys_get_temp_dir(), 'readme');
        file_put_contents($file, $readme);
        exec(escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg(self::SCRIPT) . ' check ' . escapeshellarg($file) . ' 2>&1', $lines, $rc);
        unlink($file);
        return [$rc, implode("\n", $lines)];
    }
}
