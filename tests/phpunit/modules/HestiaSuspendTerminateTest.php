<?php
/**
 * Suspend, unsuspend and terminate, one request each: the state WHMCS asks for is success
 * even when the panel is already there (already suspended, already active, already gone).
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';

final class HestiaSuspendTerminateTest extends HestiaLifecycleTestCase
{
    public function testSuspendSuspendsWithOneRequest(): void
    {
        $id = $this->activeService();
        $this->assertSame('success', $this->service($id, 'SuspendAccount', ['suspendreason' => 'Overdue']));
        $this->assertSame(['v-suspend-user'], $this->commands());
        $this->assertSame('yes', $this->panelUser('shopuser')['SUSPENDED']);
        $this->assertSame('Suspended', $this->host->service($id)['domainstatus']);
    }

    public function testSuspendingAnAlreadySuspendedUserIsSuccess(): void
    {
        $id = $this->activeService();
        $this->setState(['users' => ['shopuser' => ['SUSPENDED' => 'yes']]]);
        $this->assertSame('success', $this->service($id, 'SuspendAccount'));
        $this->assertSame('yes', $this->panelUser('shopuser')['SUSPENDED']);
    }

    public function testUnsuspendUnsuspendsWithOneRequest(): void
    {
        $id = $this->activeService();
        $this->service($id, 'SuspendAccount');
        $this->clearRequests();
        $this->assertSame('success', $this->service($id, 'UnsuspendAccount'));
        $this->assertSame(['v-unsuspend-user'], $this->commands());
        $this->assertSame('no', $this->panelUser('shopuser')['SUSPENDED']);
        $this->assertSame('Active', $this->host->service($id)['domainstatus']);
    }

    public function testUnsuspendingAnActiveUserIsSuccess(): void
    {
        $id = $this->activeService();
        $this->assertSame('success', $this->service($id, 'UnsuspendAccount'));
        $this->assertSame('no', $this->panelUser('shopuser')['SUSPENDED']);
    }

    public function testTerminateDeletesTheUserWithOneRequest(): void
    {
        $id = $this->activeService(['After creation' => 'domain']);
        $this->assertSame('success', $this->service($id, 'TerminateAccount'));
        $this->assertSame(['v-delete-user'], $this->commands());
        $this->assertNull($this->panelUser('shopuser'));
        $this->assertSame('Terminated', $this->host->service($id)['domainstatus']);
        $this->assertSame([], $this->recordedAccounts(), 'the module forgets the account it recorded');
    }

    public function testTerminatingAUserThatIsAlreadyGoneIsSuccess(): void
    {
        $id = $this->activeService();
        $this->setState(['users' => ['shopuser' => null]]);
        $this->assertSame('success', $this->service($id, 'TerminateAccount'));
        $this->assertSame(['v-delete-user'], $this->commands());
        $this->assertStringContainsString('already gone', $this->moduleLogText());
    }

    public function testTerminateOfASuspendedUserDeletesIt(): void
    {
        $id = $this->activeService();
        $this->service($id, 'SuspendAccount');
        $this->assertSame('success', $this->service($id, 'TerminateAccount'));
        $this->assertNull($this->panelUser('shopuser'));
    }

    public function testSuspendOfAMissingUserIsAnErrorThatNamesIt(): void
    {
        $id = $this->activeService();
        $this->setState(['users' => ['shopuser' => null]]);
        $r = $this->service($id, 'SuspendAccount');
        $this->assertStringStartsWith('SuspendAccount failed:', $r);
        $this->assertStringContainsString('shopuser', $r);
        $this->assertSame('Active', $this->host->service($id)['domainstatus']);
    }

    public function testServiceWithoutUsernameIsRefusedWithoutARequest(): void
    {
        $id = $this->newService($this->product(), 'shop.example', ['username' => '', 'domainstatus' => 'Active']);
        $r = $this->service($id, 'SuspendAccount');
        $this->assertStringContainsString('no username', $r);
        $this->assertSame([], $this->commands());
    }
}
