<?php
/**
 * UsageUpdate: one `v-list-users json` and one database transaction write disk/bandwidth
 * usage and limits (MB, `unlimited` = 0) into tblhosting for every service of that server.
 * ListAccounts: every non-admin panel user with status Active/Suspended.
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';

use Illuminate\Database\Events\TransactionBeginning;
use Illuminate\Database\Events\TransactionCommitted;
use Illuminate\Database\Events\TransactionRolledBack;

final class HestiaUsageTest extends HestiaLifecycleTestCase
{
    /** @var array<string, int> service ids by panel user */
    private array $ids = [];

    protected function setUp(): void
    {
        parent::setUp();
        $this->setState(['users' => [
            'alice' => ['password' => 'Alice-Pass-1', 'PACKAGE' => 'gold', 'CONTACT' => 'alice@example.com', 'U_DISK' => '312', 'U_BANDWIDTH' => '1024'],
            'bob' => ['password' => 'Bob-Pass-12', 'PACKAGE' => 'default', 'CONTACT' => 'bob@example.com', 'U_DISK' => '50', 'U_BANDWIDTH' => '7', 'SUSPENDED' => 'yes'],
            'carol' => ['password' => 'Carol-Pass-1', 'PACKAGE' => 'gold', 'CONTACT' => 'carol@example.com', 'U_DISK' => '99', 'U_BANDWIDTH' => '99'],
            'orphan' => ['password' => 'Orphan-Pass-1', 'PACKAGE' => 'gold', 'CONTACT' => 'orphan@example.com'],
        ]]);
        array_map([$this, 'secret'], ['Alice-Pass-1', 'Bob-Pass-12', 'Carol-Pass-1', 'Orphan-Pass-1']);
        $pid = $this->product();
        foreach (['alice' => 'Active', 'bob' => 'Suspended', 'carol' => 'Terminated', 'dave' => 'Active'] as $user => $status) {
            $this->ids[$user] = $this->newService($pid, "$user.example", ['username' => $user, 'domainstatus' => $status]);
        }
        $elsewhere = $this->hestiaServer(null, ['name' => 'Hestia 2']);
        $this->ids['alice@elsewhere'] = $this->newService($pid, 'alice.example', ['username' => 'alice', 'domainstatus' => 'Active', 'server' => $elsewhere]);
    }

    private function usage(string $key): array
    {
        $row = $this->host->service($this->ids[$key]);
        return [(int) $row['diskusage'], (int) $row['disklimit'], (int) $row['bwusage'], (int) $row['bwlimit']];
    }

    /** dave's service is Active but the panel has no such user: the reply names it. */
    private const DAVE_UNLISTED = "2 services updated; 1 services have no account in the panel's listing: dave (their usage is unchanged)";

    public function testOneListingRequest(): void
    {
        $this->assertSame(self::DAVE_UNLISTED, $this->server($this->serverId, 'UsageUpdate'));
        $this->assertSame(['v-list-users'], $this->commands());
        $this->assertSame(['json'], array_values($this->argsOf('v-list-users')));
    }

    public function testUsageAndLimitsInMegabytes(): void
    {
        $this->server($this->serverId, 'UsageUpdate');
        $this->assertSame([312, 10240, 1024, 102400], $this->usage('alice'));
        $this->assertNotNull($this->host->service($this->ids['alice'])['lastupdate']);
    }

    public function testUnlimitedLimitsAreZeroAndSuspendedServicesCount(): void
    {
        $this->server($this->serverId, 'UsageUpdate');
        $this->assertSame([50, 0, 7, 0], $this->usage('bob'));
    }

    public function testOnlyActiveAndSuspendedServicesOfThisServerChange(): void
    {
        $this->server($this->serverId, 'UsageUpdate');
        $this->assertSame([0, 0, 0, 0], $this->usage('carol'), 'terminated service');
        $this->assertSame([0, 0, 0, 0], $this->usage('dave'), 'no such panel user');
        $this->assertSame([0, 0, 0, 0], $this->usage('alice@elsewhere'), 'same username on another server');
    }

    public function testAllRowsAreWrittenInOneTransaction(): void
    {
        $counter = $this->transactionsDuring(fn () => $this->assertSame(self::DAVE_UNLISTED, $this->server($this->serverId, 'UsageUpdate')));
        $this->assertSame(1, $counter->count(TransactionBeginning::class));
        $this->assertSame(1, $counter->count(TransactionCommitted::class));
        $this->assertSame(0, $counter->count(TransactionRolledBack::class));
    }

    public function testAFailingRowRollsBackTheWholeUpdate(): void
    {
        $r = $this->serverWhileDatabaseRefuses('tblhosting', 'UPDATE', "NEW.username = 'bob'", $this->serverId, 'UsageUpdate');
        $this->assertStringStartsWith('UsageUpdate failed:', $r);
        $this->assertSame([0, 0, 0, 0], $this->usage('alice'), 'alice was rolled back with bob');
    }

    /** @group simulator-only */
    public function testPanelErrorIsReportedAndChangesNothing(): void
    {
        $this->fault(['route' => 'v-list-users', 'kind' => 'html', 'status' => 502, 'times' => 1]);
        $r = $this->server($this->serverId, 'UsageUpdate');
        $this->assertStringStartsWith('UsageUpdate failed:', $r);
        $this->assertStringContainsString('HTML page', $r);
        $this->assertSame([0, 0, 0, 0], $this->usage('alice'));
    }

    /**
     * A negative quota was clamped to 0, which WHMCS shows as "unlimited": now that user is
     * left as it was and named with the field and the value; the others are updated.
     * @group simulator-only
     */
    public function testANegativeFigureIsNamedNeverClampedToUnlimited(): void
    {
        $this->fault(['route' => 'v-list-users', 'kind' => 'set', 'path' => '/alice/DISK_QUOTA', 'value' => '-1', 'times' => 1]);
        $r = $this->server($this->serverId, 'UsageUpdate');
        $this->assertStringContainsString('alice (no readable `DISK_QUOTA` (`-1` is a negative))', $r);
        $this->assertSame([0, 0, 0, 0], $this->usage('alice'), 'alice is left as she was');
        $this->assertSame([50, 0, 7, 0], $this->usage('bob'), 'bob is updated');
    }

    public function testListAccountsReturnsEveryNonAdminUserWithItsStatus(): void
    {
        $r = $this->server($this->serverId, 'ListAccounts');
        $this->assertTrue($r['success']);
        $this->assertSame(['v-list-users'], $this->commands());
        $byName = array_column($r['accounts'], null, 'username');
        ksort($byName);
        $this->assertSame(['alice', 'bob', 'carol', 'orphan'], array_keys($byName));
        $this->assertSame(['Active', 'Suspended', 'Active', 'Active'], array_column(array_values($byName), 'status'));
    }

    public function testListAccountsFieldsFollowTheContract(): void
    {
        $r = $this->server($this->serverId, 'ListAccounts');
        $alice = array_column($r['accounts'], null, 'username')['alice'];
        $this->assertSame(['email', 'username', 'domain', 'uniqueIdentifier', 'product', 'primaryip', 'created', 'status'], array_keys($alice));
        $this->assertSame('alice@example.com', $alice['email']);
        $this->assertSame('alice', $alice['uniqueIdentifier']);
        $this->assertSame('gold', $alice['product']);
        $this->assertMatchesRegularExpression('/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/', $alice['created']);
    }

    /** @group simulator-only */
    public function testListAccountsFailureIsTheContractsErrorShape(): void
    {
        $this->fault(['route' => 'v-list-users', 'kind' => 'auth', 'times' => 1]);
        $r = $this->server($this->serverId, 'ListAccounts');
        $this->assertFalse($r['success']);
        $this->assertStringContainsString('refused the credentials', $r['error']);
    }
}
