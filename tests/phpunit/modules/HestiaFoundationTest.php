<?php
/**
 * The foundation's first slice through WHMCS's own calling path: include the guard file,
 * function_exists, call_user_func with one argument, params from database rows.
 */

require_once __DIR__ . '/HestiaTestCase.php';

final class HestiaFoundationTest extends HestiaTestCase
{
    public function testEveryFunctionWithEmptyParamsReturnsItsDocumentedType(): void
    {
        // As WHMCS's sample-module test does: require the module file, call with array().
        $arrays = ['MetaData', 'ConfigOptions', 'TestConnection', 'AdminCustomButtonArray',
            'ClientAreaCustomButtonArray', 'AdminServicesTabFields', 'ServiceSingleSignOn',
            'AdminSingleSignOn', 'ClientArea', 'ListAccounts'];
        $strings = ['CreateAccount', 'SuspendAccount', 'UnsuspendAccount', 'TerminateAccount',
            'ChangePassword', 'ChangePackage', 'UsageUpdate', 'LoginLink', 'IssueSsl', 'ReapplyPackage'];
        foreach ($arrays as $fn) {
            if (function_exists(self::MODULE . "_$fn")) {
                $this->assertIsArray($this->host->call(self::MODULE, $fn, []), $fn);
            }
        }
        foreach ($strings as $fn) {
            if (function_exists(self::MODULE . "_$fn")) {
                $this->assertIsString($this->host->call(self::MODULE, $fn, []), $fn);
            }
        }
        $this->assertTrue(function_exists('oxide_hestiacp_CreateAccount'));
    }

    public function testTestConnectionSucceedsWithThePinAndLogsWithoutSecrets(): void
    {
        $r = $this->server($this->serverId, 'TestConnection');
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertSame('1.10.3', $r['version']);
        $this->assertEqualsCanonicalizing(['v-list-sys-info', 'v-list-user-packages'], $this->commands(), 'two reads, at once');
        $log = json_encode($this->host->moduleLog());
        $this->assertStringContainsString('v-list-sys-info', $log);
        $this->assertStringContainsString(str_repeat('*', strlen($this->keyId . ':' . $this->keySecret)), $log);
    }

    /**
     * The two reads run at once: with each answer held back 600 ms, the second request still
     * arrives while the first waits (one after the other it would come 600 ms later).
     *
     * @group simulator-only
     */
    public function testTestConnectionAsksBothQuestionsAtOnce(): void
    {
        foreach (['v-list-sys-info', 'v-list-user-packages'] as $route) {
            $this->panel->control('POST', '/faults', ['route' => $route, 'kind' => 'latency', 'ms' => 600, 'times' => 1]);
        }
        $this->assertTrue($this->server($this->serverId, 'TestConnection')['success']);
        $at = array_column($this->panel->control('GET', '/requests'), 'at_ms', 'route');
        $this->assertCount(2, $at);
        $this->assertLessThan(400, abs($at['v-list-sys-info'] - $at['v-list-user-packages']));
    }

    public function testWrongPinNoPinBadKeyAndClosedPortEachSayWhatToFix(): void
    {
        $wrongPin = $this->hestiaServer($this->keyId . ':' . $this->keySecret . "\npin=" . str_repeat('00:', 31) . '00');
        $r = $this->server($wrongPin, 'TestConnection');
        $this->assertFalse($r['success']);
        $this->assertStringContainsString('does not match the pinned fingerprint', $r['error']);
        $this->assertStringContainsString($this->panel->sha256, $r['error']);

        $noPin = $this->hestiaServer($this->keyId . ':' . $this->keySecret);
        $r = $this->server($noPin, 'TestConnection');
        $this->assertFalse($r['success']);
        $this->assertStringContainsString('pin=' . $this->panel->sha256, $r['error']);

        $badSecret = $this->secret(str_repeat('b', 40));
        $badKey = $this->hestiaServer($this->keyId . ':' . $badSecret . "\npin=" . $this->panel->sha256);
        $r = $this->server($badKey, 'TestConnection');
        $this->assertFalse($r['success']);
        $this->assertStringContainsString('refused the credentials', $r['error']);

        $sock = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($sock, false), ':'), 1);
        fclose($sock);
        $closed = $this->hestiaServer(null, ['port' => $port]);
        $r = $this->server($closed, 'TestConnection');
        $this->assertFalse($r['success']);
        $this->assertStringContainsString("cannot connect to 127.0.0.1:$port", $r['error']);
        // Nothing reached the panel from the three refused configurations but the bad key's
        // (its two reads, sent at once).
        $routes = array_column($this->panel->control('GET', '/requests'), 'route');
        $this->assertEqualsCanonicalizing(['v-list-sys-info', 'v-list-user-packages'], $routes);
    }

    public function testModuleLogGoesToTblmodulelogThroughLogModuleCall(): void
    {
        $this->server($this->serverId, 'TestConnection');
        $rows = $this->host->moduleLog();
        $this->assertNotEmpty($rows);
        $this->assertSame(self::MODULE, $rows[0]['module']);
        foreach ($rows as $row) {
            $this->assertStringNotContainsString($this->keySecret, $row['request'] . $row['response']);
        }
    }
}
