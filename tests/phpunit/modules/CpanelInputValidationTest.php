<?php
/**
 * Bad input gets a clear error naming what is wrong, and nothing changes on the server: no
 * request at all when the module can tell by itself, only reads when it needs the server.
 */

require_once __DIR__ . '/CpanelTestCase.php';

final class CpanelInputValidationTest extends CpanelTestCase
{
    /** @return array<string, array{array, string}> service fields → expected words */
    public static function badServices(): array
    {
        return [
            'dotted username' => [['username' => 'john.doe'], 'username `john.doe` may contain only letters a-z and digits'],
            'username starting with a digit' => [['username' => '1shop'], 'must not start with a digit'],
            'username starting with test' => [['username' => 'testshop'], 'must not start with `test`'],
            'username too long' => [['username' => 'abcdefghijklmnopq'], 'must be 1 to 16 characters'],
            'reserved username' => [['username' => 'postmaster'], 'is reserved'],
            'invalid domain' => [['domain' => 'shop_example.com'], 'domain `shop_example.com` contains characters'],
            'no domain' => [['domain' => ''], 'needs its main domain'],
            'IP as domain' => [['domain' => '10.0.0.1'], 'is an IP address'],
        ];
    }

    /** @dataProvider badServices */
    public function testBadServiceDataIsRefusedBeforeAnyRequest(array $fields, string $expected): void
    {
        $domain = array_key_exists('domain', $fields) ? $fields['domain'] : 'shop.example';
        unset($fields['domain']);
        $id = $this->newService($this->product(), $domain, $fields);
        $before = $this->serviceRow($id);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringStartsWith('CreateAccount failed: ', $r);
        $this->assertStringContainsString($expected, $r);
        $this->assertSame([], $this->functions(), 'nothing was sent');
        $this->assertSame($before, $this->serviceRow($id));
    }

    public function testNonNumericLimitsNameTheOptionAndSendNothing(): void
    {
        $pid = $this->product([], ['Email Accounts' => [1, ['lots|Lots of mail']], 'Disk Space' => [1, ['10 parsecs']]]);
        $id = $this->newService($pid);
        $this->host->setServiceConfigOption($id, 'Email Accounts', 'lots');
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('configurable option “Disk Space”: `10 parsecs` has an unknown unit', $r);
        $this->host->setServiceConfigOption($id, 'Disk Space', '10 parsecs');
        Illuminate\Database\Capsule\Manager::table('tblproductconfigoptionssub')->where('optionname', '10 parsecs')->update(['optionname' => '10']);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('configurable option “Email Accounts”: `lots` is not a whole number or unlimited', $r);
        $this->assertSame([], $this->functions());
    }

    public function testNonNumericLimitOnChangePackageChangesNothing(): void
    {
        $pid = $this->product([], ['Bandwidth' => [1, ['plenty']]]);
        $id = $this->newService($pid);
        Illuminate\Database\Capsule\Manager::table('tblproductconfigoptionssub')->where('optionname', 'plenty')->update(['optionname' => '100']);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $before = $this->account('shopuser');
        Illuminate\Database\Capsule\Manager::table('tblproductconfigoptionssub')->where('optionname', '100')->update(['optionname' => 'plenty']);
        $this->clearRequests();
        $r = $this->service($id, 'ChangePackage');
        $this->assertStringContainsString('configurable option “Bandwidth”: `plenty` is not a size', $r);
        $this->assertSame([], $this->functions());
        $this->assertSame($before, $this->account('shopuser'));
    }

    public function testUnknownPackageIsNamedWithTheAvailableOnesAndNothingIsCreated(): void
    {
        $id = $this->newService($this->product(['WHM package' => 'platinum']));
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('WHM package `platinum` does not exist on the server', $r);
        $this->assertStringContainsString('basic, default, pro', $r);
        // The package check and the name's look-ups go out at once; nothing that changes WHM.
        $this->assertEqualsCanonicalizing(['listpkgs', 'listaccts', 'verify_new_username'], $this->functions());
        $this->assertSame([], $this->accountNames());
    }

    public function testUnknownPackageOnChangePackageChangesNothing(): void
    {
        $id = $this->activeService();
        Illuminate\Database\Capsule\Manager::table('tblproducts')->update(['configoption1' => 'platinum']);
        $r = $this->service($id, 'ChangePackage');
        $this->assertStringContainsString('`platinum` does not exist', $r);
        // WHM refuses the change; the list is read only then, for the message. listresellers
        // goes at once with changepackage, so it may be answered before or after listpkgs.
        $this->assertCalledWithOrder(['changepackage', 'listresellers', 'listpkgs'], ['listpkgs' => 'changepackage']);
        $this->assertSame('basic', $this->account('shopuser')['plan']);
    }

    public function testUsernameTakenOnTheServerByAnotherDomainIsRefused(): void
    {
        $this->addAccount('shopuser', ['domain' => 'someone.example']);
        $id = $this->newService($this->product());
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('WHM already has an account `shopuser` for another domain (someone.example)', $r);
        $this->assertSame([], $this->mutatingFunctions());
    }

    public function testDomainOfAnotherAccountIsWhmsClearError(): void
    {
        $this->addAccount('other', ['domain' => 'shop.example']);
        $id = $this->newService($this->product());
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('The domain “shop.example” already exists', $r);
        $this->assertSame(['other'], $this->accountNames());
    }

    public function testUnknownMacroInTheUsernameRuleIsASettingError(): void
    {
        $id = $this->newService($this->product(['Username rule' => '{customer}']));
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('Username rule: unknown macro {customer}', $r);
        $this->assertSame([], $this->functions());
    }

    public function testBadClientEmailAndPasswordLineBreaks(): void
    {
        $id = $this->newService($this->product());
        Illuminate\Database\Capsule\Manager::table('tblclients')->update(['email' => 'ada at example']);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString("the client's e-mail `ada at example` is not a valid address", $r);
        $this->assertSame([], $this->functions());
    }
}
