<?php
/**
 * FileManagerFixture (global namespace): a HestiaCP server record for a running simulator,
 * two clients with passwords, and their services, each with a panel user — what the file
 * manager's PHPUnit and browser tests log in to.
 *
 *   $f = new FileManagerFixture($host, $sim);
 *   $f->services['ada'], $f->services['ada_suspended'], $f->services['bob'];  // ids
 *   $f->users['ada'];  // the panel user of ada's active service
 */
final class FileManagerFixture
{
    public const KEY_ID = 'WHMCSOXIDEKEY0000001';
    public const KEY_SECRET = 'whmcsOxideSecret000000000000000000000042';
    public const PASSWORD = 'Client-Pass-42';

    /** @var array<string, int> client name → client id */
    public array $clients = [];
    /** @var array<string, int> service name → service id */
    public array $services = [];
    /** @var array<string, string> service name → panel user */
    public array $users = [];
    /** @var array<string, string> client name → email */
    public array $emails = [];

    public function __construct(WhmcsHost $host, SimProcess $sim)
    {
        $sim->control('POST', '/state', [
            'access_keys' => [[
                'access_key_id' => self::KEY_ID, 'secret_key' => self::KEY_SECRET,
                'user' => 'admin', 'permissions' => [],
            ]],
            'users' => [
                'fmada' => ['password' => 'Panel-Pass-1'],
                'fmadaold' => ['password' => 'Panel-Pass-2'],
                'fmbob' => ['password' => 'Panel-Pass-3'],
            ],
        ]);
        $server = $host->createServer([
            'type' => 'oxide_hestiacp', 'name' => 'Hestia FM', 'hostname' => '127.0.0.1',
            'ipaddress' => '127.0.0.1', 'username' => 'admin', 'password' => '',
            'accesshash' => self::KEY_ID . ':' . self::KEY_SECRET . "\npin=" . $sim->sha256,
            'secure' => true, 'port' => $sim->port,
        ]);
        $group = $host->createServerGroup('hestia-fm', [$server]);
        $pid = $host->createProduct([
            'name' => 'Hosting', 'servertype' => 'oxide_hestiacp', 'servergroup' => $group,
            'type' => 'hostingaccount',
        ]);
        foreach (['ada' => 'Ada', 'bob' => 'Bob'] as $key => $first) {
            $this->emails[$key] = "$key@example.com";
            $this->clients[$key] = $host->createClient([
                'firstname' => $first, 'lastname' => 'Tester', 'email' => $this->emails[$key],
                'password' => self::PASSWORD,
            ]);
        }
        foreach ([
            'ada' => ['ada', 'fmada', 'Active', 'ada.example'],
            'ada_suspended' => ['ada', 'fmadaold', 'Suspended', 'old.example'],
            'bob' => ['bob', 'fmbob', 'Active', 'bob.example'],
        ] as $name => [$client, $user, $status, $domain]) {
            $this->users[$name] = $user;
            $this->services[$name] = $host->createService([
                'packageid' => $pid, 'userid' => $this->clients[$client], 'server' => $server,
                'domain' => $domain, 'username' => $user, 'password' => 'Panel-Pass-1',
                'domainstatus' => $status,
            ]);
        }
    }
}
