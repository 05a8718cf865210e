<?php
/** What a module's MetricProvider function returns (WHMCS 7.9+). */

namespace WHMCS\UsageBilling\Contracts\Metrics;

interface ProviderInterface
{
    /** @return MetricInterface[] all metrics supported, keyed by metric system name */
    public function metrics();

    /** @return array all usage of the provider (server), keyed by tenant id */
    public function usage();

    /** @return MetricInterface[] the metrics of one tenant, populated with usage */
    public function tenantUsage($tenant);
}
