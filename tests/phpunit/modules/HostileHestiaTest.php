<?php
/**
 * oxide_hestiacp against a hostile HestiaCP simulator (tests/sim hostile modes over the control
 * API; simulator only: the real panel is not hostile on demand): tenant-chosen names and
 * domains with markup never reach a page unescaped, and a gateway's answer on terminate is no
 * proof the user is gone.
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';
require_once __DIR__ . '/HostilePanel.php';

/** @group simulator-only */
final class HostileHestiaTest extends HestiaLifecycleTestCase
{
    use HostilePanel;

    /** @var string[] client-area pages rendered */
    private array $pages = [];

    public function testTenantNamesReachNoPageUnescaped(): void
    {
        $id = $this->activeService();
        foreach ([['PACKAGE', 'CONTACT', 'NAME', 'ALIAS', 'IP', 'HESTIA', 'HOSTNAME', 'TPL', 'DATE', 'SSL'], ['*']] as $keys) {
            $this->hostileNames($this->panel, $keys);
            $ca = $this->service($id, 'ClientArea');
            $this->assertNoPanelMarkup($this->pages[] = $this->renderClientArea(self::MODULE, $ca), 'the client area (' . implode(',', $keys) . ')');
            $this->assertNoPanelMarkup($this->service($id, 'AdminServicesTabFields'), 'the admin tab');
            $this->assertNoPanelMarkup($this->server($this->serverId, 'TestConnection'), 'TestConnection');
        $this->assertStringContainsString('&lt;script&gt;', implode('', $this->pages), 'the hostile text is on the page, escaped');
            $this->assertPlainMessage((string) $this->server($this->serverId, 'UsageUpdate'), 'UsageUpdate');
            $this->panel->control('DELETE', '/faults');
        }
    }

    public function testAGatewaysAnswerOnTerminateIsNoProofOfGone(): void
    {
        $id = $this->activeService();
        foreach ([['kind' => 'json', 'status' => 404, 'body' => ['error' => 'Not Found', 'message' => "user doesn't exist"]],
                     ['kind' => 'html', 'status' => 404], ['kind' => 'json', 'status' => 502, 'body' => ['message' => 'Bad Gateway']],
                     ['kind' => 'redirect', 'status' => 302, 'location' => 'https://login.example.invalid/']] as $gateway) {
            $this->panel->control('POST', '/faults', ['route' => 'v-delete-user', 'times' => 1] + $gateway);
            $this->assertNotSame('success', $this->service($id, 'TerminateAccount'), json_encode($gateway));
            $this->assertArrayHasKey('shopuser', $this->state()['users'], 'the user is still there');
        }
        $this->assertSame('success', $this->service($id, 'TerminateAccount'));
        $this->assertArrayNotHasKey('shopuser', $this->state()['users']);
    }
}
