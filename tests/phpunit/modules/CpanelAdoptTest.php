<?php
/**
 * Adopting products of WHMCS's own cPanel module (`cpanel`) into oxide_cpanel: a product
 * switched naively is refused before any request; the dry run over services on two servers
 * reports exactly and writes nothing; apply writes settings, servers and a snapshot that one
 * call restores byte-identically; adopted services then go through the lifecycle.
 */

require_once __DIR__ . '/CpanelTestCase.php';
require_once __DIR__ . '/AdoptionChecks.php';

use Illuminate\Database\Capsule\Manager as Capsule;

final class CpanelAdoptTest extends CpanelTestCase
{
    use AdoptionChecks;

    private ?SimProcess $second = null;

    /** A product as WHMCS's cpanel module saves it (configoption1..24 in its order). */
    private const CPANEL_SETTINGS = [
        1 => 'basic', 2 => '10', 3 => '1000', 4 => '25', 5 => '10000', 6 => '', 7 => 'on', 8 => '5',
        9 => '', 10 => '10', 11 => '', 12 => '2', 13 => 'jupiter', 14 => '1', 15 => '', 16 => '',
        17 => '', 18 => '', 19 => 'on', 20 => '', 21 => '', 22 => 'on', 23 => 'on', 24 => '',
    ];

    protected function tearDown(): void
    {
        parent::tearDown();
        $this->second?->stop();
        $this->second = null;
    }

    private function cpanelProduct(string $module, string $name, int $group): int
    {
        $row = ['servertype' => $module, 'servergroup' => $group, 'type' => 'hostingaccount', 'name' => $name];
        foreach (self::CPANEL_SETTINGS as $n => $v) {
            $row["configoption$n"] = $v;
        }
        return $this->host->createProduct($row);
    }

    public function testAProductSwitchedNaivelyIsRefusedBeforeAnyRequest(): void
    {
        $group = $this->host->createServerGroup('whm', [$this->serverId]);
        $pid = $this->cpanelProduct(self::MODULE, 'Gold', $group);
        $id = $this->newService($pid, 'gold.example', ['username' => 'golduser']);
        $this->addAccount('golduser', ['domain' => 'gold.example']);
        $active = $this->newService($pid, 'gold2.example', ['username' => 'gold2', 'domainstatus' => 'Active']);
        $this->clearRequests();

        foreach ([[$id, 'CreateAccount'], [$active, 'TerminateAccount'], [$active, 'SuspendAccount'], [$active, 'ChangePackage']] as [$sid, $fn]) {
            $r = $this->service($sid, $fn);
            $this->assertIsString($r);
            $this->assertStringStartsWith("$fn: product #$pid “Gold” holds settings saved by another module "
                . '(configoption2 “10” is not a yes/no value for “Dedicated IP”); oxide_cpanel does not act on them', $r);
            $this->assertStringContainsString("whmcs_oxide_adopt($pid, 'oxide_cpanel')", $r);
        }
        $this->assertSame([], $this->requests(), 'no request reached the panel');
        $this->assertSame('Pending', $this->host->service($id)['domainstatus']);
        $this->assertSame('Active', $this->host->service($active)['domainstatus']);
        $this->assertNotNull($this->account('golduser'));
        // The settings form still renders, so the admin can see the product.
        $this->assertArrayHasKey('WHM package', $this->host->call(self::MODULE, 'ConfigOptions', $this->host->configOptionsParams($pid)));

        // A product as today's release writes it (the form's defaults) is untouched by the check.
        $ours = $this->newService($this->product(), 'ours.example', ['username' => 'oursuser']);
        $this->assertSame('success', $this->service($ours, 'CreateAccount'));

        // The naive product can be adopted in place: the report says what happened.
        $report = $this->adopt($pid, 'oxide_cpanel');
        $this->assertTrue($report['success'], $report['error'] ?? '');
        $this->assertStringContainsString('the Module was switched without adoption', implode("\n", $report['lines']));
    }

