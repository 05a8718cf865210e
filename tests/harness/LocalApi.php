<?php
/**
 * localAPI($command, $values, $adminUser): the subset of WHMCS's internal API that modules
 * use. Command names are matched case-insensitively like WHMCS's API; unknown commands
 * answer ['result' => 'error', 'message' => 'Command Not Found'].
 */

namespace Oxide\Harness;

use Illuminate\Database\Capsule\Manager as Capsule;

final class LocalApi
{
    private const COMMANDS = [
        'encryptpassword' => 'encryptPassword',
        'decryptpassword' => 'decryptPassword',
        'getclientsdetails' => 'getClientsDetails',
        'updateclientproduct' => 'updateClientProduct',
        'logactivity' => 'logActivity',
        'getproducts' => 'getProducts',
    ];

    /** UpdateClientProduct request keys that map 1:1 (or renamed) onto tblhosting columns. */
    private const SERVICE_COLUMNS = [
        'pid' => 'packageid', 'serverid' => 'server', 'regdate' => 'regdate',
        'nextduedate' => 'nextduedate', 'terminationdate' => 'termination_date',
        'domain' => 'domain', 'firstpaymentamount' => 'firstpaymentamount',
        'recurringamount' => 'amount', 'paymentmethod' => 'paymentmethod',
        'billingcycle' => 'billingcycle', 'subscriptionid' => 'subscriptionid',
        'status' => 'domainstatus', 'notes' => 'notes', 'serviceusername' => 'username',
        'overidesuspenduntil' => 'overidesuspenduntil', 'ns1' => 'ns1', 'ns2' => 'ns2',
        'dedicatedip' => 'dedicatedip', 'assignedips' => 'assignedips',
        'diskusage' => 'diskusage', 'disklimit' => 'disklimit', 'bwusage' => 'bwusage',
        'bwlimit' => 'bwlimit', 'suspendreason' => 'suspendreason', 'promoid' => 'promoid',
    ];

    public static function call($command, $values = [], $adminUser = ''): array
    {
        $method = self::COMMANDS[strtolower((string) $command)] ?? null;
        if ($method === null) {
            return ['result' => 'error', 'message' => 'Command Not Found'];
        }
        return self::$method((array) $values);
    }

    private static function encryptPassword(array $v): array
    {
        return ['result' => 'success', 'password' => Crypto::encrypt((string) ($v['password2'] ?? ''))];
    }

    private static function decryptPassword(array $v): array
    {
        return ['result' => 'success', 'password' => Crypto::decrypt((string) ($v['password2'] ?? ''))];
    }

    /** The client block plus, like WHMCS (deprecated there), the same keys at top level. */
    private static function getClientsDetails(array $v): array
    {
        $id = (int) ($v['clientid'] ?? 0);
        if ($id === 0 && !empty($v['email'])) {
            $id = (int) Capsule::table('tblclients')->where('email', $v['email'])->value('id');
        } elseif ($id === 0) {
            return ['result' => 'error', 'message' => 'Either clientid Or email Is Required'];
        }
        $client = ClientDetails::build($id);
        if ($client === null) {
            return ['result' => 'error', 'message' => 'Client Not Found'];
        }
        return ['result' => 'success'] + $client + ['client' => $client];
    }

    private static function updateClientProduct(array $v): array
    {
        $id = (int) ($v['serviceid'] ?? 0);
        if (!Capsule::table('tblhosting')->where('id', $id)->exists()) {
            return ['result' => 'error', 'message' => 'Service ID Not Found'];
        }
        $update = [];
        foreach (self::SERVICE_COLUMNS as $key => $column) {
            if (array_key_exists($key, $v)) {
                $update[$column] = $v[$key];
            }
        }
        if (array_key_exists('servicepassword', $v)) {
            $update['password'] = Crypto::encrypt((string) $v['servicepassword']);
        }
        if (array_key_exists('overideautosuspend', $v)) {
            $update['overideautosuspend'] = in_array($v['overideautosuspend'], ['on', 1, '1', true], true) ? 1 : 0;
        }
        foreach ((array) ($v['unset'] ?? []) as $key) {
            $column = $key === 'servicepassword' ? 'password' : (self::SERVICE_COLUMNS[$key] ?? null);
            if ($column !== null) {
                $update[$column] = '';
            }
        }
        if ($update !== []) {
            $update['updated_at'] = date('Y-m-d H:i:s');
            Capsule::table('tblhosting')->where('id', $id)->update($update);
        }
        if (!empty($v['customfields'])) {
            // Documented format: base64_encode(serialize([fieldid => value]))
            $fields = unserialize(base64_decode((string) $v['customfields']), ['allowed_classes' => false]);
            foreach ((array) $fields as $fieldId => $value) {
                Fixtures::upsertCustomFieldValue((int) $fieldId, $id, (string) $value);
            }
        }
        return ['result' => 'success', 'serviceid' => $id];
    }

    private static function logActivity(array $v): array
    {
        if (!isset($v['description']) || $v['description'] === '') {
            return ['result' => 'error', 'message' => 'Description is required'];
        }
        \logActivity((string) $v['description'], (int) ($v['clientid'] ?? 0));
        return ['result' => 'success'];
    }

    /** Products filtered by pid (comma list), gid or module, in the documented response shape. */
    private static function getProducts(array $v): array
    {
        $q = Capsule::table('tblproducts')->orderBy('id');
        if (isset($v['pid']) && $v['pid'] !== '') {
            $q->whereIn('id', array_map('intval', explode(',', (string) $v['pid'])));
        }
        if (isset($v['gid']) && $v['gid'] !== '') {
            $q->where('gid', (int) $v['gid']);
        }
        if (isset($v['module']) && $v['module'] !== '') {
            $q->where('servertype', (string) $v['module']);
        }
        $products = [];
        foreach ($q->get() as $p) {
            $products[] = [
                'pid' => (int) $p->id,
                'gid' => (int) $p->gid,
                'type' => (string) $p->type,
                'name' => (string) $p->name,
                'slug' => (string) $p->slug,
                'description' => (string) $p->description,
                'module' => (string) $p->servertype,
                'paytype' => (string) $p->paytype,
                'customfields' => ['customfield' => self::productCustomFieldList((int) $p->id)],
                'configoptions' => ['configoption' => self::productConfigOptionList((int) $p->id)],
            ];
        }
        return [
            'result' => 'success',
            'totalresults' => count($products),
            'products' => ['product' => $products],
        ];
    }

    private static function productCustomFieldList(int $pid): array
    {
        return Capsule::table('tblcustomfields')->where('type', 'product')->where('relid', $pid)
            ->where('showorder', 'on')->orderBy('sortorder')->orderBy('id')->get()
            ->map(static fn ($f) => [
                'id' => (int) $f->id, 'name' => (string) $f->fieldname,
                'description' => (string) $f->description, 'required' => (string) $f->required,
            ])->all();
    }

    private static function productConfigOptionList(int $pid): array
    {
        $list = [];
        foreach (ParamsBuilder::linkedOptions($pid) as $o) {
            $subs = Capsule::table('tblproductconfigoptionssub')->where('configid', $o->id)
                ->orderBy('sortorder')->orderBy('id')->get()
                ->map(static fn ($s) => ['id' => (int) $s->id, 'name' => (string) $s->optionname])->all();
            $list[] = [
                'id' => (int) $o->id, 'name' => (string) $o->optionname, 'type' => (string) $o->optiontype,
                'minqty' => (int) $o->qtyminimum, 'maxqty' => (int) $o->qtymaximum,
                'options' => ['option' => $subs],
            ];
        }
        return $list;
    }
}
