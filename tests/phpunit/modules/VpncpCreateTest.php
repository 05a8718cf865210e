<?php
/**
 * CreateAccount: caps pushed after the create (and the client deleted when that fails),
 * retries after a lost answer, the client name rule and its collision suffixes.
 */

require_once __DIR__ . '/VpncpTestCase.php';

use Illuminate\Database\Capsule\Manager as Capsule;

final class VpncpCreateTest extends VpncpTestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        $this->servers(1, [['networks' => ['eu1' => ['subnet' => '10.8.0.0/28']]]]);
    }

    public function testCreatePushesTheCapsAfterTheCreateAndStoresThePasswordEncrypted(): void
    {
        $pid = $this->product(['download_mbps' => 100, 'upload_mbps' => 50, 'networks' => [$this->pair(0, 'eu1')]]);
        $id = $this->vpnService($pid);

        $this->assertSuccess($this->service($id, 'CreateAccount'));

        $svc = $this->host->service($id);
        $this->secret($svc['password_plain']);
        $this->assertMatchesRegularExpression("/^vpn-{$this->clientId}-$id-[a-z]{4}$/", $svc['username']);
        $this->assertStringStartsWith('oxenc1:', $svc['password'], 'generated password stored encrypted');
        $c = $this->clients()[$svc['username']];
        $this->assertSame([100, 50, 'eu1', 'enable'], [$c['b_download'], $c['b_upload'], $c['network'], $c['status']]);
        $this->assertSame($svc['password_plain'], $c['password']);
        $reqs = $this->vpn[0]->control('GET', '/requests');
        $create = array_column($reqs[2]['fields'], 1, 0);
        $this->assertArrayNotHasKey('b_download', $create, 'no bandwidth fields on create');
        $this->assertSame('eu1', $create['network_name']);
        $this->assertSame(['b_download' => '100', 'b_upload' => '50'], array_column($reqs[3]['fields'], 1, 0));
        $this->assertSame('bearer', $reqs[0]['auth_kind']);
        $this->assertSame('Active', $svc['domainstatus']);
    }

    public function testSpeedOptionsOverrideTheProductAndChangePackageReappliesThem(): void
    {
        $pid = $this->product(['download_mbps' => 100, 'upload_mbps' => 50]);
        $this->host->addConfigurableOption($pid, 'Download Speed', 1, ['0|Unlimited', '10', '250|250 Mbit/s']);
        $this->host->addConfigurableOption($pid, 'Upload Speed', 1, ['0|Unlimited', '25']);
        $id = $this->vpnService($pid);
        $this->host->setServiceConfigOption($id, 'Download Speed', '250');
        $this->host->setServiceConfigOption($id, 'Upload Speed', '0');

        $this->assertSuccess($this->service($id, 'CreateAccount'));
        $name = $this->host->service($id)['username'];
        $this->assertSame([250, 0], [$this->clients()[$name]['b_download'], $this->clients()[$name]['b_upload']]);

        // An upgrade: the option changes, WHMCS calls ChangePackage.
        $this->host->setServiceConfigOption($id, 'Download Speed', '10');
        $this->host->setServiceConfigOption($id, 'Upload Speed', '25');
        $this->assertSuccess($this->service($id, 'ChangePackage'));
        $this->assertSame([10, 25], [$this->clients()[$name]['b_download'], $this->clients()[$name]['b_upload']]);
    }

    public function testAFailedCapUpdateDeletesTheNewClientAndFailsTheCreate(): void
    {
        $pid = $this->product(['download_mbps' => 20, 'networks' => [$this->pair(0, 'eu1')]]);
        $id = $this->vpnService($pid);
        $this->fault(0, ['route' => 'client.update', 'kind' => 'status', 'status' => 500, 'body' => 'Internal Server Error', 'times' => 1]);

        $r = $this->service($id, 'CreateAccount');

        $this->assertStringStartsWith('CreateAccount failed: the bandwidth caps could not be set', $r);
        $this->assertStringContainsString('was deleted again so no uncapped VPN is billed', $r);
        $this->assertSame([], $this->clients(), 'no orphan on the panel');
        $this->assertRoutesAtOnceThen(0, ['system.status', 'network.available_ip'], ['client.create', 'client.update', 'client.delete']);
        $this->assertSame('Pending', $this->host->service($id)['domainstatus']);
        $this->assertSame(0, Capsule::table('mod_oxide_accounts')->where('serviceid', $id)->count(), 'a new attempt starts afresh');

        // The next attempt works and leaves exactly one client.
        $this->assertSuccess($this->service($id, 'CreateAccount'));
        $this->assertCount(1, $this->clients());
    }

    public function testWhenTheRollbackFailsTooTheRetryReusesTheClient(): void
    {
        $pid = $this->product(['upload_mbps' => 5]);
        $id = $this->vpnService($pid);
        $this->fault(0, ['route' => 'client.update', 'kind' => 'status', 'status' => 503, 'times' => 1]);
        // Both delete attempts fail (the module tries twice).
        $this->fault(0, ['route' => 'client.delete', 'kind' => 'refuse', 'times' => 2]);

        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('deleting the new client', $r);
        $this->assertStringContainsString('failed too', $r);
        $this->assertCount(1, $this->clients(), 'the client the rollback could not delete');

        $this->vpn[0]->control('DELETE', '/requests');
        $this->assertSuccess($this->service($id, 'CreateAccount'));
        $this->assertCount(1, $this->clients(), 'no second client');
        $this->assertSame(['client.get', 'client.update'], $this->routes());
        $this->assertSame(5, array_values($this->clients())[0]['b_upload']);
    }

    public function testACreateRetriedAfterALostAnswerMakesNoDuplicate(): void
    {
        $pid = $this->product(['download_mbps' => 30, 'networks' => [$this->pair(0, 'eu1')]]);
        $id = $this->vpnService($pid);
        // The panel creates the client, the answer never arrives (the server's timeout=1).
        Capsule::table('tblservers')->where('id', $this->serverIds[0])->update(['accesshash' => 'timeout=1']);
        $this->fault(0, ['route' => 'client.create', 'kind' => 'timeout_after', 'ms' => 3000, 'times' => 1]);
        // The module looks for the client at once; that look fails too, so only a retry can tell.
        $this->fault(0, ['route' => 'client.get', 'kind' => 'refuse', 'times' => 1]);

        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('no answer from 127.0.0.1', $r);
        $this->assertStringContainsString('could not be checked', $r);
        $this->assertCount(1, $this->clients());

        $this->vpn[0]->control('DELETE', '/requests');
        $this->assertSuccess($this->service($id, 'CreateAccount'));
        $this->assertCount(1, $this->clients(), 'the retry found its own client');
        $this->assertSame(['client.get', 'client.update'], $this->routes(), 'same server and name, no new selection');
        $this->assertSame(30, array_values($this->clients())[0]['b_download']);
    }

    public function testALostCreateAnswerIsCheckedOnThePanelAndFinished(): void
    {
        $pid = $this->product(['download_mbps' => 30, 'networks' => [$this->pair(0, 'eu1')]]);
        $id = $this->vpnService($pid);
        Capsule::table('tblservers')->where('id', $this->serverIds[0])->update(['accesshash' => 'timeout=1']);
        $this->fault(0, ['route' => 'client.create', 'kind' => 'timeout_after', 'ms' => 3000, 'times' => 1]);

        $this->assertSuccess($this->service($id, 'CreateAccount'));
        $this->assertCount(1, $this->clients());
        $this->assertSame(30, array_values($this->clients())[0]['b_download'], 'capped, not half-created');
        $this->assertRoutesAtOnceThen(0, ['system.status', 'network.available_ip'], ['client.create', 'client.get', 'client.update']);
    }

    public function testTheNameRuleExpandsEveryMacro(): void
    {
        $rule = 'c{client_id}-s{service_id}-{random_letter_3}-{random_digit_4}-{unixtime}-{year}{month}{day}-{hour}{minute}{second}';
        $pid = $this->product(['client_name_rule' => $rule]);
        $id = $this->vpnService($pid);
        $before = time();

        $this->assertSuccess($this->service($id, 'CreateAccount'));

        $name = $this->host->service($id)['username'];
        $this->assertMatchesRegularExpression("/^c{$this->clientId}-s$id-[a-z]{3}-[0-9]{4}-([0-9]+)-([0-9]{8})-([0-9]{6})$/", $name);
        preg_match('/-([0-9]{9,})-([0-9]{8})-([0-9]{6})$/', $name, $m);
        $this->assertEqualsWithDelta($before, (int) $m[1], 5);
        $this->assertSame(gmdate('Ymd', (int) $m[1]), $m[2]);
        $this->assertSame(gmdate('His', (int) $m[1]), $m[3]);
        $this->assertArrayHasKey($name, $this->clients());
    }

    public function testANameTakenInTblhostingGetsTheNextSuffix(): void
    {
        $pid = $this->product(['client_name_rule' => 'vpn-{client_id}']);
        $base = "vpn-{$this->clientId}";
        $this->vpnService($pid, 0, ['username' => $base, 'domainstatus' => 'Active']);
        $this->vpnService($pid, 0, ['username' => "$base-1", 'domainstatus' => 'Terminated']);
        $id = $this->vpnService($pid);

        $this->assertSuccess($this->service($id, 'CreateAccount'));

        $this->assertSame("$base-2", $this->host->service($id)['username']);
        $this->assertArrayHasKey("$base-2", $this->clients());
    }

    public function testANameThePanelAlreadyHasMovesOnToTheNextSuffix(): void
    {
        $pid = $this->product(['client_name_rule' => 'vpn-{service_id}']);
        $id = $this->vpnService($pid);
        $this->vpn[0]->control('POST', '/state', ['clients' => ["vpn-$id" => ['network' => 'default']]]);

        $this->assertSuccess($this->service($id, 'CreateAccount'));

        $this->assertSame("vpn-$id-1", $this->host->service($id)['username']);
        $this->assertSame(['client.create', 'client.create', 'client.update'], $this->routes());
    }

    public function testBadSettingsFailBeforeAnyRequest(): void
    {
        $cases = [
            '{"download_mbps": 10,' => 'product settings (configoption24): not valid JSON',
            '{"download_mbps": "fast"}' => 'download_mbps must be a whole number',
            '{"client_name_rule": "vpn.{client_id}"}' => 'client_name_rule `vpn.{client_id}` gives',
            '{"client_name_rule": "vpn-{nope}"}' => 'unknown macro {nope}',
            '{"networks": [{"server_id": "x", "network": "eu1"}]}' => 'networks[0].server_id',
        ];
        foreach ($cases as $doc => $needle) {
            $pid = $this->product([], ['configoption24' => $doc]);
            $id = $this->vpnService($pid);
            $r = $this->service($id, 'CreateAccount');
            $this->assertIsString($r);
            $this->assertStringStartsWith('CreateAccount failed: ', $r);
            $this->assertStringContainsString($needle, $r, $doc);
            $this->assertSame('', $this->host->service($id)['username'], 'nothing written');
        }
        $this->assertSame(0, $this->requestCount());
    }

    public function testAGivenPasswordIsUsedAndNeverLogged(): void
    {
        $pid = $this->product();
        $id = $this->vpnService($pid, 0, ['password' => $this->secret('Given-Pass-9876')]);

        $this->assertSuccess($this->service($id, 'CreateAccount'));

        $this->assertSame('Given-Pass-9876', array_values($this->clients())[0]['password']);
        $this->assertStringContainsString('***************', json_encode($this->host->moduleLog()));
    }
}
