<?php
/**
 * Single sign-on (cpaneld for clients, whostmgrd for staff) — the login URL reaches WHMCS
 * and nothing else — and what staff and clients see: ListAccounts (server sync),
 * AdminServicesTabFields and ClientArea.
 */

require_once __DIR__ . '/CpanelTestCase.php';

final class CpanelViewsTest extends CpanelTestCase
{
    private function lastSession(): array
    {
        $sessions = $this->state()['sessions'];
        $this->assertNotEmpty($sessions);
        return end($sessions);
    }

    private function assertNotLogged(string $secret): void
    {
        $haystack = json_encode([$this->host->moduleLog(), $this->host->activityLog()], JSON_UNESCAPED_SLASHES);
        $this->assertStringNotContainsString($secret, $haystack);
        $this->assertStringNotContainsString(json_encode($secret), json_encode([$this->host->moduleLog(), $this->host->activityLog()]));
    }

    public function testServiceSingleSignOnReturnsTheSimulatorsUrlAndLogsNoneOfIt(): void
    {
        $id = $this->activeService();
        $r = $this->service($id, 'ServiceSingleSignOn');
        $this->assertTrue($r['success'], $r['errorMsg'] ?? '');
        $session = $this->lastSession();
        $this->assertSame(['shopuser', 'cpaneld'], [$session['user'], $session['service']]);
        $this->assertSame($session['url'], $r['redirectTo']);
        $this->assertStringStartsWith('https://127.0.0.1:2083/cpsess', $r['redirectTo']);
        $this->assertSame(['user' => 'shopuser', 'service' => 'cpaneld'],
            array_diff_key($this->fieldsOf('create_user_session'), ['api.version' => 1]));
        $this->assertNotLogged($r['redirectTo']);
        parse_str((string) parse_url($r['redirectTo'], PHP_URL_QUERY), $q);
        $this->assertNotLogged($q['session']);
        $this->assertStringContainsString('create_user_session', json_encode($this->host->moduleLog()), 'the exchange itself is logged');
    }

    public function testAdminSingleSignOnOpensWhmAsTheServersUser(): void
    {
        $r = $this->host->call(self::MODULE, 'AdminSingleSignOn', $this->host->serverParams($this->serverId));
        $this->returned[] = $r;
        $this->assertTrue($r['success'], $r['errorMsg'] ?? '');
        $session = $this->lastSession();
        $this->assertSame(['root', 'whostmgrd'], [$session['user'], $session['service']]);
        $this->assertSame($session['url'], $r['redirectTo']);
        $this->assertStringContainsString(':2087/cpsess', $r['redirectTo']);
        $this->assertNotLogged($r['redirectTo']);
    }

    public function testSingleSignOnFailuresAreMessagesWithoutTheToken(): void
    {
        $id = $this->activeService();
        $this->service($id, 'SuspendAccount', ['suspendreason' => 'x']);
        $r = $this->service($id, 'ServiceSingleSignOn');
        $this->assertFalse($r['success']);
        $this->assertStringContainsString('ServiceSingleSignOn failed: WHM create_user_session failed: The account “shopuser” is suspended', $r['errorMsg']);

        $this->setState(['tokens' => [['user' => 'root', 'token' => self::TOKEN, 'acls' => ['list-accts']]]]);
        $r = $this->host->call(self::MODULE, 'AdminSingleSignOn', $this->host->serverParams($this->serverId));
        $this->returned[] = $r;
        $this->assertFalse($r['success']);
        $this->assertStringContainsString('may not run it', $r['errorMsg']);
        $this->assertStringContainsString('create-user-session', $r['errorMsg']);
    }

    public function testListAccountsForServerSync(): void
    {
        $id = $this->activeService(['Dedicated IP' => 'on']);
        $this->service($id, 'SuspendAccount', ['suspendreason' => 'x']);
        $this->addAccount('manual', ['domain' => 'manual.example', 'plan' => 'pro', 'startdate' => 1767225600]);
        $r = $this->server($this->serverId, 'ListAccounts');
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $byUser = array_column($r['accounts'], null, 'username');
        $this->assertSame(['manual', 'shopuser'], array_keys($byUser));
        $this->assertSame([
            'email' => 'other@else.example', 'username' => 'manual', 'domain' => 'manual.example',
            'uniqueIdentifier' => 'manual', 'product' => 'pro', 'primaryip' => '192.0.2.10',
            'created' => '2026-01-01 00:00:00', 'status' => 'Active',
        ], $byUser['manual']);
        $this->assertSame(['Suspended', '192.0.2.50', 'basic'],
            [$byUser['shopuser']['status'], $byUser['shopuser']['primaryip'], $byUser['shopuser']['product']]);
    }

