<?php
/** $params as WHMCS's module-params builder makes them. */

require_once __DIR__ . '/HarnessTestCase.php';

use Oxide\Harness\Crypto;

final class ParamsTest extends HarnessTestCase
{
    public function testServiceParamsHaveWhmcsKeysAndTypes(): void
    {
        [$serverId, $pid, $id] = $this->fakemodService();
        $p = $this->host->params($id);

        $ints = ['serviceid', 'accountid', 'userid', 'pid', 'packageid', 'serverid'];
        foreach ($ints as $key) {
            $this->assertIsInt($p[$key], $key);
        }
        $this->assertSame([$id, $id, $pid, $pid, $serverId], [$p['serviceid'], $p['accountid'], $p['pid'], $p['packageid'], $p['serverid']]);
        $this->assertSame('shop.example.test', $p['domain']);
        $this->assertSame('shopuser', $p['username']);
        $this->assertSame('service-pass', $p['password'], 'password arrives decrypted');
        $this->assertSame('hostingaccount', $p['producttype']);
        $this->assertSame('fakemod', $p['moduletype']);
        $this->assertSame('Pending', $p['status']);
        $this->assertSame('8.13.1', $p['whmcsVersion']);
        $this->assertSame('basic', $p['configoption1']);
        $this->assertSame('on', $p['configoption2']);
        for ($i = 1; $i <= 24; $i++) {
            $this->assertIsString($p["configoption$i"]);
        }
        $this->assertInstanceOf(\WHMCS\Service\Service::class, $p['model']);
        $this->assertSame($id, (int) $p['model']->id);
    }

    public function testServerKeysAreDecryptedAndTyped(): void
    {
        [$serverId, , $id] = $this->fakemodService();
        $p = $this->host->params($id);

        $this->assertTrue($p['server']);
        $this->assertSame('192.0.2.10', $p['serverip']);
        $this->assertSame('panel1.example.test', $p['serverhostname']);
        $this->assertSame('admin', $p['serverusername']);
        $this->assertSame('server-pass', $p['serverpassword']);
        $this->assertSame('API-KEY-123', $p['serveraccesshash']);
        $this->assertTrue($p['serversecure']);
        $this->assertSame('https', $p['serverhttpprefix']);
        $this->assertSame('8083', $p['serverport']);

        $stored = $this->host->service($id);
        $this->assertTrue(Crypto::isEncrypted($stored['password']), 'stored encrypted like WHMCS');
        $this->assertStringNotContainsString('service-pass', $stored['password']);
        $this->assertSame('service-pass', $stored['password_plain']);
    }

    public function testInsecureServerWithoutPortAndServiceWithoutServer(): void
    {
        [, $pid] = $this->fakemodService([], [], ['secure' => false, 'port' => null]);
        $p = $this->host->params($this->host->createService(['packageid' => $pid, 'server' => 1]));
        $this->assertFalse($p['serversecure']);
        $this->assertSame('http', $p['serverhttpprefix']);
        $this->assertSame('', $p['serverport']);

        $p = $this->host->params($this->host->createService(['packageid' => $pid, 'server' => 0]));
        $this->assertFalse($p['server']);
        $this->assertSame(0, $p['serverid']);
        $this->assertSame('', $p['serverpassword']);
    }

    public function testCustomFieldsAreCutAtPipe(): void
    {
        [, $pid, $id] = $this->fakemodService();
        $f1 = $this->host->addProductCustomField($pid, 'Panel Plan|Plan shown to client', 'dropdown', ['sortorder' => 2]);
        $f2 = $this->host->addProductCustomField($pid, 'Notes', 'textarea', ['sortorder' => 1]);
        $this->host->addProductCustomField($pid, 'Never Set');
        $this->host->setCustomFieldValue($f1, $id, 'gold|Gold Plan');
        $this->host->setCustomFieldValue($f2, $id, 'plain text');

        $this->assertSame(
            ['Never Set' => '', 'Notes' => 'plain text', 'Panel Plan' => 'gold'],
            $this->host->params($id)['customfields']
        );
        $this->assertSame('gold|Gold Plan', $this->host->customFieldValue('Panel Plan', $id, 'product'));
    }

