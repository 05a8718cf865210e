<?php
/**
 * CreateAccount: reseller and customer signup carry every product setting to the backup
 * server; a create retried after a lost answer does not sign up twice.
 */

require_once __DIR__ . '/StoregridTestCase.php';

final class StoregridSignupTest extends StoregridTestCase
{
    public function testCustomerSignupCarriesEverySetting(): void
    {
        $pid = $this->product([
            'Auto Authorization' => '',
            'Storage Allotted' => (string) (25 * self::GB),
            'Storage Location' => '/backups/customers',
            'Enable Consolidated Report' => 'on',
            'Consolidated Report Email' => 'ops@example.com, Boss@Example.org',
            'Is Auto MCAL' => '',
            'Allot MCAL' => '7',
            'Bandwidth Throttling' => 'New Configuration',
            'Enable Throttle' => 'on',
            'Throttle Settings' => 'Throttle only at specified time',
            'Throttle From' => '0130',
            'Throttle Till' => '1740',
            'Restricted Rate' => '2097152',
            'Send Mail' => 'on',
        ]);
        $id = $this->newService($pid);

        $this->assertSame('success', $this->service($id, 'CreateAccount'));

        $svc = $this->host->service($id);
        $this->assertSame('Active', $svc['domainstatus']);
        $this->assertSame('ada', $svc['username'], 'derived from the client e-mail');
        $password = $this->secret($svc['password_plain']);
        $this->assertGreaterThanOrEqual(8, strlen($password), 'generated and stored encrypted');
        $a = $this->account('ada');
        $this->assertSame([
            'name' => 'ada', 'type' => 'customer', 'reseller' => 'acme', 'email' => 'ada@example.com',
            'first_name' => 'Ada', 'last_name' => 'Lovelace', 'company' => 'Analytical Engines',
            'phone' => '+44.2071234567', 'password' => $password, 'active' => true, 'auto_authorize' => false,
            'storage_allotted' => 25 * self::GB, 'storage_location' => '/backups/customers',
            'mcal' => ['auto' => false, 'allotted' => 7, 'used' => 0],
            'bandwidth_throttling' => ['mode' => 'custom', 'enabled' => true, 'schedule' => 'timed',
                'from' => '0130', 'till' => '1740', 'rate' => 2097152],
            'consolidated_report' => ['enabled' => true, 'emails' => ['ops@example.com', 'Boss@Example.org']],
            'send_mail' => true, 'external_ref' => "whmcs-service-$id",
        ], array_intersect_key($a, array_flip(['name', 'type', 'reseller', 'email', 'first_name', 'last_name',
            'company', 'phone', 'password', 'active', 'auto_authorize', 'storage_allotted', 'storage_location',
            'mcal', 'bandwidth_throttling', 'consolidated_report', 'send_mail', 'external_ref'])));
        $this->assertSame([['to' => 'ada@example.com', 'subject' => 'Your backup customer account ada is ready', 'account' => 'ada']],
            $this->state()['mails']);
        $this->assertSame(['SignupCustomer'], $this->actions(), 'one request for a plain signup');
        $log = json_encode($this->host->moduleLog());
        $this->assertStringContainsString('SignupCustomer', $log);
        $this->assertStringNotContainsString($password, $log);
    }

