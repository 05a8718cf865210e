<?php
/**
 * HestiaCP fixtures: a panel with an admin access key, a WHMCS server record pinned to the
 * panel's certificate, a product and a client.
 *
 * Two targets, one suite: the simulator (default), or with OXIDE_HESTIA_TARGET=real the real
 * HestiaCP of tests/real-hestia (its own generated key), seen through the simulator's control
 * API by RealHestiaPanel. Tests that need what only a simulator can do carry
 * `@group simulator-only` and are left out of the real run.
 */

require_once __DIR__ . '/ModuleTestCase.php';

abstract class HestiaTestCase extends ModuleTestCase
{
    protected const MODULE = 'oxide_hestiacp';
    protected const KEY_ID = 'WHMCSOXIDEKEY0000001';
    // The richest secret HestiaCP accepts: [[:alnum:]_.+/^~=%|-]{40} (no ", \\, &, < or non-ASCII).
    protected const KEY_SECRET = 'whmcs+Oxide/Secret=%_.^~|-00000000000042';

    /** @var SimProcess|RealHestiaPanel */
    protected $panel;
    protected int $serverId;
    protected int $clientId;
    /** The admin access key the server record holds. */
    protected string $keyId = self::KEY_ID;
    protected string $keySecret = self::KEY_SECRET;

    /** Whether this run targets the real HestiaCP. */
    protected static function realPanel(): bool
    {
        return RealHestiaPanel::wanted();
    }

    protected function setUp(): void
    {
        parent::setUp();
        if (static::realPanel()) {
            $this->panel = RealHestiaPanel::shared();
            $this->panel->reset();
            [$this->keyId, $this->keySecret] = [$this->panel->keyId, $this->panel->keySecret];
        } else {
            $this->panel = $this->sim('hestia');
            $this->seedSimulator();
        }
        $this->secret($this->keySecret);
        $this->serverId = $this->hestiaServer();
        $this->clientId = $this->host->createClient([
            'firstname' => 'Ada', 'lastname' => 'Lovelace', 'email' => 'ada@example.com',
        ]);
    }

    /** The simulator's admin access key (after a reset). */
    protected function seedSimulator(): void
    {
        $this->panel->control('POST', '/state', ['access_keys' => [[
            'access_key_id' => self::KEY_ID, 'secret_key' => self::KEY_SECRET,
            'user' => 'admin', 'permissions' => [],
        ]]]);
    }

    /**
     * On the real panel, after every test: what the module left in the panel's /tmp. HestiaCP's
     * API cannot delete those files (see src/modules/hestiacp/tmp_file.rs), so the module keeps
     * one keyed name per package and per edited file, and empties the file manager's.
     */
    protected function tearDown(): void
    {
        if ($this->panel instanceof RealHestiaPanel) {
            foreach (array_keys($this->state()['tmp_files']) as $path) {
                $this->assertMatchesRegularExpression('#^/tmp/whmcs-oxide-(pkg|fm)-[0-9a-f]{24}$#', $path, "a file in the panel's /tmp");
                if (strncmp($path, '/tmp/whmcs-oxide-fm-', 20) === 0) {
                    $this->assertSame("\n", $this->panel->hestia->shell('cat ' . escapeshellarg($path)), 'file manager contents do not stay in /tmp');
                }
            }
        }
        parent::tearDown();
    }

    /** A server record for the simulator; `$accessHash` null = the admin key with the right pin. */
    protected function hestiaServer(?string $accessHash = null, array $extra = []): int
    {
        $hash = $accessHash ?? ($this->keyId . ':' . $this->keySecret . "\npin=" . $this->panel->sha256);
        return $this->host->createServer($extra + [
            'type' => self::MODULE, 'name' => 'Hestia 1', 'hostname' => '127.0.0.1',
            'ipaddress' => '127.0.0.1', 'username' => 'admin', 'password' => '',
            'accesshash' => $hash, 'secure' => true, 'port' => $this->panel->port,
        ]);
    }

    /** Whether the panel user's password is `$password` (the simulator keeps it; HestiaCP checks it). */
    protected function assertPanelPassword(string $user, string $password, string $message = ''): void
    {
        $ok = $this->panel instanceof RealHestiaPanel
            ? $this->panel->checkPassword($user, $password)
            : ($this->state()['users'][$user]['password'] ?? null) === $password;
        $this->assertTrue($ok, $message ?: "the panel user $user has the password expected");
    }

    protected function state(): array
    {
        return $this->panel->control('GET', '/state');
    }

    /** The simulator's request log as `cmd` names. */
    protected function commands(): array
    {
        return array_map(static fn ($r) => $r['route'], $this->panel->control('GET', '/requests'));
    }
}
