<?php
/** HestiaCP: custom package deployment, create with domain and certificate, and the rest. */

final class HestiaDemo extends Demo
{
    private const KEY = 'DEMOACCESSKEY0000001';
    private const SECRET = 'demoSecretDemoSecretDemoSecretDemoSecr42';

    protected function title(): string
    {
        return 'oxide_hestiacp against the HestiaCP simulator (HTTPS, pinned self-signed certificate)';
    }

    protected function steps(): void
    {
        $sim = new SimProcess('hestia');
        $sim->control('POST', '/state', [
            'access_keys' => [['access_key_id' => self::KEY, 'secret_key' => self::SECRET, 'user' => 'admin', 'permissions' => []]],
            'letsencrypt' => ['delay_ms' => 300, 'fail_exit' => null],
        ]);
        echo "  simulator at {$sim->url}, certificate SHA-256 {$sim->sha256}\n";
        $h = $this->host;
        $server = $h->createServer([
            'type' => 'oxide_hestiacp', 'name' => 'hestia-demo', 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
            'accesshash' => self::KEY . ':' . self::SECRET . "\npin={$sim->sha256}", 'secure' => true, 'port' => $sim->port,
        ]);
        $group = $h->createServerGroup('Hestia', [$server]);
        $defs = array_keys(oxide_hestiacp_ConfigOptions([]));
        $opt = static fn (string $name) => 'configoption' . (array_search($name, $defs, true) + 1);
        $product = $h->createProduct([
            'servertype' => 'oxide_hestiacp', 'servergroup' => $group, 'name' => 'Web Starter',
            $opt('Use the package parameters') => 'on', $opt('Package name to deploy') => 'starter',
            $opt('Disk quota (MB)') => '2048', $opt('Web domains') => '3',
            $opt('After creation') => 'domain, letsencrypt', $opt('Username rule') => '{domain}',
        ]);
        $client = $h->createClient(['firstname' => 'Grace', 'lastname' => 'Hopper', 'email' => 'grace@example.com']);
        $service = $h->createService(['userid' => $client, 'packageid' => $product, 'server' => $server,
            'domain' => 'www.Hopper-Labs.example', 'username' => '', 'password' => '']);

        $r = $h->callServer($server, 'TestConnection');
        $this->result('TestConnection', $r);
        echo "    HestiaCP version reported: ", $r['version'] ?? '?', "\n";

        $this->result('CreateAccount', $h->callService($service, 'CreateAccount'));
        $svc = $h->service($service);
        $state = $sim->control('GET', '/state');
        $user = $state['users'][$svc['username']] ?? null;
        $this->step('account on the panel', $user !== null,
            "user {$svc['username']} on package " . ($user['PACKAGE'] ?? '?') . ", domain {$svc['domain']}");
        $certs = array_map(static fn ($c) => "{$c['domain']} ({$c['kind']})", $user['certificates'] ?? []);
        $this->step("Let's Encrypt certificate", $certs !== [], implode(', ', $certs));
        $this->step('password stored encrypted', str_starts_with((string) $svc['password'], 'oxenc1:'), 'tblhosting.password is not clear text');

        $this->result('SuspendAccount', $h->callService($service, 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->result('SuspendAccount again (no-op)', $h->callService($service, 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->result('UnsuspendAccount', $h->callService($service, 'UnsuspendAccount'));
        $h->updateService($service, ['password' => 'N3wPassw0rdDemo']);
        $this->result('ChangePassword', $h->callService($service, 'ChangePassword'));
        $h->setModuleDebug(true);
        $this->result('ChangePackage', $h->callService($service, 'ChangePackage'));

        $sim->control('POST', '/state', ['users' => [$svc['username'] => ['U_DISK' => '512', 'U_BANDWIDTH' => '2048']]]);
        $this->result('UsageUpdate', $h->callServer($server, 'UsageUpdate'));
        $row = $h->service($service);
        echo "    tblhosting: disk {$row['diskusage']}/{$row['disklimit']} MB, bandwidth {$row['bwusage']}/{$row['bwlimit']} MB\n";

        $list = $h->callServer($server, 'ListAccounts');
        $this->step('ListAccounts', !empty($list['success']), count($list['accounts'] ?? []) . ' account(s)');
        $tab = $h->call('oxide_hestiacp', 'AdminServicesTabFields', $h->params($service));
        $this->step('AdminServicesTabFields', is_array($tab) && !isset($tab['Error']), strip_tags(implode(' | ', $tab)));

        $this->result('TerminateAccount', $h->callService($service, 'TerminateAccount'));
        $this->result('TerminateAccount again (no-op)', $h->callService($service, 'TerminateAccount'));

        $cmds = array_count_values(array_map(static fn ($r) => $r['route'], $sim->control('GET', '/requests')));
        echo "  panel requests: ", implode(', ', array_map(static fn ($k, $v) => $k . ' ×' . $v, array_keys($cmds), $cmds)), "\n";
        $stats = $sim->control('GET', '/stats');
        echo "  TLS connections opened: {$stats['connections_accepted']} for {$stats['requests']} requests (kept alive)\n";
        $this->moduleLogSummary('oxide_hestiacp');
        $log = json_encode($h->moduleLog()) . json_encode($h->activityLog());
        $this->step('no secret in any log', !str_contains($log, self::SECRET) && !str_contains($log, 'N3wPassw0rdDemo'));
        $sim->stop();
    }
}