    public function testResellerSignupCarriesEverySettingAndNoCustomerOnlyOnes(): void
    {
        $pid = $this->product([
            'Action' => 'Signup Reseller',
            'Reseller Name' => '',
            'Activation Status' => '',
            'Storage Allotted' => '500 GB',
            'Enable Consolidated Report' => 'on',
            'Consolidated Report Email' => 'ignored@example.com',
            'Is Auto MCAL' => 'on',
            'Bandwidth Throttling' => 'New Configuration',
            'Enable Throttle' => 'on',
            'Throttle Settings' => 'Always Throttle',
            'Restricted Rate' => '512 KB',
            'Retrieve Customer Pass Key' => 'on',
        ], ['type' => 'reselleraccount']);
        $id = $this->newService($pid, ['username' => 'Grace-Hopper', 'password' => $this->secret('Res3ller-Pass')]);

        $this->assertSame('success', $this->service($id, 'CreateAccount'));

        $a = $this->account('grace-hopper');
        $this->assertNotNull($a, 'the WHMCS username, lower-cased');
        $this->assertSame('reseller', $a['type']);
        $this->assertSame('', $a['reseller']);
        $this->assertFalse($a['active'], 'Activation Status off: created inactive');
        $this->assertTrue($a['auto_authorize']);
        $this->assertSame(500 * self::GB, $a['storage_allotted']);
        $this->assertSame('/sgbackup/grace-hopper', $a['storage_location'], 'empty location: the server chose');
        $this->assertSame(['auto' => true, 'allotted' => 0, 'used' => 0], $a['mcal']);
        $this->assertSame(['mode' => 'custom', 'enabled' => true, 'schedule' => 'always', 'rate' => 524288], $a['bandwidth_throttling']);
        $this->assertSame(['enabled' => false, 'emails' => []], $a['consolidated_report'], 'not sent for resellers');
        $this->assertSame('Res3ller-Pass', $a['password']);
        $this->assertFalse($a['send_mail']);
        $this->assertSame(['SignupReseller'], $this->actions(), 'no pass key for a reseller');
        $this->assertSame('grace-hopper', $this->host->service($id)['username']);
    }

    public function testConfigurableOptionsOverrideStorageAndMcal(): void
    {
        $pid = $this->product();
        $this->host->addConfigurableOption($pid, 'Storage Allotted', 1, ['50 GB', '1 TB|One terabyte']);
        $this->host->addConfigurableOption($pid, 'Allot MCAL', 4, [], ['qtyminimum' => 1, 'qtymaximum' => 50]);
        $id = $this->newService($pid);
        $this->host->setServiceConfigOption($id, 'Storage Allotted', '1 TB|One terabyte');
        $this->host->setServiceConfigOption($id, 'Allot MCAL', 12);

        $this->assertSame('success', $this->service($id, 'CreateAccount'));

        $a = $this->account('ada');
        $this->assertSame(1024 * self::GB, $a['storage_allotted']);
        $this->assertSame(['auto' => false, 'allotted' => 12, 'used' => 0], $a['mcal']);
    }

    public function testPlainHttpOnTheDefaultProtocolPort(): void
    {
        $plain = new SimProcess('storegrid', ['--plain']);
        try {
            $plain->control('POST', '/state', [
                'users' => [['name' => self::ADMIN, 'password' => self::ADMIN_PASSWORD, 'role' => 'admin']],
                'accounts' => ['acme' => ['type' => 'reseller', 'email' => 'ops@acme.example']],
            ]);
            $server = $this->backupServer(['secure' => false, 'accesshash' => '', 'port' => $plain->port]);
            $id = $this->newService($this->product(), ['server' => $server]);
            $this->assertSame('success', $this->service($id, 'CreateAccount'));
            $this->assertArrayHasKey('ada', $plain->control('GET', '/state')['accounts']);
            $this->assertSame('basic', $plain->control('GET', '/requests')[0]['auth_kind']);
        } finally {
            $plain->stop();
        }
    }

    public function testALostSignupAnswerIsCheckedOnTheServerAndTheCreateGoesOn(): void
    {
        // The server signs up, then never answers; the module gives up after 1 s, looks, and
        // finds the account it made (its reference), so the create completes instead of failing
        // with the account left behind.
        $server = $this->backupServer(['accesshash' => "pin={$this->panel->sha256}\ntimeout=1"]);
        $id = $this->newService($this->product(), ['server' => $server]);
        $this->panel->control('POST', '/faults', ['route' => 'SignupCustomer', 'kind' => 'timeout_after', 'ms' => 2500, 'times' => 1]);

        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame(['SignupCustomer', 'GetAccount'], $this->actions(), 'one look after the lost answer');
        $this->assertStringContainsString('the answer to the signup of ada was lost', json_encode($this->host->moduleLog()));
        $this->assertSame(2, $this->accountCount(), 'acme and ada: no duplicate');
        $this->assertSame($this->account('ada')['password'], $this->secret($this->host->service($id)['password_plain']));

        // Run again (an admin pressing Create): it finds the account and signs up nothing.
        $this->panel->control('DELETE', '/requests');
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame(['GetAccount'], $this->actions(), 'a retry looks before signing up');
        $this->assertSame(2, $this->accountCount());
    }

