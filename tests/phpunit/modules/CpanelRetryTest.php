<?php
/**
 * A create retried after a client timeout: createacct can run past the module's timeout
 * while WHM finishes the account. The retry must recognise its own account and succeed —
 * one account, "success", never "already exists".
 */

require_once __DIR__ . '/CpanelTestCase.php';

final class CpanelRetryTest extends CpanelTestCase
{
    private function waitForAccount(string $user, float $seconds = 10.0): void
    {
        $until = microtime(true) + $seconds;
        while (microtime(true) < $until) {
            if ($this->account($user) !== null) {
                return;
            }
            usleep(100000);
        }
        $this->fail("the simulator never finished creating $user");
    }

    public function testSlowCreateTimesOutThenTheRetrySucceedsWithOneAccount(): void
    {
        $this->useServerWithHash('timeout=1');
        $this->setState(['createacct_delay_ms' => 2500]);
        $pid = $this->product([], ['MySQL Databases' => [4, []]]);
        $id = $this->newService($pid, 'shop.example', ['password' => '']);
        $this->host->setServiceConfigOption($id, 'MySQL Databases', 7);

        $first = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('CreateAccount failed: no answer from 127.0.0.1:', $first);
        $this->assertStringContainsString('within 1 s', $first);
        $this->assertSame('Pending', $this->host->service($id)['domainstatus']);
        $this->waitForAccount('shopuser');

        $this->setState(['createacct_delay_ms' => 0]);
        $this->clearRequests();
        $second = $this->service($id, 'CreateAccount');
        $this->assertSame('success', $second);
        $this->assertSame(['shopuser'], $this->accountNames(), 'exactly one account');
        $this->assertSame(['modifyacct'], $this->mutatingFunctions(), 'no second createacct');
        $this->assertSame(7, $this->account('shopuser')['maxsql'], 'the add-ons are applied on the retry');
        // The password WHMCS stored before the first call is the account's password.
        $stored = $this->host->service($id)['password_plain'];
        $this->secret($stored);
        $this->assertSame($stored, $this->account('shopuser')['password']);
        $this->assertSame('Active', $this->host->service($id)['domainstatus']);
    }

    public function testRetryWhileWhmIsStillCreatingReportsCleanlyThenSucceeds(): void
    {
        $this->useServerWithHash('timeout=1');
        $this->setState(['createacct_delay_ms' => 2500]);
        $id = $this->newService($this->product(['Username rule' => 'web{service_id}']), 'shop.example', ['username' => '']);
        $first = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('no answer', $first);
        $name = $this->host->service($id)['username'];
        $this->assertSame("web$id", $name, 'the chosen name is stored before the call');

        $this->waitForAccount($name);
        $this->setState(['createacct_delay_ms' => 0]);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame([$name], $this->accountNames());
    }

    public function testAnAnswerLostAfterTheAccountWasMadeIsRecognised(): void
    {
        $this->useServerWithHash('timeout=1');
        $this->fault(['route' => 'createacct', 'kind' => 'timeout_after', 'ms' => 3000, 'times' => 1]);
        $id = $this->newService($this->product());
        $this->assertStringContainsString('no answer', $this->service($id, 'CreateAccount'));
        $this->assertNotNull($this->account('shopuser'));
        $this->clearRequests();
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame([], $this->mutatingFunctions());
        $this->assertSame(['shopuser'], $this->accountNames());
    }
}
