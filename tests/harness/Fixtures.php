<?php
/**
 * Writes WHMCS rows the way WHMCS itself would store them (service/server passwords
 * encrypted, secure as 'on'/'', client passwords hashed, server picked from the product's
 * server group), so params built from them look like the real thing.
 * WhmcsHost exposes these; module code (Properties, LocalApi) reuses the small helpers.
 */

namespace Oxide\Harness;

use Illuminate\Database\Capsule\Manager as Capsule;

final class Fixtures
{
    public static function createClient(array $f = []): int
    {
        $n = (int) Capsule::table('tblclients')->max('id') + 1;
        $now = date('Y-m-d H:i:s');
        $row = $f + self::whmcsColumns('tblclients', [
            'uuid' => self::uuid(),
            'firstname' => 'Test',
            'lastname' => 'Client' . $n,
            'companyname' => '',
            'email' => "client$n@example.test",
            'address1' => '1 Test Street',
            'address2' => '',
            'city' => 'Testville',
            'state' => 'TS',
            'postcode' => '12345',
            'country' => 'US',
            'phonenumber' => '5555550100',
            'authmodule' => '', 'authdata' => '',
            'currency' => 1,
            'defaultgateway' => '',
            'credit' => 0,
            'taxexempt' => 0, 'latefeeoveride' => 0, 'overideduenotices' => 0,
            'separateinvoices' => 0, 'disableautocc' => 0,
            'notes' => '',
            'billingcid' => 0, 'securityqid' => 0, 'securityqans' => '', 'groupid' => 0,
            'cardlastfour' => '', 'cardnum' => '', 'startdate' => '', 'expdate' => '',
            'issuenumber' => '', 'bankname' => '', 'banktype' => '', 'bankcode' => '',
            'bankacct' => '', 'gatewayid' => '',
            'ip' => '127.0.0.1', 'host' => 'localhost',
            'status' => 'Active',
            'language' => '', 'pwresetkey' => '',
            'emailoptout' => 0, 'overrideautoclose' => 0,
            'datecreated' => date('Y-m-d'),
            'created_at' => $now,
            'updated_at' => $now,
        ]);
        if (isset($f['password'])) {
            SecretCheck::register((string) $f['password']);
        }
        // WHMCS keeps client passwords as one-way hashes.
        $row['password'] = password_hash((string) ($f['password'] ?? bin2hex(random_bytes(8))), PASSWORD_BCRYPT, ['cost' => 4]);
        return (int) Capsule::table('tblclients')->insertGetId($row);
    }

    public static function createOrder(int $userId, array $f = []): int
    {
        return (int) Capsule::table('tblorders')->insertGetId($f + [
            'ordernum' => (string) random_int(1000000000, 9999999999),
            'userid' => $userId,
            'date' => date('Y-m-d H:i:s'),
            'paymentmethod' => 'banktransfer',
            'status' => 'Pending',
        ]);
    }

    /** @param array $f server fields; password in clear (stored encrypted), secure bool|'on' */
    public static function createServer(array $f): int
    {
        $hostname = (string) ($f['hostname'] ?? '');
        // WHMCS 8's tblservers has no created_at/updated_at.
        $row = $f + self::whmcsColumns('tblservers', [
            'name' => $hostname !== '' ? $hostname : 'Server',
            'ipaddress' => '127.0.0.1',
            'assignedips' => '',
            'hostname' => $hostname,
            'noc' => '', 'statusaddress' => '',
            'nameserver1' => '', 'nameserver1ip' => '', 'nameserver2' => '', 'nameserver2ip' => '',
            'nameserver3' => '', 'nameserver3ip' => '', 'nameserver4' => '', 'nameserver4ip' => '',
            'nameserver5' => '', 'nameserver5ip' => '',
            'maxaccounts' => 200,
            'type' => '', 'username' => '', 'accesshash' => '',
            'active' => 1,
        ]);
        SecretCheck::register((string) ($f['password'] ?? ''));
        SecretCheck::registerAccessHash((string) ($f['accesshash'] ?? ''));
        $row['password'] = Crypto::encrypt((string) ($f['password'] ?? ''));
        $row['secure'] = self::onOff($f['secure'] ?? true);
        $row['disabled'] = empty($f['disabled']) ? 0 : 1;
        $row['port'] = isset($f['port']) && $f['port'] !== '' ? (int) $f['port'] : null;
        return (int) Capsule::table('tblservers')->insertGetId($row);
    }

