<?php
/**
 * Backup server (oxide_storegrid) fixtures: the storegrid simulator (HTTPS, self-signed) with a
 * web-console admin of our own, a WHMCS server record pinned to its certificate, a server
 * group, a reseller on the backup server and a client.
 */

require_once __DIR__ . '/ModuleTestCase.php';

abstract class StoregridTestCase extends ModuleTestCase
{
    protected const MODULE = 'oxide_storegrid';
    protected const ADMIN = 'whmcs-admin';
    protected const ADMIN_PASSWORD = "Backup\"Adm\\in/&+%=<ü-42";
    protected const GB = 1073741824;

    protected SimProcess $panel;
    protected int $serverId;
    protected int $groupId;
    protected int $clientId;

    protected function setUp(): void
    {
        parent::setUp();
        $this->panel = $this->sim('storegrid');
        $this->seedSimulator();
        $this->secret(self::ADMIN_PASSWORD);
        $this->serverId = $this->backupServer();
        $this->groupId = $this->host->createServerGroup('Backup', [$this->serverId]);
        $this->clientId = $this->host->createClient([
            'firstname' => 'Ada', 'lastname' => 'Lovelace', 'companyname' => 'Analytical Engines',
            'email' => 'ada@example.com', 'phonenumber' => '+44.2071234567',
        ]);
        $this->panel->control('DELETE', '/requests');
    }

    /** Our web-console admin and the reseller acme (after a reset). */
    protected function seedSimulator(): void
    {
        $this->panel->control('POST', '/state', [
            'users' => [['name' => self::ADMIN, 'password' => self::ADMIN_PASSWORD, 'role' => 'admin']],
            'accounts' => ['acme' => ['type' => 'reseller', 'email' => 'ops@acme.example', 'password' => 'AcmePass123']],
        ]);
    }

    /** A server record for the simulator: HTTPS, pinned, our admin (override any field). */
    protected function backupServer(array $extra = []): int
    {
        return $this->host->createServer($extra + [
            'type' => self::MODULE, 'name' => 'Backup 1', 'hostname' => '127.0.0.1',
            'ipaddress' => '127.0.0.1', 'username' => self::ADMIN, 'password' => self::ADMIN_PASSWORD,
            'accesshash' => 'pin=' . $this->panel->sha256, 'secure' => true, 'port' => $this->panel->port,
        ]);
    }

    /**
     * Every seed setting, as an admin who saved the Module Settings tab would have them (a
     * customer under reseller acme, global throttling); `$overrides` by setting name.
     */
    protected function settings(array $overrides = []): array
    {
        return $this->configOptions(self::MODULE, $overrides + [
            'Action' => 'Signup Customer',
            'Reseller Name' => 'acme',
            'Activation Status' => 'on',
            'Auto Authorization' => 'on',
            'Storage Allotted' => (string) (10 * self::GB),
            'Storage Location' => '',
            'Enable Consolidated Report' => '',
            'Consolidated Report Email' => '',
            'Is Auto MCAL' => 'on',
            'Allot MCAL' => '',
            'Bandwidth Throttling' => 'Global Configuration',
            'Enable Throttle' => '',
            'Throttle Settings' => 'Always Throttle',
            'Throttle From' => '',
            'Throttle Till' => '',
            'Restricted Rate' => '',
            'Send Mail' => '',
            'Retrieve Customer Pass Key' => '',
            'Pass Key Field' => 'Pass Key',
            'Account Name Rule' => '',
            'Action Hooks' => 'none',
        ]);
    }

    protected function product(array $overrides = [], array $fields = []): int
    {
        return $this->host->createProduct($fields + [
            'servertype' => self::MODULE, 'servergroup' => $this->groupId, 'type' => 'other', 'name' => 'Backup 100',
        ] + $this->settings($overrides));
    }

    /** A pending service of `$pid` for the test client on our server. */
    protected function newService(int $pid, array $fields = []): int
    {
        return $this->host->createService($fields + [
            'packageid' => $pid, 'userid' => $this->clientId, 'server' => $this->serverId,
            'domain' => '', 'username' => '', 'password' => '',
        ]);
    }

    protected function state(): array
    {
        return $this->panel->control('GET', '/state');
    }

    /** An account as the simulator keeps it (password and pass key included), or null. */
    protected function account(string $name): ?array
    {
        return $this->state()['accounts'][strtolower($name)] ?? null;
    }

    /** The simulator's request log as action names. */
    protected function actions(): array
    {
        return array_map(static fn ($r) => $r['route'], $this->panel->control('GET', '/requests'));
    }

    protected function accountCount(): int
    {
        return count($this->state()['accounts']);
    }
}
