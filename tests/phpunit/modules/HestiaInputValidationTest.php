<?php
/**
 * Bad input to CreateAccount gets a clear error that names the field and changes nothing:
 * no request that changes state reaches the panel, tblhosting and the module's table stay as
 * they were. IDN and `www.` domains are normalised, not refused.
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';

final class HestiaInputValidationTest extends HestiaLifecycleTestCase
{
    private const CUSTOM = ['Use the package parameters' => 'on', 'Package name to deploy' => 'oxide-basic'];

    /**
     * @return array<string, array{0: array, 1: array, 2: string}> product settings, service
     *         fields, text the error must contain (the field's name)
     */
    public function badInput(): array
    {
        return [
            'reserved username' => [[], ['username' => 'mysql'], 'Username `mysql` is reserved'],
            'admin username' => [[], ['username' => 'admin'], 'Username `admin` is reserved'],
            'username with a dot' => [[], ['username' => 'john.doe'], 'Username `john.doe`'],
            'username starting with a digit' => [[], ['username' => '1shop'], 'Username `1shop` must start with a letter'],
            'username with shell metacharacters' => [[], ['username' => 'bob;id'], 'Username `bob;id`'],
            'username with a newline' => [[], ['username' => "bob\nid"], 'Username `bob'],
            'rule giving a reserved name' => [['Username rule' => 'sudo'], [], 'Username rule: `sudo` gives `sudo`'],
            'rule giving only digits' => [['Username rule' => '{random_digit_6}'], [], 'Username rule:'],
            'rule with an unknown macro' => [['Username rule' => 'u{nope}'], [], 'Username rule: unknown macro {nope}'],
            'rule with an unclosed macro' => [['Username rule' => 'u{domain'], [], 'Username rule: unclosed'],
            'domain that is an IPv4 address' => [[], ['domain' => '192.0.2.44'], 'domain `192.0.2.44` is an IP address'],
            'domain that is an IPv6 address' => [[], ['domain' => '2001:db8::1'], 'domain `2001:db8::1`'],
            'domain with shell metacharacters' => [[], ['domain' => 'shop.example;reboot'], 'domain `shop.example;reboot`'],
            'domain with a command substitution' => [[], ['domain' => 'shop$(id).example'], 'domain `shop$(id).example`'],
            'domain with a newline' => [[], ['domain' => "shop.example\nevil.example"], 'domain `shop.example'],
            'bare www' => [[], ['domain' => 'www'], 'domain `www`'],
            'password naming a /tmp file' => [[], ['password' => '/tmp/Abcdefgh1'], 'password must not start with /tmp/'],
            'password with a newline' => [[], ['password' => "Abcdefgh1\nsecond"], 'password must not contain line breaks'],
            'password with outer spaces' => [[], ['password' => ' Abcdefgh1 '], 'password must not start or end with a space'],
            'weak password' => [[], ['password' => 'abcdefgh'], 'password must contain'],
            'limit that is a word' => [self::CUSTOM + ['Disk quota (MB)' => 'ten'], [], 'Disk quota (MB): `ten`'],
            'limit with a decimal' => [self::CUSTOM + ['Web domains' => '2.5'], [], 'Web domains: `2.5`'],
            'negative limit' => [self::CUSTOM + ['Databases' => '-5'], [], 'Databases: `-5`'],
            'limit with shell metacharacters' => [self::CUSTOM + ['Bandwidth (MB)' => '10;reboot'], [], 'Bandwidth (MB): `10;reboot`'],
            'mail rate limit' => [self::CUSTOM + ['Mail rate limit (per hour)' => 'fast'], [], 'Mail rate limit (per hour): `fast`'],
            'shell with metacharacters' => [self::CUSTOM + ['Shell' => 'bash;id'], [], 'Shell: `bash;id`'],
            'template with metacharacters' => [self::CUSTOM + ['Web template' => 'default$(id)'], [], 'Web template'],
            'package name with metacharacters' => [['Package name to deploy' => 'pkg$(id)'] + self::CUSTOM, [], 'Package name to deploy'],
            'name server that is no domain' => [self::CUSTOM + ['Name servers' => 'ns1.example.com, ns2;x'], [], 'Name servers'],
            'server package with metacharacters' => [['Package on server' => 'gold;id'], [], 'Package on server'],
            'unknown after-creation action' => [['After creation' => 'domain, backup'], [], 'After creation: unknown action `backup`'],
            "Let's Encrypt without the web domain" => [['After creation' => 'dns, letsencrypt'], [], 'After creation: letsencrypt needs the web domain'],
        ];
    }

    /** @dataProvider badInput */
    public function testBadInputNamesTheFieldAndChangesNothing(array $settings, array $fields, string $expected): void
    {
        if (isset($fields['password'])) {
            $this->secret($fields['password']);
        }
        $id = $this->newService($this->product($settings + ['After creation' => 'domain']), $fields['domain'] ?? 'shop.example', $fields);
        $before = $this->serviceRow($id);

        $r = $this->service($id, 'CreateAccount');

        $this->assertStringStartsWith('CreateAccount failed: ', $r);
        $this->assertStringContainsString($expected, $r);
        $this->assertSame([], $this->mutatingCommands(), 'no request that changes the panel');
        $this->assertSame([], $this->panelUserNames());
        $this->assertSame($before, $this->serviceRow($id), 'tblhosting unchanged');
        $this->assertSame([], $this->recordedAccounts());
    }

    public function testClientEmailHestiaRefusesIsNamed(): void
    {
        $client = $this->host->createClient(['firstname' => 'Bob', 'lastname' => 'X', 'email' => 'bob;id@example.com']);
        $id = $this->newService($this->product(), 'shop.example', ['userid' => $client]);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString("client's e-mail `bob;id@example.com`", $r);
        $this->assertSame([], $this->commands());
    }

    public function testConfigurableOptionOverrideThatIsNoNumberIsNamed(): void
    {
        $pid = $this->product(self::CUSTOM);
        $this->host->addConfigurableOption($pid, 'Disk Space', 1, ['lots|Lots of space', '20480|20 GB']);
        $id = $this->newService($pid);
        $this->host->setServiceConfigOption($id, 'Disk Space', 'lots');
        $before = $this->serviceRow($id);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('configurable option “Disk Space” (Disk quota (MB)): `lots`', $r);
        $this->assertSame([], $this->commands());
        $this->assertSame($before, $this->serviceRow($id));
    }

    public function testConfigurableOptionOverrideGivesTheServiceItsOwnPackage(): void
    {
        $pid = $this->product(self::CUSTOM);
        $this->host->addConfigurableOption($pid, 'Disk Space', 1, ['10240|10 GB', '20480|20 GB']);
        $id = $this->newService($pid);
        $this->host->setServiceConfigOption($id, 'Disk Space', '20480');
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $package = "oxide-basic-s$id";
        $this->assertSame('20480', $this->state()['packages'][$package]['DISK_QUOTA']);
        $this->assertSame($package, $this->panelUser('shopuser')['PACKAGE']);
    }

    public function testUnlimitedIsAcceptedForALimit(): void
    {
        $id = $this->newService($this->product(self::CUSTOM + ['Disk quota (MB)' => 'Unlimited']));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame('unlimited', $this->state()['packages']['oxide-basic']['DISK_QUOTA']);
    }

    public function testIdnDomainWithWwwIsNormalisedToPunycode(): void
    {
        $id = $this->newService($this->product(['After creation' => 'domain']), 'www.Bücher.example');
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame('xn--bcher-kva.example', $this->argsOf('v-add-domain')[2]);
        $this->assertArrayHasKey('xn--bcher-kva.example', $this->panelUser('shopuser')['web_domains']);
        $this->assertSame('xn--bcher-kva.example', $this->host->service($id)['domain']);
    }

    public function testUpperCaseWwwAndTrailingDotAreNormalised(): void
    {
        $id = $this->newService($this->product(['After creation' => 'domain']), 'WWW.Shop.Example.');
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame('shop.example', $this->argsOf('v-add-domain')[2]);
    }
}
