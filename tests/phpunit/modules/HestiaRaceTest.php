<?php
/**
 * Concurrent lifecycle calls for one oxide_hestiacp service in separate PHP processes
 * (ServiceRaces.php). Simulator only: the overlap comes from the simulator's latency fault,
 * and on the real HestiaCP eight rounds of three races would add minutes to the real-panel run.
 *
 * @group simulator-only
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';
require_once __DIR__ . '/ServiceRaces.php';

final class HestiaRaceTest extends HestiaLifecycleTestCase
{
    use ServiceRaces;

    protected function raceService(int $round): int
    {
        return $this->newService($this->product(), "race$round.example", ['username' => "race$round"]);
    }

    protected function panelAccounts(): array
    {
        $out = [];
        foreach ($this->panelUserNames() as $name) {
            $out[$name] = ($this->panelUser($name)['SUSPENDED'] ?? 'no') === 'yes' ? 'inactive' : 'active';
        }
        return $out;
    }
}
