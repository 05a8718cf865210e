<?php
/**
 * WhmcsHost (global namespace): what WHMCS does around a server module, for tests and demos.
 *
 *   $host = new WhmcsHost();                        // blank WHMCS database, repo's modules dir
 *   $sid  = $host->createServer([...]);  $pid = $host->createProduct([...]);
 *   $id   = $host->createService(['packageid' => $pid, 'domain' => 'example.test']);
 *   $host->callService($id, 'CreateAccount');       // "success" -> status Active, hooks run
 *
 * Module loading/calling mirrors WHMCS: include_once the module file, function_exists,
 * call_user_func with exactly one argument. See README.md for what differs from WHMCS.
 */

use Illuminate\Database\Capsule\Manager as Capsule;
use Oxide\Harness\Crypto;
use Oxide\Harness\Database;
use Oxide\Harness\Fixtures;
use Oxide\Harness\Hooks;
use Oxide\Harness\ModuleAutoloader;
use Oxide\Harness\ModuleLog;
use Oxide\Harness\ParamsBuilder;

class WhmcsHost
{
    public const FUNCTION_NOT_FOUND = '!Function not found in module!';
    public const ABORTED_BY_HOOK = 'Function Aborted by Action Hook Code';

    /**
     * The lifecycle commands WHMCS's module command runner wraps: hook suffix, status on
     * "success", and the word used in the activity log.
     */
    private const COMMANDS = [
        'CreateAccount' => ['hook' => 'Create', 'status' => 'Active', 'log' => 'Create'],
        'SuspendAccount' => ['hook' => 'Suspend', 'status' => 'Suspended', 'log' => 'Suspend'],
        'UnsuspendAccount' => ['hook' => 'Unsuspend', 'status' => 'Active', 'log' => 'Unsuspend'],
        'TerminateAccount' => ['hook' => 'Terminate', 'status' => 'Terminated', 'log' => 'Terminate'],
        'ChangePackage' => ['hook' => 'ChangePackage', 'status' => null, 'log' => 'Change Package'],
        'ChangePassword' => ['hook' => 'ChangePassword', 'status' => null, 'log' => 'Change Password'],
        'Renew' => ['hook' => 'Renew', 'status' => null, 'log' => 'Renew'],
    ];

    private string $modulesDir;

    /**
     * @param string|null $modulesDir    folder of module folders (WHMCS's modules/servers);
     *                                   default <repo>/php/modules/servers
     * @param bool        $freshDatabase empty every table and forget test-added hooks first,
     *                                   so each test starts from a blank WHMCS
     */
    public function __construct(?string $modulesDir = null, bool $freshDatabase = true)
    {
        $this->modulesDir = rtrim($modulesDir ?? HARNESS_DEFAULT_MODULES_DIR, '/');
        ModuleAutoloader::addModulesDir($this->modulesDir);
        if ($freshDatabase) {
            Database::wipe();
            Hooks::resetNonModuleHooks();
        }
    }

    public function modulesDir(): string
    {
        return $this->modulesDir;
    }

    // ---- fixtures -------------------------------------------------------------------------

    public function createClient(array $f = []): int
    {
        return Fixtures::createClient($f);
    }

    public function createOrder(int $userId, array $f = []): int
    {
        return Fixtures::createOrder($userId, $f);
    }

    public function createServerGroup(string $name, array $serverIds, int $fillType = 1): int
    {
        return Fixtures::createServerGroup($name, $serverIds, $fillType);
    }

    /** type, hostname, ipaddress, username, password (clear), accesshash, secure, port, disabled, maxaccounts, name */
    public function createServer(array $f): int
    {
        return Fixtures::createServer($f);
    }

    /** servertype, servergroup, type, name, gid, configoption1..24 (or 'configoptions' => [n => v]) */
    public function createProduct(array $f): int
    {
        return Fixtures::createProduct($f);
    }

    /** packageid, userid, server, domain, username, password (clear), domainstatus (default Pending), ... */
    public function createService(array $f): int
    {
        return Fixtures::createService($f);
    }

