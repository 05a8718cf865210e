<?php
/**
 * oxide_cpanel against a hostile WHM (tests/sim hostile modes, switched on per simulator over
 * its control API): tenant-chosen names with markup never reach a page unescaped, the quirks of
 * cPanel's own published answers (HTTP 200 with `metadata.result` 0 or "0" and no `data`,
 * `output.raw` with HTML, "unlimited"/"*unknown*"/null limits, numbers as strings) never pass
 * for success, and a gateway's 404 on terminate is no proof the account is gone.
 */

require_once __DIR__ . '/CpanelTestCase.php';
require_once __DIR__ . '/HostilePanel.php';

final class HostileCpanelTest extends CpanelTestCase
{
    use HostilePanel;

    public function testTenantNamesReachNoPageUnescaped(): void
    {
        $id = $this->activeService();
        $this->hostileNames($this->panel, ['domain', 'plan', 'owner', 'email', 'ip', 'theme', 'partition', 'name', 'reason', 'startdate']);
        $ca = $this->service($id, 'ClientArea');
        $this->assertArrayNotHasKey('tabOverviewReplacementTemplate', $ca, 'the page still shows: ' . json_encode($ca));
        $html = $this->renderClientArea(self::MODULE, $ca);
        $this->assertStringContainsString('&lt;script&gt;', $html, 'the hostile domain is shown, escaped');
        $this->assertNoPanelMarkup($html, 'the client area');
        $tab = $this->service($id, 'AdminServicesTabFields');
        $this->assertNoPanelMarkup($tab, 'the admin tab');
        $this->assertNoPanelMarkup($this->server($this->serverId, 'TestConnection'), 'TestConnection');
        $this->panel->control('DELETE', '/faults');

        // The account's own name forged: the module finds no account, and says so plainly.
        $this->hostileNames($this->panel, ['user']);
        $ca = $this->service($id, 'ClientArea');
        $this->assertNoPanelMarkup($this->renderClientArea(self::MODULE, $ca), 'the client area');
        $this->assertNotSame('success', $r = $this->service($id, 'UsageUpdate'));
        $this->assertPlainMessage($r, 'UsageUpdate');
    }

    public function testResultZeroWithoutDataIsNoSuccess(): void
    {
        $id = $this->activeService();
        foreach ([0, '0'] as $result) {
            $this->fault(['route' => 'suspendacct', 'kind' => 'json', 'status' => 200, 'times' => 1,
                'body' => ['metadata' => ['result' => $result, 'reason' => 'Access denied', 'version' => 1, 'command' => 'suspendacct']]]);
            $r = $this->service($id, 'SuspendAccount', ['suspendreason' => 'x']);
            $this->assertNotSame('success', $r, 'result ' . json_encode($result));
            $this->assertFalse($this->account('shopuser')['suspended']);
        }
        $this->fault(['route' => 'suspendacct', 'kind' => 'json', 'status' => 200, 'times' => 1,
            'body' => ['metadata' => ['result' => 0, 'reason' => "<script>alert('oxide')</script>",
                'output' => ['raw' => "<html><script>alert('oxide')</script>\nforged"]]]]);
        $r = $this->service($id, 'SuspendAccount', ['suspendreason' => 'x']);
        $this->assertStringStartsWith('SuspendAccount failed', $r);
        $this->assertPlainMessage($r, 'the SuspendAccount message');
        $this->assertFalse($this->account('shopuser')['suspended']);
    }

    public function testOddLimitsAndNumbersAsStringsAreReadOrNamed(): void
    {
        $id = $this->activeService();
        foreach (['unlimited', '*unknown*', null] as $limit) {
            $this->fault(['route' => 'listaccts', 'kind' => 'set', 'path' => '/data/acct/0/disklimit', 'value' => $limit]);
            $ca = $this->service($id, 'ClientArea');
            $this->assertArrayNotHasKey('tabOverviewReplacementTemplate', $ca, json_encode($limit) . ': ' . json_encode($ca));
            $r = $this->service($id, 'UsageUpdate');
            if ($r !== 'success') {
                $this->assertStringContainsString('disklimit', $r, 'a limit it cannot read is named');
            }
            $this->panel->control('DELETE', '/faults');
        }
        $this->fault(['route' => '*', 'kind' => 'numbers_as_strings']);
        $this->assertSame('success', $this->service($id, 'UsageUpdate'));
        $ca = $this->service($id, 'ClientArea');
        $this->assertArrayNotHasKey('tabOverviewReplacementTemplate', $ca, json_encode($ca));
        $this->assertSame('success', $this->service($id, 'SuspendAccount', ['suspendreason' => 'x']));
        $this->assertTrue($this->account('shopuser')['suspended']);
    }

    public function testAGatewaysAnswerOnTerminateIsNoProofOfGone(): void
    {
        $id = $this->activeService();
        foreach ([['kind' => 'json', 'status' => 404, 'body' => ['error' => 'Not Found', 'message' => 'account not found']],
                     ['kind' => 'html', 'status' => 404], ['kind' => 'json', 'status' => 502, 'body' => ['message' => 'Bad Gateway']],
                     ['kind' => 'redirect', 'status' => 302, 'location' => 'https://login.example.invalid/']] as $gateway) {
            $this->fault(['route' => 'removeacct', 'times' => 1] + $gateway);
            $r = $this->service($id, 'TerminateAccount');
            $this->assertNotSame('success', $r, json_encode($gateway));
            $this->assertNotNull($this->account('shopuser'), 'the account is still there');
        }
        $this->assertSame('success', $this->service($id, 'TerminateAccount'));
        $this->assertNull($this->account('shopuser'));
    }
}
