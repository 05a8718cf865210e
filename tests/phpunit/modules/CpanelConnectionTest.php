<?php
/**
 * The module as WHMCS loads it, and the calls that only need the server record:
 * MetaData, ConfigOptions, TestConnection (CheckServerConnection), the package Loader.
 */

require_once __DIR__ . '/CpanelTestCase.php';

final class CpanelConnectionTest extends CpanelTestCase
{
    public function testEveryFunctionWithEmptyParamsReturnsItsDocumentedType(): void
    {
        $arrays = ['MetaData', 'ConfigOptions', 'TestConnection', 'AdminCustomButtonArray',
            'AdminServicesTabFields', 'ServiceSingleSignOn', 'AdminSingleSignOn', 'ClientArea', 'ListAccounts'];
        $strings = ['CreateAccount', 'SuspendAccount', 'UnsuspendAccount', 'TerminateAccount',
            'ChangePassword', 'ChangePackage', 'UsageUpdate', 'ReapplyAddons', 'AdminLink'];
        foreach ($arrays as $fn) {
            $this->assertTrue(function_exists(self::MODULE . "_$fn"), $fn);
            $this->assertIsArray($this->host->call(self::MODULE, $fn, []), $fn);
        }
        foreach ($strings as $fn) {
            $this->assertTrue(function_exists(self::MODULE . "_$fn"), $fn);
            $this->assertIsString($this->host->call(self::MODULE, $fn, []), $fn);
        }
        $sso = $this->host->call(self::MODULE, 'ServiceSingleSignOn', []);
        $this->assertFalse($sso['success']);
        $this->assertNotEmpty($sso['errorMsg']);
    }

    public function testMetaDataNamesThePortsSsoAndSyncFields(): void
    {
        $m = $this->host->metaData(self::MODULE);
        $this->assertSame('2087', $m['DefaultSSLPort']);
        $this->assertSame('2086', $m['DefaultNonSSLPort']);
        $this->assertSame('Log in to cPanel', $m['ServiceSingleSignOnLabel']);
        $this->assertSame('Log in to WHM', $m['AdminSingleSignOnLabel']);
        $this->assertSame('username', $m['ListAccountsUniqueIdentifierField']);
        $this->assertSame('configoption1', $m['ListAccountsProductField']);
        $defs = $this->host->call(self::MODULE, 'ConfigOptions', []);
        $this->assertSame('WHM package', array_key_first($defs));
        $this->assertSame('oxide_cpanel_LoadPackages', $defs['WHM package']['Loader']);
        $this->assertLessThanOrEqual(24, count($defs));
    }

    public function testTestConnectionReportsTheVersionWithTwoRequestsAndNoSecret(): void
    {
        $r = $this->server($this->serverId, 'TestConnection');
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertSame('11.118.0.5', $r['version']);
        // Both read at once: either may reach WHM first.
        $this->assertEqualsCanonicalizing(['version', 'myprivs'], $this->functions());
        foreach ($this->requests() as $req) {
            $this->assertSame('token', $req['auth_kind']);
            $this->assertSame(['api.version', '1'], $req['fields'][0], 'api.version=1 on every call');
        }
        $log = json_encode($this->host->moduleLog(), JSON_UNESCAPED_SLASHES);
        $this->assertStringContainsString('json-api/version', $log);
        $this->assertStringContainsString('[not logged]', $log, 'the Authorization header is not logged');
    }

    public function testAdminLinkPointsAtWhm(): void
    {
        $link = $this->host->call(self::MODULE, 'AdminLink', $this->host->serverParams($this->serverId));
        $this->assertSame('<a href="https://127.0.0.1:' . $this->panel->port . '/" target="_blank" rel="noopener">Log in to WHM</a>', $link);
        $this->assertSame([], $this->functions(), 'a link needs no request');
    }

