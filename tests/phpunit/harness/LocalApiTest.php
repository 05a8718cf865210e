<?php
/** localAPI() commands modules use, and the harness's recognisable password encryption. */

require_once __DIR__ . '/HarnessTestCase.php';

use Oxide\Harness\Crypto;

final class LocalApiTest extends HarnessTestCase
{
    public function testEncryptDecryptRoundTrip(): void
    {
        $enc = localAPI('EncryptPassword', ['password2' => 'pässword 1']);
        $this->assertSame('success', $enc['result']);
        $this->assertStringStartsWith(Crypto::MARKER, $enc['password']);
        $this->assertStringNotContainsString('pässword', $enc['password']);
        $this->assertNotSame($enc['password'], localAPI('EncryptPassword', ['password2' => 'pässword 1'])['password'], 'like WHMCS, not deterministic');

        $dec = localAPI('DecryptPassword', ['password2' => $enc['password']]);
        $this->assertSame(['result' => 'success', 'password' => 'pässword 1'], $dec);
        $this->assertSame('pässword 1', decrypt(encrypt('pässword 1')));
        $this->assertSame('', decrypt('clear text is not a ciphertext'));
    }

    public function testUnknownCommand(): void
    {
        $this->assertSame(['result' => 'error', 'message' => 'Command Not Found'], localAPI('NoSuchCommand', []));
    }

    public function testGetClientsDetails(): void
    {
        $id = $this->host->createClient(['firstname' => 'Grace', 'lastname' => 'Hopper', 'email' => 'grace@example.test']);
        $r = localAPI('GetClientsDetails', ['clientid' => $id]);
        $this->assertSame('success', $r['result']);
        $this->assertSame('Grace Hopper', $r['client']['fullname']);
        $this->assertSame('grace@example.test', $r['email'], 'deprecated top-level copy');
        $this->assertSame($id, localAPI('getclientsdetails', ['email' => 'grace@example.test'])['client']['id']);
        $this->assertSame('Client Not Found', localAPI('GetClientsDetails', ['clientid' => 999])['message']);
    }

    public function testUpdateClientProductStoresPasswordEncrypted(): void
    {
        [, , $id] = $this->fakemodService();
        $r = localAPI('UpdateClientProduct', [
            'serviceid' => $id, 'serviceusername' => 'newuser', 'servicepassword' => 'n3w-pass',
            'domain' => 'new.example.test', 'status' => 'Active', 'dedicatedip' => '192.0.2.99',
        ]);
        $this->assertSame(['result' => 'success', 'serviceid' => $id], $r);
        $row = $this->host->service($id);
        $this->assertSame(['newuser', 'new.example.test', 'Active', '192.0.2.99'], [$row['username'], $row['domain'], $row['domainstatus'], $row['dedicatedip']]);
        $this->assertTrue(Crypto::isEncrypted($row['password']));
        $this->assertSame('n3w-pass', $row['password_plain']);
        $this->assertSame('Service ID Not Found', localAPI('UpdateClientProduct', ['serviceid' => 999])['message']);
    }

    public function testUpdateClientProductCustomFields(): void
    {
        [, $pid, $id] = $this->fakemodService();
        $field = $this->host->addProductCustomField($pid, 'Remote ID');
        localAPI('UpdateClientProduct', ['serviceid' => $id, 'customfields' => base64_encode(serialize([$field => 'r-77']))]);
        $this->assertSame('r-77', $this->host->params($id)['customfields']['Remote ID']);
    }

    public function testLogActivityAndGetProducts(): void
    {
        [, $pid] = $this->fakemodService();
        $this->assertSame(['result' => 'success'], localAPI('LogActivity', ['description' => 'hello', 'clientid' => 3]));
        $row = $this->host->activityLog()[0];
        $this->assertSame(['hello', 3], [$row['description'], (int) $row['userid']]);

        $r = localAPI('GetProducts', ['module' => 'fakemod']);
        $this->assertSame(1, $r['totalresults']);
        $this->assertSame($pid, $r['products']['product'][0]['pid']);
        $this->assertSame('fakemod', $r['products']['product'][0]['module']);
        $this->assertSame(0, localAPI('GetProducts', ['module' => 'other'])['totalresults']);
    }
}
