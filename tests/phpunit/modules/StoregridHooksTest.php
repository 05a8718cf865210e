<?php
/**
 * Action hooks (php/modules/servers/oxide_storegrid/hooks.php): products flagged in "Action
 * Hooks" sign clients up on ClientAdd / AcceptOrder, once per client, with a server from
 * WHMCS's records; a dead backup server is logged and never breaks the client or the order.
 */

require_once __DIR__ . '/StoregridTestCase.php';

use Illuminate\Database\Capsule\Manager as Capsule;

final class StoregridHooksTest extends StoregridTestCase
{
    private function hookProduct(string $points, array $settings = [], array $fields = []): int
    {
        return $this->product(['Action Hooks' => $points] + $settings, $fields + ['name' => 'Backup via hooks', 'hidden' => 1]);
    }

    /** A new client as WHMCS creates it, then its ClientAdd hook. */
    private function addClient(string $first, string $email): int
    {
        $password = $this->secret('Client-Login-' . $first . '-1');
        $id = $this->host->createClient(['firstname' => $first, 'lastname' => 'Tester', 'email' => $email, 'password' => $password]);
        $r = $this->host->runHook('ClientAdd', ['client_id' => $id, 'firstname' => $first, 'lastname' => 'Tester',
            'email' => $email, 'password' => $password]);
        $this->assertSame([], $r, 'the hook returns nothing to WHMCS');
        return $id;
    }

    private function activity(): string
    {
        return implode("\n", array_column($this->host->activityLog(), 'description'));
    }

    private function passwordsOfHookAccounts(): void
    {
        foreach ($this->state()['accounts'] as $a) {
            if (str_starts_with($a['external_ref'], 'whmcs-hook-')) {
                $this->secret($a['password']);
            }
        }
    }

    protected function tearDown(): void
    {
        $this->passwordsOfHookAccounts();
        parent::tearDown();
    }

    public function testClientAddSignsTheClientUpOnceWithTheProductsSettings(): void
    {
        $pid = $this->hookProduct('ClientAdd', ['Action' => 'Signup Reseller', 'Storage Allotted' => '200 GB', 'Send Mail' => 'on']);
        $client = $this->addClient('Grace', 'grace@example.com');

        $a = $this->account('grace');
        $this->assertNotNull($a);
        $this->assertSame('reseller', $a['type']);
        $this->assertSame(200 * self::GB, $a['storage_allotted']);
        $this->assertSame("whmcs-hook-$pid-client-$client", $a['external_ref']);
        $this->assertSame('grace@example.com', $this->state()['mails'][0]['to']);
        $this->assertStringContainsString("signed client #$client up as reseller grace on server #{$this->serverId} (product #$pid); the backup server mails the login", $this->activity());

        $this->host->runHook('ClientAdd', ['client_id' => $client]);
        $this->assertSame(['SignupReseller', 'GetAccount'], $this->actions(), 'the second run only looks');
        $this->assertSame(2, count($this->state()['accounts']));
        $this->assertStringContainsString("client #$client already has reseller grace", $this->activity());
    }

    public function testAcceptOrderSignsUpOnceAndNotAgainAfterClientAdd(): void
    {
        $this->hookProduct('ClientAdd,AcceptOrder', ['Reseller Name' => 'acme']);
        $client = $this->addClient('Grace', 'grace@example.com');
        $order = $this->host->createOrder($client);
        $this->host->runHook('AcceptOrder', ['orderid' => $order]);
        $this->assertSame(['SignupCustomer', 'GetAccount'], $this->actions());
        $this->assertSame('customer', $this->account('grace')['type']);

        // A client added before the hooks were switched on is signed up by its first order.
        $this->panel->control('DELETE', '/requests');
        $old = $this->host->createClient(['firstname' => 'Alan', 'email' => 'alan@example.com']);
        $order = $this->host->createOrder($old);
        $this->host->runHook('AcceptOrder', ['orderid' => $order]);
        $this->host->runHook('AcceptOrder', ['orderid' => $order]);
        $this->assertSame(['SignupCustomer', 'GetAccount'], $this->actions());
        $this->assertSame('acme', $this->account('alan')['reseller']);
        $this->assertSame(3, count($this->state()['accounts']));
    }

