<?php
/**
 * FileManagerFixture (global namespace): a HestiaCP server record for a running panel (the
 * simulator, or the real HestiaCP through RealHestiaPanel),
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
    public const KEY_SECRET = 'whmcs+Oxide/Secret=%_.^~|-00000000000042';
    public const PASSWORD = "Client\"Pa\\ss/&+%=<é-42";

    /** @var array<string, int> client name → client id */
    public array $clients = [];
    /** @var array<string, int> service name → service id */
    public array $services = [];
    /** @var array<string, string> service name → panel user */
    public array $users = [];
    /** @var array<string, string> client name → email */
    public array $emails = [];

    /** The admin key the server record holds: the real panel's own, or this fixture's on a simulator. */
    public string $keySecret = self::KEY_SECRET;

    /** @param SimProcess|RealHestiaPanel $panel */
    public function __construct(WhmcsHost $host, $panel)
    {
        $users = [
            'fmada' => ['password' => 'Panel-Pass-1'],
            'fmadaold' => ['password' => 'Panel-Pass-2'],
            'fmbob' => ['password' => 'Panel-Pass-3'],
        ];
        if ($panel instanceof RealHestiaPanel) {
            [$keyId, $this->keySecret] = [$panel->keyId, $panel->keySecret];
            $panel->control('POST', '/state', ['users' => $users]);
        } else {
            $keyId = self::KEY_ID;
            $panel->control('POST', '/state', ['users' => $users, 'access_keys' => [[
                'access_key_id' => self::KEY_ID, 'secret_key' => self::KEY_SECRET,
                'user' => 'admin', 'permissions' => [],
            ]]]);
        }
        $server = $host->createServer([
            'type' => 'oxide_hestiacp', 'name' => 'Hestia FM', 'hostname' => '127.0.0.1',
            'ipaddress' => '127.0.0.1', 'username' => 'admin', 'password' => '',
            'accesshash' => $keyId . ':' . $this->keySecret . "\npin=" . $panel->sha256,
            'secure' => true, 'port' => $panel->port,
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
