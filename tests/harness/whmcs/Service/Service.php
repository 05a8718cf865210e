<?php
/**
 * The object WHMCS passes as $params['model']: an Eloquent model over tblhosting. The
 * harness's version keeps raw column names (no WHMCS attribute aliases) and offers
 * serviceProperties, the documented way modules store extra per-service data.
 */

namespace WHMCS\Service;

use Illuminate\Database\Eloquent\Model;

class Service extends Model
{
    protected $table = 'tblhosting';
    protected $guarded = ['id'];

    /** $model->serviceProperties */
    public function getServicePropertiesAttribute(): Properties
    {
        return new Properties($this);
    }
}