    public function testAdminTabShowsTheLiveAccountAndRecordedTraffic(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $id = $this->activeService();
        $this->setState(['accounts' => ['shopuser' => ['disk_used_mb' => 12]], 'bandwidth' => ['shopuser' => ['2026-05' => 3 * self::GB]]]);
        $this->server($this->serverId, 'UsageUpdate');
        $this->clearRequests();
        $tab = $this->host->call(self::MODULE, 'AdminServicesTabFields', $this->host->params($id));
        $this->returned[] = $tab;
        $this->assertEqualsCanonicalizing(['listaccts', 'showbw'], $this->functions(), 'read at once');
        $this->assertStringContainsString('shopuser — shop.example — package basic', $tab['cPanel account']);
        $this->assertSame('Active', $tab['cPanel status']);
        $this->assertSame('12 MB of 1 GB', $tab['Disk']);
        $this->assertSame('3 GB of 10 GB', $tab['Bandwidth this month']);
        $this->assertSame('2026-05: 3 GB', $tab['Traffic recorded']);
        $this->assertStringContainsString('email accounts 10, databases 5', $tab['Account limits']);
    }

    /** Staff read the tab in their own language (tbladmins.language of the logged-in admin). */
    public function testAdminTabIsInTheAdminsLanguage(): void
    {
        $id = $this->activeService();
        $this->setState(['accounts' => ['shopuser' => ['disk_used_mb' => 12]]]);
        $admin = \WHMCS\Database\Capsule::table('tbladmins')->insertGetId(['username' => 'staff', 'language' => 'german']);
        $_SESSION = ['adminid' => $admin];
        try {
            $tab = $this->host->call(self::MODULE, 'AdminServicesTabFields', $this->host->params($id));
        } finally {
            $_SESSION = [];
        }
        $this->returned[] = $tab;
        $this->assertSame('Aktiv', $tab['cPanel-Status']);
        $this->assertSame('12 MB von 1 GB', $tab['Speicherplatz']);
        $this->assertStringContainsString('E-Mail-Konten 10, Datenbanken 5', $tab['Kontolimits']);
    }

    public function testAdminTabAndClientAreaFailInTheirShapes(): void
    {
        $id = $this->activeService();
        $this->setState(['accounts' => ['shopuser' => null]]);
        $tab = $this->host->call(self::MODULE, 'AdminServicesTabFields', $this->host->params($id));
        $this->assertStringContainsString('WHM has no account `shopuser`', $tab['Error']);
        $ca = $this->host->call(self::MODULE, 'ClientArea', $this->host->params($id));
        $this->assertSame('templates/error.tpl', $ca['tabOverviewReplacementTemplate']);
        $this->assertStringContainsString('shopuser', $ca['templateVariables']['usefulErrorHelper']);
    }

    public function testClientAreaHasUsagePackageAndTheSsoLink(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $id = $this->activeService();
        $this->setState(['bandwidth' => ['shopuser' => ['2026-05' => 50 * self::MB]]]);
        $ca = $this->host->call(self::MODULE, 'ClientArea', $this->host->params($id));
        $this->returned[] = $ca;
        $this->assertSame('templates/clientarea.tpl', $ca['tabOverviewModuleOutputTemplate']);
        $v = $ca['templateVariables'];
        $this->assertSame(['shopuser', 'shop.example', 'basic', false, 50, 10240, 1024],
            [$v['username'], $v['domain'], $v['package'], $v['suspended'], $v['bandwidthUsedMb'], $v['bandwidthLimitMb'], $v['diskLimitMb']]);
        $this->assertSame("clientarea.php?action=productdetails&id=$id&dosinglesignon=1", $v['ssoUrl']);
        $this->assertFileExists($this->host->modulesDir() . '/oxide_cpanel/templates/clientarea.tpl');
    }
}
