<?php
/**
 * Traffic of the current calendar month, live from the panel: UsageUpdate into tblhosting
 * (MB) and the usage-billing provider's two metrics (GB).
 */

require_once __DIR__ . '/VpncpTestCase.php';

use WHMCS\UsageBilling\Contracts\Metrics\MetricInterface;
use WHMCS\UsageBilling\Contracts\Metrics\ProviderInterface;
use WHMCS\UsageBilling\Metrics\Units\GigaBytes;

final class VpncpUsageTest extends VpncpTestCase
{
    /** @var array<string, int> client name => service id */
    private array $services = [];

    protected function setUp(): void
    {
        parent::setUp();
        $this->servers(1);
        $pid = $this->product();
        foreach (['alice' => 'Active', 'bob' => 'Suspended', 'carol' => 'Terminated'] as $name => $status) {
            $this->services[$name] = $this->vpnService($pid, 0, ['username' => $name, 'domainstatus' => $status]);
        }
        $month = gmdate('Y-m');
        $previous = gmdate('Y-m', strtotime(gmdate('Y-m-01') . ' -1 month'));
        $this->vpn[0]->control('POST', '/state', ['clients' => [
            'alice' => ['traffic' => [
                "$month-01" => ['download' => 3221225472, 'upload' => 536870912],
                "$month-02" => ['download' => 1073741824, 'upload' => 123456789],
                "$previous-28" => ['download' => 999999999999, 'upload' => 999999999999],
            ]],
            'bob' => ['traffic' => ["$month-01" => ['download' => 5242880, 'upload' => 0]]],
            'carol' => ['traffic' => ["$month-01" => ['download' => 1, 'upload' => 1]]],
        ]]);
    }

    public function testUsageUpdateWritesThisMonthsTrafficInMb(): void
    {
        $this->assertSuccess($this->server($this->serverIds[0], 'UsageUpdate'));

        $alice = $this->host->service($this->services['alice']);
        $bob = $this->host->service($this->services['bob']);
        $this->assertSame((int) round((3221225472 + 536870912 + 1073741824 + 123456789) / 1048576), (int) $alice['bwusage']);
        $this->assertSame(5, (int) $bob['bwusage']);
        $this->assertNotNull($alice['lastupdate']);
        $this->assertSame(0, (int) $this->host->service($this->services['carol'])['bwusage'], 'terminated services are left alone');
        $this->assertSame(['client.traffic', 'client.traffic'], $this->routes(), 'only live services are asked');
    }

    public function testUsageUpdateReportsClientsItCouldNotRead(): void
    {
        $this->vpn[0]->control('POST', '/state', ['clients' => ['bob' => null]]);
        $r = $this->server($this->serverIds[0], 'UsageUpdate');
        $this->assertStringStartsWith('UsageUpdate failed: 1 of 2 clients could not be read: bob:', $r);
        $this->assertGreaterThan(0, (int) $this->host->service($this->services['alice'])['bwusage'], 'the readable ones are still written');
    }

    public function testMetricProviderReportsGbMatchingThePanelsBytes(): void
    {
        $provider = $this->server($this->serverIds[0], 'MetricProvider');
        $this->assertInstanceOf(ProviderInterface::class, $provider);

        $metrics = $provider->metrics();
        $this->assertSame(['Bandwidth Usage Download (GB)', 'Bandwidth Usage Upload (GB)'],
            array_values(array_map(static fn (MetricInterface $m) => $m->displayName(), $metrics)));
        foreach ($metrics as $m) {
            $this->assertSame(MetricInterface::TYPE_PERIOD_MONTH, $m->type());
            $this->assertInstanceOf(GigaBytes::class, $m->units());
        }

        $usage = $provider->usage();
        $this->assertSame(['alice', 'bob'], array_keys($usage));
        $down = $usage['alice']['vpn_bandwidth_download']->usage();
        $up = $usage['alice']['vpn_bandwidth_upload']->usage();
        $this->assertEqualsWithDelta((3221225472 + 1073741824) / 1073741824, $down->value(), 1e-9);
        $this->assertEqualsWithDelta((536870912 + 123456789) / 1073741824, $up->value(), 1e-9);
        $this->assertSame(gmdate('Y-m-01'), $down->startAt()->format('Y-m-d'));
        $this->assertEqualsWithDelta(5.0 / 1024, $usage['bob']['vpn_bandwidth_download']->usage()->value(), 1e-12);

        $this->vpn[0]->control('DELETE', '/requests');
        $one = $provider->tenantUsage('bob');
        $this->assertEqualsWithDelta(5242880 / 1073741824, $one['vpn_bandwidth_download']->usage()->value(), 1e-12);
        $this->assertSame(['client.traffic'], $this->routes(), 'one tenant, one request');
    }

    public function testAnUnreadablePanelIsAnExceptionForTheBillingCron(): void
    {
        $this->fault(0, ['route' => 'client.traffic', 'kind' => 'status', 'status' => 500, 'body' => 'down']);
        $provider = $this->server($this->serverIds[0], 'MetricProvider');
        $this->expectException(RuntimeException::class);
        $this->expectExceptionMessage('MetricUsage failed: puqVPNcp at');
        $provider->tenantUsage('alice');
    }
}
