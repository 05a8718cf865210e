<?php
/**
 * Pins what a function costs in panel round trips: how many requests it makes, and how many of
 * them happen one after another (its critical path). Every answer is delayed by L ms (a
 * simulator latency fault), so requests sent at once start within a few ms of each other and a
 * request that waited for an answer starts at least L ms after the one before: sorted by start,
 * the requests fall into waves, and the number of waves is the critical path.
 *
 * OXIDE_LATENCY_MS sets L (default 120: short enough for make test, long enough that a wave's
 * spread never looks like a wait, even with other suites running beside it): requests more than
 * L/2 (at most 60 ms) apart are one after another. OXIDE_LATENCY_PROFILE=<file.json> adds each route's own time
 * (the real HestiaCP's, measured by tests/bench/bench_real_hestia.php) on top. With
 * OXIDE_LATENCY_REPORT=<file>, every measurement is appended there as a JSON line (make bench).
 */
trait RequestPath
{
    protected static function latencyMs(): int
    {
        return max(20, (int) (getenv('OXIDE_LATENCY_MS') ?: 120));
    }

    /** @return array<string,int> extra ms per route from OXIDE_LATENCY_PROFILE */
    protected static function routeProfile(): array
    {
        $file = getenv('OXIDE_LATENCY_PROFILE');
        if (!$file) {
            return [];
        }
        $doc = json_decode((string) file_get_contents($file), true);
        return is_array($doc) ? array_map('intval', $doc) : [];
    }

    /**
     * Runs `$call` against `$sim` with every answer delayed, checks it succeeded, and pins
     * `[requests, critical path]` when `$expect` is given.
     *
     * @return array{requests:int, critical:int, ms:float, routes:string[]}
     */
    protected function measurePath(SimProcess $sim, string $module, string $label, callable $call, ?array $expect): array
    {
        $latency = self::latencyMs();
        $profile = self::routeProfile();
        $sim->control('DELETE', '/faults');
        foreach ($profile as $route => $ms) {
            $sim->control('POST', '/faults', ['route' => $route, 'kind' => 'latency', 'ms' => $ms]);
        }
        if ($profile === []) {
            $sim->control('POST', '/faults', ['route' => '*', 'kind' => 'latency', 'ms' => $latency]);
        }
        $sim->control('DELETE', '/requests');
        $t = hrtime(true);
        $r = $call();
        $ms = (hrtime(true) - $t) / 1e6;
        $sim->control('DELETE', '/faults');
        $this->assertCallSucceeded($label, $r);

        $requests = $sim->control('GET', '/requests');
        usort($requests, static fn ($a, $b) => $a['at_ms'] <=> $b['at_ms']);
        $waves = [];
        $last = null;
        foreach ($requests as $req) {
            $own = $profile[$req['route']] ?? $latency;
            if ($last === null || $req['at_ms'] - $last >= min($latency, 120) / 2) {
                $waves[] = 0;
            }
            // A wave lasts as long as its slowest request.
            $waves[count($waves) - 1] = max($waves[count($waves) - 1], $own);
            $last = $req['at_ms'];
        }
        $m = [
            'requests' => count($requests),
            'critical' => count($waves),
            'ms' => round($ms, 1),
            'floor_ms' => array_sum($waves),
            'routes' => array_map(static fn ($q) => $q['route'], $requests),
        ];
        if (($report = getenv('OXIDE_LATENCY_REPORT')) !== false && $report !== '') {
            file_put_contents($report, json_encode(['module' => $module, 'function' => $label] + $m) . "\n", FILE_APPEND);
        }
        if ($expect !== null) {
            $this->assertSame(
                $expect,
                [$m['requests'], $m['critical']],
                "$label: [requests, one after another] (routes in order: " . implode(', ', $m['routes']) . ')'
            );
        }
        return $m;
    }

    private function assertCallSucceeded(string $label, $r): void
    {
        $failed = is_string($r)
            ? !in_array(strtolower($r), ['success', ''], true) && str_contains($r, 'failed')
            : (is_array($r) && (($r['success'] ?? true) === false || isset($r['Error'])
                || isset($r['templateVariables']['usefulErrorHelper'])));
        $this->assertFalse($failed, "$label must succeed: " . json_encode($r));
    }
}
