<?php
/**
 * The rest of the lifecycle: SuspendAccount/UnsuspendAccount (the seed's Suspend/Resume),
 * TerminateAccount (DeleteAccount, the dedicated IP goes with it), ChangePassword and
 * ChangePackage (SetAccountParam: changepackage, then AddDetails again).
 */

require_once __DIR__ . '/CpanelTestCase.php';

final class CpanelManageTest extends CpanelTestCase
{
    public function testSuspendCarriesTheWhmcsReasonAndRepeatsAreSuccess(): void
    {
        $id = $this->activeService();
        $this->assertSame('success', $this->service($id, 'SuspendAccount', ['suspendreason' => 'Overdue on Invoice #42']));
        $this->assertSame(['user' => 'shopuser', 'reason' => 'Overdue on Invoice #42'],
            array_diff_key($this->fieldsOf('suspendacct'), ['api.version' => 1]));
        $a = $this->account('shopuser');
        $this->assertTrue($a['suspended']);
        $this->assertSame('Overdue on Invoice #42', $a['suspendreason']);
        $this->assertSame('Suspended', $this->host->service($id)['domainstatus']);
        $this->assertSame('success', $this->service($id, 'SuspendAccount', ['suspendreason' => 'Overdue']));

        $this->assertSame('success', $this->service($id, 'UnsuspendAccount'));
        $this->assertFalse($this->account('shopuser')['suspended']);
        $this->assertSame('success', $this->service($id, 'UnsuspendAccount'));
        $this->assertSame('Active', $this->host->service($id)['domainstatus']);
    }

    public function testSuspendFailureIsCheckedAgainstTheAccount(): void
    {
        $id = $this->activeService();
        $this->fault(['route' => 'suspendacct', 'kind' => 'status', 'status' => 500, 'body' => 'boom', 'times' => 1]);
        $r = $this->service($id, 'SuspendAccount', ['suspendreason' => 'x']);
        $this->assertStringContainsString('SuspendAccount failed: WHM answered suspendacct with data this module cannot read (HTTP 500', $r);
        $this->assertFalse($this->account('shopuser')['suspended']);

        $this->setState(['accounts' => ['shopuser' => ['suspended' => true, 'suspendreason' => 'by hand']]]);
        $this->fault(['route' => 'suspendacct', 'kind' => 'status', 'status' => 500, 'times' => 1]);
        $this->assertSame('success', $this->service($id, 'SuspendAccount', ['suspendreason' => 'x']), 'already suspended is success');
    }

    public function testSuspendingAMissingAccountIsAnError(): void
    {
        $id = $this->activeService();
        $this->setState(['accounts' => ['shopuser' => null]]);
        $r = $this->service($id, 'SuspendAccount', ['suspendreason' => 'x']);
        $this->assertStringContainsString('The account “shopuser” does not exist', $r);
    }

    public function testTerminateRemovesTheAccountAndReleasesTheDedicatedIp(): void
    {
        $id = $this->activeService(['Dedicated IP' => 'on']);
        $this->assertSame('192.0.2.50', $this->host->service($id)['dedicatedip']);
        $this->assertSame('success', $this->service($id, 'TerminateAccount'));
        $f = $this->fieldsOf('removeacct');
        $this->assertSame(['shopuser', 'shopuser', '0'], [$f['username'], $f['user'], $f['keepdns']]);
        $this->assertNull($this->account('shopuser'));
        $this->assertSame('', $this->host->service($id)['dedicatedip']);
        $this->assertSame('Terminated', $this->host->service($id)['domainstatus']);

        // The IP is free again for the next dedicated account.
        $next = $this->activeService(['Dedicated IP' => 'on'], 'next.example', ['username' => 'nextuser']);
        $this->assertSame('192.0.2.50', $this->host->service($next)['dedicatedip']);
    }

    public function testTerminateOfAnAccountAlreadyGoneIsSuccess(): void
    {
        $id = $this->activeService(['Keep DNS zone on terminate' => 'on']);
        $this->setState(['accounts' => ['shopuser' => null]]);
        $this->assertSame('success', $this->service($id, 'TerminateAccount'));
        $this->assertSame(['removeacct', 'listaccts'], $this->functions());
        $this->assertSame('1', $this->fieldsOf('removeacct')['keepdns']);
    }

