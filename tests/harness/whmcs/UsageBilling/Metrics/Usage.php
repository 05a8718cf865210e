<?php
/**
 * The stock UsageInterface implementation. Times may be given as Carbon, any
 * DateTimeInterface, or a Unix timestamp; collectedAt defaults to now.
 */

namespace WHMCS\UsageBilling\Metrics;

use Carbon\Carbon;
use WHMCS\UsageBilling\Contracts\Metrics\UsageInterface;

class Usage implements UsageInterface
{
    private $value;
    private $collectedAt;
    private $startAt;
    private $endAt;

    public function __construct($value, $collectedAt = null, $startAt = null, $endAt = null)
    {
        $this->value = (float) $value;
        $this->collectedAt = self::toCarbon($collectedAt) ?? Carbon::now();
        $this->startAt = self::toCarbon($startAt);
        $this->endAt = self::toCarbon($endAt);
    }

    public function collectedAt()
    {
        return $this->collectedAt;
    }

    public function startAt()
    {
        return $this->startAt;
    }

    public function endAt()
    {
        return $this->endAt;
    }

    public function value()
    {
        return $this->value;
    }

    private static function toCarbon($time): ?Carbon
    {
        if ($time === null) {
            return null;
        }
        if ($time instanceof \DateTimeInterface) {
            return Carbon::instance($time);
        }
        if (is_numeric($time)) {
            return Carbon::createFromTimestamp((float) $time);
        }
        throw new \InvalidArgumentException('usage time must be Carbon, DateTimeInterface or a timestamp');
    }
}
