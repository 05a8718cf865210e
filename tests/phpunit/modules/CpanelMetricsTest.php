<?php
/**
 * Usage billing: oxide_cpanel_MetricProvider and lib/MetricsProvider.php through the
 * harness's usage-billing classes. Every metric equals the simulator's numbers, for normal and
 * reseller accounts; the WHM requests per server are pinned (not one per service).
 *
 * @group simulator-only
 */

require_once __DIR__ . '/CpanelTestCase.php';

use WHMCS\UsageBilling\Contracts\Metrics\MetricInterface;
use WHMCS\UsageBilling\Contracts\Metrics\ProviderInterface;
use WHMCS\UsageBilling\Metrics\Units\Accounts;
use WHMCS\UsageBilling\Metrics\Units\Domains;
use WHMCS\UsageBilling\Metrics\Units\GigaBytes;
use WHMCS\UsageBilling\Metrics\Units\WholeNumber;

final class CpanelMetricsTest extends CpanelTestCase
{
    private const STATS = [
        'alice' => ['emailaccounts' => 7, 'addondomains' => 2, 'parkeddomains' => 1, 'subdomains' => 5, 'mysqldatabases' => 3],
        'resell' => ['emailaccounts' => 1, 'addondomains' => 0, 'parkeddomains' => 4, 'subdomains' => 0, 'mysqldatabases' => 9],
    ];

    protected function setUp(): void
    {
        parent::setUp();
        $month = gmdate('Y-m');
        $this->setState([
            'current_month' => $month,
            'accounts' => [
                'alice' => ['domain' => 'alice.example', 'disk_used_mb' => 1536, 'stats' => self::STATS['alice']],
                'resell' => ['domain' => 'resell.example', 'owner' => 'resell', 'disk_used_mb' => 300, 'stats' => self::STATS['resell']],
                'cust1' => ['domain' => 'cust1.example', 'owner' => 'resell', 'disk_used_mb' => 200],
                'cust2' => ['domain' => 'cust2.example', 'owner' => 'resell', 'disk_used_mb' => 100, 'suspended' => true],
            ],
            'resellers' => ['resell' => ['acls' => ['create-acct']]],
            'bandwidth' => ['alice' => [$month => 3 * self::GB + 512 * self::MB], 'resell' => [$month => 10 * self::MB], 'cust1' => [$month => 5 * self::MB]],
        ]);
    }

