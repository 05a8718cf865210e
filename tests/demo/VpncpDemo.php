<?php
/**
 * puqVPNcp: a group of three simulated VPN servers, the product page's parallel discovery,
 * deploy selection across the group, caps with rollback, the lifecycle and usage billing.
 */

final class VpncpDemo extends Demo
{
    private const TOKEN = 'sim-vpncp-token-00000000000000000000000000000001';

    protected function title(): string
    {
        return 'oxide_vpncp against three puqVPNcp simulators (one server group, 150 ms latency each)';
    }

    protected function steps(): void
    {
        $h = $this->host;
        $sims = [];
        $servers = [];
        $layout = [
            ['eu1' => '10.8.0.0/30'],                       // one address: full after one client
            ['eu1' => '10.18.0.0/29', 'us1' => '10.19.0.0/29'],
            ['asia1' => '10.28.0.0/29'],
        ];
        foreach ($layout as $i => $networks) {
            $sim = new SimProcess('vpncp', ['--plain']);
            $sim->control('POST', '/state', ['networks' => array_map(static fn ($s) => ['subnet' => $s], $networks)]);
            $sim->control('POST', '/faults', ['route' => '*', 'kind' => 'latency', 'ms' => 150]);
            $sims[] = $sim;
            $servers[] = $h->createServer(['type' => 'oxide_vpncp', 'name' => 'vpn' . ($i + 1), 'hostname' => '127.0.0.1',
                'ipaddress' => '127.0.0.1', 'password' => self::TOKEN, 'secure' => false, 'port' => $sim->port]);
        }
        $sims[0]->control('POST', '/state', ['clients' => ['earlier' => ['network' => 'eu1']]]);
        echo "  simulators at ", implode(', ', array_map(static fn ($s) => $s->url, $sims)), "\n";
        $group = $h->createServerGroup('VPN', $servers);
        $settings = [
            'version' => 1, 'download_mbps' => 100, 'upload_mbps' => 50,
            'client_name_rule' => 'vpn-{client_id}-{service_id}-{random_letter_4}',
            'instruction_url' => 'https://example.com/vpn-howto',
            'networks' => [
                ['server_id' => $servers[0], 'network' => 'eu1'],
                ['server_id' => $servers[1], 'network' => 'us1'],
                ['server_id' => $servers[2], 'network' => 'asia1'],
            ],
        ];
        $product = $h->createProduct(['type' => 'other', 'servertype' => 'oxide_vpncp', 'servergroup' => $group,
            'name' => 'VPN 100 Mbit/s', 'configoption24' => json_encode($settings)]);
        $h->addConfigurableOption($product, 'Download Speed', 1, ['0|Unlimited', '100', '250']);

        $started = microtime(true);
        $options = $h->call('oxide_vpncp', 'ConfigOptions', $h->configOptionsParams($product));
        $ms = (microtime(true) - $started) * 1000;
        $html = $options['puqVPNcp settings']['Description'] ?? '';
        $this->step('product page: group discovery', substr_count($html, 'licence slots') === 3,
            sprintf('3 servers × 2 requests at 150 ms each in %.0f ms (one after the other: 900 ms)', $ms));

        $r = $h->callServer($servers[1], 'TestConnection');
        $this->result('TestConnection', $r);
        echo "    ", $r['message'] ?? '', "\n";

        $client = $h->createClient(['firstname' => 'Alan', 'lastname' => 'Turing', 'email' => 'alan@example.com']);
        $service = $h->createService(['userid' => $client, 'packageid' => $product, 'server' => $servers[2]]);
        $h->setServiceConfigOption($service, 'Download Speed', '250');
        $this->result('CreateAccount', $h->callService($service, 'CreateAccount'));
        $svc = $h->service($service);
        $vpn = $sims[1]->control('GET', '/state')['clients'][$svc['username']] ?? null;
        $this->step('placed by the ticked order', $vpn !== null && (int) $svc['server'] === $servers[1],
            "vpn1 → eu1 full, so {$svc['username']} went to vpn2 → us1 ({$vpn['ipv4']}); tblhosting.server = vpn2");
        $this->step('caps pushed after the create', ($vpn['b_download'] ?? 0) === 250 && ($vpn['b_upload'] ?? 0) === 50,
            'download 250 Mbit/s (speed option), upload 50 Mbit/s (product)');

        $second = $h->createService(['userid' => $client, 'packageid' => $product, 'server' => $servers[2]]);
        // Faults apply in insertion order: the failing update goes before the standing latency.
        $sims[1]->control('DELETE', '/faults');
        $sims[1]->control('POST', '/faults', [
            ['route' => 'client.update', 'kind' => 'status', 'status' => 500, 'times' => 1],
            ['route' => '*', 'kind' => 'latency', 'ms' => 150],
        ]);
        $r = $h->callService($second, 'CreateAccount');
        $left = count($sims[1]->control('GET', '/state')['clients']);
        $this->step('caps fail → client deleted', str_contains((string) $r, 'deleted again') && $left === 1,
            'the create failed and the panel has no uncapped orphan');

        $this->result('SuspendAccount', $h->callService($service, 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->result('UnsuspendAccount', $h->callService($service, 'UnsuspendAccount'));
        $h->updateService($service, ['password' => 'N3w-VPN-pass']);
        $this->result('ChangePassword', $h->callService($service, 'ChangePassword'));
        $h->setServiceConfigOption($service, 'Download Speed', '100');
        $this->result('ChangePackage (caps re-applied)', $h->callService($service, 'ChangePackage'));

        $month = gmdate('Y-m');
        $sims[1]->control('POST', '/state', [
            'clients' => [$svc['username'] => ['traffic' => ["$month-01" => ['download' => 3 * 1073741824, 'upload' => 536870912]]]],
            'online' => [['protocol' => 'wireguard', 'name' => $svc['username'], 'endpoint' => '198.51.100.4:51820', 'last_handshake' => gmdate('Y-m-d H:i:s')]],
        ]);
        $area = $h->callService($service, 'ClientArea');
        $v = $area['templateVariables'] ?? [];
        $this->step('ClientArea', isset($v['wireguard']['config'], $v['wireguard']['qr'], $v['openvpn']['download']),
            sprintf('%s at %s, %s, WireGuard config + QR, .ovpn, %s down this month', $v['client']['name'] ?? '?',
                $v['client']['ip'] ?? '?', !empty($v['online']) ? 'online' : 'offline', $v['traffic']['totalDownload'] ?? '?'));
        $_POST['vpncp_otl'] = '1';
        $otl = $h->callService($service, 'OneTimeLink');
        unset($_POST['vpncp_otl']);
        $this->step('one-time link (POST only)', isset($otl['vars']['link']), 'a GET gets a refusal, a POSTed form a link');
        $tab = $h->call('oxide_vpncp', 'AdminServicesTabFields', $h->params($service));
        $this->step('AdminServicesTabFields', is_array($tab) && !isset($tab['Error']), strip_tags($tab['Connection'] ?? ''));

        $this->result('UsageUpdate', $h->callServer($servers[1], 'UsageUpdate'));
        echo "    tblhosting.bwusage = ", $h->service($service)['bwusage'], " MB\n";
        $provider = $h->callServer($servers[1], 'MetricProvider');
        $usage = $provider->tenantUsage($svc['username']);
        $this->step('usage billing metrics', abs($usage['vpn_bandwidth_download']->usage()->value() - 3.0) < 1e-9,
            sprintf('Bandwidth Usage Download %.2f GB, Upload %.2f GB (current month, live)',
                $usage['vpn_bandwidth_download']->usage()->value(), $usage['vpn_bandwidth_upload']->usage()->value()));

        $this->result('TerminateAccount', $h->callService($service, 'TerminateAccount'));
        $this->result('TerminateAccount again (no-op)', $h->callService($service, 'TerminateAccount'));

        foreach ($sims as $i => $sim) {
            $routes = array_count_values(array_map(static fn ($r) => $r['route'], $sim->control('GET', '/requests')));
            echo '  vpn', $i + 1, ' requests: ', implode(', ', array_map(static fn ($k, $n) => "$k ×$n", array_keys($routes), $routes)), "\n";
        }
        $this->moduleLogSummary('oxide_vpncp');
        $log = json_encode($h->moduleLog()) . json_encode($h->activityLog());
        $this->step('no secret in any log', !str_contains($log, self::TOKEN) && !str_contains($log, 'N3w-VPN-pass')
            && !str_contains($log, 'PrivateKey'));
        foreach ($sims as $sim) {
            $sim->stop();
        }
    }
}