    public function testAnUnreadableSignupAnswerIsNotAFailure(): void
    {
        // `"reseller": null` in the account a reseller signup returns (natural JSON for "not
        // applicable"): the account was made, so the create succeeds, and listings read it.
        $this->panel->control('POST', '/faults', ['route' => 'SignupReseller', 'kind' => 'reshape',
            'path' => '/data/account/reseller', 'change' => 'null', 'times' => 1]);
        $id = $this->newService($this->product(['Action' => 'Signup Reseller', 'Reseller Name' => '']));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame('reseller', $this->account('ada')['type']);

        // A status the module cannot read: it looks on the server and goes on with its account.
        $other = $this->newService($this->product(), ['userid' => $this->host->createClient(['email' => 'grace@example.com'])]);
        $this->panel->control('POST', '/faults', ['route' => 'SignupCustomer', 'kind' => 'reshape',
            'path' => '/status', 'change' => 'null', 'times' => 1]);
        $this->assertSame('success', $this->service($other, 'CreateAccount'));
        $this->assertNotNull($this->account('grace'));
    }

    public function testANameTakenBySomeoneElseGetsASuffixUnlessTheAdminFixedIt(): void
    {
        $this->panel->control('POST', '/state', ['accounts' => ['ada' => ['type' => 'customer', 'reseller' => 'acme',
            'email' => 'other@example.com', 'external_ref' => 'someone-else']]]);
        $id = $this->newService($this->product());
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame('ada1', $this->host->service($id)['username']);
        $this->assertSame(['SignupCustomer', 'GetAccount', 'SignupCustomer'], $this->actions());

        $fixed = $this->newService($this->product(), ['username' => 'ada', 'password' => $this->secret('Fixed-Pass-1')]);
        $r = $this->service($fixed, 'CreateAccount');
        $this->assertStringContainsString('already has an account `ada` that belongs to someone else', $r);
    }

    public function testServerRefusalsAreReportedWithTheirField(): void
    {
        $id = $this->newService($this->product(['Reseller Name' => 'nosuchreseller']));
        $r = $this->service($id, 'CreateAccount');
        $this->assertSame('CreateAccount failed: the backup server refused SignupCustomer: reseller nosuchreseller does not exist (field `reseller`)', $r);
        $this->assertSame('Pending', $this->host->service($id)['domainstatus']);
    }

    public function testTransportFaultsAreReportedAndARetryCompletes(): void
    {
        $id = $this->newService($this->product());
        foreach ([
            ['kind' => 'refuse', 'expect' => 'broke before the answer was complete'],
            ['kind' => 'malformed', 'expect' => 'data this module cannot read'],
            ['kind' => 'auth', 'expect' => 'refused the web-console login'],
        ] as $fault) {
            $this->panel->control('POST', '/faults', ['route' => 'SignupCustomer', 'kind' => $fault['kind'], 'times' => 1]);
            $r = $this->service($id, 'CreateAccount');
            $this->assertStringContainsString($fault['expect'], $r, $fault['kind']);
            $this->assertNull($this->account('ada'));
        }
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->secret($this->host->service($id)['password_plain']);
        $this->assertSame(2, $this->accountCount());
        // A lost or unreadable answer (refused, malformed) is checked on the server at once;
        // each retry looks for the recorded name first; a refused login is final.
        $this->assertSame(['SignupCustomer', 'GetAccount', 'GetAccount', 'SignupCustomer', 'GetAccount',
            'GetAccount', 'SignupCustomer', 'GetAccount', 'SignupCustomer'],
            $this->actions(), 'each retry looks for the recorded name first');
    }
}