    /** @param int $fillType 1 = add to the least full server, 2 = fill one server until full */
    public static function createServerGroup(string $name, array $serverIds, int $fillType = 1): int
    {
        $id = (int) Capsule::table('tblservergroups')->insertGetId(['name' => $name, 'filltype' => $fillType]);
        foreach ($serverIds as $serverId) {
            Capsule::table('tblservergroupsrel')->insert(['groupid' => $id, 'serverid' => (int) $serverId]);
        }
        return $id;
    }

    /** @param array $f product fields; configoption1..24 directly or as 'configoptions' => [1 => ...] */
    public static function createProduct(array $f): int
    {
        $now = date('Y-m-d H:i:s');
        foreach ((array) ($f['configoptions'] ?? []) as $i => $value) {
            $f["configoption$i"] = $value;
        }
        unset($f['configoptions']);
        $row = $f + self::whmcsColumns('tblproducts', [
            'type' => 'hostingaccount',
            'gid' => $f['gid'] ?? self::defaultProductGroup(),
            'name' => 'Product ' . ((int) Capsule::table('tblproducts')->max('id') + 1),
            'description' => '',
            'hidden' => 0, 'showdomainoptions' => 0, 'stockcontrol' => 0,
            'proratabilling' => 0, 'proratadate' => 0, 'proratachargenextmonth' => 0,
            'paytype' => 'recurring',
            'allowqty' => 0, 'subdomain' => '', 'autosetup' => '',
            'servertype' => '',
            'servergroup' => 0,
            'freedomain' => '', 'freedomainpaymentterms' => '', 'freedomaintlds' => '',
            'recurringcycles' => 0, 'autoterminatedays' => 0, 'configoptionsupgrade' => 0,
            'billingcycleupgrade' => '',
            'overagesenabled' => '', 'overagesdisklimit' => 0, 'overagesbwlimit' => 0,
            'overagesdiskprice' => 0, 'overagesbwprice' => 0,
            'tax' => 0, 'affiliateonetime' => 0, 'affiliatepaytype' => '', 'affiliatepayamount' => 0,
            'retired' => 0, 'is_featured' => 0, 'color' => '', 'tagline' => '', 'short_description' => '',
            'created_at' => $now,
            'updated_at' => $now,
        ]);
        for ($i = 1; $i <= 24; $i++) {
            $row["configoption$i"] = (string) ($row["configoption$i"] ?? '');
        }
        return (int) Capsule::table('tblproducts')->insertGetId($row);
    }

    /**
     * @param array $f tblhosting fields; packageid required; userid defaults to a new client;
     *                 password in clear (stored encrypted); server defaults to one picked from
     *                 the product's server group like WHMCS does when an order is accepted
     */
    public static function createService(array $f): int
    {
        $pid = (int) ($f['packageid'] ?? 0);
        if (!Capsule::table('tblproducts')->where('id', $pid)->exists()) {
            throw new \InvalidArgumentException("createService: unknown packageid $pid");
        }
        $now = date('Y-m-d H:i:s');
        $due = date('Y-m-d', strtotime('+1 month'));
        $row = $f + self::whmcsColumns('tblhosting', [
            'userid' => $f['userid'] ?? self::createClient(),
            'orderid' => 0,
            'packageid' => $pid,
            'server' => $f['server'] ?? self::pickServer($pid),
            'regdate' => date('Y-m-d'),
            'domain' => '',
            'paymentmethod' => 'banktransfer',
            'billingcycle' => 'Monthly',
            'nextduedate' => $due,
            'nextinvoicedate' => $due,
            'domainstatus' => 'Pending',
            'username' => '',
            'notes' => '', 'subscriptionid' => '', 'promoid' => 0, 'suspendreason' => '',
            'overideautosuspend' => 0, 'overidesuspenduntil' => '0000-00-00',
            'dedicatedip' => '', 'assignedips' => '', 'ns1' => '', 'ns2' => '',
            'created_at' => $now,
            'updated_at' => $now,
        ]);
        SecretCheck::register((string) ($f['password'] ?? ''));
        $row['password'] = Crypto::encrypt((string) ($f['password'] ?? ''));
        return (int) Capsule::table('tblhosting')->insertGetId($row);
    }

