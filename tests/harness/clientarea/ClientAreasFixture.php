<?php
/**
 * ClientAreasFixture (global namespace): one client with an Active service of each module, each
 * created on its own simulator with some usage, for the client-area browser tests
 * (tests/browser/clientareas.test.mjs via serve-clientareas.php).
 *
 *   $f = new ClientAreasFixture($host);
 *   $f->services['oxide_cpanel'];   // service id; also oxide_hestiacp, oxide_vpncp, oxide_storegrid
 *   $f->created['oxide_vpncp'];     // "success" or why CreateAccount failed
 *   $f->userData;                   // values the pages show that come from the panel or the client
 */
final class ClientAreasFixture
{
    public const EMAIL = 'ada@example.com';
    public const PASSWORD = 'Client-Pass-42';
    private const WHM_TOKEN = 'WHMCSOXIDETOKEN00000000000000042';
    private const HESTIA_KEY = 'WHMCSOXIDEKEY0000001';
    private const HESTIA_SECRET = 'whmcsOxideSecret000000000000000000000042';
    private const VPN_TOKEN = 'sim-vpncp-token-00000000000000000000000000000001';
    private const SG_ADMIN = 'whmcs';
    private const SG_PASSWORD = 'browserBackupAdminSecret42';
    private const MB = 1048576;

    public int $client;
    /** @var array<string, int> module → service id */
    public array $services = [];
    /** @var array<string, string> module → CreateAccount's answer */
    public array $created = [];
    /** @var string[] user data and panel values shown on the pages (not from a language file) */
    public array $userData = [];
    /** @var SimProcess[] */
    public array $sims = [];

    public function __construct(WhmcsHost $host)
    {
        $this->client = $host->createClient(['firstname' => 'Ada', 'lastname' => 'Lovelace',
            'email' => self::EMAIL, 'password' => self::PASSWORD]);
        $this->cpanel($host);
        $this->hestia($host);
        $this->vpncp($host);
        $this->storegrid($host);
        foreach ($this->services as $id) {
            $s = $host->service($id);
            array_push($this->userData, (string) $s['domain'], (string) $s['username'], (string) $s['dedicatedip']);
        }
        $this->userData = array_values(array_unique(array_filter($this->userData, static fn ($v) => $v !== '')));
    }

    private static function option(string $module, string $name): string
    {
        $defs = array_keys(("{$module}_ConfigOptions")([]));
        return 'configoption' . (array_search($name, $defs, true) + 1);
    }

    private function cpanel(WhmcsHost $h): void
    {
        $sim = $this->sims['cpanel'] = new SimProcess('cpanel');
        $sim->control('POST', '/state', ['tokens' => [['user' => 'root', 'name' => 'whmcs', 'token' => self::WHM_TOKEN, 'acls' => ['all']]]]);
        $server = $h->createServer(['type' => 'oxide_cpanel', 'name' => 'whm', 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
            'username' => 'root', 'accesshash' => self::WHM_TOKEN . "\npin={$sim->sha256}", 'secure' => true, 'port' => $sim->port]);
        $pid = $h->createProduct(['servertype' => 'oxide_cpanel', 'servergroup' => $h->createServerGroup('cPanel', [$server]),
            'name' => 'Web Basic', self::option('oxide_cpanel', 'WHM package') => 'basic']);
        $id = $this->services['oxide_cpanel'] = $h->createService(['userid' => $this->client, 'packageid' => $pid,
            'server' => $server, 'domain' => 'lovelace-labs.example', 'username' => 'lovelace']);
        $this->created['oxide_cpanel'] = (string) $h->callService($id, 'CreateAccount');
        $month = $sim->control('GET', '/state')['current_month'];
        $sim->control('POST', '/state', ['accounts' => ['lovelace' => ['disk_used_mb' => 700]],
            'bandwidth' => ['lovelace' => [$month => 9400 * self::MB]]]);
        $this->userData[] = 'basic';
    }