    public function testRemoveacctAcceptsEitherParameterName(): void
    {
        $this->addAccount('alpha');
        $this->addAccount('beta');
        $url = $this->panel->url . '/json-api/removeacct?api.version=1';
        foreach (['username' => 'alpha', 'user' => 'beta'] as $field => $name) {
            $ch = curl_init($url);
            curl_setopt_array($ch, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => http_build_query([$field => $name]),
                CURLOPT_RETURNTRANSFER => true, CURLOPT_SSL_VERIFYPEER => false, CURLOPT_SSL_VERIFYHOST => 0,
                CURLOPT_HTTPHEADER => ['Authorization: whm root:' . self::TOKEN]]);
            $body = json_decode((string) curl_exec($ch), true);
            curl_close($ch);
            $this->assertSame(1, $body['metadata']['result'], "removeacct with $field");
        }
        $this->assertSame([], $this->accountNames());
    }

    public function testChangePasswordSetsTheNewPasswordAndReportsWhmsRefusal(): void
    {
        $id = $this->activeService();
        $new = $this->secret('N3w-Passw0rd-99');
        $this->host->updateService($id, ['password' => $new]);
        $this->assertSame('success', $this->service($id, 'ChangePassword'));
        $this->assertSame($new, $this->account('shopuser')['password']);
        $this->assertSame('1', $this->fieldsOf('passwd')['db_pass_update']);

        $weak = $this->secret('abc');
        $this->host->updateService($id, ['password' => $weak]);
        $r = $this->service($id, 'ChangePassword');
        $this->assertStringContainsString('ChangePassword failed: WHM passwd failed: Sorry, the password you selected cannot be used', $r);
        $this->assertSame($new, $this->account('shopuser')['password']);
    }

    public function testChangePackageMovesTheAccountAndReappliesTheAddOns(): void
    {
        $pid = $this->product([], ['Email Accounts' => [4, []], 'Disk Space' => [4, []]]);
        $id = $this->newService($pid);
        $this->host->setServiceConfigOption($id, 'Email Accounts', 42);
        $this->host->setServiceConfigOption($id, 'Disk Space', 4096);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->clearRequests();

        Illuminate\Database\Capsule\Manager::table('tblproducts')->where('id', $pid)->update(['configoption1' => 'pro']);
        $this->assertSame('success', $this->service($id, 'ChangePackage'));
        // Whether the account is a reseller (to revoke on a normal product) is asked at once.
        $this->assertCalledWithOrder(['changepackage', 'listresellers', 'modifyacct'], ['modifyacct' => 'changepackage']);
        $this->assertSame('pro', $this->fieldsOf('changepackage')['pkg']);
        $a = $this->account('shopuser');
        $this->assertSame('pro', $a['plan']);
        $this->assertSame([42, 4096], [$a['maxpop'], $a['quota_mb']], 'the add-ons survive the package change');
        $this->assertSame(102400 * self::MB, $a['bwlimit_bytes'], 'values without an add-on come from the new package');
        $this->assertSame(50, $a['maxsql']);
    }

    public function testChangePackageWithoutAddOnsSendsNoModifyacct(): void
    {
        $id = $this->activeService();
        Illuminate\Database\Capsule\Manager::table('tblproducts')->update(['configoption1' => 'pro']);
        $this->assertSame('success', $this->service($id, 'ChangePackage'));
        $this->assertSame(['changepackage'], $this->mutatingFunctions());
    }

    public function testReapplyAddonsButton(): void
    {
        $pid = $this->product([], ['Subdomains' => [4, []]]);
        $id = $this->newService($pid);
        $this->host->setServiceConfigOption($id, 'Subdomains', 9);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->setState(['accounts' => ['shopuser' => ['maxsub' => 1]]]);
        $this->assertSame([
            'Re-apply add-on limits' => 'ReapplyAddons', 'Drift: apply WHMCS status to panel' => 'DriftApplyStatus',
            'Drift: re-apply package' => 'DriftReapplyPackage', 'Drift: check now' => 'DriftCheckServer',
        ], $this->host->call(self::MODULE, 'AdminCustomButtonArray', []));
        $this->assertSame('success', $this->service($id, 'ReapplyAddons'));
        $this->assertSame(9, $this->account('shopuser')['maxsub']);
    }

    public function testLifecycleCallsWithoutAnAccountSayItWasNeverCreated(): void
    {
        $id = $this->newService($this->product(), 'shop.example', ['username' => '']);
        foreach (['SuspendAccount', 'UnsuspendAccount', 'TerminateAccount', 'ChangePassword', 'ChangePackage'] as $fn) {
            $r = $this->service($id, $fn);
            $this->assertStringContainsString('never created', $r, $fn);
        }
        $this->assertSame([], $this->functions());
    }
}
