<?php
/**
 * Base for the harness self-tests: a blank WHMCS whose modules folder is the fixtures one
 * (fakemod, fake_panel), and a clean slate for what the fake module records.
 */

use PHPUnit\Framework\TestCase;

abstract class HarnessTestCase extends TestCase
{
    protected const MODULES_DIR = __DIR__ . '/fixtures/modules/servers';

    protected WhmcsHost $host;

    protected function setUp(): void
    {
        $this->host = new WhmcsHost(self::MODULES_DIR);
        $GLOBALS['fakemod_calls'] = [];
        $GLOBALS['fakemod_hook_runs'] = [];
        unset($GLOBALS['fakemod_result']);
    }

    /** A fakemod server, product and service; returns [serverId, productId, serviceId]. */
    protected function fakemodService(array $service = [], array $product = [], array $server = []): array
    {
        $serverId = $this->host->createServer($server + [
            'type' => 'fakemod', 'name' => 'Panel 1', 'hostname' => 'panel1.example.test',
            'ipaddress' => '192.0.2.10', 'username' => 'admin', 'password' => 'server-pass',
            'accesshash' => 'API-KEY-123', 'secure' => true, 'port' => 8083,
        ]);
        $groupId = $this->host->createServerGroup('Fake group', [$serverId]);
        $productId = $this->host->createProduct($product + [
            'servertype' => 'fakemod', 'servergroup' => $groupId, 'name' => 'Fake Plan',
            'configoption1' => 'basic', 'configoption2' => 'on',
        ]);
        $serviceId = $this->host->createService($service + [
            'packageid' => $productId, 'domain' => 'shop.example.test',
            'username' => 'shopuser', 'password' => 'service-pass',
        ]);
        return [$serverId, $productId, $serviceId];
    }

    /** @return array[] the recorded fakemod calls for one function */
    protected function calls(string $fn): array
    {
        return array_values(array_filter($GLOBALS['fakemod_calls'], static fn ($c) => $c['fn'] === $fn));
    }
}
