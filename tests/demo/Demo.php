<?php
/** Shared printing and bookkeeping for the per-module demos. */

abstract class Demo
{
    protected WhmcsHost $host;
    protected int $failures = 0;

    abstract protected function title(): string;

    abstract protected function steps(): void;

    public function run(): int
    {
        echo "\n=== ", $this->title(), " ===\n";
        $this->host = new WhmcsHost();
        try {
            $this->steps();
        } catch (Throwable $e) {
            $this->failures++;
            echo "  !! ", get_class($e), ': ', $e->getMessage(), "\n";
        }
        return $this->failures;
    }

    /** Prints one step; `$ok` decides the mark, `$detail` says what happened. */
    protected function step(string $what, bool $ok, string $detail = ''): void
    {
        if (!$ok) {
            $this->failures++;
        }
        printf("  %s %-34s %s\n", $ok ? '✔' : '✘', $what, $detail);
    }

    protected function result(string $what, $r): bool
    {
        $ok = is_string($r) ? strcasecmp($r, 'success') === 0 : !empty($r['success']);
        $detail = is_string($r) ? $r : ($r['error'] ?? '');
        $this->step($what, $ok, $ok ? '' : $detail);
        return $ok;
    }

    protected function moduleLogSummary(string $module): void
    {
        $rows = array_filter($this->host->moduleLog(), static fn ($r) => $r['module'] === $module);
        $masked = count(array_filter($rows, static fn ($r) => str_contains($r['request'], '****')));
        echo "  module log: ", count($rows), " entries in tblmodulelog, $masked with masked credentials\n";
    }
}