    /** Change tblhosting columns (e.g. packageid before ChangePackage); password in clear. */
    public function updateService(int $serviceId, array $f): void
    {
        Fixtures::updateService($serviceId, $f);
    }

    public function addClientCustomField(string $name, string $fieldType = 'text', array $opts = []): int
    {
        return Fixtures::addCustomField('client', 0, $name, $fieldType, $opts);
    }

    public function addProductCustomField(int $pid, string $name, string $fieldType = 'text', array $opts = []): int
    {
        return Fixtures::addCustomField('product', $pid, $name, $fieldType, $opts);
    }

    /** $relid: the client id for client fields, the service id for product fields. */
    public function setCustomFieldValue(int $fieldId, int $relid, string $value): void
    {
        Fixtures::upsertCustomFieldValue($fieldId, $relid, $value);
    }

    /** @param int $type 1 dropdown, 2 radio, 3 yes/no, 4 quantity */
    public function addConfigurableOption(int $pid, string $name, int $type, array $subOptions = [], array $opts = []): int
    {
        return Fixtures::addConfigurableOption($pid, $name, $type, $subOptions, $opts);
    }

    public function setServiceConfigOption(int $serviceId, string $optionName, $valueOrQty): void
    {
        Fixtures::setServiceConfigOption($serviceId, $optionName, $valueOrQty);
    }

    /** Turn WHMCS's Module Debug Mode off/on (on by default: logModuleCall writes). */
    public function setModuleDebug(bool $on): void
    {
        Capsule::table('tblconfiguration')->where('setting', 'ModuleDebugMode')->update(['value' => $on ? 'on' : '']);
    }

    // ---- params ---------------------------------------------------------------------------

    public function params(int $serviceId): array
    {
        return ParamsBuilder::service($serviceId);
    }

    public function serverParams(int $serverId): array
    {
        return ParamsBuilder::server($serverId) + ['whmcsVersion' => WHMCS_HARNESS_VERSION];
    }

    public function configOptionsParams(int $pid): array
    {
        return ParamsBuilder::configOptions($pid);
    }

    // ---- calling modules ------------------------------------------------------------------

    /**
     * Exactly WHMCS's path: include_once the module file, function_exists, then
     * call_user_func with one argument. Exceptions from the module propagate.
     */
    public function call(string $module, string $function, array $params)
    {
        $file = "{$this->modulesDir}/$module/$module.php";
        if (!is_file($file)) {
            throw new RuntimeException("module file not found: $file");
        }
        include_once $file;
        $name = $module . '_' . $function;
        if (!function_exists($name)) {
            return self::FUNCTION_NOT_FOUND;
        }
        // OXIDE_CALL_TRACE: every module function called, one name a line (tests/php-src/run.sh
        // checks that its PHPUnit subset calls every function the extension exports).
        $trace = getenv('OXIDE_CALL_TRACE');
        if ($trace !== false && $trace !== '') {
            file_put_contents($trace, $name . "\n", FILE_APPEND | LOCK_EX);
        }
        $result = call_user_func($name, $params);
        \Oxide\Harness\SecretCheck::returned($result);
        return $result;
    }

    /** MetaData as WHMCS asks for it (the array holds whmcsVersion). */
    public function metaData(string $module)
    {
        return $this->call($module, 'MetaData', ['whmcsVersion' => WHMCS_HARNESS_VERSION]);
    }

