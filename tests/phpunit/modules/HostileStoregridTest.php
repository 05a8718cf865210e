<?php
/**
 * oxide_storegrid against a hostile backup server (tests/sim hostile modes over the control
 * API): tenant-chosen names with markup never reach a page unescaped, a pass key holding
 * markup never reaches the client's custom field (and from there the welcome e-mail), and a
 * gateway's answer on terminate is no proof the account was deactivated.
 */

require_once __DIR__ . '/StoregridTestCase.php';
require_once __DIR__ . '/HostilePanel.php';

final class HostileStoregridTest extends StoregridTestCase
{
    use HostilePanel;

    private function created(array $settings = []): int
    {
        $id = $this->newService($this->product($settings));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->secret($this->host->service($id)['password_plain']);
        return $id;
    }

    public function testTenantNamesReachNoPageUnescaped(): void
    {
        $id = $this->created();
        $this->hostileNames($this->panel, ['email', 'company', 'reseller', 'storage_location', 'first_name', 'last_name', 'contact', 'location', 'report_email', 'version']);
        $ca = $this->service($id, 'ClientArea');
        $this->assertNoPanelMarkup($this->renderClientArea(self::MODULE, $ca), 'the client area');
        $this->assertNoPanelMarkup($tab = $this->service($id, 'AdminServicesTabFields'), 'the admin tab');
        $this->assertStringContainsString('&lt;script&gt;', $tab['Storage location'], 'the hostile location is shown, escaped');
        $this->assertNoPanelMarkup($this->server($this->serverId, 'TestConnection'), 'TestConnection');
        $this->panel->control('DELETE', '/faults');
        $this->hostileNames($this->panel, ['name']);
        $ca = $this->service($id, 'ClientArea');
        $this->assertNoPanelMarkup($this->renderClientArea(self::MODULE, $ca), 'the client area');
        $this->assertPlainMessage((string) $this->service($id, 'UsageUpdate'), 'UsageUpdate');
    }

    public function testAPassKeyWithMarkupIsNotStored(): void
    {
        $id = $this->newService($this->product(['Retrieve Customer Pass Key' => 'on']));
        $this->panel->control('POST', '/faults', ['route' => 'GetPassKey', 'kind' => 'names', 'keys' => ['pass_key'], 'times' => 1]);
        $r = $this->service($id, 'CreateAccount');
        $this->assertNotSame('success', $r);
        $this->assertStringContainsString('pass_key', $r);
        $this->assertNull($this->account('ada'), 'the new account was deleted again');
        $this->assertNoPanelMarkup(json_encode($this->host->moduleLog()), 'the module log');
        $this->assertSame('success', $this->service($id, 'CreateAccount'), 'a retry creates it with a clean key');
        $this->secret($this->account('ada')['pass_key']);
    }

    public function testAGatewaysAnswerOnTerminateIsNoProofOfGone(): void
    {
        $id = $this->created();
        foreach ([['kind' => 'json', 'status' => 404, 'body' => ['error' => 'Not Found', 'message' => 'account not found']],
                     ['kind' => 'html', 'status' => 404], ['kind' => 'json', 'status' => 502, 'body' => ['message' => 'Bad Gateway']],
                     ['kind' => 'redirect', 'status' => 302, 'location' => 'https://login.example.invalid/']] as $gateway) {
            $this->panel->control('POST', '/faults', ['route' => 'SetAccountStatus', 'times' => 1] + $gateway);
            $this->assertNotSame('success', $this->service($id, 'TerminateAccount'), json_encode($gateway));
            $this->assertTrue($this->account('ada')['active'], 'the account is still active');
        }
        $this->assertSame('success', $this->service($id, 'TerminateAccount'));
        $this->assertFalse($this->account('ada')['active']);
    }
}
