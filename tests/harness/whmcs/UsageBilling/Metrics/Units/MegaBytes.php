<?php
/** Sizes in megabytes. */

namespace WHMCS\UsageBilling\Metrics\Units;

class MegaBytes extends Bytes
{
    public function __construct($name = 'Megabytes', $singlePerUnitName = null, $pluralPerUnitName = null, $prefix = null, $suffix = 'MB')
    {
        parent::__construct($name, $singlePerUnitName, $pluralPerUnitName, $prefix, $suffix);
    }
}
