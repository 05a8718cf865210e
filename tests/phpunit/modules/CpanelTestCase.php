<?php
/**
 * cPanel/WHM fixtures: a simulator with a root API token, a WHMCS server record pinned to
 * the simulator's certificate, products saved with the module's defaults, services, and
 * helpers to read the simulated server and its request log.
 */

require_once __DIR__ . '/ModuleTestCase.php';

use Illuminate\Database\Capsule\Manager as Capsule;

abstract class CpanelTestCase extends ModuleTestCase
{
    protected const MODULE = 'oxide_cpanel';
    protected const TOKEN = 'WHMCSOXIDETOKEN00000000000000042';
    /** A password WHM's strength meter accepts (registered as a secret by newService). */
    protected const PASSWORD = "Init\"Pa\\ss/&+%=<é-42";
    protected const GB = 1073741824;
    protected const MB = 1048576;

    protected SimProcess $panel;
    protected int $serverId;
    protected int $clientId;

    protected function setUp(): void
    {
        parent::setUp();
        $this->panel = $this->sim('cpanel');
        $this->seedSimulator();
        $this->secret(self::TOKEN);
        $this->serverId = $this->whmServer();
        $this->clientId = $this->host->createClient([
            'firstname' => 'Ada', 'lastname' => 'Lovelace', 'email' => 'ada@example.com',
        ]);
    }

    /** The simulator's root API token (after a reset). */
    protected function seedSimulator(): void
    {
        $this->setState(['tokens' => [['user' => 'root', 'name' => 'whmcs', 'token' => self::TOKEN, 'acls' => ['all']]]]);
    }

    /** A server record for the simulator; `$accessHash` null = the root token with the right pin. */
    protected function whmServer(?string $accessHash = null, array $extra = []): int
    {
        $hash = $accessHash ?? (self::TOKEN . "\npin=" . $this->panel->sha256);
        return $this->host->createServer($extra + [
            'type' => self::MODULE, 'name' => 'WHM 1', 'hostname' => '127.0.0.1',
            'ipaddress' => '127.0.0.1', 'username' => 'root', 'password' => '',
            'accesshash' => $hash, 'secure' => true, 'port' => $this->panel->port,
        ]);
    }

    /**
     * A product of this module on the test server, every setting at its ConfigOptions default
     * unless `$settings` (by setting name) says otherwise; "WHM package" is `basic`.
     * `$options`: configurable options to add, name => [type, sub-options].
     */
    protected function product(array $settings = [], array $options = [], string $type = 'hostingaccount'): int
    {
        $defs = call_user_func(self::MODULE . '_ConfigOptions', []);
        $values = [];
        foreach ($defs as $name => $def) {
            $values[$name] = (string) ($def['Default'] ?? '');
        }
        $values = array_replace($values, ['WHM package' => 'basic'], $settings);
        $group = $this->host->createServerGroup('whm-' . uniqid(), [$this->serverId]);
        $pid = $this->host->createProduct($this->configOptions(self::MODULE, $values) + [
            'servertype' => self::MODULE, 'servergroup' => $group, 'type' => $type,
        ]);
        foreach ($options as $name => [$type, $subs]) {
            $this->host->addConfigurableOption($pid, $name, $type, $subs);
        }
        return $pid;
    }

    /** A pending service of the test client; username and password as WHMCS holds them. */
    protected function newService(int $pid, string $domain = 'shop.example', array $fields = []): int
    {
        $fields += ['username' => 'shopuser', 'password' => self::PASSWORD];
        if ($fields['password'] !== '') {
            $this->secret((string) $fields['password']);
        }
        return $this->host->createService($fields + [
            'packageid' => $pid, 'userid' => $this->clientId, 'domain' => $domain,
            'server' => $this->serverId,
        ]);
    }

    /** A product with `$settings` and one active account created on the server. */
    protected function activeService(array $settings = [], string $domain = 'shop.example', array $fields = []): int
    {
        $id = $this->newService($this->product($settings), $domain, $fields);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->clearRequests();
        return $id;
    }

