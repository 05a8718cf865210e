<?php
/**
 * The settings panel on the product page: every enabled server of the group with its
 * networks and licence slots (or its error), asked in parallel; saved ticks kept when the
 * group cannot be reached; a malformed document reported, not replaced.
 */

require_once __DIR__ . '/VpncpTestCase.php';

final class VpncpProductPageTest extends VpncpTestCase
{
    private function closedPort(): int
    {
        $sock = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($sock, false), ':'), 1);
        fclose($sock);
        return $port;
    }

    private function page(int $pid): array
    {
        $r = $this->host->call(self::MODULE, 'ConfigOptions', $this->host->configOptionsParams($pid));
        $this->returned[] = $r;
        return $r;
    }

    public function testEveryServerOfTheGroupWithItsNetworksSlotsOrError(): void
    {
        $this->servers(2, [
            ['networks' => ['eu1' => ['subnet' => '10.8.0.0/29']], 'clients' => ['x' => ['network' => 'eu1']], 'license' => ['max_accounts' => 20]],
            ['networks' => ['us1' => ['subnet' => '10.9.0.0/24', 'protocols' => ['openvpn' => false]]]],
        ]);
        $dead = $this->host->createServer(['type' => self::MODULE, 'name' => 'vpn-dead', 'hostname' => '127.0.0.1',
            'password' => self::TOKEN, 'secure' => false, 'port' => $this->closedPort()]);
        $disabled = $this->host->createServer(['type' => self::MODULE, 'name' => 'vpn-off', 'hostname' => '127.0.0.1',
            'password' => self::TOKEN, 'secure' => false, 'port' => $this->vpn[0]->port, 'disabled' => 1]);
        foreach ([$dead, $disabled] as $sid) {
            Illuminate\Database\Capsule\Manager::table('tblservergroupsrel')->insert(['groupid' => $this->groupId, 'serverid' => $sid]);
        }
        $pid = $this->product(['networks' => [$this->pair(1, 'us1')]]);

        $options = $this->page($pid);

        $this->assertCount(24, $options);
        $this->assertSame('puqVPNcp settings', array_keys($options)[23], 'the document is configoption24');
        $field = $options['puqVPNcp settings'];
        $this->assertSame('textarea', $field['Type']);
        $html = $field['Description'];
        $this->assertStringContainsString('vpn1 (127.0.0.1) <small>licence slots 1/20 used</small>', $html);
        $this->assertStringContainsString("data-server=\"{$this->serverIds[0]}\" data-network=\"eu1\"", $html);
        $this->assertStringContainsString("data-server=\"{$this->serverIds[1]}\" data-network=\"us1\" data-label=\"vpn2 (127.0.0.1)\" checked", $html);
        $this->assertStringContainsString('vpn-dead (127.0.0.1) <span class="ov-error">unreachable: cannot connect to 127.0.0.1:', $html);
        $this->assertStringNotContainsString('vpn-off', $html, 'disabled servers are not offered');
        $this->assertStringContainsString('3 server(s) of the product\'s group', $html);
        $this->assertStringContainsString('<li data-server="' . $this->serverIds[1] . '" data-network="us1">vpn2 (127.0.0.1) → us1', $html);
        $this->assertStringContainsString('WireGuard, IKEv2', $html);
        foreach ([0, 1] as $i) {
            $this->assertEqualsCanonicalizing(['system.status', 'network.list'], $this->routes($i));
        }
        $this->assertStringNotContainsString(self::TOKEN, $html);
    }

    public function testServersAreAskedInParallel(): void
    {
        $n = 5;
        $latency = 400;
        $this->servers($n);
        foreach (range(0, $n - 1) as $i) {
            $this->fault($i, ['route' => '*', 'kind' => 'latency', 'ms' => $latency]);
        }
        $pid = $this->product();

        $started = microtime(true);
        $html = $this->page($pid)['puqVPNcp settings']['Description'];
        $ms = (microtime(true) - $started) * 1000;

        // One after the other would take 5 servers × 2 requests × 400 ms = 4 s.
        $this->assertLessThan(2000, $ms, "the group took $ms ms");
        $this->assertGreaterThanOrEqual($latency, $ms);
        $this->assertSame($n, substr_count($html, 'licence slots 0/50 used'));
    }

    public function testAnUnreachableGroupKeepsTheSavedTicks(): void
    {
        $this->servers(0);
        $a = $this->host->createServer(['type' => self::MODULE, 'name' => 'gone-a', 'hostname' => '127.0.0.1',
            'password' => self::TOKEN, 'secure' => false, 'port' => $this->closedPort()]);
        $b = $this->host->createServer(['type' => self::MODULE, 'name' => 'gone-b', 'hostname' => '127.0.0.1',
            'password' => self::TOKEN, 'secure' => false, 'port' => $this->closedPort()]);
        $group = $this->host->createServerGroup('VPN down', [$a, $b]);
        $doc = ['version' => 1, 'download_mbps' => 10, 'theme' => 'dark',
            'networks' => [['server_id' => $b, 'network' => 'eu1'], ['server_id' => $a, 'network' => 'us1']]];
        $stored = json_encode($doc, JSON_PRETTY_PRINT);
        $pid = $this->host->createProduct(['type' => 'other', 'servertype' => self::MODULE, 'servergroup' => $group, 'configoption24' => $stored]);

        $html = $this->page($pid)['puqVPNcp settings']['Description'];

        $this->assertStringContainsString('No server of the group could be reached. The ticks saved before are kept', $html);
        $posB = strpos($html, "<li data-server=\"$b\" data-network=\"eu1\">gone-b (127.0.0.1) → eu1 (server unreachable: kept)");
        $posA = strpos($html, "<li data-server=\"$a\" data-network=\"us1\">gone-a (127.0.0.1) → us1 (server unreachable: kept)");
        $this->assertNotFalse($posB);
        $this->assertNotFalse($posA);
        $this->assertLessThan($posA, $posB, 'in the saved order');
        // What WHMCS posts back on save is the text area, untouched by the module.
        $this->assertSame($stored, Illuminate\Database\Capsule\Manager::table('tblproducts')->where('id', $pid)->value('configoption24'));
        $this->assertDoesNotMatchRegularExpression('/<(input|textarea|select)[^>]*\sname=/', $html, 'the panel posts nothing of its own');
    }

    public function testAMalformedDocumentIsReportedNotReplaced(): void
    {
        $this->servers(1);
        $pid = $this->product([], ['configoption24' => '{"download_mbps": 10, "networks": [']);

        $html = $this->page($pid)['puqVPNcp settings']['Description'];

        $this->assertStringContainsString('data-bad="1"', $html);
        $this->assertStringContainsString('The saved settings document is not valid — product settings (configoption24): not valid JSON', $html);
        $this->assertSame('{"download_mbps": 10, "networks": [',
            Illuminate\Database\Capsule\Manager::table('tblproducts')->where('id', $pid)->value('configoption24'));
    }

    public function testWithoutAGroupThePanelAsksForOne(): void
    {
        $this->servers(0);
        $pid = $this->host->createProduct(['type' => 'other', 'servertype' => self::MODULE]);
        $html = $this->page($pid)['puqVPNcp settings']['Description'];
        $this->assertStringContainsString('Choose a server group of puqVPNcp servers', $html);
        $this->assertStringContainsString('value="vpn-{client_id}-{service_id}-{random_letter_4}"', $html);
    }

    public function testThePanelScriptIsValidJavaScript(): void
    {
        $node = trim((string) shell_exec('command -v node 2>/dev/null'));
        if ($node === '') {
            $this->markTestSkipped('node is not installed');
        }
        $html = $this->host->call(self::MODULE, 'ConfigOptions', [])['puqVPNcp settings']['Description'];
        $this->assertSame(1, preg_match('#<script>(.*)</script>#s', $html, $m));
        $file = tempnam(sys_get_temp_dir(), 'vpncp-js-');
        file_put_contents($file, $m[1]);
        exec(escapeshellarg($node) . ' --check ' . escapeshellarg($file) . ' 2>&1', $out, $rc);
        unlink($file);
        $this->assertSame(0, $rc, implode("\n", $out));
    }

    public function testWhmcsCallShapeFindsTheProductThroughTheRequest(): void
    {
        $this->servers(1, [['networks' => ['eu1' => ['subnet' => '10.8.0.0/29']]]]);
        $pid = $this->product(['networks' => [$this->pair(0, 'eu1')]]);
        $other = $this->host->createServerGroup('empty', []);

        // hasSimpleConfigMode(): only producttype — no discovery, no request.
        $first = $this->host->call(self::MODULE, 'ConfigOptions', ['producttype' => 'other']);
        $this->assertTrue($first['puqVPNcp settings']['SimpleMode']);
        $this->assertFalse($first['Unused 1']['SimpleMode']);
        $this->assertSame([], $this->routes());

        // configproducts.php?action=edit&id=N renders the fields with producttype + isAddon.
        $_GET = ['action' => 'edit', 'id' => (string) $pid];
        try {
            $html = $this->host->call(self::MODULE, 'ConfigOptions', ['producttype' => 'other', 'isAddon' => false])['puqVPNcp settings']['Description'];
        } finally {
            $_GET = [];
        }
        $this->assertStringContainsString('data-network="eu1" data-label="vpn1 (127.0.0.1)" checked', $html);

        // The module-settings reload after the admin picks another group.
        $_POST = ['action' => 'module-settings', 'id' => (string) $pid, 'servergroup' => (string) $other, 'module' => self::MODULE];
        try {
            $html = $this->host->call(self::MODULE, 'ConfigOptions', ['producttype' => 'other', 'isAddon' => false])['puqVPNcp settings']['Description'];
        } finally {
            $_POST = [];
        }
        $this->assertStringContainsString('The group has no enabled puqVPNcp server', $html);
        $this->assertStringContainsString('(not an enabled server of this group: kept, skipped at deploy)', $html);
    }
}
