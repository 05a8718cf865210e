<?php
/**
 * Base of the unit classes, with WHMCS's documented constructor. Formatting details
 * (decimals, spacing) are the harness's own: WHMCS documents the methods, not the output.
 */

namespace WHMCS\UsageBilling\Metrics\Units;

use WHMCS\UsageBilling\Contracts\Metrics\UnitInterface;

abstract class AbstractUnit implements UnitInterface
{
    protected $name;
    protected $singlePerUnitName;
    protected $pluralPerUnitName;
    protected $prefix;
    protected $suffix;

    public function __construct($name, $singlePerUnitName = null, $pluralPerUnitName = null, $prefix = null, $suffix = null)
    {
        $this->name = (string) $name;
        $this->singlePerUnitName = $singlePerUnitName ?? $this->name;
        $this->pluralPerUnitName = $pluralPerUnitName ?? $this->name;
        $this->prefix = (string) $prefix;
        $this->suffix = (string) $suffix;
    }

    public function name()
    {
        return $this->name;
    }

    public function perUnitName($value = 0)
    {
        return (float) $value === 1.0 ? $this->singlePerUnitName : $this->pluralPerUnitName;
    }

    public function prefix()
    {
        return $this->prefix;
    }

    public function suffix()
    {
        return $this->suffix;
    }

    public function decorate($value)
    {
        $suffix = $this->suffix === '' ? '' : ' ' . $this->suffix;
        return $this->prefix . $this->formatForType($value) . $suffix;
    }

    abstract public function type();

    abstract public function roundForType($value);

    abstract public function formatForType($value);
}
