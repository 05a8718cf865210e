<?php
/** The usage-billing classes, used the way WHMCS's docs show. */

require_once __DIR__ . '/HarnessTestCase.php';

use Carbon\Carbon;
use WHMCS\UsageBilling\Contracts\Metrics\MetricInterface;
use WHMCS\UsageBilling\Contracts\Metrics\ProviderInterface;
use WHMCS\UsageBilling\Contracts\Metrics\UnitInterface;
use WHMCS\UsageBilling\Contracts\Metrics\UsageInterface;
use WHMCS\UsageBilling\Metrics\Metric;
use WHMCS\UsageBilling\Metrics\Units\Accounts;
use WHMCS\UsageBilling\Metrics\Units\Bytes;
use WHMCS\UsageBilling\Metrics\Units\Domains;
use WHMCS\UsageBilling\Metrics\Units\FloatingPoint;
use WHMCS\UsageBilling\Metrics\Units\GigaBytes;
use WHMCS\UsageBilling\Metrics\Units\MegaBytes;
use WHMCS\UsageBilling\Metrics\Units\WholeNumber;
use WHMCS\UsageBilling\Metrics\Usage;

final class UsageBillingTest extends HarnessTestCase
{
    public function testTinyProvider(): void
    {
        $provider = new class implements ProviderInterface {
            public function metrics()
            {
                return ['domains' => new Metric('domains', 'Domains', MetricInterface::TYPE_SNAPSHOT, new Domains())];
            }

            public function usage()
            {
                return ['t1' => $this->tenantUsage('t1')];
            }

            public function tenantUsage($tenant)
            {
                return array_map(fn (MetricInterface $m) => $m->withUsage(new Usage(4)), $this->metrics());
            }
        };

        $metric = $provider->usage()['t1']['domains'];
        $this->assertInstanceOf(MetricInterface::class, $metric);
        $this->assertSame(4.0, $metric->usage()->value());
        $this->assertSame('Domains', $metric->units()->perUnitName(4));
        $this->assertNull($provider->metrics()['domains']->usage(), 'withUsage returns a copy');
    }

    public function testConstantsAndMetricDefaults(): void
    {
        $this->assertSame(['snapshot', 'day', 'month'], [MetricInterface::TYPE_SNAPSHOT, MetricInterface::TYPE_PERIOD_DAY, MetricInterface::TYPE_PERIOD_MONTH]);
        $m = new Metric('bw', 'Bandwidth', MetricInterface::TYPE_PERIOD_MONTH, new MegaBytes());
        $this->assertSame(['bw', 'Bandwidth', 'month'], [$m->systemName(), $m->displayName(), $m->type()]);
        $bare = new Metric('x');
        $this->assertSame(['x', 'snapshot'], [$bare->displayName(), $bare->type()]);
        $this->assertInstanceOf(UnitInterface::class, $bare->units());
    }

    public function testUnits(): void
    {
        $mail = new Accounts('Mailboxes');
        $this->assertSame('Mailboxes', $mail->name());
        $this->assertSame(['Account', 'Accounts'], [$mail->perUnitName(1), $mail->perUnitName(2)]);
        $this->assertSame(UnitInterface::TYPE_INT, $mail->type());
        $this->assertSame(3, $mail->roundForType('2.6'));

        $gb = new GigaBytes();
        $this->assertInstanceOf(Bytes::class, $gb);
        $this->assertInstanceOf(FloatingPoint::class, $gb);
        $this->assertSame(['Gigabytes', 'GB'], [$gb->name(), $gb->suffix()]);
        $this->assertSame('1.50 GB', $gb->decorate(1.5));
        $this->assertSame(1024.0, Bytes::convert(1, 'GB', new MegaBytes()));
        $this->assertInstanceOf(WholeNumber::class, new Domains());
    }

    public function testUsageTimes(): void
    {
        $u = new Usage(7, 1700000000, Carbon::parse('2024-01-01'), new DateTimeImmutable('2024-01-31'));
        $this->assertInstanceOf(UsageInterface::class, $u);
        $this->assertSame(7.0, $u->value());
        $this->assertSame(1700000000, $u->collectedAt()->getTimestamp());
        $this->assertSame('2024-01-01', $u->startAt()->format('Y-m-d'));
        $this->assertSame('2024-01-31', $u->endAt()->format('Y-m-d'));
        $now = new Usage(1);
        $this->assertInstanceOf(Carbon::class, $now->collectedAt());
        $this->assertNull($now->startAt());
    }

    public function testModuleProviderFromLib(): void
    {
        [, , $id] = $this->fakemodService();
        $provider = $this->host->callService($id, 'MetricProvider');
        $this->assertInstanceOf(ProviderInterface::class, $provider);
        $this->assertSame(['alice', 'bob'], array_keys($provider->usage()));
        $this->assertSame(1.5, $provider->tenantUsage('alice')['disk']->usage()->value());
    }
}
