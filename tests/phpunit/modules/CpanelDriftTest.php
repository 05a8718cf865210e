<?php
/**
 * Drift detection and repair for oxide_cpanel: one `listaccts` per server finds every kind
 * (listaccts names the main domain, so domain drift too) — a reseller's customers are no
 * orphans; an unreachable server is reported and the others still checked; each repair does
 * its repair once and deletes nothing.
 */

require_once __DIR__ . '/CpanelTestCase.php';

use Illuminate\Database\Capsule\Manager as Capsule;

final class CpanelDriftTest extends CpanelTestCase
{
    public function testEveryKindIsFoundAndEachRepairIsIdempotent(): void
    {
        Capsule::schema()->dropIfExists('mod_oxide_drift');
        Capsule::schema()->dropIfExists('mod_oxide_drift_servers');
        $accounts = [
            'fine' => [], 'unsusp' => [], 'susp' => ['suspended' => true], 'zombie' => [],
            'pkg' => ['plan' => 'default'], 'dom' => ['domain' => 'elsewhere.example'],
            'newname' => ['domain' => 'oldname.example'], 'stray' => [],
            // A reseller WHMCS sells, and its customer: not WHMCS's, so no orphan.
            'resell' => ['owner' => 'resell'], 'cust1' => ['owner' => 'resell'],
        ];
        foreach ($accounts as $user => $fields) {
            $this->addAccount($user, $fields);
        }
        $pid = $this->product();
        $ids = [];
        foreach ([
            'fine' => 'Active', 'unsusp' => 'Suspended', 'susp' => 'Active', 'zombie' => 'Cancelled',
            'pkg' => 'Active', 'dom' => 'Active', 'gone' => 'Active', 'oldname' => 'Active',
            'resell' => 'Active',
        ] as $user => $status) {
            $ids[$user] = $this->newService($pid, "$user.example", ['username' => $user, 'domainstatus' => $status]);
        }
        // The account cPanel lists as `newname` is the one the module created for `oldname`.
        $this->recordCreatedAccount(self::MODULE, $ids['oldname'], 'newname');
        $this->whmServer(self::TOKEN . "\ntimeout=2", ['name' => 'WHM down', 'port' => 1]);
        $this->clearRequests();

        $reply = $this->server($this->serverId, 'DriftCheck');
        $this->assertSame([true, 2, 1, 8], [$reply['success'], $reply['servers'], $reply['unreachable'], $reply['drift']], $reply['summary'] ?? '');
        $this->assertSame(['listaccts'], $this->functions());
        $stored = array_map(
            static fn ($r) => "$r->kind $r->account",
            Capsule::table('mod_oxide_drift')->orderBy('kind')->orderBy('account')->get()->all()
        );
        $this->assertSame([
            'domain dom', 'missing gone', 'orphan stray', 'package pkg', 'status susp', 'status unsusp',
            'terminated zombie', 'username oldname',
        ], $stored);
        $this->assertStringContainsString(
            'account `dom` has main domain `elsewhere.example` on the panel; WHMCS has `dom.example`',
            $this->service($ids['dom'], 'AdminServicesTabFields')['Drift (WHMCS vs panel)']
        );

        foreach ([
            ['susp', 'DriftApplyStatus', 'unsuspendacct'],
            ['unsusp', 'DriftApplyStatus', 'suspendacct'],
            ['zombie', 'DriftApplyStatus', 'suspendacct'],
            ['pkg', 'DriftReapplyPackage', 'changepackage'],
            ['oldname', 'DriftRelink', null],
        ] as [$user, $button, $function]) {
            $this->clearRequests();
            $this->assertSame('success', $this->service($ids[$user], $button), "$button on $user");
            if ($function !== null) {
                $this->assertContains($function, $this->mutatingFunctions(), "$button on $user");
            }
            $this->clearRequests();
            $this->assertSame('success', $this->service($ids[$user], $button), "$button on $user, pressed again");
            if ($button !== 'DriftReapplyPackage') {
                $this->assertSame([], $this->mutatingFunctions(), "$button on $user pressed again changes nothing");
            }
        }
        $this->assertFalse($this->account('susp')['suspended']);
        $this->assertTrue($this->account('unsusp')['suspended']);
        $this->assertTrue($this->account('zombie')['suspended']);
        $this->assertSame('basic', $this->account('pkg')['plan']);
        $this->assertSame('newname', $this->serviceRow($ids['oldname'])['username']);
        $names = $this->accountNames();
        sort($names);
        $expected = array_keys($accounts);
        sort($expected);
        $this->assertSame($expected, $names, 'no account was deleted or added');
    }

    /**
     * A client orders a service with another tenant's domain (or sets that tenant's email in
     * their profile); their own account is not on the panel. The check names the tenant's
     * account only for the admin to verify, with the risk stated; the re-link button is not
     * offered and, pressed anyway, links nothing.
     */
    public function testAClientCannotGetAnotherTenantsAccountRelinked(): void
    {
        Capsule::schema()->dropIfExists('mod_oxide_drift');
        Capsule::schema()->dropIfExists('mod_oxide_drift_servers');
        $this->addAccount('victim', ['domain' => 'victim.example', 'email' => 'owner@victim.example']);
        $attacker = $this->host->createClient(['firstname' => 'Mal', 'lastname' => 'Lory', 'email' => 'owner@victim.example']);
        $id = $this->newService($this->product(), 'victim.example', ['username' => 'mallory', 'domainstatus' => 'Active', 'userid' => $attacker]);

        $this->server($this->serverId, 'DriftCheck');
        $stored = array_map(static fn ($r) => "$r->kind $r->account", Capsule::table('mod_oxide_drift')->orderBy('kind')->get()->all());
        $this->assertSame(['missing mallory', 'orphan victim'], $stored);
        $tab = $this->service($id, 'AdminServicesTabFields')['Drift (WHMCS vs panel)'];
        $this->assertStringContainsString('Account `victim` there has this service&#39;s domain or the client&#39;s email address', $tab);
        $this->assertStringContainsString('no proof', $tab);
        $this->assertNotContains('DriftRelink', $this->service($id, 'AdminCustomButtonArray'));

        $this->clearRequests();
        $reply = $this->service($id, 'DriftRelink');
        $this->assertStringContainsString('not re-linked', $reply);
        $this->assertSame('mallory', $this->serviceRow($id)['username'], 'the service still names its own account');
        $this->assertSame(['listaccts'], $this->functions(), 'one listing, nothing changed on the panel');
    }

