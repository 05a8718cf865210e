<?php
/**
 * cPanel/WHM: the seed's integration functions end to end — connection and privileges,
 * package list, create with add-ons and a dedicated IP, a create retried after a timeout,
 * single sign-on, suspend/resume, password, package change, usage and traffic accounting
 * across a month boundary, server sync, the admin tab and client area, terminate.
 */

use Illuminate\Database\Capsule\Manager as Capsule;

final class CpanelDemo extends Demo
{
    private const TOKEN = 'DEMOWHMTOKEN00000000000000000042';
    private const MB = 1048576;

    protected function title(): string
    {
        return 'oxide_cpanel against the WHM API 1 simulator (HTTPS, pinned self-signed certificate)';
    }

    protected function steps(): void
    {
        $sim = new SimProcess('cpanel');
        $sim->control('POST', '/state', [
            'tokens' => [['user' => 'root', 'name' => 'whmcs', 'token' => self::TOKEN, 'acls' => ['all']]],
            'current_month' => '2026-05',
        ]);
        echo "  simulator at {$sim->url}, certificate SHA-256 {$sim->sha256}\n";
        $h = $this->host;
        $server = $h->createServer([
            'type' => 'oxide_cpanel', 'name' => 'whm-demo', 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
            'username' => 'root', 'accesshash' => self::TOKEN . "\npin={$sim->sha256}", 'secure' => true, 'port' => $sim->port,
        ]);
        $group = $h->createServerGroup('cPanel', [$server]);
        $defs = array_keys(oxide_cpanel_ConfigOptions([]));
        $opt = static fn (string $name) => 'configoption' . (array_search($name, $defs, true) + 1);

        $r = $h->callServer($server, 'TestConnection');
        $this->result('TestConnection', $r);
        echo "    cPanel version reported: ", $r['version'] ?? '?', ", token may run every function the module uses\n";
        $pid0 = $h->createProduct(['servertype' => 'oxide_cpanel', 'servergroup' => $group]);
        $pkgs = $h->call('oxide_cpanel', 'LoadPackages', $h->configOptionsParams($pid0));
        $this->step('LoadPackages (listpkgs)', is_array($pkgs) && isset($pkgs['basic']), implode(', ', array_keys((array) $pkgs)));

        $product = $h->createProduct([
            'servertype' => 'oxide_cpanel', 'servergroup' => $group, 'name' => 'Web Basic',
            $opt('WHM package') => 'basic', $opt('Dedicated IP') => 'on', $opt('Username rule') => '{domain}',
        ]);
        $h->addConfigurableOption($product, 'Disk Space', 1, ['2 GB|2 GB', '5 GB|5 GB']);
        $h->addConfigurableOption($product, 'Bandwidth', 4);
        $h->addConfigurableOption($product, 'Email Accounts', 4);
        $client = $h->createClient(['firstname' => 'Grace', 'lastname' => 'Hopper', 'email' => 'grace@example.com']);
        $service = $h->createService(['userid' => $client, 'packageid' => $product, 'server' => $server,
            'domain' => 'www.Hopper-Labs.example', 'username' => '', 'password' => '']);
        $h->setServiceConfigOption($service, 'Disk Space', '5 GB');
        $h->setServiceConfigOption($service, 'Bandwidth', 20480);
        $h->setServiceConfigOption($service, 'Email Accounts', 40);

        $this->result('CreateAccount', $h->callService($service, 'CreateAccount'));
        $svc = $h->service($service);
        $acct = $sim->control('GET', '/state')['accounts'][$svc['username']] ?? null;
        $this->step('account on the server', $acct !== null,
            "user {$svc['username']}, domain {$svc['domain']}, package " . ($acct['plan'] ?? '?') . ", dedicated IP {$svc['dedicatedip']}");
        $this->step('add-ons in WHM units', ($acct['quota_mb'] ?? 0) === 5120 && ($acct['bwlimit_bytes'] ?? 0) === 20480 * self::MB,
            "quota {$acct['quota_mb']} MB, bandwidth limit {$acct['bwlimit_bytes']} bytes, email accounts {$acct['maxpop']}");
        $this->step('password stored encrypted', str_starts_with((string) $svc['password'], 'oxenc1:'), 'generated 16 characters, tblhosting.password is not clear text');

        // A second order on a slow server: the first attempt times out while WHM finishes.
        $slow = $h->createServer([
            'type' => 'oxide_cpanel', 'name' => 'whm-slow', 'hostname' => '127.0.0.1', 'username' => 'root',
            'accesshash' => self::TOKEN . "\npin={$sim->sha256}\ntimeout=1", 'secure' => true, 'port' => $sim->port,
        ]);
        $second = $h->createService(['userid' => $client, 'packageid' => $product, 'server' => $slow,
            'domain' => 'slow-order.example', 'username' => '', 'password' => '']);
        $sim->control('POST', '/state', ['createacct_delay_ms' => 2000]);
        $first = $h->callService($second, 'CreateAccount');
        $this->step('CreateAccount on a slow server', str_contains((string) $first, 'no answer'), (string) $first);
        usleep(2300000);
        $sim->control('POST', '/state', ['createacct_delay_ms' => 0]);
        $this->result('CreateAccount retried', $h->callService($second, 'CreateAccount'));
        $names = array_keys($sim->control('GET', '/state')['accounts']);
        $this->step('one account for the retried order', count($names) === 2, implode(', ', $names));

        $sso = $h->callService($service, 'ServiceSingleSignOn');
        $url = (string) ($sso['redirectTo'] ?? '');
        $this->step('ServiceSingleSignOn (cpaneld)', !empty($sso['success']), preg_replace('/session=.*/', 'session=…', $url));
        $admin = $h->call('oxide_cpanel', 'AdminSingleSignOn', $h->serverParams($server));
        $this->step('AdminSingleSignOn (whostmgrd)', !empty($admin['success']), 'login URL returned to WHMCS only');

        $this->result('SuspendAccount', $h->callService($service, 'SuspendAccount', ['suspendreason' => 'Overdue on Invoice #1001']));
        $reason = $sim->control('GET', '/state')['accounts'][$svc['username']]['suspendreason'] ?? '';
        echo "    WHM suspension reason: $reason\n";
        $this->result('SuspendAccount again (no-op)', $h->callService($service, 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->result('UnsuspendAccount', $h->callService($service, 'UnsuspendAccount'));
        $h->updateService($service, ['password' => 'N3w-Passw0rd-Demo']);
        $this->result('ChangePassword', $h->callService($service, 'ChangePassword'));
        Capsule::table('tblproducts')->where('id', $product)->update([$opt('WHM package') => 'pro']);
        $this->result('ChangePackage (+ add-ons again)', $h->callService($service, 'ChangePackage'));
        $acct = $sim->control('GET', '/state')['accounts'][$svc['username']];
        echo "    now on {$acct['plan']}, quota {$acct['quota_mb']} MB (add-on kept), databases {$acct['maxsql']} (from pro)\n";

        $user = $svc['username'];
        $sim->control('POST', '/state', ['accounts' => [$user => ['disk_used_mb' => 740]], 'bandwidth' => [$user => ['2026-05' => 900 * self::MB]]]);
        $this->result('UsageUpdate (May)', $h->callServer($server, 'UsageUpdate'));
        $sim->control('POST', '/state', ['bandwidth' => [$user => ['2026-05' => 1000 * self::MB, '2026-06' => 50 * self::MB]], 'current_month' => '2026-06']);
        $this->result('UsageUpdate (first run of June)', $h->callServer($server, 'UsageUpdate'));
        $row = $h->service($service);
        echo "    tblhosting: disk {$row['diskusage']}/{$row['disklimit']} MB, bandwidth {$row['bwusage']}/{$row['bwlimit']} MB\n";
        $traffic = Capsule::table('mod_oxide_cpanel_traffic')->where('serviceid', $service)->orderBy('period')->get();
        $total = 0;
        foreach ($traffic as $t) {
            $total += (int) $t->recorded_bytes;
            printf("    traffic %s: panel %d MB, recorded %d MB, booked last run %d MB\n", $t->period,
                $t->panel_bytes / self::MB, $t->recorded_bytes / self::MB, $t->last_delta_bytes / self::MB);
        }
        $this->step('each byte recorded once', $total === 1050 * self::MB, ($total / self::MB) . ' MB over May and June');

        $list = $h->callServer($server, 'ListAccounts');
        $this->step('ListAccounts', !empty($list['success']), count($list['accounts'] ?? []) . ' account(s)');
        $tab = $h->call('oxide_cpanel', 'AdminServicesTabFields', $h->params($service));
        $this->step('AdminServicesTabFields', is_array($tab) && !isset($tab['Error']), strip_tags(implode(' | ', array_slice($tab, 0, 4))));
        $ca = $h->call('oxide_cpanel', 'ClientArea', $h->params($service));
        $this->step('ClientArea', isset($ca['templateVariables']['ssoUrl']), 'usage, package and the login button');

        $this->result('TerminateAccount', $h->callService($service, 'TerminateAccount'));
        $this->result('TerminateAccount again (no-op)', $h->callService($service, 'TerminateAccount'));
        $this->step('dedicated IP released', $h->service($service)['dedicatedip'] === '', 'tblhosting.dedicatedip cleared, the address is free on the server');

        $calls = array_count_values(array_map(static fn ($r) => $r['route'], $sim->control('GET', '/requests')));
        echo "  WHM calls: ", implode(', ', array_map(static fn ($k, $v) => $k . ' ×' . $v, array_keys($calls), $calls)), "\n";
        $this->moduleLogSummary('oxide_cpanel');
        $log = json_encode($h->moduleLog(), JSON_UNESCAPED_SLASHES) . json_encode($h->activityLog(), JSON_UNESCAPED_SLASHES);
        $this->step('no secret in any log', !str_contains($log, self::TOKEN) && !str_contains($log, 'N3w-Passw0rd-Demo')
            && $url !== '' && !str_contains($log, $url));
        $sim->stop();
    }
}
