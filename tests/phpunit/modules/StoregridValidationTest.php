<?php
/**
 * Every invalid setting is refused before any request reaches the backup server, with a
 * message naming the setting, and changes nothing (service, records, server).
 */

require_once __DIR__ . '/StoregridTestCase.php';

final class StoregridValidationTest extends StoregridTestCase
{
    private const TIMED = [
        'Bandwidth Throttling' => 'New Configuration',
        'Enable Throttle' => 'on',
        'Throttle Settings' => 'Throttle only at specified time',
        'Throttle From' => '0130',
        'Throttle Till' => '1740',
        'Restricted Rate' => '2048',
    ];

    /** @return array<string, array{array, string}> settings → expected message part */
    public static function invalidSettings(): array
    {
        return [
            'throttle time 2460' => [['Throttle From' => '2460'] + self::TIMED,
                'Throttle From: `2460` is not a time in HHMM 24-hour format'],
            'till 2460' => [['Throttle Till' => '2460'] + self::TIMED, 'Throttle Till: `2460`'],
            'from without till' => [['Throttle Till' => ''] + self::TIMED,
                'Throttle Till is required when Throttle Settings is “Throttle only at specified time”'],
            'till without from' => [['Throttle From' => ''] + self::TIMED, 'Throttle From is required'],
            'rate 1024' => [['Restricted Rate' => '1024'] + self::TIMED,
                'Restricted Rate: `1024` must be more than 1024 bytes and less than 9999 GB'],
            'rate 9999 GB' => [['Restricted Rate' => '9999 GB'] + self::TIMED,
                'Restricted Rate: `9999 GB` must be more than 1024 bytes and less than 9999 GB'],
            'rate 9999 GB in bytes' => [['Restricted Rate' => '10736344498176'] + self::TIMED,
                'Restricted Rate: `10736344498176` must be more than 1024 bytes'],
            'no rate while throttling' => [['Restricted Rate' => ''] + self::TIMED, 'Restricted Rate is required'],
            'bad report e-mail' => [['Enable Consolidated Report' => 'on', 'Consolidated Report Email' => 'ops@example.com, boss@'],
                'Consolidated Report Email: `boss@` is not a valid e-mail address'],
            'report without e-mail' => [['Enable Consolidated Report' => 'on'], 'Consolidated Report Email is required'],
            'customer without reseller name' => [['Reseller Name' => ''], 'Reseller Name is required for “Signup Customer”'],
            'bad reseller name' => [['Reseller Name' => 'acme corp'], 'Reseller Name: `acme corp`'],
            'storage not a size' => [['Storage Allotted' => 'plenty'], 'Storage Allotted: `plenty` is not a size'],
            'relative location' => [['Storage Location' => 'backups'], 'Storage Location: `backups` is not an absolute path'],
            'no MCAL number' => [['Is Auto MCAL' => '', 'Allot MCAL' => ''], 'Allot MCAL is required when Is Auto MCAL is off'],
            'MCAL not a number' => [['Is Auto MCAL' => '', 'Allot MCAL' => 'five'], 'Allot MCAL: `five`'],
            'same from and till' => [['Throttle Till' => '0130'] + self::TIMED, 'Throttle From and Throttle Till are both 0130'],
        ];
    }

    /** @dataProvider invalidSettings */
    public function testAnInvalidSettingIsRefusedBeforeAnyRequest(array $settings, string $expected): void
    {
        $id = $this->newService($this->product($settings));
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringStartsWith('CreateAccount failed: ', $r);
        $this->assertStringContainsString($expected, $r);
        $this->assertSame([], $this->actions(), 'nothing reached the backup server');
        $svc = $this->host->service($id);
        $this->assertSame('Pending', $svc['domainstatus']);
        $this->assertSame('', $svc['username']);
        $this->assertSame('', $svc['password_plain'], 'no password generated and stored');
        $this->assertSame(1, count($this->state()['accounts']));
    }

    public function testTheSameChecksGuardChangePackage(): void
    {
        $pid = $this->product();
        $id = $this->newService($pid);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->panel->control('DELETE', '/requests');
        Illuminate\Database\Capsule\Manager::table('tblproducts')->where('id', $pid)
            ->update($this->settings(['Restricted Rate' => '1024'] + self::TIMED));
        $r = $this->service($id, 'ChangePackage');
        $this->assertStringContainsString('Restricted Rate: `1024`', $r);
        $this->assertSame([], $this->actions());
    }

    public function testBadClientDataAndPasswordsAreNamed(): void
    {
        $client = $this->host->createClient(['email' => 'not-an-address']);
        $id = $this->newService($this->product(), ['userid' => $client]);
        $this->assertStringContainsString("the client's e-mail address `not-an-address` is not valid", $this->service($id, 'CreateAccount'));
        $id = $this->newService($this->product(), ['password' => $this->secret('short')]);
        $this->assertStringContainsString('the service password must be 8 to 64 characters', $this->service($id, 'CreateAccount'));
        $this->assertSame([], $this->actions());
    }

    public function testMissingServerCredentialsAreNamed(): void
    {
        $server = $this->backupServer(['username' => '', 'password' => '']);
        $id = $this->newService($this->product(), ['server' => $server]);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('the server record has no web-console login', $r);
        $this->assertSame([], $this->actions());
    }
}