    /**
     * Two WHM servers: the first holds only this product's services (its record switches type),
     * the second also another cpanel product's service (a copy of the record is added).
     */
    private function twoServers(): array
    {
        $this->second = new SimProcess('cpanel');
        $this->second->control('POST', '/state', ['tokens' => [['user' => 'root', 'name' => 'whmcs', 'token' => self::TOKEN, 'acls' => ['all']]]]);
        Capsule::table('tblservers')->where('id', $this->serverId)->update(['type' => 'cpanel']);
        $s2 = $this->host->createServer([
            'type' => 'cpanel', 'name' => 'WHM 2', 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
            'username' => 'root', 'password' => '', 'accesshash' => self::TOKEN . "\npin=" . $this->second->sha256,
            'secure' => true, 'port' => $this->second->port,
        ]);
        $group = $this->host->createServerGroup('whm', [$this->serverId, $s2]);
        $pid = $this->cpanelProduct('cpanel', 'Gold', $group);
        $this->host->addConfigurableOption($pid, 'Disk Space', 4, [], ['qtyminimum' => 1, 'qtymaximum' => 50]);
        $this->host->addConfigurableOption($pid, 'FTP Accounts', 4, [], ['qtyminimum' => 1, 'qtymaximum' => 50]);
        $other = $this->cpanelProduct('cpanel', 'Other', $this->host->createServerGroup('other', [$s2]));
        foreach (['found1' => [], 'term1' => []] as $u => $f) {
            $this->addAccount($u, $f + ['plan' => 'basic']);
        }
        foreach (['susp2' => ['suspended' => true], 'pkg2' => ['plan' => 'default'], 'other2' => []] as $u => $f) {
            $this->second->control('POST', '/state', ['accounts' => [$u => $f + ['domain' => "$u.example", 'plan' => 'basic', 'email' => 'x@example.com']]]);
        }
        $ids = [];
        foreach ([
            'found1' => [$this->serverId, 'Active'], 'gone1' => [$this->serverId, 'Active'],
            'term1' => [$this->serverId, 'Terminated'], 'susp2' => [$s2, 'Active'], 'pkg2' => [$s2, 'Active'],
        ] as $u => [$server, $status]) {
            $ids[$u] = $this->newService($pid, "$u.example", ['username' => $u, 'server' => $server, 'domainstatus' => $status]);
        }
        $ids['other2'] = $this->newService($other, 'other2.example', ['username' => 'other2', 'server' => $s2, 'domainstatus' => 'Active']);
        $this->clearRequests();
        $this->second->control('DELETE', '/requests');
        return [$pid, $s2, $ids];
    }

    private function secondFunctions(): array
    {
        return array_map(static fn ($r) => $r['route'], $this->second->control('GET', '/requests'));
    }