    /** Change service columns; a 'password' is given in clear and stored encrypted. */
    public static function updateService(int $serviceId, array $f): void
    {
        if (array_key_exists('password', $f)) {
            SecretCheck::register((string) $f['password']);
            $f['password'] = Crypto::encrypt((string) $f['password']);
        }
        $f['updated_at'] = date('Y-m-d H:i:s');
        Capsule::table('tblhosting')->where('id', $serviceId)->update($f);
    }

    /**
     * @param string $type  'client' (relid 0) or 'product' (relid = product id)
     * @param array  $opts  description, fieldoptions, regexpr, adminonly, required, showorder,
     *                      showinvoice, sortorder
     */
    public static function addCustomField(string $type, int $relid, string $name, string $fieldType = 'text', array $opts = []): int
    {
        $now = date('Y-m-d H:i:s');
        return (int) Capsule::table('tblcustomfields')->insertGetId($opts + self::whmcsColumns('tblcustomfields', [
            'type' => $type,
            'relid' => $relid,
            'fieldname' => $name,
            'fieldtype' => $fieldType,
            'description' => '',
            'fieldoptions' => '',
            'regexpr' => '',
            'adminonly' => '', 'required' => '', 'showorder' => '', 'showinvoice' => '',
            'created_at' => $now,
            'updated_at' => $now,
        ]));
    }

    /** One value per (field, client-or-service): update it or insert it. */
    public static function upsertCustomFieldValue(int $fieldId, int $relid, string $value): void
    {
        $now = date('Y-m-d H:i:s');
        $match = ['fieldid' => $fieldId, 'relid' => $relid];
        if (Capsule::table('tblcustomfieldsvalues')->where($match)->exists()) {
            Capsule::table('tblcustomfieldsvalues')->where($match)->update(['value' => $value, 'updated_at' => $now]);
        } else {
            Capsule::table('tblcustomfieldsvalues')->insert($match + ['value' => $value, 'created_at' => $now, 'updated_at' => $now]);
        }
    }

    /**
     * A configurable option in the product's own option group (created and linked on first
     * use). Yes/no and quantity options get a single sub-option named like the option when
     * none are given, as WHMCS requires one.
     *
     * @param int      $type  ParamsBuilder::OPTION_* (1 dropdown, 2 radio, 3 yes/no, 4 quantity)
     * @param string[] $subOptions e.g. ['10|10 GB', '20|20 GB']
     * @param array    $opts  qtyminimum, qtymaximum, hidden
     */
    public static function addConfigurableOption(int $pid, string $name, int $type, array $subOptions = [], array $opts = []): int
    {
        $gid = self::productOptionGroup($pid);
        $configId = (int) Capsule::table('tblproductconfigoptions')->insertGetId($opts + [
            'gid' => $gid,
            'optionname' => $name,
            'optiontype' => $type,
            'order' => Capsule::table('tblproductconfigoptions')->where('gid', $gid)->count(),
        ]);
        if ($subOptions === [] && in_array($type, [ParamsBuilder::OPTION_YESNO, ParamsBuilder::OPTION_QUANTITY], true)) {
            $subOptions = [$name];
        }
        foreach (array_values($subOptions) as $i => $subName) {
            Capsule::table('tblproductconfigoptionssub')->insert(['configid' => $configId, 'optionname' => $subName, 'sortorder' => $i]);
        }
        return $configId;
    }