    private function hestia(WhmcsHost $h): void
    {
        $sim = $this->sims['hestia'] = new SimProcess('hestia');
        $sim->control('POST', '/state', ['users' => ['webada' => ['password' => 'Panel-Pass-1']], 'access_keys' => [[
            'access_key_id' => self::HESTIA_KEY, 'secret_key' => self::HESTIA_SECRET, 'user' => 'admin', 'permissions' => []]]]);
        $server = $h->createServer(['type' => 'oxide_hestiacp', 'name' => 'hestia', 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
            'username' => 'admin', 'accesshash' => self::HESTIA_KEY . ':' . self::HESTIA_SECRET . "\npin={$sim->sha256}",
            'secure' => true, 'port' => $sim->port]);
        $pid = $h->createProduct(['servertype' => 'oxide_hestiacp', 'servergroup' => $h->createServerGroup('Hestia', [$server]),
            'name' => 'Web Starter', 'type' => 'hostingaccount']);
        $this->services['oxide_hestiacp'] = $h->createService(['userid' => $this->client, 'packageid' => $pid, 'server' => $server,
            'domain' => 'ada-web.example', 'username' => 'webada', 'password' => 'Panel-Pass-1', 'domainstatus' => 'Active']);
        $this->created['oxide_hestiacp'] = 'success';
        $this->userData[] = 'default'; // the simulator's package of a user made without one
    }

    private function vpncp(WhmcsHost $h): void
    {
        $sim = $this->sims['vpncp'] = new SimProcess('vpncp', ['--plain']);
        $network = 'eu1';
        $sim->control('POST', '/state', ['networks' => [$network => ['subnet' => '10.18.0.0/29']]]);
        $server = $h->createServer(['type' => 'oxide_vpncp', 'name' => 'vpn1', 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
            'password' => self::VPN_TOKEN, 'secure' => false, 'port' => $sim->port]);
        $settings = ['version' => 1, 'download_mbps' => 100, 'upload_mbps' => 50,
            'client_name_rule' => 'vpn-{client_id}-{service_id}', 'instruction_url' => 'https://example.com/vpn-howto',
            'networks' => [['server_id' => $server, 'network' => $network]]];
        $pid = $h->createProduct(['type' => 'other', 'servertype' => 'oxide_vpncp', 'servergroup' => $h->createServerGroup('VPN', [$server]),
            'name' => 'VPN 100 Mbit/s', 'configoption24' => json_encode($settings)]);
        $id = $this->services['oxide_vpncp'] = $h->createService(['userid' => $this->client, 'packageid' => $pid, 'server' => $server]);
        $this->created['oxide_vpncp'] = (string) $h->callService($id, 'CreateAccount');
        $this->userData[] = $network;
    }

    private function storegrid(WhmcsHost $h): void
    {
        $sim = $this->sims['storegrid'] = new SimProcess('storegrid');
        $sim->control('POST', '/state', ['users' => [['name' => self::SG_ADMIN, 'password' => self::SG_PASSWORD, 'role' => 'admin']]]);
        $server = $h->createServer(['type' => 'oxide_storegrid', 'name' => 'backup', 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
            'username' => self::SG_ADMIN, 'password' => self::SG_PASSWORD, 'accesshash' => "pin={$sim->sha256}",
            'secure' => true, 'port' => $sim->port]);
        $group = $h->createServerGroup('Backup', [$server]);
        $opt = static fn (string $n) => self::option('oxide_storegrid', $n);
        $base = [$opt('Activation Status') => 'on', $opt('Auto Authorization') => 'on', $opt('Is Auto MCAL') => 'on',
            $opt('Bandwidth Throttling') => 'Global Configuration'];
        $resellerPlan = $h->createProduct(['servertype' => 'oxide_storegrid', 'servergroup' => $group, 'type' => 'reselleraccount',
            'name' => 'Backup Reseller', $opt('Action') => 'Signup Reseller', $opt('Storage Allotted') => '2 TB'] + $base);
        $owner = $h->createClient(['firstname' => 'Acme', 'lastname' => 'Hosting', 'email' => 'ops@acme-hosting.example']);
        $reseller = $h->createService(['userid' => $owner, 'packageid' => $resellerPlan, 'server' => $server,
            'domain' => 'acme-hosting.example', 'username' => 'acmehost', 'password' => 'Acme-Reseller-Pass1']);
        $h->callService($reseller, 'CreateAccount');
        $plan = $h->createProduct(['servertype' => 'oxide_storegrid', 'servergroup' => $group, 'type' => 'other',
            'name' => 'Backup 100 GB', $opt('Action') => 'Signup Customer', $opt('Reseller Name') => 'acmehost',
            $opt('Storage Allotted') => '100 GB'] + $base);
        $id = $this->services['oxide_storegrid'] = $h->createService(['userid' => $this->client, 'packageid' => $plan, 'server' => $server]);
        $this->created['oxide_storegrid'] = (string) $h->callService($id, 'CreateAccount');
        $this->userData[] = 'acmehost';
    }

    public function stop(): void
    {
        foreach ($this->sims as $sim) {
            $sim->stop();
        }
    }
}
