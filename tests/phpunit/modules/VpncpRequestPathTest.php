<?php
/**
 * oxide_vpncp: every function's panel requests and how many wait for one another, pinned (see
 * RequestPath), on a group of one server (the product page's discovery across many servers is
 * in make bench). The minimum puqVPNcp's API allows, per function:
 * - CreateAccount: 3 — the licence slots and the network's free IP (at once), the client, then
 *   its bandwidth caps (the API takes no caps on create).
 * - pages, TestConnection: 1 — every read at once.
 * - everything else: 1 (UsageUpdate: one traffic request per client, all at once).
 *
 * @group request-path
 */

require_once __DIR__ . '/VpncpTestCase.php';
require_once __DIR__ . '/RequestPath.php';

final class VpncpRequestPathTest extends VpncpTestCase
{
    use RequestPath;

    private function path(string $label, callable $call, ?array $expect): array
    {
        return $this->measurePath($this->vpn[0], self::MODULE, $label, $call, $expect);
    }

    public function testLifecycle(): void
    {
        $this->servers(1, [[
            'networks' => ['eu1' => ['subnet' => '10.8.0.0/28']],
            'license' => ['max_accounts' => 10],
        ]]);
        $pid = $this->product(['download_mbps' => 100, 'upload_mbps' => 50, 'networks' => [$this->pair(0, 'eu1')]]);
        $id = $this->vpnService($pid, 0, ['password' => $this->secret('Start-Pass-1234')]);
        // The IKEv2 profile download gives the client their own VPN password (its purpose).
        \Oxide\Harness\SecretCheck::deliveredToOwner('Start-Pass-1234');
        $this->path('TestConnection', fn () => $this->server($this->serverIds[0], 'TestConnection'), [3, 1]);
        $this->path('CreateAccount', fn () => $this->service($id, 'CreateAccount'), [4, 3]);
        $this->path('AdminServicesTabFields', fn () => $this->service($id, 'AdminServicesTabFields'), [3, 1]);
        $this->path('ClientArea', fn () => $this->service($id, 'ClientArea'), [7, 1]);
        $_POST['vpncp_otl'] = '1';
        try {
            $this->path('OneTimeLink', fn () => $this->service($id, 'OneTimeLink'), [1, 1]);
        } finally {
            unset($_POST['vpncp_otl']);
        }
        $this->path('ChangePassword', fn () => $this->service($id, 'ChangePassword', ['password' => $this->secret('Next-Pass-4321')]), [1, 1]);
        $this->path('ChangePackage', fn () => $this->service($id, 'ChangePackage'), [1, 1]);
        $this->path('SuspendAccount', fn () => $this->service($id, 'SuspendAccount'), [1, 1]);
        $this->path('UnsuspendAccount', fn () => $this->service($id, 'UnsuspendAccount'), [1, 1]);
        $this->path('UsageUpdate', fn () => $this->server($this->serverIds[0], 'UsageUpdate'), [1, 1]);
        $this->path('MetricUsage', fn () => $this->server($this->serverIds[0], 'MetricUsage'), [1, 1]);
        $this->path('TerminateAccount', fn () => $this->service($id, 'TerminateAccount'), [1, 1]);
    }
}