    /**
     * Run a module function for a service the way WHMCS's module command runner does.
     * For the lifecycle commands (see COMMANDS): module hooks are loaded; PreModule<X> runs
     * first (a returned array overrides params, 'abortcmd' => true aborts); the module is
     * called; on "success" (any case) the status is updated (Create/Unsuspend: Active,
     * Suspend: Suspended + suspendreason, Terminate: Terminated + termination date) and
     * AfterModule<X> runs, otherwise AfterModule<X>Failed; an activity-log line is written.
     * CreateAccount first fills an empty username/password like WHMCS (see README).
     * Any other function is just called with the service's params.
     *
     * @param array $extra params to add/override, e.g. ['suspendreason' => 'Overdue']
     */
    public function callService(int $serviceId, string $function, array $extra = [])
    {
        $command = self::COMMANDS[$function] ?? null;
        if ($command === null) {
            return $this->call($this->moduleOf($serviceId), $function, $extra + $this->params($serviceId));
        }
        $this->loadModuleHooks();
        if ($function === 'CreateAccount') {
            $this->fillCredentials($serviceId);
        }
        $params = $extra + $this->params($serviceId);
        if ($function === 'SuspendAccount') {
            $params['suspendreason'] = (string) ($params['suspendreason'] ?? '');
        }

        foreach (Hooks::run('PreModule' . $command['hook'], ['params' => $params]) as $override) {
            if (is_array($override) && !empty($override['abortcmd'])) {
                return self::ABORTED_BY_HOOK;
            }
            if (is_array($override)) {
                $params = array_replace($params, $override);
            }
        }

        $result = $this->call((string) $params['moduletype'], $function, $params);
        $ok = is_string($result) && strcasecmp($result, 'success') === 0;
        if ($ok) {
            $this->applySuccess($serviceId, $function, $command['status'], $params);
            Hooks::run('AfterModule' . $command['hook'], ['params' => $params]);
            logActivity("Module {$command['log']} Successful - Service ID: $serviceId", (int) $params['userid']);
        } else {
            $message = is_string($result) ? $result : ModuleLog::stringify($result);
            Hooks::run('AfterModule' . $command['hook'] . 'Failed', ['params' => $params, 'failureResponseMessage' => $message]);
            logActivity("Module {$command['log']} Failed - Service ID: $serviceId - Error: $message", (int) $params['userid']);
        }
        return $result;
    }

    /**
     * Server-level functions (TestConnection, UsageUpdate, ListAccounts, MetricProvider...):
     * the server keys plus action = the function name (harness choice, see README).
     */
    public function callServer(int $serverId, string $function)
    {
        $type = (string) Capsule::table('tblservers')->where('id', $serverId)->value('type');
        if ($type === '') {
            throw new InvalidArgumentException("server $serverId does not exist or has no module type");
        }
        return $this->call($type, $function, $this->serverParams($serverId) + ['action' => $function]);
    }

    // ---- hooks ----------------------------------------------------------------------------

    /** Load every <modulesDir>/<module>/hooks.php once, as WHMCS does on each page load. */
    public function loadModuleHooks(): void
    {
        foreach (glob($this->modulesDir . '/*/hooks.php') ?: [] as $file) {
            Hooks::loadFile($file);
        }
    }

    /** @return array the non-null results of the hook point's callbacks */
    public function runHook(string $point, array $vars): array
    {
        $this->loadModuleHooks();
        return Hooks::run($point, $vars);
    }

    /**
     * The admin dashboard: every widget the AdminHomeWidgets hook returns, rendered the way
     * WHMCS does (getData() into generateOutput()), in weight order. A hook result that is no
     * AbstractWidget is skipped, as WHMCS does.
     *
     * @return list<array{id:string, title:string, html:string}>
     */
    public function adminHomeWidgets(): array
    {
        $widgets = array_values(array_filter(
            $this->runHook('AdminHomeWidgets', []),
            static fn ($w) => $w instanceof \WHMCS\Module\AbstractWidget
        ));
        usort($widgets, static fn ($a, $b) => $a->getWeight() <=> $b->getWeight());
        return array_map(static fn ($w) => [
            'id' => (string) $w->getId(),
            'title' => (string) $w->getTitle(),
            'html' => (string) $w->generateOutput($w->getData()),
        ], $widgets);
    }

    // ---- inspection -----------------------------------------------------------------------

    /** @return array[] tblmodulelog rows, oldest first */
    public function moduleLog(): array
    {
        return $this->rows('tblmodulelog');
    }

    /** @return array[] tblactivitylog rows, oldest first */
    public function activityLog(): array
    {
        return $this->rows('tblactivitylog');
    }

