<?php
/**
 * ChangePassword: one request for an active user. HestiaCP refuses suspended users (exit 5):
 * the product's "Password change when suspended" either refuses with a clear message or
 * unsuspends, changes and suspends again.
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';

final class HestiaChangePasswordTest extends HestiaLifecycleTestCase
{
    private const NEW = 'Changed-Pass-77';

    private function changeTo(int $id, string $password)
    {
        $this->secret($password);
        $this->host->updateService($id, ['password' => $password]);
        return $this->service($id, 'ChangePassword');
    }

    private function suspended(string $mode): int
    {
        $id = $this->activeService(['Password change when suspended' => $mode]);
        $this->assertSame('success', $this->service($id, 'SuspendAccount'));
        $this->clearRequests();
        return $id;
    }

    public function testActiveUserPasswordIsChangedWithOneRequest(): void
    {
        $id = $this->activeService();
        $this->assertSame('success', $this->changeTo($id, self::NEW));
        $this->assertSame(['v-change-user-password'], $this->commands());
        $this->assertPanelPassword('shopuser', self::NEW);
    }

    public function testSuspendedUserWithRefuseGetsAClearMessage(): void
    {
        $id = $this->suspended('refuse');
        $r = $this->changeTo($id, self::NEW);
        $this->assertStringContainsString('suspended', $r);
        $this->assertStringContainsString('Password change when suspended', $r, 'names the setting that allows it');
        $this->assertPanelPassword('shopuser', self::PASSWORD);
        $this->assertSame('yes', $this->panelUser('shopuser')['SUSPENDED']);
        $this->assertSame(['v-change-user-password'], $this->commands());
    }

    public function testSuspendedUserWithCycleEndsSuspendedWithTheNewPassword(): void
    {
        $id = $this->suspended('cycle');
        $this->assertSame('success', $this->changeTo($id, self::NEW));
        $user = $this->panelUser('shopuser');
        $this->assertPanelPassword('shopuser', self::NEW);
        $this->assertSame('yes', $user['SUSPENDED']);
    }

    public function testCycleRequestsAreUnsuspendChangeSuspend(): void
    {
        $id = $this->suspended('cycle');
        $this->changeTo($id, self::NEW);
        $this->assertSame(['v-change-user-password', 'v-unsuspend-user', 'v-change-user-password', 'v-suspend-user'], $this->commands());
    }

    /** @group simulator-only */
    public function testCycleSuspendsAgainWhenTheChangeFails(): void
    {
        $id = $this->suspended('cycle');
        // Faults apply in order: the first attempt runs normally (exit 5, suspended), the
        // attempt after the unsuspend fails.
        $this->fault([
            ['route' => 'v-change-user-password', 'kind' => 'latency', 'ms' => 0, 'times' => 1],
            ['route' => 'v-change-user-password', 'kind' => 'status', 'status' => 500, 'body' => 'PAM said no', 'times' => 1],
        ]);
        $r = $this->changeTo($id, self::NEW);
        $this->assertStringStartsWith('ChangePassword failed:', $r);
        $this->assertSame('yes', $this->panelUser('shopuser')['SUSPENDED'], 'never left unsuspended');
        $this->assertPanelPassword('shopuser', self::PASSWORD);
    }

    public function testWeakPasswordIsRefusedBeforeAnyRequest(): void
    {
        $id = $this->activeService();
        $r = $this->changeTo($id, 'short1A');
        $this->assertStringContainsString('password', $r);
        $this->assertStringContainsString('8 characters', $r);
        $this->assertSame([], $this->commands());
        $this->assertPanelPassword('shopuser', self::PASSWORD);
    }

    public function testPasswordWithOuterSpacesIsRefusedBecauseHestiaTrimsArguments(): void
    {
        $id = $this->activeService();
        $r = $this->changeTo($id, ' Spaced-Pass-42 ');
        $this->assertStringContainsString('password', $r);
        $this->assertStringContainsString('space', $r);
        $this->assertSame([], $this->commands());
    }
}
