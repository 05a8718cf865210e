<?php
/**
 * TestConnection, suspend/unsuspend/terminate/password, the admin tab, the client area and
 * the one-time link, through WHMCS's calling path.
 */

require_once __DIR__ . '/VpncpTestCase.php';

final class VpncpLifecycleTest extends VpncpTestCase
{
    private int $id;
    private string $name;

    protected function setUp(): void
    {
        parent::setUp();
        $this->servers(1, [[
            'networks' => ['eu1' => ['subnet' => '10.8.0.0/28']],
            'license' => ['max_accounts' => 10],
        ]]);
        $pid = $this->product([
            'download_mbps' => 100, 'upload_mbps' => 50, 'instruction_url' => 'https://example.com/vpn-howto',
            'networks' => [$this->pair(0, 'eu1')], 'theme' => 'kept',
        ]);
        $this->id = $this->vpnService($pid, 0, ['password' => $this->secret('Start-Pass-1234')]);
        $this->assertSuccess($this->service($this->id, 'CreateAccount'));
        $this->name = $this->host->service($this->id)['username'];
        $this->vpn[0]->control('DELETE', '/requests');
    }

    public function testEveryFunctionWithEmptyParamsReturnsItsDocumentedType(): void
    {
        foreach (['MetaData', 'ConfigOptions', 'TestConnection', 'AdminCustomButtonArray', 'ClientAreaAllowedFunctions',
                     'AdminServicesTabFields', 'ClientArea', 'MetricUsage'] as $fn) {
            $r = $this->host->call(self::MODULE, $fn, []);
            $fn === 'MetricUsage' ? $this->assertIsString($r) : $this->assertIsArray($r, $fn);
        }
        foreach (['CreateAccount', 'SuspendAccount', 'UnsuspendAccount', 'TerminateAccount', 'ChangePassword',
                     'ChangePackage', 'UsageUpdate', 'ReapplyCaps', 'OneTimeLink'] as $fn) {
            $this->assertIsString($this->host->call(self::MODULE, $fn, []), $fn);
        }
        $this->assertIsObject(oxide_vpncp_MetricProvider([]));
    }

    public function testTestConnectionReportsTheLicenceSlots(): void
    {
        $r = $this->server($this->serverIds[0], 'TestConnection');
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertSame([1, 10], [$r['slots_used'], $r['slots_total']]);
        $this->assertSame(['default', 'eu1'], $r['networks']);
        $this->assertStringContainsString('1/10 client slots used', $r['message']);
        $this->assertEqualsCanonicalizing(['system.status', 'license', 'network.list'], $this->routes());
        $this->assertStringContainsString('*****', json_encode($this->host->moduleLog()), 'token masked');

        $bad = $this->vpnServer($this->vpn[0], 'bad token', ['password' => $this->secret('not-the-token')]);
        $r = $this->server($bad, 'TestConnection');
        $this->assertFalse($r['success']);
        $this->assertStringContainsString('refused the API token (Invalid API token)', $r['error']);
        $none = $this->vpnServer($this->vpn[0], 'no token', ['password' => '']);
        $r = $this->server($none, 'TestConnection');
        $this->assertStringContainsString("has no puqVPNcp API token", $r['error']);
    }

    public function testASecureServerIsVerifiedThroughItsPin(): void
    {
        if (!isset(self::$sims['vpncp-tls'])) {
            self::$sims['vpncp-tls'] = new SimProcess('vpncp');
        }
        $tls = self::$sims['vpncp-tls'];
        $tls->control('POST', '/reset');
        // Secure ticked, no port: 443 is the default, so the port is set to the simulator's.
        $pinned = $this->vpnServer($tls, 'tls', ['accesshash' => "pin={$tls->sha256}"]);
        $r = $this->server($pinned, 'TestConnection');
        $this->assertTrue($r['success'], $r['error'] ?? '');

        $unpinned = $this->vpnServer($tls, 'tls-nopin', ['accesshash' => '']);
        $r = $this->server($unpinned, 'TestConnection');
        $this->assertFalse($r['success']);
        $this->assertStringContainsString("pin={$tls->sha256}", $r['error']);
        $this->assertCount(3, $tls->control('GET', '/requests'), 'the unpinned server sent nothing');
    }

