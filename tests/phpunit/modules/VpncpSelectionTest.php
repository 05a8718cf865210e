<?php
/**
 * The seed's deploy rule across a server group: ticked server → network pairs in order, the
 * first with a free licence slot and a free IP wins, the service moves to that server.
 */

require_once __DIR__ . '/VpncpTestCase.php';

final class VpncpSelectionTest extends VpncpTestCase
{
    private function twoServers(array $state0 = [], array $state1 = []): void
    {
        $this->servers(2, [
            $state0 + ['networks' => ['eu1' => ['subnet' => '10.8.0.0/29'], 'eu2' => ['subnet' => '10.9.0.0/29']]],
            $state1 + ['networks' => ['eu1' => ['subnet' => '10.18.0.0/29'], 'us1' => ['subnet' => '10.19.0.0/29']]],
        ]);
    }

    public function testTheFirstTickedPairWinsAndTheServiceMovesThere(): void
    {
        $this->twoServers();
        $pid = $this->product(['networks' => [$this->pair(1, 'us1'), $this->pair(0, 'eu1')]]);
        // WHMCS assigned server 0; the first pair is on server 1.
        $id = $this->vpnService($pid, 0);

        $this->assertSuccess($this->service($id, 'CreateAccount'));

        $svc = $this->host->service($id);
        $this->assertSame($this->serverIds[1], (int) $svc['server'], 'tblhosting.server is the chosen server');
        $client = $this->clients(1)[$svc['username']] ?? null;
        $this->assertNotNull($client, 'created on server 1');
        $this->assertSame('us1', $client['network']);
        $this->assertSame([], $this->clients(0), 'nothing on server 0');
        $this->assertRoutesAtOnceThen(1, ['system.status', 'network.available_ip'], ['client.create', 'client.update']);
        $this->assertSame([], $this->routes(0), 'the second pair was never needed');
        // Later calls go to the new server because WHMCS now passes it.
        $this->assertSuccess($this->service($id, 'SuspendAccount'));
        $this->assertSame('disable', $this->clients(1)[$svc['username']]['status']);
    }

    public function testAServerWithoutAFreeLicenceSlotIsSkipped(): void
    {
        $this->twoServers(['max_accounts' => 1, 'clients' => ['someone' => ['network' => 'eu2']]]);
        $pid = $this->product(['networks' => [$this->pair(0, 'eu1'), $this->pair(1, 'eu1')]]);
        $id = $this->vpnService($pid, 0);

        $this->assertSuccess($this->service($id, 'CreateAccount'));

        $this->assertSame($this->serverIds[1], (int) $this->host->service($id)['server']);
        // The slots and the first network's IP are asked at once (one round trip); nothing is
        // created on the full server.
        $this->assertEqualsCanonicalizing(['system.status', 'network.available_ip'], $this->routes(0));
        $this->assertCount(1, $this->clients(0), 'the full server keeps its one client');
        $this->assertCount(1, $this->clients(1));
    }

    public function testAFullNetworkIsSkippedForTheNextPairOnTheSameServer(): void
    {
        // eu1 is a /30: one address, taken.
        $this->twoServers(['networks' => ['eu1' => ['subnet' => '10.7.0.0/30'], 'eu2' => ['subnet' => '10.9.0.0/29']],
            'clients' => ['taken' => ['network' => 'eu1']]]);
        $pid = $this->product(['networks' => [$this->pair(0, 'eu1'), $this->pair(0, 'eu2'), $this->pair(1, 'eu1')]]);
        $id = $this->vpnService($pid, 1);

        $this->assertSuccess($this->service($id, 'CreateAccount'));

        $svc = $this->host->service($id);
        $this->assertSame($this->serverIds[0], (int) $svc['server']);
        $this->assertSame('eu2', $this->clients(0)[$svc['username']]['network']);
        // The slots and eu1's IP at once; then eu2's IP; the slots are asked once for both pairs.
        $this->assertRoutesAtOnceThen(0, ['system.status', 'network.available_ip'],
            ['network.available_ip', 'client.create', 'client.update']);
    }

