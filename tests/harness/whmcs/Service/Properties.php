<?php
/**
 * $params['model']->serviceProperties: key/value storage per service. Per WHMCS's docs,
 * some names map to core tblhosting columns; any other name is a product custom field,
 * created (admin-only text field) on first save.
 */

namespace WHMCS\Service;

use Illuminate\Database\Capsule\Manager as Capsule;
use Oxide\Harness\Crypto;
use Oxide\Harness\Fixtures;
use Oxide\Harness\ParamsBuilder;

class Properties
{
    /** Documented "Supported Fields" and their tblhosting columns (License Key has none here). */
    private const CORE = [
        'username' => 'username', 'password' => 'password', 'domain' => 'domain',
        'dedicated ip' => 'dedicatedip', 'disk usage' => 'diskusage', 'disk limit' => 'disklimit',
        'bandwidth usage' => 'bwusage', 'bandwidth limit' => 'bwlimit', 'last update' => 'lastupdate',
    ];

    private $service;

    public function __construct(Service $service)
    {
        $this->service = $service;
    }

    /** @param array $values ['Property Name' => value, ...] */
    public function save(array $values)
    {
        foreach ($values as $name => $value) {
            $column = self::CORE[strtolower((string) $name)] ?? null;
            if ($column === 'password') {
                $value = Crypto::encrypt((string) $value);
            }
            if ($column !== null) {
                Capsule::table('tblhosting')->where('id', $this->service->id)->update([$column => $value]);
                continue;
            }
            Fixtures::upsertCustomFieldValue($this->fieldId((string) $name, true), (int) $this->service->id, (string) $value);
        }
        $this->service->refresh();
        return $this;
    }

    /** @return string the value, "" when the property has never been set */
    public function get($name)
    {
        $column = self::CORE[strtolower((string) $name)] ?? null;
        if ($column !== null) {
            $raw = Capsule::table('tblhosting')->where('id', $this->service->id)->value($column);
            return $column === 'password' ? Crypto::decrypt($raw) : (string) $raw;
        }
        $fieldId = $this->fieldId((string) $name, false);
        if ($fieldId === 0) {
            return '';
        }
        return (string) Capsule::table('tblcustomfieldsvalues')
            ->where('fieldid', $fieldId)->where('relid', $this->service->id)->value('value');
    }

    private function fieldId(string $name, bool $create): int
    {
        $pid = (int) Capsule::table('tblhosting')->where('id', $this->service->id)->value('packageid');
        $fields = Capsule::table('tblcustomfields')->where('type', 'product')->where('relid', $pid)->get();
        foreach ($fields as $field) {
            if (ParamsBuilder::cut($field->fieldname) === $name) {
                return (int) $field->id;
            }
        }
        return $create ? Fixtures::addCustomField('product', $pid, $name, 'text', ['adminonly' => 'on']) : 0;
    }
}
