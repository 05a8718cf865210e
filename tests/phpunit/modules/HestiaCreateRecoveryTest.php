<?php
/**
 * CreateAccount when things go wrong: a create retried after a client timeout finds its own
 * account (one user, "success"); a failure after the user was created removes it again and
 * reports an error; a failure of v-add-user itself never deletes anybody.
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';

final class HestiaCreateRecoveryTest extends HestiaLifecycleTestCase
{
    /**
     * The answer to v-add-user is lost (the panel created the user, then the client timed
     * out); with `$probeToo` the module's check on the panel times out as well.
     */
    private function loseTheAnswerToAddUser(bool $probeToo): void
    {
        $this->useServer($this->serverWithHash('timeout=1'));
        $faults = [['route' => 'v-add-user', 'kind' => 'timeout_after', 'ms' => 2000, 'times' => 1]];
        if ($probeToo) {
            // The module's one look after the lost answer (v-add-user goes first, unasked).
            $faults[] = ['route' => 'v-list-user', 'kind' => 'timeout', 'ms' => 2000, 'times' => 1];
        }
        $this->fault($faults);
    }

    /** @group simulator-only */
    public function testLostAnswerToAddUserIsCheckedOnThePanelAndTheCreateCompleted(): void
    {
        $id = $this->newService($this->product(['After creation' => 'domain']));
        $this->loseTheAnswerToAddUser(false);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame(['v-add-user', 'v-list-user', 'v-add-domain'], $this->commands());
        $this->assertSame(['shopuser'], $this->panelUserNames());
        $this->assertArrayHasKey('shop.example', $this->panelUser('shopuser')['web_domains'], 'not left half-created');
    }

    /** @group simulator-only */
    public function testCreateRetriedAfterAClientTimeoutYieldsOneUserAndSuccess(): void
    {
        $id = $this->newService($this->product(['After creation' => 'domain']));
        $this->loseTheAnswerToAddUser(true);
        $first = $this->service($id, 'CreateAccount');
        $this->assertStringStartsWith('CreateAccount failed:', $first);
        $this->assertNotNull($this->panelUser('shopuser'), 'the panel created the user; only the answers were lost');

        $this->clearRequests();
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        // The recorded name is tried again: the panel answers E_EXISTS, one look says it is this
        // service's user, and the create goes on with the domain — nothing is added twice.
        $this->assertSame(['v-add-user', 'v-list-user', 'v-add-domain'], $this->commands());
        $this->assertSame(['shopuser'], $this->panelUserNames());
        $this->assertArrayHasKey('shop.example', $this->panelUser('shopuser')['web_domains']);
        $this->assertSame('Active', $this->host->service($id)['domainstatus']);
    }

    /** @group simulator-only */
    public function testTimeoutMessageNamesTheServerTheWaitAndThatARetryIsSafe(): void
    {
        $id = $this->newService($this->product());
        $this->loseTheAnswerToAddUser(true);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('no answer from 127.0.0.1:' . $this->panel->port . ' within 1 s', $r);
        $this->assertStringContainsString('running Create again is safe', $r);
    }

    /** @group simulator-only */
    public function testRetryReusesTheGeneratedPassword(): void
    {
        $id = $this->newService($this->product());
        $this->loseTheAnswerToAddUser(true);
        $this->service($id, 'CreateAccount', ['password' => '']);
        $stored = $this->secret($this->host->service($id)['password_plain']);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertPanelPassword('shopuser', $stored, 'WHMCS holds the password the panel got');
    }

    /** @group simulator-only */
    public function testNoAnswerAndNoUserIsAPlainErrorThatChangesNothing(): void
    {
        $this->useServer($this->serverWithHash('timeout=1'));
        $id = $this->newService($this->product(['After creation' => 'domain']));
        $this->fault(['route' => 'v-add-user', 'kind' => 'timeout', 'ms' => 2000, 'times' => 1]);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringStartsWith('CreateAccount failed: no answer from', $r);
        $this->assertSame([], $this->panelUserNames());
        $this->assertSame(['v-add-user', 'v-list-user'], $this->commands());
    }

    /** @group simulator-only */
    public function testDomainStepFailureRemovesTheNewUserAndReportsAnError(): void
    {
        $id = $this->newService($this->product(['After creation' => 'domain']));
        $this->fault(['route' => 'v-add-domain', 'kind' => 'status', 'status' => 500, 'body' => 'disk full', 'times' => 1]);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringStartsWith('CreateAccount failed:', $r);
        $this->assertStringContainsString('removed again', $r);
        $this->assertSame([], $this->panelUserNames());
        $this->assertSame(['v-add-user', 'v-add-domain', 'v-delete-user'], $this->commands());
        $this->assertSame('Pending', $this->host->service($id)['domainstatus']);
        $this->assertSame([], $this->recordedAccounts());
    }

    public function testDomainOwnedByAnotherUserRemovesTheNewUserAndNamesTheDomain(): void
    {
        $this->addPanelUser('otheruser', ['web_domains' => ['shop.example' => (object) []]]);
        $id = $this->newService($this->product(['After creation' => 'domain']));
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('shop.example already exists on the panel under another account', $r);
        $this->assertSame(['otheruser'], $this->panelUserNames());
        $this->assertArrayHasKey('shop.example', $this->panelUser('otheruser')['web_domains']);
        $this->assertSame('Pending', $this->host->service($id)['domainstatus']);
    }

    /** @group simulator-only */
    public function testCreateAfterARolledBackAttemptSucceeds(): void
    {
        $id = $this->newService($this->product(['After creation' => 'domain']));
        $this->fault(['route' => 'v-add-domain', 'kind' => 'status', 'status' => 500, 'body' => 'disk full', 'times' => 1]);
        $this->service($id, 'CreateAccount');
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame(['shopuser'], $this->panelUserNames());
    }

    /** @group simulator-only */
    public function testFailingUserCreationDeletesNobody(): void
    {
        $id = $this->newService($this->product(['After creation' => 'domain']));
        $this->fault(['route' => 'v-add-user', 'kind' => 'status', 'status' => 500, 'body' => 'boom', 'times' => 1]);
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringStartsWith('CreateAccount failed:', $r);
        $this->assertNotContains('v-delete-user', $this->commands());
        $this->assertNotContains('v-add-domain', $this->commands());
    }

    public function testUserOfAnotherClientWithTheSameNameIsNotTakenOver(): void
    {
        $this->addPanelUser('shopuser');
        $id = $this->newService($this->product());
        $r = $this->service($id, 'CreateAccount');
        $this->assertStringContainsString('shopuser', $r);
        $this->assertStringContainsString('belongs to another account', $r);
        // v-add-user is refused (E_EXISTS), one look names the owner: nothing changed.
        $this->assertSame(['v-add-user', 'v-list-user'], $this->commands());
        $this->assertSame(['shopuser'], $this->panelUserNames());
        $this->assertSame('someone@else.example', $this->panelUser('shopuser')['CONTACT']);
    }
}