    public function testTheDryRunReportsExactlyAndChangesNothing(): void
    {
        [$pid, $s2, $ids] = $this->twoServers();
        $rows = $this->everyRow();
        $tables = $this->tableNames();
        $writes = $this->writesSoFar();
        $logged = $this->moduleLogRows();

        $r = $this->adopt($pid, 'oxide_cpanel');

        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertFalse($r['applied']);
        $this->assertSame(['found'], $this->serviceResult($r, $ids['found1']));
        $this->assertSame(['missing'], $this->serviceResult($r, $ids['gone1']));
        $this->assertSame(['not_checked'], $this->serviceResult($r, $ids['term1']));
        $this->assertSame(['suspended_on_panel_only'], $this->serviceResult($r, $ids['susp2']));
        $this->assertSame(['other_package'], $this->serviceResult($r, $ids['pkg2']));
        $this->assertCount(5, $r['services'], 'only this product\'s services');
        $this->assertSame(['found' => 1, 'missing' => 1, 'suspended_on_panel_only' => 1, 'suspended_in_whmcs_only' => 0,
            'other_package' => 1, 'other_owner' => 0, 'not_checked' => 1], $r['counts']);
        $this->assertSame([[$this->serverId, 'switch'], [$s2, 'duplicate']],
            array_map(static fn ($s) => [$s['id'], $s['action']], $r['servers']));
        // Settings: kept, converted, and the behaviour choices left to the admin.
        $this->assertSame('basic', $this->settingValue($r, 'WHM package'));
        $this->assertSame('', $this->settingValue($r, 'Dedicated IP'), 'old 6 (Dedicated IP) was unticked; old 2 is FTP accounts');
        $this->assertSame('', $this->settingValue($r, "Terminate deletes all reseller's accounts"), 'old 22 (Add Prefix) ticks nothing');
        $this->assertSame('MB', $this->settingValue($r, 'Size unit of options'));
        $this->assertCount(22, $r['settings']);
        $text = implode("\n", $r['lines']);
        $this->assertStringContainsString("decide: “Terminate deletes all reseller's accounts” is empty (off). WHMCS's cpanel module deleted every account a reseller owned", $text);
        $this->assertStringContainsString('old 13 cPanel Theme “jupiter” dropped', $text);
        $this->assertStringContainsString('configurable option “Disk Space” → applied through “Option: disk space”', $text);
        $this->assertStringContainsString('configurable option “FTP Accounts” → not applied by oxide_cpanel', $text);
        $this->assertStringContainsString("service #{$ids['pkg2']} pkg2 on server #$s2: on package “default”, the product says “basic”", $text);
        $this->assertStringContainsString('5 service(s): 1 found, 1 missing, 1 suspended on the panel only, 1 on another package, 1 not checked', $text);

        // Nothing changed: the rows written are exactly the module log's entries of the two
        // listings; every other row and table is as it was; each panel saw one listaccts.
        $this->assertSame($this->moduleLogRows() - $logged, $this->writesSoFar() - $writes, 'rows written besides the module log');
        $this->assertGreaterThanOrEqual(2, $this->moduleLogRows() - $logged);
        $this->assertSame($tables, $this->tableNames(), 'no table created');
        $this->assertSame($rows, $this->everyRow());
        $this->assertSame(['listaccts'], $this->functions());
        $this->assertSame(['listaccts'], $this->secondFunctions());
    }

