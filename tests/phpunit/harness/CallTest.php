<?php
/** Loading and calling modules the WHMCS way, and the module command runner around it. */

require_once __DIR__ . '/HarnessTestCase.php';

use WHMCS\Service\Status;

final class CallTest extends HarnessTestCase
{
    public function testMissingFunctionAnswersTheWhmcsString(): void
    {
        $this->assertSame('!Function not found in module!', $this->host->call('fakemod', 'NoSuchFunction', []));
        $this->assertSame(WhmcsHost::FUNCTION_NOT_FOUND, $this->host->call('fakemod', 'ClientArea', []));
    }

    public function testEveryFunctionGetsExactlyOneArgument(): void
    {
        $this->host->call('fakemod', 'MetaData', ['whmcsVersion' => '8.13.1']);
        $this->host->call('fakemod', 'ConfigOptions', ['producttype' => 'hostingaccount']);
        $this->host->call('fakemod', 'CreateAccount', []);
        foreach ($GLOBALS['fakemod_calls'] as $call) {
            $this->assertSame(1, $call['argc'], $call['fn']);
        }
        $this->assertSame([], $this->calls('CreateAccount')[0]['params'], 'even an empty array is passed');
    }

    public function testMetaDataGetsWhmcsVersion(): void
    {
        $this->assertSame('Fake Module', $this->host->metaData('fakemod')['DisplayName']);
        $this->assertSame(['whmcsVersion' => '8.13.1'], $this->calls('MetaData')[0]['params']);
    }

    public function testUnknownModuleFileIsAnError(): void
    {
        $this->expectException(RuntimeException::class);
        $this->host->call('nomodule', 'MetaData', []);
    }

    public function testLifecycleUpdatesStatusOnSuccessInAnyCase(): void
    {
        [, , $id] = $this->fakemodService();
        $GLOBALS['fakemod_result'] = 'SUCCESS';
        $this->assertSame('SUCCESS', $this->host->callService($id, 'CreateAccount'));
        $this->assertSame(Status::ACTIVE, $this->host->service($id)['domainstatus']);

        $GLOBALS['fakemod_result'] = 'success';
        $this->host->callService($id, 'SuspendAccount', ['suspendreason' => 'Abuse']);
        $this->assertSame('Abuse', $this->calls('SuspendAccount')[0]['params']['suspendreason']);
        $row = $this->host->service($id);
        $this->assertSame([Status::SUSPENDED, 'Abuse'], [$row['domainstatus'], $row['suspendreason']]);

        $this->host->callService($id, 'UnsuspendAccount');
        $this->assertSame(Status::ACTIVE, $this->host->service($id)['domainstatus']);

        $this->host->callService($id, 'TerminateAccount');
        $row = $this->host->service($id);
        $this->assertSame([Status::TERMINATED, date('Y-m-d')], [$row['domainstatus'], $row['termination_date']]);

        $log = array_column($this->host->activityLog(), 'description');
        $this->assertContains("Module Create Successful - Service ID: $id", $log);
    }

    public function testSuspendWithoutReasonStillPassesTheKey(): void
    {
        [, , $id] = $this->fakemodService();
        $this->host->callService($id, 'SuspendAccount');
        $this->assertSame('', $this->calls('SuspendAccount')[0]['params']['suspendreason']);
    }

    public function testFailureKeepsStatusAndRunsFailedHook(): void
    {
        [, , $id] = $this->fakemodService();
        $seen = [];
        add_hook('AfterModuleCreateFailed', 1, function ($vars) use (&$seen) {
            $seen[] = $vars['failureResponseMessage'];
        });
        $GLOBALS['fakemod_result'] = 'Panel said no';
        $this->assertSame('Panel said no', $this->host->callService($id, 'CreateAccount'));
        $this->assertSame(Status::PENDING, $this->host->service($id)['domainstatus']);
        $this->assertSame(['Panel said no'], $seen);
        $log = $this->host->activityLog();
        $this->assertStringContainsString('Module Create Failed', end($log)['description']);
    }

