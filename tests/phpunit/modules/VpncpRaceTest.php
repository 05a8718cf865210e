<?php
/**
 * Concurrent lifecycle calls for one oxide_vpncp service in separate PHP processes
 * (ServiceRaces.php).
 */

require_once __DIR__ . '/VpncpTestCase.php';
require_once __DIR__ . '/ServiceRaces.php';

final class VpncpRaceTest extends VpncpTestCase
{
    use ServiceRaces;

    private const STATE = ['networks' => ['eu1' => ['subnet' => '10.8.0.0/28']], 'license' => ['max_accounts' => 10]];

    protected function setUp(): void
    {
        parent::setUp();
        $this->servers(1, [self::STATE]);
    }

    protected function raceSim(): SimProcess
    {
        return $this->vpn[0];
    }

    protected function seedSimulator(): void
    {
        $this->vpn[0]->control('POST', '/state', self::STATE + ['tokens' => [['token' => self::TOKEN]]]);
    }

    protected function raceService(int $round): int
    {
        $pid = $this->product(['download_mbps' => 100, 'upload_mbps' => 50, 'networks' => [$this->pair(0, 'eu1')]]);
        return $this->vpnService($pid, 0, ['password' => $this->secret('Start-Pass-1234')]);
    }

    protected function neverCreatedMessage(): ?string
    {
        return 'the service has no username: its VPN client was never created';
    }

    protected function panelAccounts(): array
    {
        return array_map(static fn (array $c) => ($c['status'] ?? '') === 'enable' ? 'active' : 'inactive', $this->clients());
    }
}
