<?php
/**
 * Builds the $params arrays WHMCS passes to server modules, from the database:
 *  - service(): the full module params for one service (CreateAccount, ClientArea, ...)
 *  - server():  the server* keys, which is all TestConnection/UsageUpdate/ListAccounts get
 *  - configOptions(): what ConfigOptions (and Loader functions) get for a product
 *
 * Types follow WHMCS: ints for ids, bools for server/serversecure, strings otherwise.
 */

namespace Oxide\Harness;

use Illuminate\Database\Capsule\Manager as Capsule;

final class ParamsBuilder
{
    /** Option types of tblproductconfigoptions.optiontype. */
    public const OPTION_DROPDOWN = 1;
    public const OPTION_RADIO = 2;
    public const OPTION_YESNO = 3;
    public const OPTION_QUANTITY = 4;

    public static function service(int $serviceId): array
    {
        $s = Capsule::table('tblhosting')->where('id', $serviceId)->first();
        if ($s === null) {
            throw new \InvalidArgumentException("no service $serviceId");
        }
        $p = Capsule::table('tblproducts')->where('id', $s->packageid)->first();
        if ($p === null) {
            throw new \InvalidArgumentException("service $serviceId has no product {$s->packageid}");
        }

        $params = [
            'accountid' => (int) $s->id,
            'serviceid' => (int) $s->id,
            'addonId' => 0,
            'userid' => (int) $s->userid,
            'domain' => (string) $s->domain,
            'username' => (string) $s->username,
            'password' => Crypto::decrypt($s->password),
            'packageid' => (int) $p->id,
            'pid' => (int) $p->id,
            'serverid' => (int) $s->server,
            'status' => (string) $s->domainstatus,
            'producttype' => (string) $p->type,
            'moduletype' => (string) $p->servertype,
        ];
        for ($i = 1; $i <= 24; $i++) {
            $params["configoption$i"] = (string) $p->{"configoption$i"};
        }
        $params['customfields'] = self::productCustomFields((int) $p->id, (int) $s->id);
        $params['configoptions'] = self::configurableOptions((int) $p->id, (int) $s->id);
        $params['clientsdetails'] = ClientDetails::build((int) $s->userid) ?? [];
        $params += self::server((int) $s->server);
        $params['whmcsVersion'] = WHMCS_HARNESS_VERSION;
        $params['model'] = \WHMCS\Service\Service::find((int) $s->id);
        return $params;
    }

    /**
     * The server keys. A missing server (id 0 or unknown) gives server=false and empty values,
     * so modules never hit an undefined index.
     */
    public static function server(int $serverId): array
    {
        $srv = $serverId > 0 ? Capsule::table('tblservers')->where('id', $serverId)->first() : null;
        if ($srv === null) {
            return [
                'server' => false, 'serverid' => 0, 'serverip' => '', 'serverhostname' => '',
                'serverusername' => '', 'serverpassword' => '', 'serveraccesshash' => '',
                'serversecure' => false, 'serverhttpprefix' => 'http', 'serverport' => '',
            ];
        }
        $secure = $srv->secure === 'on';
        return [
            'server' => true,
            'serverid' => (int) $srv->id,
            'serverip' => (string) $srv->ipaddress,
            'serverhostname' => (string) $srv->hostname,
            'serverusername' => (string) $srv->username,
            'serverpassword' => Crypto::decrypt($srv->password),
            'serveraccesshash' => (string) $srv->accesshash,
            'serversecure' => $secure,
            'serverhttpprefix' => $secure ? 'https' : 'http',
            // WHMCS gives the stored port as a string; empty when none is set (no default).
            'serverport' => $srv->port === null ? '' : (string) $srv->port,
        ];
    }

    /**
     * What ConfigOptions and Loader functions get. WHMCS documents only producttype (+isAddon);
     * the harness adds pid and servergroup, and the server keys of the server a Loader would
     * talk to (first enabled server of the product's group, else of the module's type), so a
     * Loader can reach a panel. Without such a server only the first four keys are present.
     */
    public static function configOptions(int $pid): array
    {
        $p = Capsule::table('tblproducts')->where('id', $pid)->first();
        if ($p === null) {
            throw new \InvalidArgumentException("no product $pid");
        }
        $params = [
            'producttype' => (string) $p->type,
            'isAddon' => false,
            'pid' => (int) $p->id,
            'servergroup' => (int) $p->servergroup,
        ];
        $serverId = self::loaderServer($p);
        return $serverId > 0 ? $params + self::server($serverId) : $params;
    }

    /** Cut a name or value at "|": the part after it is only a display label in WHMCS. */
    public static function cut(?string $value): string
    {
        return explode('|', (string) $value, 2)[0];
    }

    /** ['Field name' => value] for the product's custom fields, names and values cut at "|". */
    private static function productCustomFields(int $pid, int $serviceId): array
    {
        $out = [];
        $fields = Capsule::table('tblcustomfields')->where('type', 'product')->where('relid', $pid)
            ->orderBy('sortorder')->orderBy('id')->get();
        foreach ($fields as $field) {
            $value = Capsule::table('tblcustomfieldsvalues')
                ->where('fieldid', $field->id)->where('relid', $serviceId)->value('value');
            $out[self::cut($field->fieldname)] = self::cut($value);
        }
        return $out;
    }

    /**
     * ['Option name' => value] for the configurable options linked to the product.
     * Dropdown/radio: the chosen sub-option's name cut at "|" (the first sub-option when the
     * service has no choice stored, as WHMCS preselects it); yes/no: 0|1; quantity: the qty.
     */
    private static function configurableOptions(int $pid, int $serviceId): array
    {
        $out = [];
        foreach (self::linkedOptions($pid) as $opt) {
            $chosen = Capsule::table('tblhostingconfigoptions')
                ->where('relid', $serviceId)->where('configid', $opt->id)->first();
            $type = (int) $opt->optiontype;
            if ($type === self::OPTION_YESNO) {
                $value = $chosen ? ((int) $chosen->qty > 0 ? 1 : 0) : 0;
            } elseif ($type === self::OPTION_QUANTITY) {
                $value = $chosen ? (int) $chosen->qty : 0;
            } else {
                $subs = Capsule::table('tblproductconfigoptionssub')->where('configid', $opt->id)
                    ->orderBy('sortorder')->orderBy('id');
                $sub = $chosen ? (clone $subs)->where('id', $chosen->optionid)->first() : null;
                $sub = $sub ?? $subs->first();
                $value = $sub ? self::cut($sub->optionname) : '';
            }
            $out[self::cut($opt->optionname)] = $value;
        }
        return $out;
    }

    /** Configurable options reachable from a product through its option groups, in display order. */
    public static function linkedOptions(int $pid): array
    {
        return Capsule::table('tblproductconfigoptions as o')
            ->join('tblproductconfiglinks as l', 'l.gid', '=', 'o.gid')
            ->where('l.pid', $pid)
            ->orderBy('o.order')->orderBy('o.id')
            ->select('o.*')->get()->all();
    }

    private static function loaderServer(object $product): int
    {
        $query = Capsule::table('tblservers as s')->where('s.disabled', 0)->orderBy('s.id');
        if ((int) $product->servergroup > 0) {
            $query->join('tblservergroupsrel as r', 'r.serverid', '=', 's.id')
                ->where('r.groupid', (int) $product->servergroup);
        } else {
            $query->where('s.type', (string) $product->servertype);
        }
        return (int) $query->value('s.id');
    }
}
