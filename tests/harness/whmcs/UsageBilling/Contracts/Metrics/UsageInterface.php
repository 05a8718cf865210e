<?php
/** One reading of a metric. */

namespace WHMCS\UsageBilling\Contracts\Metrics;

interface UsageInterface
{
    /** @return \Carbon\Carbon */
    public function collectedAt();

    /** @return \Carbon\Carbon|null */
    public function startAt();

    /** @return \Carbon\Carbon|null */
    public function endAt();

    /** @return float */
    public function value();
}
