<?php
/**
 * CreateAccount, the seed's OpenAccount + AddDetails: package check, username, createacct
 * with plan, contact e-mail, a generated strong password when WHMCS has none and a dedicated
 * IP when configured; then the add-on overrides in the units WHM wants.
 */

require_once __DIR__ . '/CpanelTestCase.php';

final class CpanelCreateTest extends CpanelTestCase
{
    /** Configurable options the way hosts sell add-ons (dropdown 1, yes/no 3, quantity 4). */
    private const ADDONS = [
        'Disk Space' => [1, ['2 GB|2 GB disk', '5 GB|5 GB disk']],
        'Bandwidth' => [4, []],
        'Email Accounts' => [1, ['25', 'unlimited|Unlimited']],
        'MySQL Databases' => [4, []],
        'Addon Domains' => [4, []],
        'Subdomains' => [4, []],
        'Parked Domains' => [4, []],
    ];

    public function testCreatesTheAccountWithPlanEmailAndPassword(): void
    {
        $id = $this->newService($this->product());
        $this->assertSame('success', $this->service($id, 'CreateAccount'));

        // The package check and the name's two look-ups at once, then createacct.
        $this->assertAtOnceThen(['listpkgs', 'listaccts', 'verify_new_username'], ['createacct']);
        $f = $this->fieldsOf('createacct');
        $this->assertSame(['shopuser', 'shop.example', 'basic', self::PASSWORD, 'n', 'ada@example.com'],
            [$f['username'], $f['domain'], $f['plan'], $f['password'], $f['ip'], $f['contactemail']]);
        $a = $this->account('shopuser');
        $this->assertSame(['shop.example', 'basic', 'ada@example.com', self::PASSWORD, false],
            [$a['domain'], $a['plan'], $a['email'], $a['password'], $a['dedicated_ip']]);
        $this->assertSame(1024, $a['quota_mb'], 'no add-ons: the package limits stand');
        $row = $this->host->service($id);
        $this->assertSame(['Active', 'shopuser', ''], [$row['domainstatus'], $row['username'], $row['dedicatedip']]);
        // createacct's output.raw holds the password: masked like every other secret.
        $this->assertStringContainsString('PassWord: ' . str_repeat('*', strlen(self::PASSWORD)), json_encode($this->host->moduleLog()));
    }

    public function testGeneratesAStrongPasswordWhenWhmcsHasNone(): void
    {
        $pid = $this->product();
        $id = $this->newService($pid, 'shop.example', ['password' => '']);
        // The harness fills an empty password as WHMCS does; blank it to reach the generator.
        $this->host->updateService($id, ['password' => '']);
        $r = $this->host->call(self::MODULE, 'CreateAccount', $this->host->params($id));
        $this->returned[] = $r;
        $this->assertSame('success', $r);
        $stored = $this->host->service($id)['password_plain'];
        $this->secret($stored);
        $this->assertSame(16, strlen($stored));
        $this->assertMatchesRegularExpression('/[a-z]/', $stored);
        $this->assertMatchesRegularExpression('/[A-Z]/', $stored);
        $this->assertMatchesRegularExpression('/[0-9]/', $stored);
        $this->assertSame($stored, $this->account('shopuser')['password'], 'the server has the stored password');
    }