    public function testConfigurableOptionsOfEachType(): void
    {
        [, $pid, $id] = $this->fakemodService();
        $this->host->addConfigurableOption($pid, 'Disk Space|Disk', 1, ['10|10 GB', '20|20 GB']);
        $this->host->addConfigurableOption($pid, 'Location', 2, ['eu|Europe', 'us|United States']);
        $this->host->addConfigurableOption($pid, 'Backups', 3);
        $this->host->addConfigurableOption($pid, 'Extra IPs', 4, [], ['qtyminimum' => 0, 'qtymaximum' => 8]);
        $this->host->addConfigurableOption($pid, 'Unchosen', 1, ['first|First', 'second']);

        $this->host->setServiceConfigOption($id, 'Disk Space', '20|20 GB');
        $this->host->setServiceConfigOption($id, 'Location', 'us');
        $this->host->setServiceConfigOption($id, 'Backups', 'on');
        $this->host->setServiceConfigOption($id, 'Extra IPs', 3);

        $this->assertSame(
            ['Disk Space' => '20', 'Location' => 'us', 'Backups' => 1, 'Extra IPs' => 3, 'Unchosen' => 'first'],
            $this->host->params($id)['configoptions']
        );

        $this->host->setServiceConfigOption($id, 'Backups', false);
        $this->assertSame(0, $this->host->params($id)['configoptions']['Backups']);
    }

    public function testClientsDetails(): void
    {
        $cf = $this->host->addClientCustomField('VAT Number');
        $this->host->addClientCustomField('Second');
        $userId = $this->host->createClient([
            'firstname' => 'Ada', 'lastname' => 'Lovelace', 'companyname' => 'Engines Ltd',
            'email' => 'ada@example.test', 'country' => 'GB', 'phonenumber' => '020 7946 0000',
        ]);
        $this->host->setCustomFieldValue($cf, $userId, 'GB123');
        [, , $id] = $this->fakemodService(['userid' => $userId]);

        $c = $this->host->params($id)['clientsdetails'];
        $this->assertSame($userId, $c['userid']);
        $this->assertSame($userId, $c['id']);
        $this->assertSame('Ada Lovelace', $c['fullname']);
        $this->assertSame('Engines Ltd', $c['companyname']);
        $this->assertSame('ada@example.test', $c['email']);
        $this->assertSame('GB', $c['countrycode']);
        $this->assertSame('GB', $c['country']);
        $this->assertSame('020 7946 0000', $c['phonenumber']);
        $this->assertSame('+44.02079460000', $c['phonenumberformatted']);
        foreach (['address1', 'address2', 'city', 'state', 'postcode', 'firstname', 'lastname'] as $key) {
            $this->assertArrayHasKey($key, $c);
        }
        $this->assertSame([['id' => $cf, 'value' => 'GB123'], ['id' => $cf + 1, 'value' => '']], $c['customfields']);
        $this->assertSame('GB123', $c['customfields1']);
        $this->assertSame('', $c['customfields2']);
    }

    public function testServiceGetsServerFromGroupByFillType(): void
    {
        $a = $this->host->createServer(['type' => 'fakemod', 'hostname' => 'a', 'maxaccounts' => 1]);
        $b = $this->host->createServer(['type' => 'fakemod', 'hostname' => 'b', 'maxaccounts' => 10]);
        $off = $this->host->createServer(['type' => 'fakemod', 'hostname' => 'off', 'disabled' => true]);
        $fill = $this->host->createProduct(['servertype' => 'fakemod', 'servergroup' => $this->host->createServerGroup('fill', [$off, $a, $b], 2)]);

        $first = $this->host->createService(['packageid' => $fill]);
        $second = $this->host->createService(['packageid' => $fill]);
        $this->assertSame($a, $this->host->params($first)['serverid']);
        $this->assertSame($b, $this->host->params($second)['serverid'], 'server a is full');
    }

    public function testServerAndConfigOptionsParams(): void
    {
        [$serverId, $pid] = $this->fakemodService();
        $s = $this->host->serverParams($serverId);
        $this->assertSame(
            ['server', 'serverid', 'serverip', 'serverhostname', 'serverusername', 'serverpassword',
             'serveraccesshash', 'serversecure', 'serverhttpprefix', 'serverport', 'whmcsVersion'],
            array_keys($s)
        );
        $this->assertTrue($s['server']);
        $this->assertSame($serverId, $s['serverid']);
        $this->assertSame('server-pass', $s['serverpassword']);

        $c = $this->host->configOptionsParams($pid);
        $this->assertSame('hostingaccount', $c['producttype']);
        $this->assertFalse($c['isAddon']);
        $this->assertSame($pid, $c['pid']);
        $this->assertSame($serverId, $c['serverid'], 'a Loader can reach the group server');

        $bare = $this->host->configOptionsParams($this->host->createProduct(['servertype' => 'nomod', 'type' => 'other']));
        $this->assertSame(['producttype', 'isAddon', 'pid', 'servergroup'], array_keys($bare));
        $this->assertSame('other', $bare['producttype']);
    }
}
