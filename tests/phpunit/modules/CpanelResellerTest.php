<?php
/**
 * Reseller Hosting (producttype reselleraccount) through the harness: the reseller with its
 * privileges, limits and nameservers; its customers' accounts suspended with it (or not);
 * both terminate settings; a failed step leaves no half-made reseller and the retry works;
 * a package change turns a normal account into a reseller and back; WHM single sign-on as
 * the reseller; Webmail single sign-on; a dedicated IP added and released on package change.
 *
 * @group simulator-only
 */

require_once __DIR__ . '/CpanelTestCase.php';

use Illuminate\Database\Capsule\Manager as Capsule;

final class CpanelResellerTest extends CpanelTestCase
{
    private const RESELLER = [
        'Reseller ACL list' => 'pro',
        'Reseller account limit' => '10',
        'Reseller disk limit (MB)' => '20 GB',
        'Reseller nameservers' => 'ns1.host.example, ns2.host.example',
    ];

    private function resellerProduct(array $settings = [], array $options = []): int
    {
        return $this->product($settings + self::RESELLER, $options, 'reselleraccount');
    }

    private function reseller(string $user): ?array
    {
        return $this->state()['resellers'][$user] ?? null;
    }

    /** Two customers of the reseller `shopuser` and one of root. */
    private function customers(): void
    {
        $this->addAccount('cust1', ['owner' => 'shopuser']);
        $this->addAccount('cust2', ['owner' => 'shopuser']);
        $this->addAccount('other');
    }

    private function suspendedNames(): array
    {
        $out = [];
        foreach ($this->state()['accounts'] as $u => $a) {
            if ($a['suspended']) {
                $out[] = $u;
            }
        }
        return $out;
    }

    public function testCreateMakesTheResellerWithPrivilegesLimitsAndNameservers(): void
    {
        $pid = $this->resellerProduct([], ['Account Limit' => [4, []]]);
        $id = $this->newService($pid);
        $this->host->setServiceConfigOption($id, 'Account Limit', 25);
        $this->clearRequests();
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame(
            ['createacct', 'setupreseller', 'setacls', 'setresellerlimits', 'setresellernameservers'],
            $this->mutatingFunctions()
        );
        $this->assertSame('1', $this->fieldsOf('setupreseller')['makeowner']);
        $this->assertSame('shopuser', $this->account('shopuser')['owner'], 'the reseller owns itself');
        $r = $this->reseller('shopuser');
        $this->assertSame('pro', $r['acllist']);
        $this->assertContains('create-acct', $r['acls']);
        $this->assertSame([25, 20480], [$r['account_limit'], $r['disk_limit_mb']], 'the option overrides the setting');
        $this->assertNull($r['bandwidth_limit_mb']);
        $this->assertSame(['ns1.host.example', 'ns2.host.example'], $r['nameservers']);

        // Privileges one by one instead of a saved list.
        $pid = $this->resellerProduct(['Reseller ACL list' => '', 'Reseller privileges' => 'create-acct, list-accts']);
        $id = $this->newService($pid, 'two.example', ['username' => 'second']);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame(['create-acct', 'list-accts'], $this->reseller('second')['acls']);
        $this->assertSame('', $this->reseller('second')['acllist']);

        // The ACL list dropdown is filled live from the server.
        $lists = $this->host->call(self::MODULE, 'LoadAclLists', $this->host->params($id));
        $this->assertSame(['', 'pro', 'starter'], array_keys($lists));
    }

    public function testTestConnectionWarnsWhenTheTokenCannotRunTheResellerFunctions(): void
    {
        $narrow = $this->secret('NARROWTOKEN00000000000000000000C');
        $this->setState(['tokens' => [
            ['user' => 'root', 'token' => self::TOKEN, 'acls' => ['all']],
            ['user' => 'root', 'token' => $narrow, 'acls' => ['create-acct', 'kill-acct', 'suspend-acct', 'upgrade-account',
                'edit-account', 'passwd', 'list-pkgs', 'list-accts', 'show-bandwidth', 'create-user-session']],
        ]]);
        $r = $this->server($this->whmServer($narrow . "\npin=" . $this->panel->sha256), 'TestConnection');
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertStringContainsString('Reseller Hosting products need a token with all privileges', $r['warning']);
        $this->assertArrayNotHasKey('warning', $this->server($this->serverId, 'TestConnection'));
    }

    public function testAResellerWithoutPrivilegesIsRefusedBeforeAnyRequest(): void
    {
        $id = $this->newService($this->resellerProduct(['Reseller ACL list' => '']));
        $this->clearRequests();
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('Reseller ACL list', $r);
        $this->assertSame([], $this->functions());
    }

