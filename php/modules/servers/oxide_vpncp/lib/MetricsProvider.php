<?php
/**
 * The usage-billing provider WHMCS asks for with oxide_vpncp_MetricProvider(). Thin: the
 * traffic of the current calendar month comes live from the panel through the extension's
 * oxide_vpncp_MetricUsage() (no local table), this class only wraps it in WHMCS's objects.
 */

namespace WHMCS\Module\Server\OxideVpncp;

use WHMCS\UsageBilling\Contracts\Metrics\MetricInterface;
use WHMCS\UsageBilling\Contracts\Metrics\ProviderInterface;
use WHMCS\UsageBilling\Metrics\Metric;
use WHMCS\UsageBilling\Metrics\Units\GigaBytes;
use WHMCS\UsageBilling\Metrics\Usage;

class MetricsProvider implements ProviderInterface
{
    public const DOWNLOAD = 'vpn_bandwidth_download';
    public const UPLOAD = 'vpn_bandwidth_upload';

    /** metric system name => [display name, key in the extension's answer] */
    private const METRICS = [
        self::DOWNLOAD => ['Bandwidth Usage Download (GB)', 'download_gb'],
        self::UPLOAD => ['Bandwidth Usage Upload (GB)', 'upload_gb'],
    ];

    private array $params;

    public function __construct(array $params)
    {
        $this->params = $params;
    }

    public function metrics()
    {
        $out = [];
        foreach (self::METRICS as $name => [$display]) {
            $out[$name] = new Metric($name, $display, MetricInterface::TYPE_PERIOD_MONTH, new GigaBytes());
        }
        return $out;
    }

    /** Every service on the server, keyed by tenant (the service's username = client name). */
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
        return $this->wrap($answer['tenants'][(string) $tenant] ?? []);
    }

    private function fetch(array $params): array
    {
        if (!function_exists('oxide_vpncp_MetricUsage')) {
            throw new \RuntimeException('oxide_vpncp: the whmcs_oxide PHP extension is not loaded');
        }
        $answer = oxide_vpncp_MetricUsage($params);
        if (!is_array($answer)) {
            // The extension answers a one-line message when the panel could not be read.
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
            $key = self::METRICS[$name][1];
            $out[$name] = $metric->withUsage(new Usage((float) ($values[$key] ?? 0), $end ?: null, $start ?: null, $end ?: null));
        }
        return $out;
    }
}
