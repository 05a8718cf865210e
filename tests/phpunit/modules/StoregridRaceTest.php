<?php
/**
 * Concurrent lifecycle calls for one oxide_storegrid service in separate PHP processes
 * (ServiceRaces.php). Terminate deactivates the account and keeps its backups, so a
 * terminated service may leave an inactive account.
 */

require_once __DIR__ . '/StoregridTestCase.php';
require_once __DIR__ . '/ServiceRaces.php';

final class StoregridRaceTest extends StoregridTestCase
{
    use ServiceRaces;

    protected function raceService(int $round): int
    {
        return $this->newService($this->product());
    }

    protected function neverCreatedMessage(): ?string
    {
        return 'the service has no username: it was never created on the backup server';
    }

    protected function panelAccounts(): array
    {
        $accounts = $this->state()['accounts'];
        unset($accounts['acme']);
        return array_map(static fn (array $a) => empty($a['active']) ? 'inactive' : 'active', $accounts);
    }

    protected function panelFor(string $status): array
    {
        return $status === 'Terminated' ? [[], ['inactive']] : [
            'Pending' => [[]], 'Active' => [['active']], 'Suspended' => [['inactive']],
        ][$status] ?? [];
    }
}