    /** Every module folder carries the same drift hooks (each folder is installed on its own). */
    public function testEveryModuleFolderLoadsTheSameDriftHooks(): void
    {
        $dirs = glob(HARNESS_DEFAULT_MODULES_DIR . '/oxide_*', GLOB_ONLYDIR);
        $this->assertCount(4, $dirs);
        $first = file_get_contents($dirs[0] . '/drift_hooks.php');
        $template = file_get_contents($dirs[0] . '/templates/drift_widget.tpl');
        foreach ($dirs as $dir) {
            $this->assertSame($first, file_get_contents($dir . '/drift_hooks.php'), basename($dir));
            // Whichever module registers the widget renders it with its own copy.
            $this->assertSame($template, file_get_contents($dir . '/templates/drift_widget.tpl'), basename($dir));
            $this->assertStringContainsString("require_once __DIR__ . '/drift_hooks.php';", file_get_contents($dir . '/hooks.php'), basename($dir));
        }
        $this->host->loadModuleHooks();
        $this->assertSame(4, \Oxide\Harness\Hooks::count('DailyCronJob'), 'one daily check per module');
        $this->assertSame(1, \Oxide\Harness\Hooks::count('AdminHomeWidgets'), 'one widget for all modules');
    }

    /**
     * Names the panel and the admin chose reach the dashboard as text: an account name and a
     * server name holding markup, and an unreachable server's error, render inert.
     */
    public function testHostileNamesStayTextInTheWidget(): void
    {
        Capsule::schema()->dropIfExists('mod_oxide_drift');
        Capsule::schema()->dropIfExists('mod_oxide_drift_servers');
        $hostile = '<img src=x onerror="alert(1)">&amp;\'"';
        $this->addAccount($hostile);
        Capsule::table('tblservers')->where('id', $this->serverId)->update(['name' => "WHM $hostile"]);
        $this->whmServer(self::TOKEN . "\ntimeout=2", ['name' => "<script>alert(2)</script>", 'port' => 1]);
        $reply = $this->server($this->serverId, 'DriftCheck');
        $this->assertSame([true, 2, 1, 1], [$reply['success'], $reply['servers'], $reply['unreachable'], $reply['drift']], $reply['summary'] ?? '');

        $html = $this->host->adminHomeWidgets()[0]['html'];
        $escaped = htmlspecialchars($hostile, ENT_QUOTES, 'UTF-8');
        $this->assertStringContainsString("account $escaped (no service)", $html, 'the orphan account, as text');
        $this->assertStringContainsString("WHM $escaped (oxide_cpanel)", $html, 'the server name, as text');
        $this->assertStringContainsString('&lt;script&gt;alert(2)&lt;/script&gt; (oxide_cpanel): <strong>unreachable</strong>', $html);
        $this->assertStringNotContainsString('<img', $html);
        $this->assertStringNotContainsString('<script', $html);
        $this->assertStringNotContainsString('&amp;amp;amp;', $html, 'escaped once, not twice');
    }
    /**
     * The widget compiles its template into WHMCS's compiled-template folder, or, without one,
     * in memory: never into a folder of its own in the shared temp dir, which another local user
     * could have made first (Smarty includes the PHP it finds in its compile folder).
     */
    public function testTheWidgetCompilesOnlyIntoWhmcsFolderOrMemory(): void
    {
        Capsule::schema()->dropIfExists('mod_oxide_drift');
        Capsule::schema()->dropIfExists('mod_oxide_drift_servers');
        $this->addAccount('orphan1');
        $this->assertTrue($this->server($this->serverId, 'DriftCheck')['success']);
        $ours = sys_get_temp_dir() . '/whmcs-oxide-smarty';
        if (is_dir($ours)) { // left by an older build of the widget
            array_map('unlink', glob("$ours/*") ?: []);
            rmdir($ours);
        }
        $saved = $GLOBALS['templates_compiledir'] ?? null;
        try {
            unset($GLOBALS['templates_compiledir']);
            $inMemory = $this->host->adminHomeWidgets()[0]['html'];
            $this->assertStringContainsString('account orphan1 (no service)', $inMemory);
            $this->assertDirectoryDoesNotExist($ours, 'no compile folder of our own in the temp dir');

            $whmcs = sys_get_temp_dir() . '/oxide-templates_c-' . getmypid();
            mkdir($whmcs, 0700);
            $GLOBALS['templates_compiledir'] = $whmcs;
            $this->assertSame($inMemory, $this->host->adminHomeWidgets()[0]['html'], 'the same page either way');
            $this->assertNotEmpty(glob("$whmcs/*drift_widget*") ?: [], "compiled into WHMCS's folder");
            array_map('unlink', glob("$whmcs/*") ?: []);
            rmdir($whmcs);
        } finally {
            if ($saved === null) {
                unset($GLOBALS['templates_compiledir']);
            } else {
                $GLOBALS['templates_compiledir'] = $saved;
            }
        }
    }
}
