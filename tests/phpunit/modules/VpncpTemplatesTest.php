<?php
/**
 * The module's Smarty templates render (Smarty 4, as WHMCS 8 uses) with what the module
 * returns: client card, configs and downloads, QR, the POST-only one-time-link form with
 * WHMCS's CSRF token, the month selector and the traffic table.
 */

require_once __DIR__ . '/VpncpTestCase.php';

final class VpncpTemplatesTest extends VpncpTestCase
{
    private const SMARTY = '/usr/share/php/smarty4/bootstrap.php';

    private function render(string $template, array $vars): string
    {
        if (!is_file(self::SMARTY)) {
            $this->markTestSkipped('Smarty 4 is not installed');
        }
        require_once self::SMARTY;
        $smarty = new Smarty();
        $dir = dirname(__DIR__, 3) . '/php/modules/servers/oxide_vpncp/templates';
        $smarty->setTemplateDir($dir);
        $compile = sys_get_temp_dir() . '/oxide-vpncp-smarty';
        if (!is_dir($compile)) {
            mkdir($compile, 0700, true);
        }
        $smarty->setCompileDir($compile);
        $smarty->assign($vars + ['token' => 'csrf-token-1']);
        return $smarty->fetch("$dir/$template");
    }

    public function testClientAreaTemplateRendersEverySection(): void
    {
        $this->servers(1);
        $pid = $this->product(['download_mbps' => 100, 'instruction_url' => 'https://example.com/vpn-howto?a=1&b=2']);
        $id = $this->vpnService($pid);
        $this->assertSuccess($this->service($id, 'CreateAccount'));
        $name = $this->host->service($id)['username'];
        $this->vpn[0]->control('POST', '/state', ['clients' => [$name => ['traffic' => [gmdate('Y-m') . '-01' => ['download' => 2048, 'upload' => 1]]]]]);

        $r = $this->service($id, 'ClientArea');
        $html = $this->render(basename($r['tabOverviewModuleOutputTemplate']), $r['templateVariables']);

        $this->assertStringContainsString("<dd class=\"col-sm-8\">$name</dd>", $html);
        $this->assertStringContainsString('download 100 Mbit/s, upload unlimited', $html);
        $this->assertStringContainsString('[Interface]', $html);
        $this->assertStringContainsString("download=\"$name.conf\"", $html);
        $this->assertStringContainsString('href="data:application/octet-stream;base64,', $html);
        $this->assertStringContainsString('<img src="data:image/svg+xml;base64,', $html);
        $this->assertStringContainsString("download=\"$name.ovpn\"", $html);
        $this->assertStringContainsString('href="https://example.com/vpn-howto?a=1&amp;b=2"', $html);
        $this->assertMatchesRegularExpression('#<form method="post" action="clientarea.php\?action=productdetails&amp;id=' . $id . '&amp;modop=custom&amp;a=OneTimeLink">\s*<input type="hidden" name="token" value="csrf-token-1">\s*<input type="hidden" name="vpncp_otl" value="1">#', $html);
        $this->assertStringContainsString('<option value="' . gmdate('Y-m') . '" selected>', $html);
        $this->assertStringContainsString('<td>' . gmdate('Y-m') . '-01</td><td>2 KB</td><td>1 B</td>', $html);
    }

    public function testOneTimeLinkAndErrorTemplatesRender(): void
    {
        $english = (static function (): array {
            $_LANG = [];
            include dirname(__DIR__, 3) . '/php/modules/servers/oxide_vpncp/lang/english.php';
            return $_LANG;
        })();
        $html = $this->render('otl.tpl', ['link' => 'https://vpn.example/otl/abc?x=1&y=2', 'serviceId' => 7, 'clientName' => 'vpn-1', '_lang' => $english]);
        $this->assertStringContainsString('One-time link for vpn-1', $html);
        $this->assertStringContainsString('value="https://vpn.example/otl/abc?x=1&amp;y=2"', $html);
        $this->assertStringContainsString('id=7', $html);
        $html = $this->render('error.tpl', ['usefulErrorHelper' => 'ClientArea failed: <b>x</b>']);
        $this->assertStringContainsString('ClientArea failed: &lt;b&gt;x&lt;/b&gt;', $html);
    }
}
