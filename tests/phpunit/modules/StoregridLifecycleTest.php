<?php
/**
 * After signup: suspend/terminate deactivate, unsuspend activates (repeats are no-ops,
 * terminating a vanished account is fine), password and package changes, usage, the admin
 * tab and client area, server sync, and TestConnection's diagnoses.
 */

require_once __DIR__ . '/StoregridTestCase.php';

final class StoregridLifecycleTest extends StoregridTestCase
{
    private function created(array $settings = []): int
    {
        $id = $this->newService($this->product($settings));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->secret($this->host->service($id)['password_plain']);
        $this->panel->control('DELETE', '/requests');
        return $id;
    }

    public function testSuspendUnsuspendTerminateToggleActivation(): void
    {
        $id = $this->created();
        $this->assertSame('success', $this->service($id, 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->assertFalse($this->account('ada')['active']);
        $this->assertSame('success', $this->service($id, 'SuspendAccount', ['suspendreason' => 'Overdue']), 'already inactive');
        $this->assertSame('Suspended', $this->host->service($id)['domainstatus']);
        $this->assertSame('success', $this->service($id, 'UnsuspendAccount'));
        $this->assertTrue($this->account('ada')['active']);
        $this->assertSame('success', $this->service($id, 'TerminateAccount'));
        $this->assertFalse($this->account('ada')['active'], 'terminate deactivates; backups are kept');
        $this->assertSame('Terminated', $this->host->service($id)['domainstatus']);
        $this->assertSame(array_fill(0, 4, 'SetAccountStatus'), $this->actions());

        $this->panel->control('POST', '/state', ['accounts' => ['ada' => null]]);
        $this->assertSame('success', $this->service($id, 'TerminateAccount'), 'already gone');
        $this->assertStringContainsString('the backup server has no account ada', $this->service($id, 'UnsuspendAccount'));
    }

    public function testChangePasswordAndItsRules(): void
    {
        $id = $this->created();
        $this->host->updateService($id, ['password' => $this->secret('Brand-New-Pass-9')]);
        $this->assertSame('success', $this->service($id, 'ChangePassword'));
        $this->assertSame('Brand-New-Pass-9', $this->account('ada')['password']);
        $this->host->updateService($id, ['password' => $this->secret('tiny')]);
        $this->assertStringContainsString('8 to 64 characters', $this->service($id, 'ChangePassword'));
        $this->assertSame(['ChangePassword'], $this->actions());
    }

    public function testChangePackageReappliesStorageMcalAndThrottling(): void
    {
        $id = $this->created(['Storage Location' => '/backups/first']);
        $bigger = $this->product([
            'Storage Allotted' => '2 TB', 'Is Auto MCAL' => '', 'Allot MCAL' => '20',
            'Bandwidth Throttling' => 'New Configuration', 'Enable Throttle' => 'on',
            'Throttle Settings' => 'Throttle only at specified time', 'Throttle From' => '2200',
            'Throttle Till' => '0600', 'Restricted Rate' => '10 MB', 'Storage Location' => '/backups/elsewhere',
            'Enable Consolidated Report' => 'on', 'Consolidated Report Email' => 'noc@example.com',
        ]);
        $this->host->updateService($id, ['packageid' => $bigger]);
        $this->assertSame('success', $this->service($id, 'ChangePackage'));
        $a = $this->account('ada');
        $this->assertSame(2048 * self::GB, $a['storage_allotted']);
        $this->assertSame(['auto' => false, 'allotted' => 20, 'used' => 0], $a['mcal']);
        $this->assertSame(['mode' => 'custom', 'enabled' => true, 'schedule' => 'timed', 'from' => '2200',
            'till' => '0600', 'rate' => 10485760], $a['bandwidth_throttling']);
        $this->assertSame(['enabled' => true, 'emails' => ['noc@example.com']], $a['consolidated_report']);
        $this->assertSame('/backups/first', $a['storage_location'], 'a package change does not move backups');
        $this->assertSame(['UpdateAccount'], $this->actions());
        $this->assertSame('success', $this->service($id, 'ReapplySettings'));
    }

    public function testUsageUpdateWritesStorageIntoTheDiskFields(): void
    {
        $id = $this->created(['Storage Allotted' => '20 GB']);
        $this->panel->control('POST', '/state', ['accounts' => ['ada' => ['storage_used' => 3 * self::GB + 1]]]);
        $this->assertSame('success', $this->server($this->serverId, 'UsageUpdate'));
        $row = $this->host->service($id);
        $this->assertSame([3073, 20480], [(int) $row['diskusage'], (int) $row['disklimit']]);
        $this->assertNotEmpty($row['lastupdate']);
        $this->assertSame(['ListAccounts'], $this->actions(), 'one request per server');
    }

    /** A null where the module needs nothing changes nothing; one unreadable account is skipped and named. */
    public function testOneUnreadableAccountNeverFailsTheServer(): void
    {
        $id = $this->created(['Storage Allotted' => '20 GB']);
        $this->panel->control('POST', '/state', ['accounts' => ['ada' => ['storage_used' => 3 * self::GB]]]);
        $reshape = fn (string $path, string $change) => $this->panel->control('POST', '/faults',
            ['route' => 'ListAccounts', 'kind' => 'reshape', 'path' => $path, 'change' => $change, 'times' => 1]);
        $names = array_map(static fn ($a) => $a['name'], $this->panel->control('GET', '/state')['accounts']);
        $acme = array_search('acme', array_keys($this->panel->control('GET', '/state')['accounts']), true);
        $this->assertIsInt($acme, implode(',', $names));

        $reshape("/data/accounts/$acme/reseller", 'null');
        $this->assertSame('success', $this->server($this->serverId, 'UsageUpdate'));

        $this->host->updateService($id, ['diskusage' => 0, 'lastupdate' => '0000-00-00 00:00:00']);
        $reshape("/data/accounts/$acme/storage_used", 'null');
        $r = $this->server($this->serverId, 'UsageUpdate');
        $this->assertSame('1 services updated; skipped 1 backup accounts the panel described incompletely: '
            . 'acme (no readable `storage_used`) (their usage is unchanged)', $r);
        $this->assertSame(3072, (int) $this->host->service($id)['diskusage'], 'ada is updated all the same');
        $this->assertStringContainsString('acme (no readable `storage_used`)', json_encode($this->host->moduleLog()));

        $reshape("/data/accounts/$acme", 'null');
        $r = $this->server($this->serverId, 'ListAccounts');
        $this->assertTrue($r['success']);
        $this->assertSame(['ada'], array_column($r['accounts'], 'username'));
        $this->assertStringContainsString('no readable `name`', $r['skipped']);
    }

    public function testAdminTabAndClientAreaShowLiveState(): void
    {
        $id = $this->created(['Is Auto MCAL' => '', 'Allot MCAL' => '3']);
        $this->panel->control('POST', '/state', ['accounts' => ['ada' => ['storage_used' => 1610612736, 'mcal' => ['auto' => false, 'allotted' => 3, 'used' => 2]]]]);
        $tab = $this->service($id, 'AdminServicesTabFields');
        $this->assertSame('ada — customer of reseller acme', $tab['Backup account']);
        $this->assertSame('Active on the backup server', $tab['Backup status']);
        $this->assertSame('1.5 GB used of 10 GB', $tab['Storage']);
        $this->assertSame('2 used of 3 allotted', $tab['MCAL']);
        $this->assertSame('global configuration', $tab['Bandwidth throttling']);
        $area = $this->service($id, 'ClientArea');
        $this->assertSame('templates/clientarea.tpl', $area['tabOverviewModuleOutputTemplate']);
        $this->assertSame(15, $area['templateVariables']['storagePercent']);
        $this->assertSame("https://127.0.0.1:{$this->panel->port}/", $area['templateVariables']['consoleUrl']);

        $this->panel->control('POST', '/state', ['accounts' => ['ada' => null]]);
        $this->assertStringContainsString('no account ada', $this->service($id, 'AdminServicesTabFields')['Error']);
        $this->assertSame('templates/error.tpl', $this->service($id, 'ClientArea')['tabOverviewReplacementTemplate']);
    }

    public function testListAccountsForServerSync(): void
    {
        $this->created();
        $r = $this->server($this->serverId, 'ListAccounts');
        $this->assertTrue($r['success']);
        $byName = array_column($r['accounts'], null, 'username');
        $this->assertSame('Signup Customer', $byName['ada']['product']);
        $this->assertSame('Signup Reseller', $byName['acme']['product']);
        $this->assertSame('Active', $byName['ada']['status']);
    }

    public function testTestConnectionDiagnoses(): void
    {
        $r = $this->server($this->serverId, 'TestConnection');
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertSame('4.4.0', $r['version']);

        $wrong = $this->backupServer(['password' => $this->secret('Wrong-Password-1')]);
        $r = $this->server($wrong, 'TestConnection');
        $this->assertStringContainsString('refused the web-console login (invalid username or password)', $r['error']);

        $this->panel->control('POST', '/state', ['users' => [
            ['name' => self::ADMIN, 'password' => self::ADMIN_PASSWORD, 'role' => 'admin'],
            ['name' => 'watcher', 'password' => 'Watcher-Pass-1', 'role' => 'viewer'],
        ]]);
        $viewer = $this->backupServer(['username' => 'watcher', 'password' => $this->secret('Watcher-Pass-1')]);
        $r = $this->server($viewer, 'TestConnection');
        $this->assertStringContainsString('has the role `viewer`, the module needs an admin-level user', $r['error']);

        $unpinned = $this->backupServer(['accesshash' => '']);
        $r = $this->server($unpinned, 'TestConnection');
        $this->assertStringContainsString('pin=' . $this->panel->sha256, $r['error']);

        $sock = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($sock, false), ':'), 1);
        fclose($sock);
        $closed = $this->backupServer(['port' => $port]);
        $r = $this->server($closed, 'TestConnection');
        $this->assertStringContainsString("cannot connect to 127.0.0.1:$port", $r['error']);

        $html = $this->backupServer();
        $this->panel->control('POST', '/faults', ['route' => 'ServerInfo', 'kind' => 'html', 'status' => 502, 'times' => 1]);
        $r = $this->server($html, 'TestConnection');
        $this->assertStringContainsString('HTML page (502 Bad Gateway', $r['error']);
    }

    public function testEveryFunctionWithEmptyParamsReturnsItsDocumentedType(): void
    {
        foreach (['MetaData', 'ConfigOptions', 'TestConnection', 'AdminCustomButtonArray', 'AdminServicesTabFields',
            'ClientArea', 'ListAccounts'] as $fn) {
            $this->assertIsArray($this->host->call(self::MODULE, $fn, []), $fn);
        }
        foreach (['CreateAccount', 'SuspendAccount', 'UnsuspendAccount', 'TerminateAccount', 'ChangePassword',
            'ChangePackage', 'UsageUpdate', 'RetrievePassKey', 'ReapplySettings', 'HookSignup'] as $fn) {
            $this->assertIsString($this->host->call(self::MODULE, $fn, []), $fn);
        }
        $meta = $this->host->metaData(self::MODULE);
        $this->assertSame(['6060', '6061'], [$meta['DefaultNonSSLPort'], $meta['DefaultSSLPort']]);
        $this->assertCount(21, $this->host->call(self::MODULE, 'ConfigOptions', []));
    }
}
