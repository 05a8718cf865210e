<?php
/**
 * CreateAccount, seed step by step: the server's packages are read; a custom package is
 * created (missing) or rewritten (present), or the chosen package is used; the user is
 * created (with a generated strong password when WHMCS gave none); the domain is added
 * (all parts or the selected ones). Each test also pins the exact request sequence.
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';

final class HestiaCreateTest extends HestiaLifecycleTestCase
{
    private const CUSTOM = ['Use the package parameters' => 'on', 'Package name to deploy' => 'oxide-basic',
        'Disk quota (MB)' => '2048', 'Bandwidth (MB)' => 'unlimited', 'Web domains' => '3'];

    public function testCustomPackageMissingIsCreatedThenUsed(): void
    {
        $id = $this->newService($this->product(self::CUSTOM));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));

        $this->assertSame(['v-list-user-packages', 'v-make-tmp-file', 'v-add-user-package', 'v-add-user'], $this->commands());
        $add = $this->argsOf('v-add-user-package');
        $this->assertCount(2, $add, 'a new package is added without the REWRITE flag');
        $this->assertSame('oxide-basic', $add[2]);
        $pkg = $this->state()['packages']['oxide-basic'];
        $this->assertSame(['2048', 'unlimited', '3'], [$pkg['DISK_QUOTA'], $pkg['BANDWIDTH'], $pkg['WEB_DOMAINS']]);
        $this->assertSame('oxide-basic', $this->panelUser('shopuser')['PACKAGE']);
    }

    /**
     * HestiaCP's API cannot delete the package file it wrote (src/modules/hestiacp/tmp_file.rs):
     * deploying the same package again reuses its one file, under a name no other panel user
     * can guess; another package gets another file.
     */
    public function testCustomPackageFileKeepsOneUnguessableTmpNamePerPackage(): void
    {
        $this->activeService(self::CUSTOM);
        $second = $this->newService($this->product(self::CUSTOM), 'other.example', ['username' => 'otheruser']);
        $this->assertSame('success', $this->service($second, 'CreateAccount'));
        $tmp = array_keys($this->state()['tmp_files']);
        $this->assertCount(1, $tmp, 'the same package deployed twice, one /tmp file');
        $this->assertMatchesRegularExpression('#^/tmp/whmcs-oxide-pkg-[0-9a-f]{24}$#', $tmp[0]);
        $this->assertSame($tmp[0], $this->argsOf('v-add-user-package')[1], 'the package is added from that file');
        $this->assertSame('/tmp/' . $this->argsOf('v-make-tmp-file')[2], $tmp[0]);

        $third = $this->newService($this->product(['Package name to deploy' => 'oxide-other'] + self::CUSTOM), 'third.example', ['username' => 'thirduser']);
        $this->assertSame('success', $this->service($third, 'CreateAccount'));
        $this->assertCount(2, $this->state()['tmp_files'], 'another package, another file');
    }

    public function testCustomPackagePresentIsRewrittenAndReapplied(): void
    {
        $this->setState(['packages' => ['oxide-basic' => ['DISK_QUOTA' => '100', 'WEB_DOMAINS' => '1']]]);
        $id = $this->newService($this->product(self::CUSTOM));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));

        $this->assertSame(['v-list-user-packages', 'v-make-tmp-file', 'v-add-user-package', 'v-update-user-package',
            'v-add-user'], $this->commands());
        $this->assertSame('yes', $this->argsOf('v-add-user-package')[3]);
        $this->assertSame(['oxide-basic'], array_values($this->argsOf('v-update-user-package')));
        $this->assertSame('2048', $this->state()['packages']['oxide-basic']['DISK_QUOTA']);
    }

    public function testCustomPackageOffUsesThePackageChosenOnTheServer(): void
    {
        $id = $this->newService($this->product(['Package on server' => 'gold']));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));

        $this->assertSame(['v-add-user'], $this->commands());
        $this->assertSame('gold', $this->panelUser('shopuser')['PACKAGE']);
        $this->assertArrayNotHasKey('whmcs-1', $this->state()['packages']);
    }

    public function testChosenPackageMissingOnTheServerIsNamedAndNothingIsCreated(): void
    {
        $id = $this->newService($this->product(['Package on server' => 'platinum']));
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('Package on server: package `platinum` does not exist', $r);
        $this->assertStringContainsString('gold', $r, 'the message lists the packages that exist');
        // v-add-user is refused (E_NOTEXIST: HestiaCP checks the package after the name), and
        // only then is the list read for the message.
        $this->assertSame(['v-add-user', 'v-list-user-packages'], $this->commands());
        $this->assertSame([], $this->recordedAccounts(), 'a retry does not find this name recorded');
        $this->assertSame([], $this->panelUserNames());
    }

    public function testUserGetsWhmcsPasswordContactAndName(): void
    {
        $id = $this->newService($this->product());
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $args = $this->argsOf('v-add-user');
        $this->assertSame(['shopuser', self::PASSWORD, 'ada@example.com', 'gold', 'Ada', 'Lovelace'], array_values($args));
        $user = $this->panelUser('shopuser');
        $this->assertPanelPassword('shopuser', self::PASSWORD);
        $this->assertSame('Ada Lovelace', $user['NAME']);
        $this->assertSame('Active', $this->host->service($id)['domainstatus']);
    }

    public function testGeneratedStrongPasswordWhenWhmcsGaveNone(): void
    {
        $id = $this->newService($this->product());
        $this->assertSame('success', $this->service($id, 'CreateAccount', ['password' => '']));
        $stored = $this->secret($this->host->service($id)['password_plain']);
        $this->assertMatchesRegularExpression('/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{12,}$/', $stored);
        $this->assertNotSame(self::PASSWORD, $stored);
        $this->assertPanelPassword('shopuser', $stored, 'WHMCS stores the generated password the panel got, encrypted');
    }

    public function testClientNameWithQuotesIsCleanedNotRefused(): void
    {
        $client = $this->host->createClient(['firstname' => 'Seán "Sean"', 'lastname' => "O'Brien <x>", 'email' => 'sean@example.com']);
        $id = $this->newService($this->product(), 'shop.example', ['userid' => $client]);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame('Seán Sean OBrien x', $this->panelUser('shopuser')['NAME']);
    }

    public function testDomainAddedWithWebDnsAndMailByDefaultAction(): void
    {
        $id = $this->newService($this->product(['After creation' => 'domain']), 'shop.example');
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame(['v-add-user', 'v-add-domain'], $this->commands());
        $this->assertSame(['shopuser', 'shop.example'], array_values($this->argsOf('v-add-domain')));
        $user = $this->panelUser('shopuser');
        $this->assertArrayHasKey('shop.example', $user['web_domains']);
        $this->assertArrayHasKey('shop.example', $user['dns_domains']);
        $this->assertArrayHasKey('shop.example', $user['mail_domains']);
    }

    public function testNoDomainMeansNoDomainRequest(): void
    {
        $id = $this->newService($this->product(['After creation' => 'domain']), '');
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertNotContains('v-add-domain', $this->commands());
        $this->assertSame([], $this->panelUser('shopuser')['web_domains']);
    }

    public function testAfterCreationNoneAddsNoDomain(): void
    {
        $id = $this->newService($this->product(['After creation' => 'none']), 'shop.example');
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame(['v-add-user'], $this->commands());
    }

    public function testWebOnlyAddsJustTheWebDomain(): void
    {
        $id = $this->newService($this->product(['After creation' => 'web']));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame(['v-add-user', 'v-add-web-domain'], $this->commands());
        $user = $this->panelUser('shopuser');
        $this->assertArrayHasKey('shop.example', $user['web_domains']);
        $this->assertSame([], $user['dns_domains']);
        $this->assertSame([], $user['mail_domains']);
    }

    public function testDnsAndMailPartsAreSelectable(): void
    {
        $this->useServer($this->hestiaServer(null, ['ipaddress' => '192.0.2.10']));
        $id = $this->newService($this->product(['After creation' => 'dns, mail']));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame(['v-add-user', 'v-add-dns-domain', 'v-add-mail-domain'], $this->commands());
        $this->assertSame(['shopuser', 'shop.example', '192.0.2.10'], array_values($this->argsOf('v-add-dns-domain')));
        $user = $this->panelUser('shopuser');
        $this->assertSame([], $user['web_domains']);
        $this->assertArrayHasKey('shop.example', $user['dns_domains']);
        $this->assertArrayHasKey('shop.example', $user['mail_domains']);
    }

    public function testCreateWritesUsernameAndKeepsStatusActive(): void
    {
        $id = $this->newService($this->product(), 'shop.example', ['username' => 'Shopuser']);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame('shopuser', $this->host->service($id)['username'], 'HestiaCP usernames are lower case');
        $this->assertNotNull($this->panelUser('shopuser'));
    }
}
