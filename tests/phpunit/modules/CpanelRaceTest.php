<?php
/**
 * Concurrent lifecycle calls for one oxide_cpanel service in separate PHP processes
 * (ServiceRaces.php).
 */

require_once __DIR__ . '/CpanelTestCase.php';
require_once __DIR__ . '/ServiceRaces.php';

final class CpanelRaceTest extends CpanelTestCase
{
    use ServiceRaces;

    protected function raceService(int $round): int
    {
        return $this->newService($this->product(), "race$round.example", ['username' => "race$round"]);
    }

    protected function panelAccounts(): array
    {
        return array_map(static fn (array $a) => empty($a['suspended']) ? 'active' : 'inactive', $this->state()['accounts']);
    }
}
