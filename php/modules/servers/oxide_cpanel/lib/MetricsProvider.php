<?php
/**
 * The usage-billing provider WHMCS asks for with oxide_cpanel_MetricProvider(). Thin: the
 * figures of every account on the server come live from WHM through the extension's
 * oxide_cpanel_MetricUsage() (listaccts + showbw + one batch of StatsBar counts per 250
 * accounts); this class only wraps them in WHMCS's objects. Tenants are the accounts' main
 * domains, as WHMCS's own cPanel module keys them.
 */

namespace WHMCS\Module\Server\OxideCpanel;

use WHMCS\UsageBilling\Contracts\Metrics\MetricInterface;
use WHMCS\UsageBilling\Contracts\Metrics\ProviderInterface;
use WHMCS\UsageBilling\Metrics\Metric;
use WHMCS\UsageBilling\Metrics\Units\Accounts;
use WHMCS\UsageBilling\Metrics\Units\Domains;
use WHMCS\UsageBilling\Metrics\Units\GigaBytes;
use WHMCS\UsageBilling\Metrics\Units\WholeNumber;
use WHMCS\UsageBilling\Metrics\Usage;

class MetricsProvider implements ProviderInterface
{
    private array $params;

    public function __construct(array $params)
    {
        $this->params = $params;
    }

    public function metrics()
    {
        $snapshot = MetricInterface::TYPE_SNAPSHOT;
        return [
            'diskusage' => new Metric('diskusage', 'Disk Space', $snapshot, new GigaBytes()),
            // cPanel's counters restart on the 1st: bandwidth is billed per calendar month.
            'bandwidthusage' => new Metric('bandwidthusage', 'Bandwidth', MetricInterface::TYPE_PERIOD_MONTH, new GigaBytes()),
            'emailaccounts' => new Metric('emailaccounts', 'Email Accounts', $snapshot, new Accounts('Email Accounts')),
            'addondomains' => new Metric('addondomains', 'Addon Domains', $snapshot, new Domains('Addon Domains')),
            'parkeddomains' => new Metric('parkeddomains', 'Parked Domains', $snapshot, new Domains('Parked Domains')),
            'subdomains' => new Metric('subdomains', 'Subdomains', $snapshot, new Domains('Subdomains')),
            'mysqldatabases' => new Metric('mysqldatabases', 'MySQL Databases', $snapshot, new WholeNumber('MySQL Databases', 'Database', 'Databases')),
            // Reseller Hosting: the accounts the reseller owns (its own not counted).
            'subaccounts' => new Metric('subaccounts', 'Sub-Accounts', $snapshot, new Accounts('Sub-Accounts')),
        ];
    }

    /** Every account on the server, keyed by tenant (its main domain). */
    public function usage()
    {
        $answer = $this->fetch($this->params);
        $usage = [];
        foreach ($answer['tenants'] ?? [] as $tenant => $values) {
            $usage[$tenant] = $this->wrap($values);
        }
        return $usage;
    }

    public function tenantUsage($tenant)
    {
        $answer = $this->fetch(['tenant' => (string) $tenant] + $this->params);
        return $this->wrap($answer['tenants'][strtolower((string) $tenant)] ?? []);
    }

    private function fetch(array $params): array
    {
        if (!function_exists('oxide_cpanel_MetricUsage')) {
            throw new \RuntimeException('oxide_cpanel: the whmcs_oxide PHP extension is not loaded');
        }
        $answer = oxide_cpanel_MetricUsage($params);
        if (!is_array($answer)) {
            // The extension answers a one-line message when WHM could not be read.
            throw new \RuntimeException((string) $answer);
        }
        return $answer;
    }

    private function wrap(array $values): array
    {
        $start = isset($values['period_start']) ? strtotime($values['period_start'] . ' UTC') : null;
        $end = isset($values['period_end']) ? strtotime($values['period_end'] . ' UTC') : null;
        $out = [];
        foreach ($this->metrics() as $name => $metric) {
            if (!array_key_exists($name, $values)) {
                continue;
            }
            $usage = $metric->type() === MetricInterface::TYPE_PERIOD_MONTH
                ? new Usage((float) $values[$name], $end ?: null, $start ?: null, $end ?: null)
                : new Usage((float) $values[$name], $end ?: null);
            $out[$name] = $metric->withUsage($usage);
        }
        return $out;
    }
}
