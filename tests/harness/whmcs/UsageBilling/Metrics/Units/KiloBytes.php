<?php
/** Sizes in kilobytes. */

namespace WHMCS\UsageBilling\Metrics\Units;

class KiloBytes extends Bytes
{
    public function __construct($name = 'Kilobytes', $singlePerUnitName = null, $pluralPerUnitName = null, $prefix = null, $suffix = 'KB')
    {
        parent::__construct($name, $singlePerUnitName, $pluralPerUnitName, $prefix, $suffix);
    }
}
