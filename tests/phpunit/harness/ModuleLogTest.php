<?php
/** logModuleCall(): print_r of arrays, equal-length masking everywhere, debug-mode gate. */

require_once __DIR__ . '/HarnessTestCase.php';

final class ModuleLogTest extends HarnessTestCase
{
    public function testStringsAreStoredAndSecretsMaskedWithEqualLength(): void
    {
        logModuleCall('fakemod', 'login', 'user=root&pass=hunter22', '{"token":"T0KEN-abc"}', 'ok T0KEN-abc', ['hunter22', 'T0KEN-abc']);
        $row = $this->host->moduleLog()[0];
        $this->assertSame('fakemod', $row['module']);
        $this->assertSame('login', $row['action']);
        $this->assertSame('user=root&pass=********', $row['request']);
        $this->assertSame('{"token":"*********"}', $row['response']);
        $this->assertSame('ok *********', $row['arrdata']);
        $this->assertMatchesRegularExpression('/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/', $row['date']);
    }

    public function testArraysArePrintRdAndSecretsInsideThemMasked(): void
    {
        $request = ['user' => 'root', 'auth' => ['password' => 's3cr3t!']];
        $response = (object) ['echo' => 's3cr3t!', 'n' => 1];
        logModuleCall('fakemod', 'create', $request, $response, ['raw' => 's3cr3t!'], ['s3cr3t!', '', null, 42]);

        $row = $this->host->moduleLog()[0];
        $expected = str_replace('s3cr3t!', '*******', print_r($request, true));
        $this->assertSame($expected, $row['request']);
        foreach (['request', 'response', 'arrdata'] as $column) {
            $this->assertStringNotContainsString('s3cr3t!', $row[$column]);
            $this->assertStringContainsString('*******', $row[$column]);
        }
        $this->assertStringContainsString('[n] => 1', $row['response'], 'the int secret 42 masks nothing here');
    }

    public function testLongerSecretIsMaskedWhole(): void
    {
        logModuleCall('fakemod', 'x', 'abc abcdef', '', '', ['abc', 'abcdef']);
        $this->assertSame('*** ******', $this->host->moduleLog()[0]['request']);
    }

    public function testNothingIsLoggedWithDebugModeOff(): void
    {
        $this->host->setModuleDebug(false);
        logModuleCall('fakemod', 'x', 'a', 'b');
        $this->assertSame([], $this->host->moduleLog());
    }
}