    public function testAFailedResellerStepLeavesNothingAndTheRetryFinishes(): void
    {
        $id = $this->newService($this->resellerProduct());
        foreach (['setupreseller', 'setacls', 'setresellerlimits', 'setresellernameservers'] as $route) {
            $this->fault(['route' => $route, 'kind' => 'status', 'status' => 500, 'body' => 'boom', 'times' => 1]);
            $r = $this->service($id, 'CreateAccount');
            $this->assertStringContainsString('was removed again', $r, $route);
            $this->assertNull($this->account('shopuser'), "$route: no half-made account");
            $this->assertNull($this->reseller('shopuser'), "$route: no half-made reseller");
        }
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertNotNull($this->reseller('shopuser'));
        // A create retried after success changes nothing and succeeds.
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame(['shopuser'], $this->accountNames());
    }

    public function testSuspensionCascadesToTheCustomersUnlessTheProductSaysResellerOnly(): void
    {
        $id = $this->newService($this->resellerProduct());
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->customers();
        $this->assertSame('success', $this->service($id, 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->assertSame(['cust1', 'cust2', 'shopuser'], $this->suspendedNames());
        $this->assertSame('0', $this->fieldsOf('suspendreseller')['reseller-only']);
        // The service page lists the reseller's customers (from the one listing of what it owns).
        $this->clearRequests();
        $tab = $this->service($id, 'AdminServicesTabFields');
        $this->assertMatchesRegularExpression('/^2 besides its own \(2 suspended\), \d+ MB disk in all: cust1, cust2$/', $tab['Reseller accounts']);
        $this->assertStringContainsString('shopuser', $tab['cPanel account']);
        $this->assertEqualsCanonicalizing(['listaccts', 'showbw'], $this->functions());
        $this->assertSame(['search' => 'shopuser', 'searchtype' => 'owner'],
            array_intersect_key($this->fieldsOf('listaccts'), ['searchtype' => 1, 'search' => 1]));
        $this->assertSame('success', $this->service($id, 'UnsuspendAccount'));
        $this->assertSame([], $this->suspendedNames());

        $only = $this->resellerProduct(['Suspend the reseller only' => 'on']);
        Capsule::table('tblhosting')->where('id', $id)->update(['packageid' => $only]);
        $this->assertSame('success', $this->service($id, 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->assertSame(['shopuser'], $this->suspendedNames());
        $this->assertSame('success', $this->service($id, 'UnsuspendAccount'));
        $this->assertSame([], $this->suspendedNames());
    }

    public function testTerminateByDefaultRevokesTheResellerAndKeepsItsCustomers(): void
    {
        $id = $this->newService($this->resellerProduct());
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->customers();
        $this->assertSame('success', $this->service($id, 'TerminateAccount'));
        $this->assertSame(['cust1', 'cust2', 'other'], $this->accountNames());
        $this->assertNull($this->reseller('shopuser'));
        $this->assertSame('root', $this->account('cust1')['owner']);
        $notes = (string) Capsule::table('tblhosting')->where('id', $id)->value('notes');
        $this->assertStringContainsString('2 customer account(s) it owned remain on the server: cust1, cust2', $notes);
        $this->assertSame('success', $this->service($id, 'TerminateAccount'), 'already gone is success');
    }

    public function testTerminateWithTheIrreversibleSettingDeletesEveryAccountOfTheReseller(): void
    {
        $defs = oxide_cpanel_ConfigOptions([]);
        $this->assertStringContainsString('irreversible', $defs["Terminate deletes all reseller's accounts"]['Description']);
        $this->assertArrayNotHasKey('Default', array_filter($defs["Terminate deletes all reseller's accounts"]), 'off by default');

        $id = $this->newService($this->resellerProduct(["Terminate deletes all reseller's accounts" => 'on']));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->customers();
        $this->assertSame('success', $this->service($id, 'TerminateAccount'));
        $this->assertSame(['other'], $this->accountNames());
        $this->assertSame('1', $this->fieldsOf('terminatereseller')['terminatereseller']);
        $this->assertSame('success', $this->service($id, 'TerminateAccount'), 'already gone is success');

        // A shared account whose product became Reseller Hosting without a package change:
        // no reseller to terminate, so it is removed as any account (it owns no one).
        $plain = $this->activeService([], 'plain.example', ['username' => 'plainuser']);
        Capsule::table('tblhosting')->where('id', $plain)->update(['packageid' => $this->resellerProduct(["Terminate deletes all reseller's accounts" => 'on'])]);
        $this->assertSame('success', $this->service($plain, 'TerminateAccount'));
        $this->assertSame(['other'], $this->accountNames());
    }

    public function testChangePackageTurnsAnAccountIntoAResellerAndBack(): void
    {
        $id = $this->activeService();
        $this->assertNull($this->reseller('shopuser'));
        $pro = $this->resellerProduct(['WHM package' => 'pro', 'Reseller ACL list' => 'starter']);
        Capsule::table('tblhosting')->where('id', $id)->update(['packageid' => $pro]);
        $this->assertSame('success', $this->service($id, 'ChangePackage'));
        $this->assertSame('starter', $this->reseller('shopuser')['acllist']);
        $this->assertSame('pro', $this->account('shopuser')['plan']);

        // Re-applied on the next change (a limit edited in WHM is put back).
        $this->setState(['resellers' => ['shopuser' => ['acls' => ['all'], 'account_limit' => 999]]]);
        $this->assertSame('success', $this->service($id, 'ChangePackage'));
        $this->assertSame([10, 'starter'], [$this->reseller('shopuser')['account_limit'], $this->reseller('shopuser')['acllist']]);

        $this->addAccount('cust1', ['owner' => 'shopuser']);
        Capsule::table('tblhosting')->where('id', $id)->update(['packageid' => $this->product()]);
        $this->assertSame('success', $this->service($id, 'ChangePackage'));
        $this->assertNull($this->reseller('shopuser'));
        $this->assertSame(['cust1', 'shopuser'], $this->accountNames(), 'a downgrade removes no account');
    }

    public function testResellerLogsInToWhmAsItselfAndWebmailSsoIsNeverLogged(): void
    {
        $id = $this->newService($this->resellerProduct());
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $buttons = $this->service($id, 'ClientAreaCustomButtonArray');
        $this->assertSame(['Log in to Webmail' => 'WebmailLogin', 'Log in to WHM' => 'WhmLogin'], $buttons);

        foreach (['WhmLogin' => ['whostmgrd', 2087], 'WebmailLogin' => ['webmaild', 2096]] as $fn => [$service, $port]) {
            $page = $this->service($id, $fn);
            $this->assertSame('templates/sso', $page['templatefile'], $fn);
            $sessions = $this->state()['sessions'];
            $last = end($sessions);
            $this->assertSame(['shopuser', $service], [$last['user'], $last['service']], "$fn as the reseller, not root");
            $this->assertSame($last['url'], $page['vars']['url']);
            $this->assertStringStartsWith("https://127.0.0.1:$port/", $page['vars']['url']);
            $log = json_encode($this->host->moduleLog(), JSON_UNESCAPED_SLASHES);
            $this->assertStringNotContainsString($last['url'], $log);
            parse_str((string) parse_url($last['url'], PHP_URL_QUERY), $q);
            $this->assertStringNotContainsString($q['session'], $log);
            $this->assertStringNotContainsString(json_encode($q['session']), json_encode($this->host->moduleLog()));
        }
        $this->assertStringContainsString('webmaild', json_encode($this->host->moduleLog()), 'the exchange itself is logged');

        // A normal hosting account has Webmail only, and no WHM login.
        $normal = $this->activeService([], 'plain.example', ['username' => 'plainuser']);
        $this->assertSame(['Log in to Webmail' => 'WebmailLogin'], $this->service($normal, 'ClientAreaCustomButtonArray'));
        $this->assertPlainToClientDetailLogged($this->service($normal, 'WhmLogin'), 'WhmLogin', 'Reseller Hosting services only');
    }

    public function testDedicatedIpIsAddedAndReleasedOnPackageChange(): void
    {
        $id = $this->activeService();
        $this->assertSame('', $this->host->service($id)['dedicatedip']);
        // 192.0.2.50 is in use by another account: it is never given.
        $this->addAccount('holder', ['ip' => '192.0.2.50', 'dedicated_ip' => true]);
        $withIp = $this->product(['WHM package' => 'pro'], ['Dedicated IP' => [3, []]]);
        Capsule::table('tblhosting')->where('id', $id)->update(['packageid' => $withIp]);
        $this->host->setServiceConfigOption($id, 'Dedicated IP', 1);
        $this->clearRequests();
        $this->assertSame('success', $this->service($id, 'ChangePackage'));
        $this->assertSame('192.0.2.51', $this->account('shopuser')['ip']);
        $this->assertSame('192.0.2.51', $this->host->service($id)['dedicatedip']);
        $this->assertSame(['ip' => '192.0.2.51', 'user' => 'shopuser'],
            array_diff_key($this->fieldsOf('setsiteip'), ['api.version' => 1]));
        $this->assertSame('success', $this->service($id, 'ChangePackage'), 'a retry changes nothing');
        $this->assertSame(1, count(array_keys($this->functions(), 'setsiteip')));

        // No free address left: a clear error, nothing changed.
        $other = $this->activeService([], 'other.example', ['username' => 'otheruser']);
        Capsule::table('tblhosting')->where('id', $other)->update(['packageid' => $withIp]);
        $this->host->setServiceConfigOption($other, 'Dedicated IP', 1);
        $this->assertStringContainsString('no free address', $this->service($other, 'ChangePackage'));
        $this->assertSame('192.0.2.10', $this->account('otheruser')['ip']);

        // Back to a product without one: the shared IP, the record cleared, the IP free again.
        Capsule::table('tblhosting')->where('id', $id)->update(['packageid' => $this->product()]);
        $this->assertSame('success', $this->service($id, 'ChangePackage'));
        $this->assertSame('192.0.2.10', $this->account('shopuser')['ip']);
        $this->assertSame('', $this->host->service($id)['dedicatedip']);
        $this->assertSame('success', $this->service($other, 'ChangePackage'));
        $this->assertSame('192.0.2.51', $this->host->service($other)['dedicatedip']);
    }
}
