<?php
/**
 * oxide_vpncp against a hostile puqVPNcp (tests/sim hostile modes over the control API):
 * tenant-chosen names with markup never reach a page unescaped, a one-time link holding
 * markup or a line break is never handed to the client, and a gateway's answer on terminate
 * is no proof the client is gone. (A gateway's *JSON 404* on terminate waits for the
 * is_not_found fix on another branch: tests/fault_matrix_vpncp.rs
 * gateway_json_404_on_delete_proves_nothing documents it.)
 */

require_once __DIR__ . '/VpncpTestCase.php';
require_once __DIR__ . '/HostilePanel.php';

final class HostileVpncpTest extends VpncpTestCase
{
    use HostilePanel;

    /** @var string[] client-area pages rendered */
    private array $pages = [];

    private int $id;
    private string $name;

    protected function setUp(): void
    {
        parent::setUp();
        $this->servers(1, [['networks' => ['eu1' => ['subnet' => '10.8.0.0/28']]]]);
        $pid = $this->product(['download_mbps' => 10, 'upload_mbps' => 5, 'networks' => [$this->pair(0, 'eu1')]]);
        $this->id = $this->vpnService($pid, 0, ['password' => $this->secret('Start-Pass-1234')]);
        $this->assertSuccess($this->service($this->id, 'CreateAccount'));
        $this->name = $this->host->service($this->id)['username'];
    }

    public function testTenantNamesReachNoPageUnescaped(): void
    {
        $this->vpn[0]->control('POST', '/state', ['online' => [
            ['protocol' => 'wireguard', 'name' => $this->name, 'endpoint' => '203.0.113.7:51820', 'last_handshake' => '2026-05-01 10:00:00', 'bytes_download' => 2048],
        ]]);
        $this->hostileNames($this->vpn[0], ['network', 'endpoint', 'protocol', 'ip', 'comment', 'version', 'hostname', 'last_handshake', 'date']);
        $ca = $this->service($this->id, 'ClientArea');
        $this->assertNoPanelMarkup($this->pages[] = $this->renderClientArea(self::MODULE, $ca), 'the client area');
        $this->assertNoPanelMarkup($this->service($this->id, 'AdminServicesTabFields'), 'the admin tab');
        $this->assertNoPanelMarkup($this->server($this->serverIds[0], 'TestConnection'), 'TestConnection');
        $this->assertStringContainsString('&lt;script&gt;', implode('', $this->pages), 'the hostile text is on the page, escaped');
    }

    public function testAOneTimeLinkWithMarkupIsNotHandedOut(): void
    {
        foreach (["https://vpn.sim.local/otl/x\nforged", "https://vpn.sim.local/otl/x<script>alert('oxide')</script>", 'javascript:alert(1)'] as $link) {
            $this->fault(0, ['route' => 'client.otl', 'kind' => 'set', 'path' => '/data/url', 'value' => $link, 'times' => 1]);
            $_POST['vpncp_otl'] = '1';
            try {
                $r = $this->service($this->id, 'OneTimeLink');
            } finally {
                unset($_POST['vpncp_otl']);
            }
            $this->assertFalse(is_array($r) && isset($r['vars']['link']), 'no link page for ' . json_encode($link));
            $this->assertPlainMessage((string) json_encode($r), 'the OneTimeLink reply');
        }
    }

    public function testAGatewaysAnswerOnTerminateIsNoProofOfGone(): void
    {
        foreach ([['kind' => 'html', 'status' => 404], ['kind' => 'json', 'status' => 502, 'body' => ['message' => 'Bad Gateway']],
                     ['kind' => 'redirect', 'status' => 307, 'location' => 'http://127.0.0.1:9/api/']] as $gateway) {
            $this->fault(0, ['route' => 'client.delete', 'times' => 1] + $gateway);
            $this->assertNotSame('success', $this->service($this->id, 'TerminateAccount'), json_encode($gateway));
            $this->assertArrayHasKey($this->name, $this->clients(), 'the client is still there');
        }
        $this->assertSuccess($this->service($this->id, 'TerminateAccount'));
        $this->assertSame([], $this->clients());
    }
}
