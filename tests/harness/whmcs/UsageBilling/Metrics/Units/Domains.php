<?php
/** A count of domains; WHMCS's example passes a custom name, e.g. new Accounts('Mailboxes'). */

namespace WHMCS\UsageBilling\Metrics\Units;

class Domains extends WholeNumber
{
    public function __construct($name = 'Domains', $singlePerUnitName = 'Domain', $pluralPerUnitName = 'Domains', $prefix = null, $suffix = null)
    {
        parent::__construct($name, $singlePerUnitName, $pluralPerUnitName, $prefix, $suffix);
    }
}