    /** @return array the tblhosting row plus 'password_plain' ("" if password is not harness-encrypted) */
    public function service(int $id): array
    {
        $row = (array) Capsule::table('tblhosting')->where('id', $id)->first();
        if ($row === []) {
            throw new InvalidArgumentException("no service $id");
        }
        $row['password_plain'] = Crypto::decrypt($row['password']);
        return $row;
    }

    /**
     * A custom field's stored value. $relid is the client id ($type 'client') or the service
     * id ($type 'product'). The name matches the full field name or the part before "|".
     *
     * @return string|null null when no value is stored
     */
    public function customFieldValue(string $fieldName, int $relid, string $type = 'client'): ?string
    {
        $fields = Capsule::table('tblcustomfields')->where('type', $type)->orderBy('id')->get();
        foreach ($fields as $field) {
            if ($field->fieldname !== $fieldName && ParamsBuilder::cut($field->fieldname) !== $fieldName) {
                continue;
            }
            $value = Capsule::table('tblcustomfieldsvalues')->where('fieldid', $field->id)->where('relid', $relid)->value('value');
            if ($value !== null) {
                return (string) $value;
            }
        }
        return null;
    }

    // ---- internals ------------------------------------------------------------------------

    private function moduleOf(int $serviceId): string
    {
        return (string) Capsule::table('tblhosting as h')->join('tblproducts as p', 'p.id', '=', 'h.packageid')
            ->where('h.id', $serviceId)->value('p.servertype');
    }

    private function applySuccess(int $serviceId, string $function, ?string $status, array $params): void
    {
        if ($status === null) {
            return;
        }
        $update = ['domainstatus' => $status];
        if ($function === 'SuspendAccount') {
            $update['suspendreason'] = $params['suspendreason'];
        } elseif ($function === 'UnsuspendAccount') {
            $update['suspendreason'] = '';
        } elseif ($function === 'TerminateAccount') {
            $update['termination_date'] = date('Y-m-d');
        }
        Fixtures::updateService($serviceId, $update);
    }

    /**
     * WHMCS fills an empty username (from the domain: letters and digits, lower case, at most
     * 8, not starting with a digit) and an empty password (10 letters and digits) before
     * CreateAccount, for hosting and reseller accounts.
     */
    private function fillCredentials(int $serviceId): void
    {
        $row = $this->service($serviceId);
        $type = (string) Capsule::table('tblproducts')->where('id', $row['packageid'])->value('type');
        if (!in_array($type, ['hostingaccount', 'reselleraccount'], true)) {
            return;
        }
        $update = [];
        if ($row['username'] === '') {
            $base = preg_replace('/[^a-z0-9]/', '', strtolower((string) $row['domain']));
            $base = ltrim((string) $base, '0123456789');
            $update['username'] = substr($base !== '' ? $base : 'user' . $serviceId, 0, 8);
        }
        if ($row['password_plain'] === '') {
            $update['password'] = self::randomPassword(10);
        }
        if ($update !== []) {
            Fixtures::updateService($serviceId, $update);
        }
    }

    /**
     * Like WHMCS's generated service passwords: every character class present (lower, upper,
     * digit, symbol), so panels with password rules accept them.
     */
    private static function randomPassword(int $length): string
    {
        $classes = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '!@#%^*-_'];
        $chars = [];
        foreach ($classes as $set) {
            $chars[] = $set[random_int(0, strlen($set) - 1)];
        }
        $all = implode('', $classes);
        while (count($chars) < $length) {
            $chars[] = $all[random_int(0, strlen($all) - 1)];
        }
        for ($i = count($chars) - 1; $i > 0; $i--) {
            $j = random_int(0, $i);
            [$chars[$i], $chars[$j]] = [$chars[$j], $chars[$i]];
        }
        return implode('', $chars);
    }

    private function rows(string $table): array
    {
        return Capsule::table($table)->orderBy('id')->get()->map(static fn ($r) => (array) $r)->all();
    }
}
