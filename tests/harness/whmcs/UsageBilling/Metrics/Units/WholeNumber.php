<?php
/** Counts of things (accounts, domains, mailboxes). */

namespace WHMCS\UsageBilling\Metrics\Units;

class WholeNumber extends AbstractUnit
{
    public function type()
    {
        return self::TYPE_INT;
    }

    public function roundForType($value)
    {
        return (int) round((float) $value);
    }

    public function formatForType($value)
    {
        return (string) $this->roundForType($value);
    }
}