    public function testPreHookCanOverrideParamsOrAbort(): void
    {
        [, , $id] = $this->fakemodService();
        add_hook('PreModuleCreate', 1, fn ($vars) => ['domain' => 'override.example.test']);
        $this->host->callService($id, 'CreateAccount');
        $this->assertSame('override.example.test', $this->calls('CreateAccount')[0]['params']['domain']);

        add_hook('PreModuleSuspend', 1, fn ($vars) => ['abortcmd' => true]);
        $this->assertSame(WhmcsHost::ABORTED_BY_HOOK, $this->host->callService($id, 'SuspendAccount'));
        $this->assertSame([], $this->calls('SuspendAccount'));
    }

    public function testModuleHooksFileRunsAfterCreate(): void
    {
        [, , $id] = $this->fakemodService();
        $this->host->callService($id, 'CreateAccount');
        $this->assertSame([['AfterModuleCreate', $id]], $GLOBALS['fakemod_hook_runs']);
    }

    public function testCreateFillsEmptyUsernameAndPassword(): void
    {
        [, , $id] = $this->fakemodService(['domain' => '9lives-shop.example.test', 'username' => '', 'password' => '']);
        $this->host->callService($id, 'CreateAccount');
        $params = $this->calls('CreateAccount')[0]['params'];
        $this->assertSame('livessho', $params['username']);
        // Like WHMCS's generated passwords: ten characters with every class present.
        $this->assertSame(10, strlen($params['password']));
        foreach (['/[a-z]/', '/[A-Z]/', '/[0-9]/', '/[^A-Za-z0-9]/'] as $class) {
            $this->assertMatchesRegularExpression($class, $params['password']);
        }
        $this->assertSame($params['password'], $this->host->service($id)['password_plain']);
    }

    public function testChangePackageSeesTheNewProduct(): void
    {
        [, $pid, $id] = $this->fakemodService();
        $bigger = $this->host->createProduct(['servertype' => 'fakemod', 'configoption1' => 'big']);
        $this->host->updateService($id, ['packageid' => $bigger]);
        $this->host->callService($id, 'ChangePackage');
        $params = $this->calls('ChangePackage')[0]['params'];
        $this->assertSame([$bigger, 'big'], [$params['pid'], $params['configoption1']]);
        $this->assertNotSame($pid, $params['pid']);
    }

    public function testOtherFunctionsGetServiceParams(): void
    {
        [, , $id] = $this->fakemodService();
        $this->host->callService($id, 'SaveProperty');
        $this->assertSame('ORD-1', $this->host->customFieldValue('Order Number', $id, 'product'));
        $this->assertSame('propuser', $this->host->service($id)['username']);
        $this->assertSame('ORD-1', $this->host->params($id)['model']->serviceProperties->get('Order Number'));
    }

    public function testServerCallsGetServerParams(): void
    {
        [$serverId, , $id] = $this->fakemodService();
        $this->assertSame(['success' => true, 'error' => ''], $this->host->callServer($serverId, 'TestConnection'));
        $params = $this->calls('TestConnection')[0]['params'];
        $this->assertSame('TestConnection', $params['action']);
        $this->assertSame('server-pass', $params['serverpassword']);
        $this->assertArrayNotHasKey('serviceid', $params);

        $this->assertSame('success', $this->host->callServer($serverId, 'UsageUpdate'));
        $row = $this->host->service($id);
        // (int): MariaDB hands every column over as a string, as WHMCS's PDO does.
        $this->assertSame([150, 1000, 20, 5000], array_map('intval', [$row['diskusage'], $row['disklimit'], $row['bwusage'], $row['bwlimit']]));
        $this->assertMatchesRegularExpression('/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/', $row['lastupdate']);
    }

    public function testModuleLibClassesAutoload(): void
    {
        $this->assertTrue(class_exists(\WHMCS\Module\Server\Fakemod\MetricsProvider::class));
        $this->assertSame('fake_panel api client', \WHMCS\Module\Server\FakePanel\Api\Client::NAME);
        $this->assertFalse(class_exists('WHMCS\Module\Server\FakePanel\Missing'));
    }
}
