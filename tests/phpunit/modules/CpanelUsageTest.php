<?php
/**
 * UsageUpdate (the seed's GetStats): one listaccts + one showbw per server into tblhosting
 * (MB), and the traffic accounting per service and month — the panel's total, what was
 * recorded, the difference — across month boundaries, late runs and repeated runs.
 */

require_once __DIR__ . '/CpanelTestCase.php';

use Illuminate\Database\Events\TransactionBeginning;
use Illuminate\Database\Events\TransactionCommitted;

final class CpanelUsageTest extends CpanelTestCase
{
    private function usage(): void
    {
        $this->assertSame('success', $this->server($this->serverId, 'UsageUpdate'));
    }

    private function bytes(string $user, string $month, int $bytes): void
    {
        $this->setState(['bandwidth' => [$user => [$month => $bytes]]]);
    }

    /** Sum of what was booked for a service over every run (recorded per month). */
    private function recordedTotal(int $id): int
    {
        return array_sum(array_column($this->traffic($id), 'recorded'));
    }

    public function testUsageGoesIntoTblhostingInMbWithTwoRequests(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $id = $this->activeService();
        $this->setState(['accounts' => ['shopuser' => ['disk_used_mb' => 300]]]);
        $this->bytes('shopuser', '2026-05', 1536 * self::MB);
        $this->addAccount('stranger');
        $this->clearRequests();

        $this->usage();
        $this->assertAtOnceThen(['listaccts', 'showbw'], []);
        $row = $this->host->service($id);
        $this->assertSame([300, 1024, 1536, 10240], [(int) $row['diskusage'], (int) $row['disklimit'], (int) $row['bwusage'], (int) $row['bwlimit']]);
        $this->assertNotEmpty($row['lastupdate']);
        $this->assertSame(['2026-05' => ['panel' => 1536 * self::MB, 'recorded' => 1536 * self::MB, 'delta' => 1536 * self::MB]], $this->traffic($id));
    }

    public function testRepeatedRunsBookOnlyTheDifference(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $id = $this->activeService();
        $this->bytes('shopuser', '2026-05', 100);
        $this->usage();
        $this->bytes('shopuser', '2026-05', 250);
        $this->usage();
        $this->assertSame(['panel' => 250, 'recorded' => 250, 'delta' => 150], $this->traffic($id)['2026-05']);
        $this->usage();
        $this->assertSame(['panel' => 250, 'recorded' => 250, 'delta' => 0], $this->traffic($id)['2026-05']);
    }

    public function testMonthBoundaryRecordsEachByteOnce(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $id = $this->activeService();
        $this->bytes('shopuser', '2026-05', 1000);
        $this->usage();
        // Traffic after the last May run, then WHM moves to June and resets its counter.
        $this->bytes('shopuser', '2026-05', 1300);
        $this->setState(['current_month' => '2026-06']);
        $this->bytes('shopuser', '2026-06', 200);
        $this->clearRequests();

        $this->usage();
        $this->assertAtOnceThen(['listaccts', 'showbw'], ['showbw']);
        $closing = $this->fieldsOf('showbw', 1);
        $this->assertSame(['5', '2026'], [$closing['month'], $closing['year']], 'May closed with showbw for May');
        $t = $this->traffic($id);
        $this->assertSame(['panel' => 1300, 'recorded' => 1300, 'delta' => 300], $t['2026-05']);
        $this->assertSame(['panel' => 200, 'recorded' => 200, 'delta' => 200], $t['2026-06']);
        $this->assertSame(1500, $this->recordedTotal($id));
        $this->assertSame(0, (int) $this->host->service($id)['bwusage'], 'tblhosting shows June (under 1 MB)');

        // Later June runs neither re-read May nor book it again.
        $this->bytes('shopuser', '2026-06', 500);
        $this->clearRequests();
        $this->usage();
        $this->assertAtOnceThen(['listaccts', 'showbw'], []);
        $this->assertSame(1800, $this->recordedTotal($id));
    }

