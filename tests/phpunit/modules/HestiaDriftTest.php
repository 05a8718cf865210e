<?php
/**
 * Drift detection and repair for oxide_hestiacp, on the simulator and the real HestiaCP: the
 * daily check (DailyCronJob hook) finds every kind of drift HestiaCP's listing allows from one
 * `v-list-users`, reports an unreachable server without failing the others, stores the result
 * for the widget and the service page; each repair button does exactly its repair, is safe to
 * press twice, and nothing on the panel is ever deleted.
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';

use Illuminate\Database\Capsule\Manager as Capsule;

final class HestiaDriftTest extends HestiaLifecycleTestCase
{
    /** @var array<string, int> service ids by WHMCS username */
    private array $ids = [];

    protected function setUp(): void
    {
        parent::setUp();
        Capsule::schema()->dropIfExists('mod_oxide_drift');
        Capsule::schema()->dropIfExists('mod_oxide_drift_servers');
        $user = static fn (string $package, string $contact, bool $suspended = false) => [
            'password' => 'Drift-Pass-42', 'PACKAGE' => $package, 'CONTACT' => $contact,
            'SUSPENDED' => $suspended ? 'yes' : 'no',
        ];
        $this->secret('Drift-Pass-42');
        $this->setState(['users' => [
            'fine' => $user('gold', 'fine@example.net'),
            'unsusp' => $user('gold', 'unsusp@example.net'),
            'susp' => $user('gold', 'susp@example.net', true),
            'zombie' => $user('gold', 'zombie@example.net'),
            'pkg' => $user('default', 'pkg@example.net'),
            'newname' => $user('gold', 'renamed@example.com'),
            'stray' => $user('gold', 'stray@example.net'),
        ]]);
        $pid = $this->product();
        $renamedClient = $this->host->createClient(['firstname' => 'Re', 'lastname' => 'Named', 'email' => 'renamed@example.com']);
        foreach ([
            'fine' => 'Active', 'unsusp' => 'Suspended', 'susp' => 'Active', 'zombie' => 'Terminated',
            'pkg' => 'Active', 'gone' => 'Active', 'oldname' => 'Active',
        ] as $name => $status) {
            $extra = $name === 'oldname' ? ['userid' => $renamedClient] : [];
            $this->ids[$name] = $this->newService($pid, "$name.example", $extra + ['username' => $name, 'domainstatus' => $status]);
        }
        // `newname` is the user the module created for `oldname` (its record), renamed since.
        $this->recordCreatedAccount(self::MODULE, $this->ids['oldname'], 'newname');
    }

    /** @return list<string> "kind account" of every stored drift of this module */
    private function stored(): array
    {
        $rows = Capsule::table('mod_oxide_drift')->where('module', self::MODULE)->orderBy('kind')->orderBy('account')->get();
        return array_map(static fn ($r) => "$r->kind $r->account", $rows->all());
    }

    private function panelUsers(): array
    {
        $users = array_keys($this->state()['users']);
        sort($users);
        return array_values(array_diff($users, ['admin']));
    }

    public function testTheDailyCheckFindsEveryKindAndAnUnreachableServerFailsNothingElse(): void
    {
        $dead = $this->hestiaServer($this->keyId . ':' . $this->keySecret . "\ntimeout=2", ['name' => 'Hestia down', 'port' => 1]);
        $this->clearRequests();
        $this->host->runHook('DailyCronJob', []);

        $this->assertSame(['v-list-users'], $this->commands(), 'one listing request for the reachable server');
        $this->assertSame([
            'missing gone', 'orphan stray', 'package pkg', 'status susp', 'status unsusp',
            'terminated zombie', 'username oldname',
        ], $this->stored());
        $servers = Capsule::table('mod_oxide_drift_servers')->where('module', self::MODULE)->orderBy('serverid')->get()->all();
        $this->assertSame(['checked', 'unreachable'], array_map(static fn ($s) => $s->state, $servers));
        $this->assertSame($dead, (int) $servers[1]->serverid);
        $this->assertNotSame('', $servers[1]->error);
        $log = implode("\n", array_column($this->host->activityLog(), 'description'));
        $this->assertStringContainsString('oxide_hestiacp drift check: 1 server(s) checked, 1 unreachable (Hestia down:', $log);
        $this->assertStringContainsString('7 drift(s): 1 missing on panel, 1 orphan on panel, 2 status differs', $log);

        // The service page and the widget read the stored result (no panel request).
        $this->clearRequests();
        $tab = $this->service($this->ids['susp'], 'AdminServicesTabFields');
        $this->assertStringContainsString('WHMCS has this service Active, but account `susp` is suspended on the panel', $tab['Drift (WHMCS vs panel)']);
        $this->assertStringContainsString('agreed at the last check', $this->service($this->ids['fine'], 'AdminServicesTabFields')['Drift (WHMCS vs panel)']);
        $widgets = $this->host->adminHomeWidgets();
        $this->assertCount(1, $widgets);
        $html = $widgets[0]['html'];
        $this->assertStringContainsString('7 drift(s) on 2 server(s), <strong>1 unreachable</strong>', $html);
        $this->assertStringContainsString('<tr data-kind="status"><td>Status differs</td><td>2</td></tr>', $html);
        $this->assertStringContainsString('account stray (no service)', $html);
        $this->assertStringContainsString('clientsservices.php?userid=' . $this->clientId . '&amp;id=' . $this->ids['gone'], $html);
        $this->assertNotContains('v-list-users', $this->commands(), 'the tab reads its own account only, the widget nothing');
    }

    public function testEachRepairDoesItsRepairOnceAndDeletesNothing(): void
    {
        $before = $this->panelUsers();
        $this->server($this->serverId, 'DriftCheck');
        foreach ([
            ['susp', 'DriftApplyStatus', 'v-unsuspend-user'],
            ['unsusp', 'DriftApplyStatus', 'v-suspend-user'],
            ['zombie', 'DriftApplyStatus', 'v-suspend-user'],
            ['pkg', 'DriftReapplyPackage', 'v-change-user-package'],
            ['oldname', 'DriftRelink', null],
        ] as [$name, $button, $command]) {
            $this->clearRequests();
            $this->assertSame('success', $this->service($this->ids[$name], $button), "$button on $name");
            if ($command !== null) {
                $this->assertContains($command, $this->commands(), "$button on $name");
            }
            $this->clearRequests();
            $this->assertSame('success', $this->service($this->ids[$name], $button), "$button on $name, pressed again");
            $changes = array_values(array_filter($this->commands(), static fn ($c) => !str_starts_with($c, 'v-list-')));
            if ($button !== 'DriftReapplyPackage') {
                $this->assertSame([], $changes, "$button on $name pressed again changes nothing");
            }
        }
        $users = $this->state()['users'];
        $this->assertSame('no', $users['susp']['SUSPENDED']);
        $this->assertSame('yes', $users['unsusp']['SUSPENDED']);
        $this->assertSame('yes', $users['zombie']['SUSPENDED'], 'a terminated service is suspended, never deleted');
        $this->assertSame('gold', $users['pkg']['PACKAGE']);
        $this->assertSame('newname', $this->host->service($this->ids['oldname'])['username']);
        $this->assertSame($before, $this->panelUsers(), 'no panel user was deleted or added');
        // Each repair re-checked the server: what no button repairs is left, and the terminated
        // service's account, suspended now, still exists (only Terminate deletes).
        $this->assertSame(['missing gone', 'orphan stray', 'terminated zombie'], $this->stored());
        $this->assertStringContainsString('(suspended, package gold)', $this->service($this->ids['zombie'], 'AdminServicesTabFields')['Drift (WHMCS vs panel)']);

        $this->clearRequests();
        $missing = $this->service($this->ids['gone'], 'DriftApplyStatus');
        $this->assertStringContainsString('account `gone` is not on the panel: nothing to unsuspend', $missing);
        $this->assertSame(['v-list-users'], $this->commands());
        $this->assertStringContainsString('nothing to re-link', $this->service($this->ids['gone'], 'DriftRelink'));
    }

    /** A client who sets another tenant's contact address as their email gets no re-link to it. */
    public function testAClientsEmailAloneLinksNoAccount(): void
    {
        $mallory = $this->host->createClient(['firstname' => 'Mal', 'lastname' => 'Lory', 'email' => 'stray@example.net']);
        $id = $this->newService($this->product(), 'mal.example', ['username' => 'mallory', 'domainstatus' => 'Active', 'userid' => $mallory]);
        $this->server($this->serverId, 'DriftCheck');
        $this->assertContains('orphan stray', $this->stored());
        $this->assertContains('missing mallory', $this->stored());
        $this->assertNotContains('DriftRelink', $this->service($id, 'AdminCustomButtonArray'));
        $this->assertStringContainsString('no proof', $this->service($id, 'DriftRelink'));
        $this->assertSame('mallory', $this->host->service($id)['username']);
    }
}