    public function testSuspendUnsuspendAreIdempotent(): void
    {
        $this->assertSuccess($this->service($this->id, 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->assertSame('disable', $this->clients()[$this->name]['status']);
        $this->assertSuccess($this->service($this->id, 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->assertSuccess($this->service($this->id, 'UnsuspendAccount'));
        $this->assertSuccess($this->service($this->id, 'UnsuspendAccount'));
        $this->assertSame('enable', $this->clients()[$this->name]['status']);
        $this->assertSame('Active', $this->host->service($this->id)['domainstatus']);
    }

    public function testChangePasswordAndTerminateWithAlreadyGoneAsSuccess(): void
    {
        $this->host->updateService($this->id, ['password' => $this->secret('New-Pass-5678')]);
        $this->assertSuccess($this->service($this->id, 'ChangePassword'));
        $this->assertSame('New-Pass-5678', $this->clients()[$this->name]['password']);

        $this->host->updateService($this->id, ['password' => 'abc']);
        $r = $this->service($this->id, 'ChangePassword');
        $this->assertStringContainsString('password: The password must be at least 6 characters', $r);

        $this->assertSuccess($this->service($this->id, 'TerminateAccount'));
        $this->assertSame([], $this->clients());
        $this->host->updateService($this->id, ['domainstatus' => 'Active']);
        $this->assertSuccess($this->service($this->id, 'TerminateAccount'));
    }

    public function testAdminTabShowsTheLiveClient(): void
    {
        $this->vpn[0]->control('POST', '/state', ['online' => [
            ['protocol' => 'wireguard', 'name' => $this->name, 'endpoint' => '203.0.113.7:51820', 'last_handshake' => '2026-05-01 10:00:00', 'bytes_download' => 2048],
        ]]);
        $tab = $this->host->callService($this->id, 'AdminServicesTabFields');
        $this->returned[] = $tab;
        $this->assertArrayNotHasKey('Error', $tab);
        $this->assertStringContainsString($this->name, $tab['VPN client']);
        $this->assertStringContainsString('eu1 — 10.8.0.2', $tab['Network / IP']);
        $this->assertSame('enabled', $tab['Status on the panel']);
        $this->assertStringContainsString('download 100 Mbit/s, upload 50 Mbit/s', $tab['Bandwidth caps']);
        $this->assertStringContainsString('online: WireGuard from 203.0.113.7:51820', $tab['Connection']);
        $this->assertEqualsCanonicalizing(['client.get', 'client.online', 'client.traffic'], $this->routes());
        $this->assertSame(['Re-apply bandwidth caps' => 'ReapplyCaps', 'Drift: apply WHMCS status to panel' => 'DriftApplyStatus', 'Drift: check now' => 'DriftCheckServer'], $this->host->call(self::MODULE, 'AdminCustomButtonArray', []));
    }

    public function testClientAreaHasTheCardConfigsQrTrafficAndInstructions(): void
    {
        $month = gmdate('Y-m');
        $this->vpn[0]->control('POST', '/state', ['clients' => [$this->name => ['traffic' => [
            "$month-01" => ['download' => 1073741824, 'upload' => 1048576],
        ]]]]);
        $r = $this->service($this->id, 'ClientArea');
        $this->assertSame('templates/clientarea.tpl', $r['tabOverviewModuleOutputTemplate'] ?? null, json_encode($r));
        $v = $r['templateVariables'];
        $this->assertSame([$this->name, '10.8.0.2', true, '100 Mbit/s', '50 Mbit/s'],
            [$v['client']['name'], $v['client']['ip'], $v['client']['enabled'], $v['client']['download'], $v['client']['upload']]);
        $this->assertStringStartsWith('[Interface]', $v['wireguard']['config']);
        $this->assertStringStartsWith('data:image/svg+xml;base64,', $v['wireguard']['qr']);
        $this->assertSame("{$this->name}.conf", $v['wireguard']['filename']);
        $this->assertSame($v['wireguard']['config'], base64_decode(substr($v['wireguard']['download'], strlen('data:application/octet-stream;base64,'))));
        $this->assertStringContainsString('<ca>', base64_decode(explode(',', $v['openvpn']['download'])[1]));
        $this->assertSame('https://example.com/vpn-howto', $v['instructionUrl']);
        $this->assertFalse($v['online']);
        $this->assertSame($month, $v['traffic']['month']);
        $this->assertSame('1 GB', $v['traffic']['totalDownload']);
        $this->assertSame('1 MB', $v['traffic']['totalUpload']);
        $this->assertSame(cal_days_in_month(CAL_GREGORIAN, (int) gmdate('n'), (int) gmdate('Y')), count($v['traffic']['days']));
        $this->assertCount(12, $v['months']);
        $this->assertCount(7, $this->routes(), 'one request per item, sent at once');
        // The WireGuard private key and the profile are not in the module log.
        $log = json_encode($this->host->moduleLog());
        $this->assertStringNotContainsString('PrivateKey', $log);
        $this->assertStringNotContainsString('BEGIN CERTIFICATE', $log);
    }

    public function testClientAreaShowsAChosenMonth(): void
    {
        $this->vpn[0]->control('POST', '/state', ['clients' => [$this->name => ['traffic' => [
            '2025-02-10' => ['download' => 5000, 'upload' => 7],
        ]]]]);
        $_GET['vpncp_month'] = '2025-02';
        try {
            $v = $this->service($this->id, 'ClientArea')['templateVariables'];
        } finally {
            unset($_GET['vpncp_month']);
        }
        $this->assertSame('2025-02', $v['traffic']['month']);
        $this->assertCount(28, $v['traffic']['days']);
        $this->assertSame(5000, $v['traffic']['days'][9]['downloadBytes']);
        $this->assertContains('client.traffic', $this->routes());
        $path = array_values(array_filter($this->vpn[0]->control('GET', '/requests'), static fn ($r) => $r['route'] === 'client.traffic'))[0]['path'];
        $this->assertSame("/api/v1/client/{$this->name}/traffic/2025/02", $path);

        $_GET['vpncp_month'] = 'last year';
        try {
            $v = $this->service($this->id, 'ClientArea')['templateVariables'];
        } finally {
            unset($_GET['vpncp_month']);
        }
        $this->assertSame(gmdate('Y-m'), $v['traffic']['month']);
        $this->assertStringContainsString('is not a month', $v['notice']);
    }

    public function testOneTimeLinkOnlyFromAPostedForm(): void
    {
        $this->assertSame(['OneTimeLink'], $this->host->call(self::MODULE, 'ClientAreaAllowedFunctions', []));
        $r = $this->service($this->id, 'OneTimeLink');
        $this->assertIsString($r);
        $this->assertStringContainsString('only with the button', $r);
        $this->assertSame([], $this->routes(), 'a GET (or prefetch) reaches no panel');

        $_POST['vpncp_otl'] = '1';
        try {
            $r = $this->service($this->id, 'OneTimeLink');
        } finally {
            unset($_POST['vpncp_otl']);
        }
        $this->assertSame('templates/otl', $r['templatefile'], json_encode($r));
        $this->assertStringStartsWith('https://vpn.sim.local/otl/', $r['vars']['link']);
        $this->assertSame(['client.otl'], $this->routes());
        $this->assertStringNotContainsString($r['vars']['link'], json_encode($this->host->moduleLog()), 'the link is masked in the log');
    }

    public function testAClientDeletedOnThePanelIsNamedNotHidden(): void
    {
        $this->vpn[0]->control('POST', '/state', ['clients' => [$this->name => null]]);
        $r = $this->service($this->id, 'SuspendAccount');
        $this->assertStringContainsString("the VPN client {$this->name} does not exist on", $r);
        $r = $this->service($this->id, 'ClientArea');
        $this->assertSame('templates/error.tpl', $r['tabOverviewReplacementTemplate']);
        $this->assertStringContainsString('does not exist', $r['templateVariables']['usefulErrorHelper']);
        $tab = $this->host->callService($this->id, 'AdminServicesTabFields');
        $this->assertStringContainsString('does not exist', $tab['Error']);
    }
}