    public function testNothingTickedOmitsTheNetworkOnWhmcsServer(): void
    {
        $this->twoServers();
        $pid = $this->product(['download_mbps' => 10]);
        $id = $this->vpnService($pid, 1);

        $this->assertSuccess($this->service($id, 'CreateAccount'));

        $this->assertSame($this->serverIds[1], (int) $this->host->service($id)['server']);
        $create = array_values(array_filter($this->vpn[1]->control('GET', '/requests'), static fn ($r) => $r['route'] === 'client.create'))[0];
        $fields = array_column($create['fields'], 1, 0);
        $this->assertArrayNotHasKey('network_name', $fields, 'the panel decides the network');
        $this->assertSame(['client.create', 'client.update'], $this->routes(1));
        $this->assertSame('default', array_values($this->clients(1))[0]['network'], 'the panel\'s first network with room');
    }

    public function testTicksButNothingDeployableFailsAndCreatesNothingAnywhere(): void
    {
        $this->twoServers(
            ['max_accounts' => 0],
            ['networks' => ['us1' => ['subnet' => '10.19.0.0/30']], 'clients' => ['full' => ['network' => 'us1']]]
        );
        $sock = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($sock, false), ':'), 1);
        fclose($sock);
        $deadId = $this->host->createServer(['type' => self::MODULE, 'name' => 'dead', 'hostname' => '127.0.0.1',
            'password' => self::TOKEN, 'secure' => false, 'port' => $port, 'accesshash' => 'timeout=2']);
        Illuminate\Database\Capsule\Manager::table('tblservergroupsrel')->insert(['groupid' => $this->groupId, 'serverid' => $deadId]);
        $pid = $this->product(['networks' => [
            $this->pair(0, 'eu1'), $this->pair(1, 'us1'), $this->pair(1, 'mars'),
            ['server_id' => $deadId, 'network' => 'eu1'], ['server_id' => 999, 'network' => 'eu1'],
        ]]);
        $id = $this->vpnService($pid, 0);
        $before = $this->host->service($id);

        $r = $this->service($id, 'CreateAccount');

        $this->assertStringStartsWith('CreateAccount failed: none of the ticked VPN networks can take a new client, so nothing was created', $r);
        $this->assertStringContainsString('vpn1 (127.0.0.1) → eu1: no free licence slot (0/0 used)', $r);
        $this->assertStringContainsString('vpn2 (127.0.0.1) → us1: No available IP address in network us1', $r);
        $this->assertStringContainsString('→ mars: Network not found', $r);
        $this->assertStringContainsString("dead (127.0.0.1) → eu1: cannot connect to 127.0.0.1:$port", $r);
        $this->assertStringContainsString('server #999 no longer exists (→ eu1)', $r);
        $this->assertSame([], $this->clients(0));
        $this->assertSame(['full'], array_keys($this->clients(1)));
        foreach ([0, 1] as $i) {
            $this->assertNotContains('client.create', $this->routes($i));
        }
        $after = $this->host->service($id);
        $this->assertSame([$before['server'], $before['username'], 'Pending'], [$after['server'], $after['username'], $after['domainstatus']]);
    }

    public function testADisabledOrForeignServerIsSkippedWithItsReason(): void
    {
        $this->twoServers();
        Illuminate\Database\Capsule\Manager::table('tblservers')->where('id', $this->serverIds[0])->update(['disabled' => 1]);
        $otherGroupServer = $this->vpnServer($this->vpn[1], 'elsewhere');
        $pid = $this->product(['networks' => [
            $this->pair(0, 'eu1'), ['server_id' => $otherGroupServer, 'network' => 'eu1'], $this->pair(1, 'eu1'),
        ]]);
        $id = $this->vpnService($pid, 1);

        $this->assertSuccess($this->service($id, 'CreateAccount'));

        $this->assertSame($this->serverIds[1], (int) $this->host->service($id)['server']);
        $log = json_encode($this->host->moduleLog());
        $this->assertStringContainsString('first deployable ticked pair', $log);
        $this->assertSame([], $this->routes(0), 'a disabled server is not asked');
    }
}