    public function testARunSeveralMonthsLateClosesEveryMissedMonth(): void
    {
        $this->setState(['current_month' => '2026-11']);
        $id = $this->activeService();
        $this->bytes('shopuser', '2026-11', 10);
        $this->usage();
        $this->setState(['current_month' => '2027-02', 'bandwidth' => ['shopuser' => [
            '2026-11' => 40, '2026-12' => 500, '2027-01' => 600, '2027-02' => 7,
        ]]]);
        $this->clearRequests();
        $this->usage();
        $months = array_map(fn ($i) => $this->fieldsOf('showbw', $i), [1, 2, 3]);
        $this->assertSame([['11', '2026'], ['12', '2026'], ['1', '2027']],
            array_map(static fn ($f) => [$f['month'], $f['year']], $months));
        $this->assertSame(['2026-11', '2026-12', '2027-01', '2027-02'], array_keys($this->traffic($id)));
        $this->assertSame(40 + 500 + 600 + 7, $this->recordedTotal($id));
    }

    public function testACounterThatGoesDownBooksNothingAndTakesNothingBack(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $id = $this->activeService();
        $this->bytes('shopuser', '2026-05', 900);
        $this->usage();
        $this->bytes('shopuser', '2026-05', 100);
        $this->usage();
        $this->assertSame(['panel' => 100, 'recorded' => 900, 'delta' => 0], $this->traffic($id)['2026-05']);
        $this->bytes('shopuser', '2026-05', 950);
        $this->usage();
        $this->assertSame(['panel' => 950, 'recorded' => 950, 'delta' => 50], $this->traffic($id)['2026-05']);
    }

    public function testTerminatedServicesAndOtherServersAreLeftAlone(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $id = $this->activeService();
        $gone = $this->activeService([], 'gone.example', ['username' => 'goneuser']);
        $this->assertSame('success', $this->service($gone, 'TerminateAccount'));
        $this->bytes('shopuser', '2026-05', 5 * self::MB);
        $this->usage();
        $this->assertSame([], $this->traffic($gone));
        $this->assertSame(5, (int) $this->host->service($id)['bwusage']);
        $this->assertSame(0, (int) $this->host->service($gone)['bwusage']);
    }

    public function testAFailingShowbwFailsTheRunWithoutWritingHalfOfIt(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $id = $this->activeService();
        $this->fault(['route' => 'showbw', 'kind' => 'html', 'status' => 503, 'times' => 1]);
        $r = $this->server($this->serverId, 'UsageUpdate');
        $this->assertStringContainsString('UsageUpdate failed: WHM answered showbw with an HTML page', $r);
        $this->assertSame(0, (int) $this->host->service($id)['disklimit']);
    }

    public function testTblhostingAndTheTrafficTableAreWrittenInOneTransaction(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $this->activeService();
        $this->bytes('shopuser', '2026-05', 2 * self::MB);
        $counter = $this->transactionsDuring(fn () => $this->usage());
        $this->assertSame(1, $counter->count(TransactionBeginning::class));
        $this->assertSame(1, $counter->count(TransactionCommitted::class));
    }

    public function testAFailingTrafficWriteRollsBackTheUsageToo(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $id = $this->activeService();
        $this->bytes('shopuser', '2026-05', 2 * self::MB);
        $this->usage();
        $this->bytes('shopuser', '2026-05', 7 * self::MB);
        $r = $this->serverWhileDatabaseRefuses('mod_oxide_cpanel_traffic', 'INSERT', '1 = 1', $this->serverId, 'UsageUpdate');
        $this->assertStringStartsWith('UsageUpdate failed:', $r);
        $this->assertSame(2, (int) $this->host->service($id)['bwusage'], 'tblhosting rolled back with the traffic table');
        $this->assertSame(['panel' => 2 * self::MB, 'recorded' => 2 * self::MB, 'delta' => 2 * self::MB], $this->traffic($id)['2026-05']);
    }
}