    public function testEveryMetricEqualsTheServersNumbersFromThreeRequestsPerServer(): void
    {
        $provider = $this->server($this->serverId, 'MetricProvider');
        $this->assertInstanceOf(ProviderInterface::class, $provider);
        $metrics = $provider->metrics();
        $this->assertSame(
            ['diskusage', 'bandwidthusage', 'emailaccounts', 'addondomains', 'parkeddomains', 'subdomains', 'mysqldatabases', 'subaccounts'],
            array_keys($metrics)
        );
        foreach ($metrics as $name => $m) {
            $this->assertSame($name === 'bandwidthusage' ? MetricInterface::TYPE_PERIOD_MONTH : MetricInterface::TYPE_SNAPSHOT, $m->type(), $name);
        }
        $this->assertInstanceOf(GigaBytes::class, $metrics['diskusage']->units());
        $this->assertInstanceOf(GigaBytes::class, $metrics['bandwidthusage']->units());
        $this->assertInstanceOf(Accounts::class, $metrics['emailaccounts']->units());
        $this->assertInstanceOf(Domains::class, $metrics['addondomains']->units());
        $this->assertInstanceOf(WholeNumber::class, $metrics['mysqldatabases']->units());
        $this->assertSame('Sub-Accounts', $metrics['subaccounts']->units()->name());

        $this->clearRequests();
        $usage = $provider->usage();
        // listaccts and showbw at once, then one batch of StatsBar counts for every account.
        $this->assertAtOnceThen(['listaccts', 'showbw'], ['batch']);
        $this->assertCount(4, $this->fieldsOfAll('batch'), 'one StatsBar call per account, in one request');

        $this->assertSame(['alice.example', 'cust1.example', 'cust2.example', 'resell.example'], array_keys($usage));
        $value = fn (string $tenant, string $metric) => $usage[$tenant][$metric]->usage()->value();
        $this->assertEqualsWithDelta(1.5, $value('alice.example', 'diskusage'), 1e-9);
        $this->assertEqualsWithDelta(3.5, $value('alice.example', 'bandwidthusage'), 1e-9);
        foreach (self::STATS as $user => $stats) {
            foreach ($stats as $metric => $n) {
                $this->assertSame((float) $n, $value("$user.example", $metric), "$user $metric");
            }
        }
        $this->assertSame(0.0, $value('alice.example', 'subaccounts'));
        $this->assertSame(2.0, $value('resell.example', 'subaccounts'), 'the reseller owns two accounts besides its own');
        // A reseller's disk and traffic are its own and its accounts' (what resellerstats totals).
        $this->assertEqualsWithDelta((300 + 200 + 100) / 1024, $value('resell.example', 'diskusage'), 1e-9);
        $this->assertEqualsWithDelta((10 + 5) / 1024, $value('resell.example', 'bandwidthusage'), 1e-9);
        $this->assertEqualsWithDelta(200 / 1024, $value('cust1.example', 'diskusage'), 1e-9);
        $bw = $usage['alice.example']['bandwidthusage']->usage();
        $this->assertSame(gmdate('Y-m-01'), $bw->startAt()->format('Y-m-d'));
        $raw = oxide_cpanel_MetricUsage($this->host->serverParams($this->serverId));
        $this->assertSame([], $raw['errors'], 'every account read');

        // One tenant: the same figures.
        $this->clearRequests();
        $one = $provider->tenantUsage('resell.example');
        $this->assertSame(9.0, $one['mysqldatabases']->usage()->value());
        $this->assertCount(1, $this->fieldsOfAll('batch'));
    }

    public function testOneUnreadableAccountDoesNotHideTheOthersAndWhmFailuresAreMessages(): void
    {
        $provider = $this->server($this->serverId, 'MetricProvider');
        // alice's StatsBar answer and cust1's disk figure unreadable (accounts in name order).
        $this->fault(['route' => 'batch', 'kind' => 'reshape', 'path' => '/data/result/0/data/uapi/data', 'change' => 'null', 'times' => 1]);
        $this->fault(['route' => 'listaccts', 'kind' => 'reshape', 'path' => '/data/acct/1/diskused', 'change' => 'null', 'times' => 1]);
        $raw = oxide_cpanel_MetricUsage($this->host->serverParams($this->serverId));
        $this->assertSame(['cust2.example'], array_keys($raw['tenants']));
        $this->assertStringContainsString('StatsBar::get_stats', $raw['errors']['alice.example']);
        $this->assertStringContainsString('diskused', $raw['errors']['cust1.example']);
        // The reseller's total would leave cust1 out: not billed, and the error says whose figure.
        $this->assertStringContainsString('`diskused` for its account cust1', $raw['errors']['resell.example']);
        $this->assertSame(0.0, $raw['tenants']['cust2.example']['subaccounts']);

        $this->fault(['route' => 'showbw', 'kind' => 'status', 'status' => 500, 'body' => 'boom', 'times' => 1]);
        try {
            $provider->usage();
            $this->fail('a failed showbw must be reported');
        } catch (RuntimeException $e) {
            $this->assertStringContainsString('showbw', $e->getMessage());
        }
        $this->assertSame('MetricUsage failed: no account on the server has the domain `nobody.example`',
            $this->catchMessage(fn () => $provider->tenantUsage('nobody.example')));
    }

    private function catchMessage(callable $f): ?string
    {
        try {
            $f();
        } catch (RuntimeException $e) {
            return $e->getMessage();
        }
        return null;
    }

    /** Every `command` field of the last batch request. */
    private function fieldsOfAll(string $function): array
    {
        $found = array_values(array_filter($this->requests(), static fn ($r) => $r['route'] === $function));
        $this->assertNotEmpty($found);
        $last = end($found);
        return array_values(array_filter($last['fields'], static fn ($f) => $f[0] === 'command'));
    }
}
