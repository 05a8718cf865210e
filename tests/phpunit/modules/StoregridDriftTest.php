<?php
/**
 * Drift detection and repair for oxide_storegrid: one `ListAccounts` per server. A backup
 * account has no domain (no domain drift); its package is its type and allotted storage.
 * Each repair does its repair once; nothing is deleted on the backup server.
 */

require_once __DIR__ . '/StoregridTestCase.php';

use Illuminate\Database\Capsule\Manager as Capsule;

final class StoregridDriftTest extends StoregridTestCase
{
    public function testEveryKindIsFoundAndEachRepairIsIdempotent(): void
    {
        Capsule::schema()->dropIfExists('mod_oxide_drift');
        Capsule::schema()->dropIfExists('mod_oxide_drift_servers');
        $account = static fn (array $f = []) => $f + [
            'type' => 'customer', 'reseller' => 'acme', 'email' => 'someone@example.net',
            'password' => 'Backup-Pass-42', 'active' => true, 'storage_allotted' => 10 * self::GB,
        ];
        $accounts = [
            'fine' => $account(), 'unsusp' => $account(), 'susp' => $account(['active' => false]),
            'zombie' => $account(), 'pkg' => $account(['storage_allotted' => 2 * self::GB]),
            'newname' => $account(['email' => 'ada@example.com']), 'stray' => $account(),
        ];
        $this->panel->control('POST', '/state', ['accounts' => $accounts]);
        $this->secret('Backup-Pass-42');
        $pid = $this->product();
        $ids = [];
        foreach ([
            'fine' => 'Active', 'unsusp' => 'Suspended', 'susp' => 'Active', 'zombie' => 'Terminated',
            'pkg' => 'Active', 'oldname' => 'Active',
        ] as $name => $status) {
            $ids[$name] = $this->newService($pid, ['username' => $name, 'domainstatus' => $status]);
        }
        $other = $this->host->createClient(['firstname' => 'Gus', 'lastname' => 'Gone', 'email' => 'gone@example.org']);
        $ids['gone'] = $this->newService($pid, ['username' => 'gone', 'domainstatus' => 'Active', 'userid' => $other]);
        // `newname` is the account the module created for `oldname` (its record), renamed since.
        $this->recordCreatedAccount('oxide_storegrid', $ids['oldname'], 'newname');
        $this->backupServer(['name' => 'Backup down', 'port' => 1, 'accesshash' => "timeout=2"]);
        $this->panel->control('DELETE', '/requests');

        $reply = $this->server($this->serverId, 'DriftCheck');
        $this->assertSame([true, 2, 1], [$reply['success'], $reply['servers'], $reply['unreachable']], $reply['summary'] ?? '');
        $this->assertSame(['ListAccounts'], $this->actions());
        $stored = array_map(
            static fn ($r) => "$r->kind $r->account",
            Capsule::table('mod_oxide_drift')->orderBy('kind')->orderBy('account')->get()->all()
        );
        $this->assertSame([
            'missing gone', 'orphan acme', 'orphan stray', 'package pkg', 'status susp', 'status unsusp',
            'terminated zombie', 'username oldname',
        ], $stored, 'acme, the reseller the customers are created under, has no WHMCS service here');
        $this->assertStringContainsString(
            'account `pkg` is on package `customer, 2 GB storage` on the panel; the product says `customer, 10 GB storage`',
            $this->service($ids['pkg'], 'AdminServicesTabFields')['Drift (WHMCS vs panel)']
        );

        foreach ([
            ['susp', 'DriftApplyStatus'], ['unsusp', 'DriftApplyStatus'], ['zombie', 'DriftApplyStatus'],
            ['pkg', 'DriftReapplyPackage'], ['oldname', 'DriftRelink'],
        ] as [$name, $button]) {
            $this->assertSame('success', $this->service($ids[$name], $button), "$button on $name");
            $this->panel->control('DELETE', '/requests');
            $this->assertSame('success', $this->service($ids[$name], $button), "$button on $name, pressed again");
            $changes = array_values(array_diff($this->actions(), ['ListAccounts', 'GetAccount']));
            if ($button !== 'DriftReapplyPackage') {
                $this->assertSame([], $changes, "$button on $name pressed again changes nothing");
            }
        }
        $this->assertTrue($this->account('susp')['active']);
        $this->assertFalse($this->account('unsusp')['active']);
        $this->assertFalse($this->account('zombie')['active']);
        $this->assertSame(10 * self::GB, $this->account('pkg')['storage_allotted']);
        $this->assertSame('newname', $this->host->service($ids['oldname'])['username']);
        $this->assertSame(8, $this->accountCount(), 'nothing deleted: the seven accounts and acme');
    }
}
