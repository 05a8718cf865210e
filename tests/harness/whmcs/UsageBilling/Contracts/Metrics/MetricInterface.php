<?php
/** One measurable resource (disk, mailboxes, ...) and, optionally, its usage. */

namespace WHMCS\UsageBilling\Contracts\Metrics;

interface MetricInterface
{
    /** Usage of non-ephemeral things the remote side never resets (mailboxes, disk). */
    public const TYPE_SNAPSHOT = 'snapshot';
    /** Accumulating usage the remote side resets daily. */
    public const TYPE_PERIOD_DAY = 'day';
    /** Accumulating usage the remote side resets monthly (bandwidth). */
    public const TYPE_PERIOD_MONTH = 'month';

    /** @return UsageInterface|null */
    public function usage();

    /** @return static a copy carrying $usage */
    public function withUsage(UsageInterface $usage = null);

    /** @return UnitInterface */
    public function units();

    /** @return string canonical name used by code and between systems */
    public function systemName();

    /** @return string name to render to users */
    public function displayName();

    /** @return string one of the TYPE_* constants */
    public function type();
}
