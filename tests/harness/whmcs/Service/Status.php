<?php
/** Service status names as WHMCS stores them in tblhosting.domainstatus. */

namespace WHMCS\Service;

class Status
{
    public const PENDING = 'Pending';
    public const ACTIVE = 'Active';
    public const SUSPENDED = 'Suspended';
    public const TERMINATED = 'Terminated';
    public const CANCELLED = 'Cancelled';
    public const FRAUD = 'Fraud';
    public const COMPLETED = 'Completed';
}