    /**
     * Store a service's choice. $valueOrQty: dropdown/radio, the sub-option (full name or the
     * part before "|"); yes/no, truthy/falsy ('on'/'off' understood); quantity, the number.
     */
    public static function setServiceConfigOption(int $serviceId, string $optionName, $valueOrQty): void
    {
        $pid = (int) Capsule::table('tblhosting')->where('id', $serviceId)->value('packageid');
        $option = null;
        foreach (ParamsBuilder::linkedOptions($pid) as $o) {
            if ($o->optionname === $optionName || ParamsBuilder::cut($o->optionname) === $optionName) {
                $option = $o;
                break;
            }
        }
        if ($option === null) {
            throw new \InvalidArgumentException("product $pid has no configurable option '$optionName'");
        }
        $subs = Capsule::table('tblproductconfigoptionssub')->where('configid', $option->id)
            ->orderBy('sortorder')->orderBy('id')->get();
        $qty = 0;
        $sub = $subs->first();
        switch ((int) $option->optiontype) {
            case ParamsBuilder::OPTION_YESNO:
                $qty = self::truthy($valueOrQty) ? 1 : 0;
                break;
            case ParamsBuilder::OPTION_QUANTITY:
                $qty = (int) $valueOrQty;
                break;
            default:
                $wanted = (string) $valueOrQty;
                $sub = $subs->first(static fn ($s) => $s->optionname === $wanted || ParamsBuilder::cut($s->optionname) === $wanted);
                if ($sub === null) {
                    throw new \InvalidArgumentException("option '$optionName' has no sub-option '$wanted'");
                }
        }
        $match = ['relid' => $serviceId, 'configid' => (int) $option->id];
        Capsule::table('tblhostingconfigoptions')->where($match)->delete();
        Capsule::table('tblhostingconfigoptions')->insert($match + ['optionid' => $sub ? (int) $sub->id : 0, 'qty' => $qty]);
    }

    /**
     * The server WHMCS would assign from a product's server group: fill type 1 takes the
     * least full server (services / maxaccounts), fill type 2 the first (by id) not yet full.
     * Disabled servers are skipped; no group or no candidate gives 0.
     */
    private static function pickServer(int $pid): int
    {
        $groupId = (int) Capsule::table('tblproducts')->where('id', $pid)->value('servergroup');
        if ($groupId === 0) {
            return 0;
        }
        $fillType = (int) Capsule::table('tblservergroups')->where('id', $groupId)->value('filltype');
        $servers = Capsule::table('tblservers as s')
            ->join('tblservergroupsrel as r', 'r.serverid', '=', 's.id')
            ->where('r.groupid', $groupId)->where('s.disabled', 0)->orderBy('s.id')->select('s.*')->get();
        $best = 0;
        $bestLoad = INF;
        foreach ($servers as $s) {
            $used = Capsule::table('tblhosting')->where('server', $s->id)
                ->whereNotIn('domainstatus', ['Terminated', 'Cancelled', 'Fraud'])->count();
            $load = (int) $s->maxaccounts > 0 ? $used / (int) $s->maxaccounts : 0.0;
            if ($fillType === 2 && $load < 1) {
                return (int) $s->id;
            }
            if ($load < $bestLoad) {
                [$best, $bestLoad] = [(int) $s->id, $load];
            }
        }
        return $best;
    }

    /**
     * The columns WHMCS itself fills when it writes a row of $table (real WHMCS 8 columns are
     * mostly NOT NULL without a default, so MariaDB in strict mode refuses a row missing one).
     * SQLite's schema.sql keeps a subset: there, columns it lacks are left out.
     */
    private static function whmcsColumns(string $table, array $row): array
    {
        if (Database::isMariaDb()) {
            return $row;
        }
        static $columns = [];
        $columns[$table] ??= array_flip(Capsule::schema()->getColumnListing($table));
        return array_intersect_key($row, $columns[$table]);
    }

    private static function defaultProductGroup(): int
    {
        $id = (int) Capsule::table('tblproductgroups')->where('name', 'Harness Products')->value('id');
        return $id ?: (int) Capsule::table('tblproductgroups')->insertGetId(['name' => 'Harness Products', 'slug' => 'harness-products']);
    }

    private static function productOptionGroup(int $pid): int
    {
        $name = "Harness options for product $pid";
        $gid = (int) Capsule::table('tblproductconfiggroups')->where('name', $name)->value('id');
        if ($gid === 0) {
            $gid = (int) Capsule::table('tblproductconfiggroups')->insertGetId(['name' => $name, 'description' => '']);
            Capsule::table('tblproductconfiglinks')->insert(['gid' => $gid, 'pid' => $pid]);
        }
        return $gid;
    }

    private static function onOff($value): string
    {
        return self::truthy($value) ? 'on' : '';
    }

    private static function truthy($value): bool
    {
        if (is_string($value)) {
            return !in_array(strtolower(trim($value)), ['', '0', 'off', 'no', 'false'], true);
        }
        return (bool) $value;
    }

    private static function uuid(): string
    {
        $b = random_bytes(16);
        $b[6] = chr((ord($b[6]) & 0x0f) | 0x40);
        $b[8] = chr((ord($b[8]) & 0x3f) | 0x80);
        return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($b), 4));
    }
}