    public function testApplyThenRestoreIsByteIdenticalAndAdoptedServicesAreOurs(): void
    {
        [$pid, $s2, $ids] = $this->twoServers();
        $before = $this->everyRow(['tblmodulelog', 'tblactivitylog', 'mod_oxide_adoptions', 'mod_oxide_schema']);

        [$writes, $logged] = [$this->writesSoFar(), $this->moduleLogRows()];
        $r = $this->adopt($pid, 'oxide_cpanel', true);
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertTrue($r['applied']);
        // The counter the dry run is measured with sees apply's writes (it can fail).
        $this->assertGreaterThanOrEqual(5, ($this->writesSoFar() - $writes) - ($this->moduleLogRows() - $logged));
        $product = (array) Capsule::table('tblproducts')->where('id', $pid)->first();
        $this->assertSame('oxide_cpanel', $product['servertype']);
        $defs = array_keys(oxide_cpanel_ConfigOptions([]));
        foreach ($r['settings'] as $s) {
            $this->assertSame($s['value'], (string) $product['configoption' . $s['position']], $s['setting']);
            $this->assertSame($defs[$s['position'] - 1], $s['setting']);
        }
        $this->assertSame(['', ''], [(string) $product['configoption23'], (string) $product['configoption24']], 'old 23-24 cleared');
        $this->assertSame('oxide_cpanel', Capsule::table('tblservers')->where('id', $this->serverId)->value('type'));
        $this->assertSame('cpanel', Capsule::table('tblservers')->where('id', $s2)->value('type'), 'shared server kept for the other product');
        $copy = (int) Capsule::table('tblhosting')->where('id', $ids['pkg2'])->value('server');
        $this->assertNotSame($s2, $copy);
        $this->assertSame('oxide_cpanel', Capsule::table('tblservers')->where('id', $copy)->value('type'));
        $this->assertSame($copy, (int) Capsule::table('tblhosting')->where('id', $ids['susp2'])->value('server'));
        $this->assertSame($s2, (int) Capsule::table('tblhosting')->where('id', $ids['other2'])->value('server'));
        $this->assertSame(1, Capsule::table('mod_oxide_adoptions')->where('productid', $pid)->count());
        $this->assertSame([], $this->mutatingFunctions(), 'no account changed on the panel');
        $this->assertSame(['listaccts'], $this->secondFunctions());
        // A second apply is refused while the snapshot is kept.
        $again = $this->adopt($pid, 'oxide_cpanel', true);
        $this->assertFalse($again['success']);
        $this->assertStringContainsString('restore it first', $again['error']);

        $restored = whmcs_oxide_adopt_restore($pid);
        $this->assertTrue($restored['success'], $restored['error'] ?? '');
        $this->assertSame($before, $this->everyRow(['tblmodulelog', 'tblactivitylog', 'mod_oxide_adoptions', 'mod_oxide_schema']));
        $this->assertSame(0, Capsule::table('mod_oxide_adoptions')->count());

        // Adopted again, the services are ours: no re-provisioning, the lifecycle works.
        $this->assertTrue($this->adopt($pid, 'oxide_cpanel', true)['success']);
        $this->clearRequests();
        $this->assertSame('success', $this->service($ids['found1'], 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->assertTrue($this->account('found1')['suspended']);
        $this->assertSame('success', $this->service($ids['found1'], 'UnsuspendAccount'));
        $this->assertFalse($this->account('found1')['suspended']);
        $this->assertSame('success', $this->service($ids['pkg2'], 'ChangePackage'));
        $this->assertSame('basic', $this->second->control('GET', '/state')['accounts']['pkg2']['plan']);
        $copy = (int) Capsule::table('tblhosting')->where('id', $ids['pkg2'])->value('server');
        $this->assertSame('success', $this->server($copy, 'UsageUpdate'));
        $this->assertNotNull($this->host->service($ids['susp2'])['lastupdate'] ?? null);
        $new = $this->secret('N3w-Passw0rd-99');
        $this->host->updateService($ids['found1'], ['password' => $new]);
        $this->assertSame('success', $this->service($ids['found1'], 'ChangePassword'));
        $this->assertSame($new, $this->account('found1')['password']);
        $sso = $this->service($ids['found1'], 'ServiceSingleSignOn');
        $this->assertTrue($sso['success'], $sso['errorMsg'] ?? '');
        $this->assertStringStartsWith('https://127.0.0.1', $sso['redirectTo']);
        // The drift check covers adopted services: the missing one is reported, nothing repaired.
        $drift = $this->server($this->serverId, 'DriftCheck');
        $this->assertTrue($drift['success'], $drift['summary'] ?? '');
        $this->assertStringContainsString('1 missing on panel', $drift['summary']);
        $this->assertNotContains('createacct', $this->functions());
        $this->assertNotContains('removeacct', $this->functions());
        $this->assertSame('Active', $this->host->service($ids['gone1'])['domainstatus'], 'missing is reported, never terminated');
    }

    public function testTheAdminAddonPageRunsTheDryRunApplyAndRestore(): void
    {
        [$pid] = $this->twoServers();
        $addon = new AddonHost();
        $this->assertSame('whmcs-oxide', $addon->config('oxide')['name']);
        $this->assertSame('success', $addon->activate('oxide')['status']);
        $page = $addon->output('oxide');
        $this->assertStringContainsString("#$pid Gold", $page);
        $this->assertStringContainsString('name="token"', $page, 'forms carry WHMCS\'s CSRF token');

        $page = $addon->output('oxide', ['oxide_action' => 'dryrun', 'pid' => (string) $pid, 'to' => 'oxide_cpanel']);
        $this->assertStringContainsString('Dry run for product #' . $pid . ' “Gold”: cpanel → oxide_cpanel', $page);
        $this->assertStringContainsString('list-group-item-warning">decide: “Terminate deletes all reseller&#039;s accounts”', $page);
        $this->assertSame('cpanel', Capsule::table('tblproducts')->where('id', $pid)->value('servertype'));
        $this->assertStringContainsString('value="apply"', $page, 'the clean dry run offers Apply');

        $page = $addon->output('oxide', ['oxide_action' => 'apply', 'pid' => (string) $pid, 'to' => 'oxide_cpanel']);
        $this->assertStringContainsString('Adopted. The snapshot is kept', $page);
        $this->assertSame('oxide_cpanel', Capsule::table('tblproducts')->where('id', $pid)->value('servertype'));
        $this->assertStringContainsString('value="restore"', $page);

        $page = $addon->output('oxide', ['oxide_action' => 'restore', 'pid' => (string) $pid]);
        $this->assertStringContainsString('Restored as before the adoption.', $page);
        $this->assertSame('cpanel', Capsule::table('tblproducts')->where('id', $pid)->value('servertype'));
        // A report line holding markup (a product name) is escaped.
        Capsule::table('tblproducts')->where('id', $pid)->update(['name' => '<b>Gold</b>']);
        $page = $addon->output('oxide', ['oxide_action' => 'dryrun', 'pid' => (string) $pid, 'to' => 'oxide_cpanel']);
        $this->assertStringNotContainsString('<b>Gold</b>', $page);
        $this->assertStringContainsString('&lt;b&gt;Gold&lt;/b&gt;', $page);

        // A product switched without adoption is not listed, but taken by its number.
        $naive = $this->cpanelProduct(self::MODULE, 'Naive', $this->host->createServerGroup('n', [$this->serverId]));
        $this->assertStringNotContainsString("#$naive Naive", $addon->output('oxide'));
        $page = $addon->output('oxide', ['oxide_action' => 'dryrun', 'pid' => (string) $naive, 'to' => 'oxide_cpanel']);
        $this->assertStringContainsString('the Module was switched without adoption', $page);
    }

    public function testAProductWithoutAWhmPackageIsNotAppliedAndNothingChanges(): void
    {
        $group = $this->host->createServerGroup('whm', [$this->serverId]);
        $pid = $this->cpanelProduct('cpanel', 'Custom', $group);
        Capsule::table('tblproducts')->where('id', $pid)->update(['configoption1' => 'Custom']);
        $rows = $this->everyRow();
        $r = $this->adopt($pid, 'oxide_cpanel', true);
        $this->assertFalse($r['success']);
        $this->assertFalse($r['applied']);
        $this->assertStringStartsWith('nothing was changed: the product has no WHM package (“Custom”)', $r['error']);
        $this->assertSame($rows, $this->everyRow());
        // And an unknown target, a missing product: one clear line each.
        $this->assertStringContainsString('adoptable: oxide_cpanel (from cpanel), oxide_hestiacp (from hestia / vesta)',
            $this->adopt($pid, 'oxide_vpncp')['error']);
        $this->assertSame('whmcs_oxide_adopt: there is no product #999', $this->adopt(999, 'oxide_cpanel')['error']);
        $this->assertSame('product #999 has no adoption snapshot to restore', whmcs_oxide_adopt_restore(999)['error']);
    }

    public function testAServerThatCannotBeListedLeavesItsServicesNotCheckedAndTheOthersChecked(): void
    {
        [$pid, , $ids] = $this->twoServers();
        $dead = $this->host->createServer([
            'type' => 'cpanel', 'name' => 'WHM down', 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
            'username' => 'root', 'password' => '', 'accesshash' => self::TOKEN . "\ntimeout=2", 'secure' => true, 'port' => 1,
        ]);
        $down = $this->newService($pid, 'down.example', ['username' => 'downuser', 'server' => $dead, 'domainstatus' => 'Active']);
        $r = $this->adopt($pid, 'oxide_cpanel');
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertSame(['not_checked'], $this->serviceResult($r, $down));
        $this->assertSame(['found'], $this->serviceResult($r, $ids['found1']));
        $text = implode("\n", $r['lines']);
        $this->assertStringContainsString("server #$dead “WHM down” could not be listed: ", $text);
        $this->assertStringContainsString("service #$down downuser on server #$dead: not checked (its server could not be listed)", $text);
        $this->assertStringNotContainsString(self::TOKEN, $text);
    }
}