    public function testAnOrderWithABackupServiceIsLeftToCreateAccount(): void
    {
        $this->hookProduct('AcceptOrder');
        $order = $this->host->createOrder($this->clientId);
        $this->newService($this->product(), ['orderid' => $order]);
        $this->host->runHook('AcceptOrder', ['orderid' => $order]);
        $this->assertSame([], $this->actions());
        $this->assertStringContainsString("order #$order has a backup service", $this->activity());
    }

    public function testADeadBackupServerIsLoggedAndTheClientAndOrderAreUnaffected(): void
    {
        $sock = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($sock, false), ':'), 1);
        fclose($sock);
        Capsule::table('tblservers')->where('id', $this->serverId)->update(['port' => $port]);
        $this->hookProduct('ClientAdd,AcceptOrder');

        $client = $this->addClient('Grace', 'grace@example.com');
        $this->assertSame('grace@example.com', Capsule::table('tblclients')->where('id', $client)->value('email'));
        $this->assertStringContainsString("oxide_storegrid ClientAdd hook could not sign up client #$client", $this->activity());
        $this->assertStringContainsString("cannot connect to 127.0.0.1:$port", $this->activity());
        $log = json_encode($this->host->moduleLog());
        $this->assertStringContainsString('could not sign up', $log, 'also in the module log');

        $order = $this->host->createOrder($client, ['status' => 'Active']);
        $this->assertSame([], $this->host->runHook('AcceptOrder', ['orderid' => $order]));
        $this->assertSame('Active', Capsule::table('tblorders')->where('id', $order)->value('status'));
        $this->assertStringContainsString('AcceptOrder hook could not sign up', $this->activity());
        $this->assertStringNotContainsString('Hook Error', $this->activity(), 'nothing was thrown at WHMCS');

        // Back up: the next hook run finishes the signup the dead server prevented.
        Capsule::table('tblservers')->where('id', $this->serverId)->update(['port' => $this->panel->port]);
        $this->host->runHook('AcceptOrder', ['orderid' => $order]);
        $this->assertSame(['GetAccount', 'SignupCustomer'], $this->actions());
    }

    public function testAHangingServerHoldsTheHookOnlyBriefly(): void
    {
        Capsule::table('tblservers')->where('id', $this->serverId)->update(['accesshash' => "pin={$this->panel->sha256}\ntimeout=1"]);
        $this->hookProduct('ClientAdd');
        $this->panel->control('POST', '/faults', ['route' => '*', 'kind' => 'timeout', 'ms' => 5000]);
        $started = microtime(true);
        $client = $this->addClient('Grace', 'grace@example.com');
        $this->assertLessThan(4.0, microtime(true) - $started);
        $this->assertStringContainsString("could not sign up client #$client", $this->activity());
        $this->assertStringContainsString('no answer from', $this->activity());
        $this->panel->control('DELETE', '/faults');
    }

    public function testTheServerComesFromTheProductsGroupAndThePassKeyFromTheHook(): void
    {
        $disabled = $this->backupServer(['name' => 'Retired', 'disabled' => 1, 'port' => 1]);
        $group = $this->host->createServerGroup('Hook servers', [$disabled, $this->serverId]);
        $this->hookProduct('ClientAdd', ['Retrieve Customer Pass Key' => 'on'], ['servergroup' => $group]);
        $client = $this->addClient('Grace', 'grace@example.com');
        $key = $this->secret($this->account('grace')['pass_key']);
        $this->assertSame($key, $this->host->customFieldValue('Pass Key', $client));
        $this->assertNull($this->host->customFieldValue('Pass Key', $this->clientId));
        $this->assertSame(['SignupCustomer', 'GetPassKey'], $this->actions());
    }

    public function testUnflaggedProductsAndBadSettings(): void
    {
        $this->product();
        $this->addClient('Grace', 'grace@example.com');
        $this->assertSame([], $this->actions());
        $this->assertStringNotContainsString('oxide_storegrid', $this->activity());

        $pid = $this->hookProduct('ClientAdd', ['Reseller Name' => '']);
        $client = $this->addClient('Alan', 'alan@example.com');
        $this->assertSame([], $this->actions());
        $this->assertStringContainsString("could not sign up client #$client with product #$pid: Reseller Name is required", $this->activity());
    }
}