    /** A WHM server record with extra Access Hash lines (e.g. `timeout=1`), replacing the test's. */
    protected function useServerWithHash(string ...$lines): void
    {
        $hash = implode("\n", array_merge([self::TOKEN, 'pin=' . $this->panel->sha256], $lines));
        $id = $this->whmServer($hash);
        Capsule::table('tblhosting')->where('server', $this->serverId)->update(['server' => $id]);
        Capsule::table('tblservergroupsrel')->where('serverid', $this->serverId)->update(['serverid' => $id]);
        $this->serverId = $id;
    }

    protected function state(): array
    {
        return $this->panel->control('GET', '/state');
    }

    protected function setState(array $doc): void
    {
        $this->panel->control('POST', '/state', $doc);
    }

    /** The account as the simulator holds it (units in the key names), null when there is none. */
    protected function account(string $user): ?array
    {
        return $this->state()['accounts'][$user] ?? null;
    }

    protected function accountNames(): array
    {
        return array_keys($this->state()['accounts']);
    }

    protected function addAccount(string $user, array $fields = []): void
    {
        $this->setState(['accounts' => [$user => $fields + ['domain' => "$user.example", 'plan' => 'basic', 'email' => 'other@else.example']]]);
    }

    protected function fault(array $fault): void
    {
        $this->panel->control('POST', '/faults', $fault);
    }

    protected function clearRequests(): void
    {
        $this->panel->control('DELETE', '/requests');
    }

    protected function requests(): array
    {
        return $this->panel->control('GET', '/requests');
    }

    /** The WHM functions called, in order. */
    protected function functions(): array
    {
        return array_map(static fn ($r) => $r['route'], $this->requests());
    }

    /** The functions that change the server (not listaccts, listpkgs, showbw, version, …). */
    protected function mutatingFunctions(): array
    {
        $reads = ['listaccts', 'listpkgs', 'showbw', 'version', 'myprivs', 'accountsummary', 'verify_new_username',
            'listresellers', 'listacls', 'listips', 'batch', 'acctcounts'];
        return array_values(array_diff($this->functions(), $reads));
    }

    /** `[field => value]` of the n-th request of `$function`. */
    protected function fieldsOf(string $function, int $nth = 0): array
    {
        $found = array_values(array_filter($this->requests(), static fn ($r) => $r['route'] === $function));
        $this->assertArrayHasKey($nth, $found, "no request #$nth of $function; got " . implode(', ', $this->functions()));
        $out = [];
        foreach ($found[$nth]['fields'] as [$k, $v]) {
            $out[$k] = $v;
        }
        return $out;
    }

    /** The columns of tblhosting a failed call must leave alone. */
    protected function serviceRow(int $id): array
    {
        $row = $this->host->service($id);
        return array_intersect_key($row, array_flip([
            'username', 'password_plain', 'domain', 'domainstatus', 'dedicatedip', 'diskusage', 'disklimit', 'bwusage', 'bwlimit',
        ]));
    }

    /** The module's traffic table rows of a service, by month. */
    protected function traffic(int $serviceId): array
    {
        $rows = Capsule::table('mod_oxide_cpanel_traffic')->where('serviceid', $serviceId)->orderBy('period')->get();
        $out = [];
        foreach ($rows as $r) {
            $out[$r->period] = ['panel' => (int) $r->panel_bytes, 'recorded' => (int) $r->recorded_bytes, 'delta' => (int) $r->last_delta_bytes];
        }
        return $out;
    }

    /**
     * WHM functions called: exactly `$functions` in any order, each of `$after` (function =>
     * the one it waits for) sent only once the other was answered. For requests that run
     * beside a chain (listresellers beside changepackage → modifyacct), whose answers may come
     * in any order.
     */
    protected function assertCalledWithOrder(array $functions, array $after): void
    {
        $this->assertEqualsCanonicalizing($functions, $this->functions());
        $at = array_column($this->requests(), 'at_ms', 'route');
        foreach ($after as $later => $earlier) {
            $this->assertGreaterThanOrEqual($at[$earlier], $at[$later], "$later only after $earlier was answered");
        }
    }

    /** WHM functions called: `$atOnce` first (sent together, in any order), then `$then` in order. */
    protected function assertAtOnceThen(array $atOnce, array $then): void
    {
        $fns = $this->functions();
        $this->assertEqualsCanonicalizing($atOnce, array_slice($fns, 0, count($atOnce)), 'sent at once: ' . implode(', ', $fns));
        $this->assertSame($then, array_slice($fns, count($atOnce)), 'then, in order');
    }
}
