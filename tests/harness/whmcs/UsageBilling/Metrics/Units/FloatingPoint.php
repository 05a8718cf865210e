<?php
/** Fractional quantities (sizes); two decimals. */

namespace WHMCS\UsageBilling\Metrics\Units;

class FloatingPoint extends AbstractUnit
{
    public function type()
    {
        return self::TYPE_FLOAT_PRECISION_LOW;
    }

    public function roundForType($value)
    {
        return round((float) $value, 2);
    }

    public function formatForType($value)
    {
        return number_format($this->roundForType($value), 2, '.', '');
    }
}
