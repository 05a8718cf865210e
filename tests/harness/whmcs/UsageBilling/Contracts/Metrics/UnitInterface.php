<?php
/**
 * The unit a metric is counted in. WHMCS documents the constant names, not their values;
 * the values here are the harness's own.
 */

namespace WHMCS\UsageBilling\Contracts\Metrics;

interface UnitInterface
{
    public const TYPE_CURRENCY = 'currency';
    public const TYPE_FLOAT_PRECISION_LOW = 'float_precision_low';
    public const TYPE_FLOAT_PRECISION_HIGH = 'float_precision_high';
    public const TYPE_INT = 'int';
    public const TYPE_MICROTIME = 'microtime';

    /** @return string */
    public function name();

    /** @return string singular or plural per-unit name for $value */
    public function perUnitName($value = 0);

    /** @return string */
    public function prefix();

    /** @return string */
    public function suffix();

    /** @return string one of the TYPE_* constants */
    public function type();

    /** @return string the value with prefix and suffix */
    public function decorate($value);

    /** @return string */
    public function formatForType($value);

    /** @return float|int */
    public function roundForType($value);
}
