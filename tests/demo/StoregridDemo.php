<?php
/**
 * Backup server (StoreGrid): reseller and customer signup with every setting, pass key into
 * the welcome-mail field, activation, package change, usage, and the action hooks.
 */

final class StoregridDemo extends Demo
{
    private const ADMIN = 'whmcs';
    private const PASSWORD = 'demoBackupAdminSecret42';

    protected function title(): string
    {
        return 'oxide_storegrid against the backup server simulator (HTTPS, pinned self-signed certificate)';
    }

    protected function steps(): void
    {
        $sim = new SimProcess('storegrid');
        $sim->control('POST', '/state', ['users' => [['name' => self::ADMIN, 'password' => self::PASSWORD, 'role' => 'admin']]]);
        echo "  simulator at {$sim->url}, certificate SHA-256 {$sim->sha256}\n";
        $h = $this->host;
        $server = $h->createServer([
            'type' => 'oxide_storegrid', 'name' => 'backup-demo', 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
            'username' => self::ADMIN, 'password' => self::PASSWORD, 'accesshash' => "pin={$sim->sha256}",
            'secure' => true, 'port' => $sim->port,
        ]);
        $group = $h->createServerGroup('Backup', [$server]);
        $defs = array_keys(oxide_storegrid_ConfigOptions([]));
        $opt = static fn (string $name) => 'configoption' . (array_search($name, $defs, true) + 1);
        $base = [$opt('Activation Status') => 'on', $opt('Auto Authorization') => 'on', $opt('Is Auto MCAL') => 'on',
            $opt('Bandwidth Throttling') => 'Global Configuration', $opt('Send Mail') => 'on'];

        $r = $h->callServer($server, 'TestConnection');
        $this->result('TestConnection', $r);
        echo "    backup server version reported: ", $r['version'] ?? '?', "\n";

        // A reseller plan, then a customer plan under that reseller with every setting.
        $resellerPlan = $h->createProduct(['servertype' => 'oxide_storegrid', 'servergroup' => $group, 'type' => 'reselleraccount',
            'name' => 'Backup Reseller', $opt('Action') => 'Signup Reseller', $opt('Storage Allotted') => '2 TB'] + $base);
        $owner = $h->createClient(['firstname' => 'Acme', 'lastname' => 'Hosting', 'email' => 'ops@acme-hosting.example']);
        $reseller = $h->createService(['userid' => $owner, 'packageid' => $resellerPlan, 'server' => $server,
            'domain' => 'acme-hosting.example', 'username' => 'acmehost', 'password' => 'Acme-Reseller-Pass1']);
        $this->result('CreateAccount (reseller)', $h->callService($reseller, 'CreateAccount'));

        $customerPlan = $h->createProduct(['servertype' => 'oxide_storegrid', 'servergroup' => $group, 'type' => 'other',
            'name' => 'Backup 100 GB', $opt('Action') => 'Signup Customer', $opt('Reseller Name') => 'acmehost',
            $opt('Storage Allotted') => '100 GB', $opt('Storage Location') => '/backups/customers',
            $opt('Enable Consolidated Report') => 'on', $opt('Consolidated Report Email') => 'noc@acme-hosting.example',
            $opt('Is Auto MCAL') => '', $opt('Allot MCAL') => '5', $opt('Bandwidth Throttling') => 'New Configuration',
            $opt('Enable Throttle') => 'on', $opt('Throttle Settings') => 'Throttle only at specified time',
            $opt('Throttle From') => '0800', $opt('Throttle Till') => '1800', $opt('Restricted Rate') => '5 MB',
            $opt('Retrieve Customer Pass Key') => 'on'] + $base);
        $h->addClientCustomField('Pass Key');
        $client = $h->createClient(['firstname' => 'Grace', 'lastname' => 'Hopper', 'email' => 'grace@example.com']);
        $service = $h->createService(['userid' => $client, 'packageid' => $customerPlan, 'server' => $server]);

        $bad = $h->createProduct(['servertype' => 'oxide_storegrid', 'type' => 'other', $opt('Reseller Name') => 'acmehost',
            $opt('Bandwidth Throttling') => 'New Configuration', $opt('Enable Throttle') => 'on',
            $opt('Throttle Settings') => 'Throttle only at specified time', $opt('Throttle From') => '2460',
            $opt('Throttle Till') => '1740', $opt('Restricted Rate') => '2048'] + $base);
        $badService = $h->createService(['userid' => $client, 'packageid' => $bad, 'server' => $server]);
        $r = $h->callService($badService, 'CreateAccount');
        $this->step('invalid setting refused', str_contains($r, 'Throttle From'), $r);

        $this->result('CreateAccount (customer)', $h->callService($service, 'CreateAccount'));
        $svc = $h->service($service);
        $account = $sim->control('GET', '/state')['accounts'][$svc['username']] ?? [];
        $t = $account['bandwidth_throttling'] ?? [];
        $this->step('customer on the backup server', $account !== [], sprintf('%s under %s, %d GB, %d MCAL, throttled %s-%s',
            $svc['username'], $account['reseller'] ?? '?', ($account['storage_allotted'] ?? 0) / 1073741824,
            $account['mcal']['allotted'] ?? 0, $t['from'] ?? '?', $t['till'] ?? '?'));
        $key = $h->customFieldValue('Pass Key', $client);
        $this->step('pass key in the client field', $key !== null && $key === ($account['pass_key'] ?? ''),
            'for {$client_custom_fields.0} in the welcome e-mail');

        $this->result('SuspendAccount (deactivate)', $h->callService($service, 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->result('SuspendAccount again (no-op)', $h->callService($service, 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->result('UnsuspendAccount (activate)', $h->callService($service, 'UnsuspendAccount'));
        $h->updateService($service, ['password' => 'N3w-Backup-Pass-Demo']);
        $this->result('ChangePassword', $h->callService($service, 'ChangePassword'));
        $this->result('ChangePackage (re-apply)', $h->callService($service, 'ChangePackage'));

        $sim->control('POST', '/state', ['accounts' => [$svc['username'] => ['storage_used' => 7 * 1073741824]]]);
        $this->result('UsageUpdate', $h->callServer($server, 'UsageUpdate'));
        $row = $h->service($service);
        echo "    tblhosting: disk {$row['diskusage']}/{$row['disklimit']} MB\n";
        $tab = $h->call('oxide_storegrid', 'AdminServicesTabFields', $h->params($service));
        $this->step('AdminServicesTabFields', is_array($tab) && !isset($tab['Error']), strip_tags(implode(' | ', $tab)));

        // Action hooks: a hidden product flagged for ClientAdd and AcceptOrder.
        $h->createProduct(['servertype' => 'oxide_storegrid', 'servergroup' => $group, 'type' => 'other', 'hidden' => 1,
            'name' => 'Free backup for every client', $opt('Action') => 'Signup Customer', $opt('Reseller Name') => 'acmehost',
            $opt('Storage Allotted') => '5 GB', $opt('Action Hooks') => 'ClientAdd,AcceptOrder'] + $base);
        $newClient = $h->createClient(['firstname' => 'Alan', 'lastname' => 'Turing', 'email' => 'alan@example.com']);
        $h->runHook('ClientAdd', ['client_id' => $newClient, 'email' => 'alan@example.com']);
        $h->runHook('AcceptOrder', ['orderid' => $h->createOrder($newClient)]);
        $hooked = array_filter($sim->control('GET', '/state')['accounts'], static fn ($a) => str_starts_with($a['external_ref'], 'whmcs-hook-'));
        $this->step('ClientAdd + AcceptOrder hooks', count($hooked) === 1, 'one account: ' . implode(', ', array_keys($hooked)));
        Illuminate\Database\Capsule\Manager::table('tblservers')->where('id', $server)->update(['port' => 1]);
        $downClient = $h->createClient(['firstname' => 'Ken', 'email' => 'ken@example.com']);
        $h->runHook('ClientAdd', ['client_id' => $downClient]);
        $acts = array_column($h->activityLog(), 'description');
        $this->step('hook with the server down', str_contains(end($acts), 'could not sign up'), 'logged; client created anyway');
        Illuminate\Database\Capsule\Manager::table('tblservers')->where('id', $server)->update(['port' => $sim->port]);

        $this->result('TerminateAccount (deactivate)', $h->callService($service, 'TerminateAccount'));

        $cmds = array_count_values(array_map(static fn ($r) => $r['route'], $sim->control('GET', '/requests')));
        echo "  backup server requests: ", implode(', ', array_map(static fn ($k, $v) => $k . ' ×' . $v, array_keys($cmds), $cmds)), "\n";
        $this->moduleLogSummary('oxide_storegrid');
        $log = json_encode($h->moduleLog()) . json_encode($h->activityLog());
        $this->step('no secret in any log', !str_contains($log, self::PASSWORD) && !str_contains($log, 'N3w-Backup-Pass-Demo')
            && ($key === null || !str_contains($log, $key)));
        $sim->stop();
    }
}