    public function testARestrictedTokenIsNamedWithTheMissingPrivileges(): void
    {
        $limited = $this->secret('LIMITEDTOKEN0000000000000000000B');
        $this->setState(['tokens' => [
            ['user' => 'root', 'token' => self::TOKEN, 'acls' => ['all']],
            ['user' => 'root', 'token' => $limited, 'acls' => ['create-acct', 'list-accts', 'list-pkgs', 'suspend-acct']],
        ]]);
        $server = $this->whmServer($limited . "\npin=" . $this->panel->sha256);
        $r = $this->server($server, 'TestConnection');
        $this->assertFalse($r['success']);
        $this->assertStringContainsString('11.118.0.5', $r['error']);
        foreach (['kill-acct', 'upgrade-account', 'edit-account', 'passwd', 'show-bandwidth', 'create-user-session'] as $acl) {
            $this->assertStringContainsString($acl, $r['error']);
        }
        $this->assertStringNotContainsString('suspend-acct', $r['error']);
    }

    public function testAServerWithoutMyprivsStillConnectsWithAWarning(): void
    {
        $this->fault(['route' => 'myprivs', 'kind' => 'status', 'status' => 200, 'times' => 1,
            'body' => '{"metadata":{"command":"myprivs","result":0,"reason":"Unknown app (\\"myprivs\\") requested for this version (1) of the API."}}']);
        $r = $this->server($this->serverId, 'TestConnection');
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertStringContainsString('privileges not checked', $r['warning']);
    }

    public function testBadTokenWrongPinNoPinAndClosedPortEachSayWhatToFix(): void
    {
        $bad = $this->secret('BADTOKEN000000000000000000000000');
        $r = $this->server($this->whmServer($bad . "\npin=" . $this->panel->sha256), 'TestConnection');
        $this->assertFalse($r['success']);
        $this->assertStringContainsString('refused the credentials (Access denied)', $r['error']);

        $r = $this->server($this->whmServer(self::TOKEN . "\npin=" . str_repeat('00:', 31) . '00'), 'TestConnection');
        $this->assertStringContainsString('does not match the pinned fingerprint', $r['error']);

        $r = $this->server($this->whmServer(self::TOKEN), 'TestConnection');
        $this->assertStringContainsString('pin=' . $this->panel->sha256, $r['error']);

        $sock = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($sock, false), ':'), 1);
        fclose($sock);
        $r = $this->server($this->whmServer(null, ['port' => $port]), 'TestConnection');
        $this->assertStringContainsString("cannot connect to 127.0.0.1:$port", $r['error']);
        // The bad token's two reads (sent at once) are all that reached WHM.
        $this->assertCount(2, $this->requests(), 'only the bad token reached WHM');
    }

    public function testTokenInThePasswordFieldAndResellerUserWork(): void
    {
        $reseller = $this->secret('RESELLERTOKEN0000000000000000001');
        $this->setState(['tokens' => [['user' => 'res1', 'token' => $reseller, 'acls' => []]]]);
        $server = $this->whmServer("pin={$this->panel->sha256}", ['username' => 'res1', 'password' => $reseller]);
        $r = $this->server($server, 'TestConnection');
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertSame('res1', $r['whmUser']);
    }

    public function testLoaderListsThePackagesAndThrowsOnFailure(): void
    {
        $pid = $this->product();
        $params = $this->host->configOptionsParams($pid);
        $this->assertSame(['basic' => 'basic', 'default' => 'default', 'pro' => 'pro'],
            $this->host->call(self::MODULE, 'LoadPackages', $params));
        $this->assertSame([['want', 'creatable']], array_slice($this->requests()[0]['fields'], 1));

        $this->fault(['route' => 'listpkgs', 'kind' => 'html', 'status' => 502]);
        try {
            $this->host->call(self::MODULE, 'LoadPackages', $params);
            $this->fail('the Loader must throw');
        } catch (Exception $e) {
            $this->assertStringContainsString('HTML page (502 Bad Gateway', $e->getMessage());
        }
    }
}
