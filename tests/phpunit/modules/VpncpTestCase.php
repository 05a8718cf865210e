<?php
/**
 * puqVPNcp fixtures: up to several simulated VPN servers (plain HTTP, the panel's default),
 * each a WHMCS server record in one server group, a product whose settings document
 * (configoption24) the test writes, and a client.
 */

require_once __DIR__ . '/ModuleTestCase.php';

abstract class VpncpTestCase extends ModuleTestCase
{
    protected const MODULE = 'oxide_vpncp';
    // An HTTP header holds visible ASCII only, so the token has no non-ASCII character.
    protected const TOKEN = 'sim-vpncp"token\\00/&+%=<0000000000000000000000001';

    /** @var SimProcess[] the simulated servers of this test, in server-id order */
    protected array $vpn = [];
    /** @var int[] WHMCS server ids, same order as $vpn */
    protected array $serverIds = [];
    protected int $groupId = 0;
    protected int $clientId;

    protected function setUp(): void
    {
        parent::setUp();
        $this->secret(self::TOKEN);
        $this->clientId = $this->host->createClient([
            'firstname' => 'Ada', 'lastname' => 'Lovelace', 'email' => 'ada@example.com',
        ]);
    }

    /** A simulator back to its initial state, accepting this suite's token. */
    protected function resetSim(SimProcess $sim): void
    {
        $sim->control('POST', '/reset');
        $sim->control('POST', '/state', ['tokens' => [['token' => self::TOKEN]]]);
    }

    /**
     * `$n` simulated servers (reset), their WHMCS records and one group holding them.
     * Simulators are kept per class; `$state[i]` is merged into server i's state.
     */
    protected function servers(int $n, array $state = []): void
    {
        $this->vpn = [];
        $this->serverIds = [];
        for ($i = 0; $i < $n; $i++) {
            $key = "vpncp#$i";
            if (!isset(self::$sims[$key])) {
                self::$sims[$key] = new SimProcess('vpncp', ['--plain']);
            }
            $sim = self::$sims[$key];
            $this->resetSim($sim);
            if (isset($state[$i])) {
                $sim->control('POST', '/state', $state[$i]);
            }
            $this->vpn[] = $sim;
            $this->serverIds[] = $this->vpnServer($sim, 'vpn' . ($i + 1));
        }
        $this->groupId = $this->host->createServerGroup('VPN', $this->serverIds);
    }

    /** A server record for a simulator; `$extra` overrides columns (password = token). */
    protected function vpnServer(SimProcess $sim, string $name, array $extra = []): int
    {
        return $this->host->createServer($extra + [
            'type' => self::MODULE, 'name' => $name, 'hostname' => '127.0.0.1', 'ipaddress' => '127.0.0.1',
            'username' => '', 'password' => self::TOKEN, 'accesshash' => "timeout=5",
            'secure' => $sim->tls, 'port' => $sim->port,
        ]);
    }

    /** A product of this module on the group, with `$settings` as its JSON document. */
    protected function product(array $settings = [], array $extra = []): int
    {
        return $this->host->createProduct($extra + [
            'type' => 'other', 'servertype' => self::MODULE, 'servergroup' => $this->groupId,
            'name' => 'VPN 100', 'configoption24' => $settings === [] ? '' : json_encode($settings),
        ]);
    }

    /** A pending service of the product on server `$serverIndex` (as WHMCS assigned it). */
    protected function vpnService(int $pid, int $serverIndex = 0, array $extra = []): int
    {
        return $this->host->createService($extra + [
            'userid' => $this->clientId, 'packageid' => $pid,
            'server' => $this->serverIds[$serverIndex] ?? 0, 'username' => '', 'password' => '',
        ]);
    }

    /** A ticked pair: [server index, network]. */
    protected function pair(int $serverIndex, string $network): array
    {
        return ['server_id' => $this->serverIds[$serverIndex], 'network' => $network];
    }

    protected function state(int $i = 0): array
    {
        return $this->vpn[$i]->control('GET', '/state');
    }

    protected function clients(int $i = 0): array
    {
        return $this->state($i)['clients'];
    }

    /** Route keys of the requests server `$i` received, e.g. client.create. */
    protected function routes(int $i = 0): array
    {
        return array_map(static fn ($r) => $r['route'], $this->vpn[$i]->control('GET', '/requests'));
    }

    /** Request count over every server of the test. */
    protected function requestCount(): int
    {
        $n = 0;
        foreach ($this->vpn as $sim) {
            $n += count($sim->control('GET', '/requests'));
        }
        return $n;
    }

    protected function fault(int $i, array $fault): void
    {
        $this->vpn[$i]->control('POST', '/faults', $fault);
    }

    protected function assertSuccess($result): void
    {
        $this->assertSame('success', $result, is_string($result) ? $result : json_encode($result));
    }

    /** Server `$i` got `$atOnce` first (sent together, in any order), then `$then` in order. */
    protected function assertRoutesAtOnceThen(int $i, array $atOnce, array $then): void
    {
        $routes = $this->routes($i);
        $this->assertEqualsCanonicalizing($atOnce, array_slice($routes, 0, count($atOnce)), 'sent at once: ' . implode(', ', $routes));
        $this->assertSame($then, array_slice($routes, count($atOnce)), 'then, in order');
    }
}
