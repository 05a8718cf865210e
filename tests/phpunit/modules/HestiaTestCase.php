<?php
/**
 * HestiaCP fixtures: a simulator with an admin access key, a WHMCS server record pinned to
 * the simulator's certificate, a product and a client.
 */

require_once __DIR__ . '/ModuleTestCase.php';

abstract class HestiaTestCase extends ModuleTestCase
{
    protected const MODULE = 'oxide_hestiacp';
    protected const KEY_ID = 'WHMCSOXIDEKEY0000001';
    protected const KEY_SECRET = 'whmcsOxideSecret000000000000000000000042';

    protected SimProcess $panel;
    protected int $serverId;
    protected int $clientId;

    protected function setUp(): void
    {
        parent::setUp();
        $this->panel = $this->sim('hestia');
        $this->panel->control('POST', '/state', ['access_keys' => [[
            'access_key_id' => self::KEY_ID, 'secret_key' => self::KEY_SECRET,
            'user' => 'admin', 'permissions' => [],
        ]]]);
        $this->secret(self::KEY_SECRET);
        $this->serverId = $this->hestiaServer();
        $this->clientId = $this->host->createClient([
            'firstname' => 'Ada', 'lastname' => 'Lovelace', 'email' => 'ada@example.com',
        ]);
    }

    /** A server record for the simulator; `$accessHash` null = the admin key with the right pin. */
    protected function hestiaServer(?string $accessHash = null, array $extra = []): int
    {
        $hash = $accessHash ?? (self::KEY_ID . ':' . self::KEY_SECRET . "\npin=" . $this->panel->sha256);
        return $this->host->createServer($extra + [
            'type' => self::MODULE, 'name' => 'Hestia 1', 'hostname' => '127.0.0.1',
            'ipaddress' => '127.0.0.1', 'username' => 'admin', 'password' => '',
            'accesshash' => $hash, 'secure' => true, 'port' => $this->panel->port,
        ]);
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
