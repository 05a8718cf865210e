<?php
/**
 * Adopting products of JosephChuks' `hestia` module (VestaCP's `vesta` has the same three
 * settings) into oxide_hestiacp, on the simulator and on the real HestiaCP: the accounts are
 * made on the panel first (as the old module left them), then the product and server are
 * put back as the old module stores them.
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';
require_once __DIR__ . '/AdoptionChecks.php';

use Illuminate\Database\Capsule\Manager as Capsule;

final class HestiaAdoptTest extends HestiaLifecycleTestCase
{
    use AdoptionChecks;

    /**
     * Users found1 (gold), susp1 (gold, suspended on the panel only), pkg1 (on `default`, the
     * product says gold), gone1 (never on the panel); all Active in WHMCS, under a `hestia`
     * product: 1 Package Name, 2 SSH Access, 3 Server/IP Address.
     */
    private function hestiaProduct(string $module = 'hestia'): array
    {
        $ids = [];
        foreach (['found1' => 'gold', 'susp1' => 'gold', 'pkg1' => 'default'] as $u => $package) {
            $ids[$u] = $this->newService($this->product(['Package on server' => $package]), "$u.example", ['username' => $u]);
            $this->assertSame('success', $this->service($ids[$u], 'CreateAccount'));
        }
        $this->assertSame('success', $this->service($ids['susp1'], 'SuspendAccount'));
        $ids['gone1'] = $this->newService($this->product(), 'gone1.example', ['username' => 'gone1']);
        $group = $this->host->createServerGroup('hestia-old', [$this->serverId]);
        $pid = $this->host->createProduct([
            'servertype' => $module, 'servergroup' => $group, 'type' => 'hostingaccount', 'name' => 'Hestia Gold',
            'configoption1' => 'gold', 'configoption2' => 'on', 'configoption3' => '127.0.0.1',
        ]);
        Capsule::table('tblhosting')->whereIn('id', array_values($ids))->update(['packageid' => $pid, 'domainstatus' => 'Active']);
        Capsule::table('tblservers')->where('id', $this->serverId)->update(['type' => $module]);
        $this->clearRequests();
        return [$pid, $ids];
    }

    public function testAProductSwitchedNaivelyIsRefusedBeforeAnyRequest(): void
    {
        [$pid, $ids] = $this->hestiaProduct();
        Capsule::table('tblproducts')->where('id', $pid)->update(['servertype' => self::MODULE]);
        foreach (['SuspendAccount', 'TerminateAccount', 'ChangePackage'] as $fn) {
            $r = $this->service($ids['found1'], $fn);
            $this->assertStringStartsWith("$fn: product #$pid “Hestia Gold” holds settings saved by another module "
                . '(configoption3 “127.0.0.1” is an IP address, not a value for “Package name to deploy”)', $r);
        }
        $this->assertSame([], $this->commands(), 'no request reached the panel');
        $this->assertNotNull($this->panelUser('found1'));
        $this->assertSame('Active', $this->host->service($ids['found1'])['domainstatus']);
    }

    public function testDryRunApplyRestoreAndTheLifecycleOfAdoptedServices(): void
    {
        [$pid, $ids] = $this->hestiaProduct();
        $rows = $this->everyRow();
        $tables = $this->tableNames();
        $writes = $this->writesSoFar();
        $logged = $this->moduleLogRows();

        $r = $this->adopt($pid, self::MODULE);
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertSame(['found'], $this->serviceResult($r, $ids['found1']));
        $this->assertSame(['suspended_on_panel_only'], $this->serviceResult($r, $ids['susp1']));
        $this->assertSame(['other_package'], $this->serviceResult($r, $ids['pkg1']));
        $this->assertSame(['missing'], $this->serviceResult($r, $ids['gone1']));
        $this->assertSame([[$this->serverId, 'switch']], array_map(static fn ($s) => [$s['id'], $s['action']], $r['servers']));
        $this->assertSame('gold', $this->settingValue($r, 'Package on server'));
        $this->assertSame('', $this->settingValue($r, 'Use the package parameters'), 'SSH Access never ticks it');
        $this->assertCount(24, $r['settings']);
        $this->assertStringContainsString('old 3 Server/IP Address “127.0.0.1” dropped', implode("\n", $r['lines']));
        $this->assertSame($this->moduleLogRows() - $logged, $this->writesSoFar() - $writes, 'rows written besides the module log');
        $this->assertSame($tables, $this->tableNames());
        $this->assertSame($rows, $this->everyRow());
        $this->assertSame(['v-list-users'], $this->commands(), 'one listing, nothing else');

        $keep = ['tblmodulelog', 'tblactivitylog', 'mod_oxide_adoptions', 'mod_oxide_schema'];
        $before = $this->everyRow($keep);
        $this->assertTrue($this->adopt($pid, self::MODULE, true)['success']);
        $product = (array) Capsule::table('tblproducts')->where('id', $pid)->first();
        $this->assertSame([self::MODULE, 'gold', '', ''], [$product['servertype'], $product['configoption1'], $product['configoption2'], $product['configoption3']]);
        $this->assertSame('refuse', $product['configoption24']);
        $this->assertSame(self::MODULE, Capsule::table('tblservers')->where('id', $this->serverId)->value('type'));
        $this->assertTrue(whmcs_oxide_adopt_restore($pid)['success']);
        $this->assertSame($before, $this->everyRow($keep), 'restore is byte-identical');

        $this->assertTrue($this->adopt($pid, self::MODULE, true)['success']);
        $this->assertSame([], $this->mutatingCommands(), 'adoption changed nothing on the panel');
        $this->assertSame('success', $this->service($ids['found1'], 'SuspendAccount'));
        $this->assertSame('yes', $this->panelUser('found1')['SUSPENDED']);
        $this->assertSame('success', $this->service($ids['found1'], 'UnsuspendAccount'));
        $this->assertSame('no', $this->panelUser('found1')['SUSPENDED']);
        $this->assertSame('success', $this->service($ids['pkg1'], 'ChangePackage'));
        $this->assertSame('gold', $this->panelUser('pkg1')['PACKAGE']);
        $this->assertSame('success', $this->server($this->serverId, 'UsageUpdate'));
        $this->assertNotContains('v-add-user', $this->commands());
        $this->assertNotContains('v-delete-user', $this->commands());
        $this->assertNull($this->panelUser('gone1'), 'missing is reported, never created');
    }

    public function testVestaProductsAreAdoptedTheSameWay(): void
    {
        [$pid, $ids] = $this->hestiaProduct('vesta');
        $r = $this->adopt($pid, self::MODULE);
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertSame('vesta', $r['product']['from']);
        $this->assertSame(['found'], $this->serviceResult($r, $ids['found1']));
        $this->assertSame(['missing'], $this->serviceResult($r, $ids['gone1']));
        $this->assertSame('', $this->settingValue($r, 'Use the package parameters'));
        $this->assertSame(['v-list-users'], $this->commands());
    }
}
