<?php
/**
 * Drift detection and repair for oxide_vpncp. puqVPNcp lists no clients, so the check reads
 * each service's client by name: missing, status and terminated-but-present are found (no
 * orphans, no renames, no domain or package: see src/modules/vpncp/drift.rs). Repairs act
 * once; nothing is deleted.
 */

require_once __DIR__ . '/VpncpTestCase.php';

use Illuminate\Database\Capsule\Manager as Capsule;

final class VpncpDriftTest extends VpncpTestCase
{
    public function testMissingStatusAndTerminatedAreFoundAndRepairedOnce(): void
    {
        Capsule::schema()->dropIfExists('mod_oxide_drift');
        Capsule::schema()->dropIfExists('mod_oxide_drift_servers');
        $this->servers(1, [['networks' => ['eu1' => ['subnet' => '10.8.0.0/28']], 'license' => ['max_accounts' => 10]]]);
        $pid = $this->product(['networks' => [$this->pair(0, 'eu1')]]);
        $ids = [];
        foreach (['fine', 'unsusp', 'susp', 'zombie'] as $key) {
            $ids[$key] = $this->vpnService($pid, 0, ['password' => $this->secret('Start-Pass-1234')]);
            $this->assertSuccess($this->service($ids[$key], 'CreateAccount'));
        }
        $this->assertSuccess($this->service($ids['susp'], 'SuspendAccount'));
        $this->host->updateService($ids['susp'], ['domainstatus' => 'Active']);
        $this->host->updateService($ids['unsusp'], ['domainstatus' => 'Suspended']);
        $this->host->updateService($ids['zombie'], ['domainstatus' => 'Terminated']);
        $ids['gone'] = $this->vpnService($pid, 0, ['username' => 'vpn-gone', 'domainstatus' => 'Active']);
        $name = fn (string $key) => $this->host->service($ids[$key])['username'];
        $this->vpnServer($this->vpn[0], 'vpn down', ['port' => 1, 'accesshash' => 'timeout=2']);

        $reply = $this->server($this->serverIds[0], 'DriftCheck');
        $this->assertSame([true, 2, 1, 4], [$reply['success'], $reply['servers'], $reply['unreachable'], $reply['drift']], $reply['summary'] ?? '');
        $stored = array_map(
            static fn ($r) => "$r->kind $r->account",
            Capsule::table('mod_oxide_drift')->orderBy('kind')->orderBy('account')->get()->all()
        );
        $expected = ["missing vpn-gone", 'status ' . $name('susp'), 'status ' . $name('unsusp'), 'terminated ' . $name('zombie')];
        sort($expected);
        $this->assertSame($expected, $stored);

        foreach (['susp', 'unsusp', 'zombie'] as $key) {
            $this->assertSame('success', $this->service($ids[$key], 'DriftApplyStatus'), $key);
            $this->vpn[0]->control('DELETE', '/requests');
            $this->assertSame('success', $this->service($ids[$key], 'DriftApplyStatus'), "$key, pressed again");
            $this->assertSame([], array_values(array_diff($this->routes(), ['client.get', 'system.status'])), "$key pressed again only reads");
        }
        $clients = $this->clients();
        $this->assertSame('enable', $clients[$name('susp')]['status']);
        $this->assertSame('disable', $clients[$name('unsusp')]['status']);
        $this->assertSame('disable', $clients[$name('zombie')]['status'], 'suspended, never deleted');
        $this->assertCount(4, $clients);
    }
}
