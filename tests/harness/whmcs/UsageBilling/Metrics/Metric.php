<?php
/** The stock MetricInterface implementation, immutable: withUsage() returns a copy. */

namespace WHMCS\UsageBilling\Metrics;

use WHMCS\UsageBilling\Contracts\Metrics\MetricInterface;
use WHMCS\UsageBilling\Contracts\Metrics\UnitInterface;
use WHMCS\UsageBilling\Contracts\Metrics\UsageInterface;
use WHMCS\UsageBilling\Metrics\Units\WholeNumber;

class Metric implements MetricInterface
{
    private $systemName;
    private $displayName;
    private $type;
    private $units;
    private $usage;

    /**
     * Defaults where WHMCS documents none: display name = system name, type = snapshot,
     * units = a WholeNumber named after the metric.
     */
    public function __construct($systemName, $displayName = null, $type = null, UnitInterface $units = null, UsageInterface $usage = null)
    {
        $this->systemName = (string) $systemName;
        $this->displayName = (string) ($displayName ?? $systemName);
        $this->type = $type ?? self::TYPE_SNAPSHOT;
        $this->units = $units ?? new WholeNumber($this->displayName);
        $this->usage = $usage;
    }

    public function usage()
    {
        return $this->usage;
    }

    public function withUsage(UsageInterface $usage = null)
    {
        $copy = clone $this;
        $copy->usage = $usage;
        return $copy;
    }

    public function units()
    {
        return $this->units;
    }

    public function systemName()
    {
        return $this->systemName;
    }

    public function displayName()
    {
        return $this->displayName;
    }

    public function type()
    {
        return $this->type;
    }
}
