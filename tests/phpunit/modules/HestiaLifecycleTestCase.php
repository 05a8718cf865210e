<?php
/**
 * Helpers for the HestiaCP lifecycle tests: products saved with the module's defaults (as
 * WHMCS saves them), services, the simulator's users and request log.
 */

require_once __DIR__ . '/HestiaTestCase.php';

use Illuminate\Database\Capsule\Manager as Capsule;

abstract class HestiaLifecycleTestCase extends HestiaTestCase
{
    /** A password that meets HestiaCP's UI rule (registered as a secret by newService). */
    protected const PASSWORD = "Init\"Pa\\ss/&+%=<é-42";

    /** Commands that only read; everything else changes the panel. */
    private const READS = ['v-list-', 'v-check-'];

    protected function setUp(): void
    {
        parent::setUp();
        // The harness empties the tables of its schema only; a table the module creates for
        // itself would carry one test's rows (keyed by reused service ids) into the next.
        Capsule::schema()->dropIfExists('mod_oxide_accounts');
    }

    /**
     * A product of this module on the test server, every setting at its ConfigOptions
     * default unless `$settings` (by setting name) says otherwise. "Package on server" is
     * `gold` and "After creation" `none` by default: tests ask for what they check.
     */
    protected function product(array $settings = [], array $fields = []): int
    {
        $defs = call_user_func(self::MODULE . '_ConfigOptions', []);
        $values = [];
        foreach ($defs as $name => $def) {
            $values[$name] = (string) ($def['Default'] ?? '');
        }
        $values = array_replace($values, ['Package on server' => 'gold', 'After creation' => 'none'], $settings);
        $group = $this->host->createServerGroup('hestia-' . uniqid(), [$this->serverId]);
        return $this->host->createProduct($fields + $this->configOptions(self::MODULE, $values) + [
            'servertype' => self::MODULE, 'servergroup' => $group, 'type' => 'hostingaccount',
        ]);
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

    /** A product with `$settings` and one active account created on the panel. */
    protected function activeService(array $settings = [], string $domain = 'shop.example', array $fields = []): int
    {
        $id = $this->newService($this->product($settings), $domain, $fields);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->clearRequests();
        return $id;
    }

    /** A Hestia server record with extra Access Hash lines (e.g. `timeout=2`). */
    protected function serverWithHash(string ...$lines): int
    {
        $hash = implode("\n", array_merge([$this->keyId . ':' . $this->keySecret, 'pin=' . $this->panel->sha256], $lines));
        return $this->hestiaServer($hash);
    }

    /** Moves the test's products and services to another server record (same simulator). */
    protected function useServer(int $serverId): void
    {
        Capsule::table('tblhosting')->where('server', $this->serverId)->update(['server' => $serverId]);
        Capsule::table('tblservergroupsrel')->where('serverid', $this->serverId)->update(['serverid' => $serverId]);
        $this->serverId = $serverId;
    }

    /** The panel user as the simulator's state holds it, null when there is none. */
    protected function panelUser(string $name): ?array
    {
        return $this->state()['users'][$name] ?? null;
    }

    /** Panel users other than the admin. */
    protected function panelUserNames(): array
    {
        return array_values(array_diff(array_keys($this->state()['users']), ['admin']));
    }

    protected function addPanelUser(string $name, array $conf = []): void
    {
        $this->panel->control('POST', '/state', ['users' => [$name => $conf + [
            'password' => 'Other-Pass-1', 'PACKAGE' => 'gold', 'CONTACT' => 'someone@else.example',
        ]]]);
    }

    protected function setState(array $doc): void
    {
        $this->panel->control('POST', '/state', $doc);
    }

    protected function fault(array $fault): void
    {
        $this->panel->control('POST', '/faults', $fault);
    }

    protected function clearRequests(): void
    {
        $this->panel->control('DELETE', '/requests');
    }

    /** Full request log entries. */
    protected function requests(): array
    {
        return $this->panel->control('GET', '/requests');
    }

    /** Commands of the requests that change the panel (anything but v-list-*). */
    protected function mutatingCommands(): array
    {
        return array_values(array_filter($this->commands(), static function (string $cmd): bool {
            foreach (self::READS as $prefix) {
                if (strncmp($cmd, $prefix, strlen($prefix)) === 0) {
                    return false;
                }
            }
            return true;
        }));
    }

    /** `[argN => value]` of the first request of `$cmd`, without credentials. */
    protected function argsOf(string $cmd, int $nth = 0): array
    {
        $found = array_values(array_filter($this->requests(), static fn ($r) => $r['route'] === $cmd));
        $this->assertArrayHasKey($nth, $found, "no request #$nth of $cmd; got " . implode(', ', $this->commands()));
        $args = [];
        foreach ($found[$nth]['fields'] as [$k, $v]) {
            if (preg_match('/^arg(\d+)$/', $k, $m)) {
                $args[(int) $m[1]] = $v;
            }
        }
        ksort($args);
        return $args;
    }

    /** The columns of tblhosting a failed call must leave alone. */
    protected function serviceRow(int $id): array
    {
        $row = $this->host->service($id);
        return array_intersect_key($row, array_flip([
            'username', 'password_plain', 'domain', 'domainstatus', 'diskusage', 'disklimit', 'bwusage', 'bwlimit',
        ]));
    }

    /** Rows of the module's own table (created on first use). */
    protected function recordedAccounts(): array
    {
        if (!Capsule::schema()->hasTable('mod_oxide_accounts')) {
            return [];
        }
        return Capsule::table('mod_oxide_accounts')->get()->map(static fn ($r) => (array) $r)->all();
    }

    protected function moduleLogText(): string
    {
        return json_encode($this->host->moduleLog(), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }

    protected function activityLogText(): string
    {
        return implode("\n", array_column($this->host->activityLog(), 'description'));
    }
}