    public function testAddOnOverridesAreAppliedInWhmUnits(): void
    {
        $pid = $this->product([], self::ADDONS);
        $id = $this->newService($pid);
        $this->host->setServiceConfigOption($id, 'Disk Space', '5 GB');
        $this->host->setServiceConfigOption($id, 'Bandwidth', 20480);
        $this->host->setServiceConfigOption($id, 'Email Accounts', 'unlimited');
        $this->host->setServiceConfigOption($id, 'MySQL Databases', 3);
        $this->host->setServiceConfigOption($id, 'Addon Domains', 2);
        $this->host->setServiceConfigOption($id, 'Subdomains', 0);
        $this->host->setServiceConfigOption($id, 'Parked Domains', 4);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));

        $this->assertSame(['createacct', 'modifyacct'], $this->mutatingFunctions());
        $m = $this->fieldsOf('modifyacct');
        $this->assertSame('5120', $m['QUOTA'], 'modifyacct QUOTA is MB');
        $this->assertSame((string) (20 * self::GB), $m['BWLIMIT'], 'modifyacct BWLIMIT is bytes');
        $a = $this->account('shopuser');
        $this->assertSame([5120, 20 * self::GB, 'unlimited', 3, 2, 0, 4],
            [$a['quota_mb'], $a['bwlimit_bytes'], $a['maxpop'], $a['maxsql'], $a['maxaddon'], $a['maxsub'], $a['maxpark']]);
    }

    public function testSizeUnitGbAppliesToBareNumbers(): void
    {
        $pid = $this->product(['Size unit of options' => 'GB'], ['Disk Space' => [4, []], 'Bandwidth' => [4, []]]);
        $id = $this->newService($pid);
        $this->host->setServiceConfigOption($id, 'Disk Space', 3);
        $this->host->setServiceConfigOption($id, 'Bandwidth', 0);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $a = $this->account('shopuser');
        $this->assertSame(3072, $a['quota_mb']);
        $this->assertSame(10240 * self::MB, $a['bwlimit_bytes'], 'a bandwidth of 0 keeps the package value');
        $this->assertArrayNotHasKey('BWLIMIT', $this->fieldsOf('modifyacct'));
    }

    public function testDedicatedIpComesFromThePoolAndIsRecorded(): void
    {
        $id = $this->newService($this->product(['Dedicated IP' => 'on']));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame('y', $this->fieldsOf('createacct')['ip']);
        $a = $this->account('shopuser');
        $this->assertTrue($a['dedicated_ip']);
        $this->assertSame('192.0.2.50', $a['ip']);
        $this->assertSame('192.0.2.50', $this->host->service($id)['dedicatedip']);
    }

    public function testDedicatedIpOptionAndAnExhaustedPoolGivesAClearError(): void
    {
        $this->setState(['dedicated_ips' => []]);
        $pid = $this->product([], ['Dedicated IP' => [3, []]]);
        $id = $this->newService($pid);
        $this->host->setServiceConfigOption($id, 'Dedicated IP', 'on');
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('CreateAccount failed: WHM createacct failed: No free dedicated IP address', $r);
        $this->assertSame([], $this->accountNames());
        $this->assertSame('Pending', $this->host->service($id)['domainstatus']);
    }

    public function testUsernameRuleMakesAValidNameUniqueOnTheServerAndInWhmcs(): void
    {
        $this->addAccount('shopexample', ['domain' => 'someone-else.example']);
        $pid = $this->product(['Username rule' => '{domain}']);
        $other = $this->newService($pid, 'elsewhere.example', ['username' => 'shopexample1']);
        $id = $this->newService($pid, 'Shop.Example', ['username' => '']);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame('shopexample2', $this->host->service($id)['username'], 'skips the server\'s and another service\'s name');
        $this->assertSame('shop.example', $this->account('shopexample2')['domain']);
        $this->assertSame(['shopexample', 'shopexample2'], $this->accountNames());
        $this->assertNotSame($other, $id);
    }

    public function testRuleResultIsMadeValidForCpanel(): void
    {
        $pid = $this->product(['Username rule' => 'test-{service_id}.Web_{domain}']);
        $id = $this->newService($pid, 'my-shop.example', ['username' => '']);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $name = $this->host->service($id)['username'];
        $this->assertMatchesRegularExpression('/^[a-z][a-z0-9]{0,15}$/', $name);
        $this->assertStringStartsNotWith('test', $name);
        $this->assertNotNull($this->account($name));
    }

    public function testAnAccountWithTheSameDomainIsRecognisedAsTheServices(): void
    {
        $this->addAccount('shopuser', ['domain' => 'shop.example', 'email' => 'ada@example.com']);
        $id = $this->newService($this->product());
        $this->assertSame('success', $this->service($id, 'CreateAccount'), json_encode($this->requests()));
        $this->assertSame([], $this->mutatingFunctions(), 'nothing is created twice');
    }

    public function testWhmsOwnRefusalIsReportedAndTheRecordIsReleased(): void
    {
        $id = $this->newService($this->product(), 'shop.example', ['password' => 'weakpass']);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('too weak', $r);
        $this->assertSame([], $this->accountNames());
        $this->assertSame(0, Illuminate\Database\Capsule\Manager::table('mod_oxide_accounts')->where('serviceid', $id)->count());
    }

    public function testFailedAddDetailsRemovesTheNewAccountAgain(): void
    {
        $pid = $this->product([], self::ADDONS);
        $id = $this->newService($pid);
        $this->host->setServiceConfigOption($id, 'MySQL Databases', 3);
        $this->fault(['route' => 'modifyacct', 'kind' => 'status', 'status' => 500, 'body' => 'oops', 'times' => 1]);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('was removed again', $r);
        $this->assertSame(['createacct', 'modifyacct', 'removeacct'], $this->mutatingFunctions());
        $this->assertSame([], $this->accountNames());
        // A later attempt starts from scratch and works.
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame(3, $this->account('shopuser')['maxsql']);
    }
}
