<?php
/**
 * Let's Encrypt after creation: the web certificate (never MAIL=yes); a failure or a slow
 * ACME run leaves the account active, is reported in the activity and module logs, and the
 * admin button IssueSsl retries it.
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';

final class HestiaLetsEncryptTest extends HestiaLifecycleTestCase
{
    private const WITH_SSL = ['After creation' => 'domain, letsencrypt'];

    /** @group simulator-only */
    public function testCreateIssuesTheWebCertificateNotTheMailOne(): void
    {
        $id = $this->newService($this->product(self::WITH_SSL));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));

        $this->assertSame(['v-add-user', 'v-add-domain', 'v-add-letsencrypt-domain'], $this->commands());
        $this->assertSame(['shopuser', 'shop.example'], array_values($this->argsOf('v-add-letsencrypt-domain')), 'no MAIL argument');
        $this->assertSame(['web'], array_column($this->panelUser('shopuser')['certificates'], 'kind'));
    }

    /** @group simulator-only */
    public function testWithoutTheSettingNoCertificateIsRequested(): void
    {
        $id = $this->newService($this->product(['After creation' => 'domain']));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertNotContains('v-add-letsencrypt-domain', $this->commands());
    }

    /** @group simulator-only */
    public function testFailureLeavesTheAccountActive(): void
    {
        $this->setState(['letsencrypt' => ['delay_ms' => 0, 'fail_exit' => 15]]);
        $id = $this->newService($this->product(self::WITH_SSL));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame('Active', $this->host->service($id)['domainstatus']);
        $this->assertNotNull($this->panelUser('shopuser'));
        $this->assertArrayHasKey('shop.example', $this->panelUser('shopuser')['web_domains']);
    }

    /** @group simulator-only */
    public function testFailureIsReportedInTheActivityLogWithTheRetryButton(): void
    {
        $this->setState(['letsencrypt' => ['delay_ms' => 0, 'fail_exit' => 15]]);
        $id = $this->newService($this->product(self::WITH_SSL));
        $this->service($id, 'CreateAccount');
        $activity = $this->activityLogText();
        $this->assertStringContainsString("Let's Encrypt for shop.example failed", $activity);
        $this->assertStringContainsString("service #$id", $activity);
        $this->assertStringContainsString("Issue Let's Encrypt certificate", $activity);
    }

    /** @group simulator-only */
    public function testFailureIsReportedInTheModuleLog(): void
    {
        $this->setState(['letsencrypt' => ['delay_ms' => 0, 'fail_exit' => 15]]);
        $id = $this->newService($this->product(self::WITH_SSL));
        $this->service($id, 'CreateAccount');
        $le = array_values(array_filter($this->host->moduleLog(), static fn ($r) => $r['action'] === 'LetsEncrypt'));
        $this->assertCount(1, $le);
        $this->assertStringContainsString('validation status 400', $le[0]['response']);
    }

    /** @group simulator-only */
    public function testSlownessBeyondTheWaitLeavesTheAccountActiveAndIsReported(): void
    {
        $this->useServer($this->serverWithHash('letsencrypt_wait=1'));
        $this->setState(['letsencrypt' => ['delay_ms' => 1800, 'fail_exit' => null]]);
        $id = $this->newService($this->product(self::WITH_SSL));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame([], $this->panelUser('shopuser')['certificates'], 'CreateAccount returned before the ACME run ended');
        $this->assertSame('Active', $this->host->service($id)['domainstatus']);
        $this->assertStringContainsString("Let's Encrypt for shop.example failed", $this->activityLogText());
        $this->assertStringContainsString('within 1 s', implode("\n", array_column(array_filter(
            $this->host->moduleLog(), static fn ($r) => $r['action'] === 'LetsEncrypt'), 'response')));
        $this->waitForCertificate('shopuser');
    }

    /** The panel finishes a run the module stopped waiting for; let it end inside this test. */
    private function waitForCertificate(string $user): void
    {
        $deadline = microtime(true) + 3;
        while ($this->panelUser($user)['certificates'] === [] && microtime(true) < $deadline) {
            usleep(100000);
        }
        $this->assertNotSame([], $this->panelUser($user)['certificates'], 'the panel still issues the certificate');
    }

    /** @group simulator-only */
    public function testIssueSslButtonRetriesAfterAFailure(): void
    {
        $this->setState(['letsencrypt' => ['delay_ms' => 0, 'fail_exit' => 15]]);
        $id = $this->newService($this->product(self::WITH_SSL));
        $this->service($id, 'CreateAccount');
        $this->assertSame([], $this->panelUser('shopuser')['certificates']);

        $this->setState(['letsencrypt' => ['delay_ms' => 0, 'fail_exit' => null]]);
        $this->clearRequests();
        $this->assertSame('success', $this->service($id, 'IssueSsl'));
        $this->assertSame(['v-add-letsencrypt-domain'], $this->commands());
        $this->assertSame(['shopuser', 'shop.example'], array_values($this->argsOf('v-add-letsencrypt-domain')));
        $this->assertSame(['web'], array_column($this->panelUser('shopuser')['certificates'], 'kind'));
    }

    /** @group simulator-only */
    public function testIssueSslFailureIsAClearMessage(): void
    {
        $id = $this->activeService(['After creation' => 'domain']);
        $this->setState(['letsencrypt' => ['delay_ms' => 0, 'fail_exit' => 15]]);
        $r = $this->service($id, 'IssueSsl');
        $this->assertStringStartsWith('IssueSsl failed:', $r);
        $this->assertStringContainsString('shop.example', $r);
    }

    /** @group simulator-only */
    public function testIssueSslIsAnAdminButton(): void
    {
        $buttons = $this->host->call(self::MODULE, 'AdminCustomButtonArray', []);
        $this->assertSame('IssueSsl', $buttons["Issue Let's Encrypt certificate"] ?? null);
    }
}
