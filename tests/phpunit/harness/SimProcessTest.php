<?php
/** SimProcess against fixtures/fake-sim.php, which speaks the simulator's startup line and control API. */

use PHPUnit\Framework\TestCase;

final class SimProcessTest extends TestCase
{
    private const FAKE = [PHP_BINARY, __DIR__ . '/fixtures/fake-sim.php'];

    public function testStartsReadsReadyLineAndTalksToControlApi(): void
    {
        $sim = new SimProcess('hestia', [], ['command' => self::FAKE]);
        $this->assertSame('hestia', $sim->panel);
        $this->assertStringStartsWith('http://127.0.0.1:', $sim->url);
        $this->assertSame((int) substr(strrchr($sim->url, ':'), 1), $sim->port);
        $this->assertStringStartsWith('http://127.0.0.1:', $sim->controlUrl);
        $this->assertSame('AB:CD:EF', $sim->sha256);
        $this->assertFalse($sim->tls);

        $this->assertSame(['users' => ['bob' => ['disk' => 5]]], $sim->control('POST', '/state', ['users' => ['bob' => ['disk' => 5]]]));
        $this->assertSame(['users' => ['bob' => ['disk' => 5]]], $sim->control('GET', '/state'));
        $this->assertSame([['route' => '/x', 'status' => 500]], $sim->control('POST', '/faults', ['route' => '/x', 'status' => 500]));
        $this->assertSame(['ok' => true], $sim->control('DELETE', '/faults'));
        $this->assertSame(['ok' => true], $sim->control('POST', '/reset'));
        $this->assertSame([], $sim->control('GET', '/state'));
        $this->assertSame(7, $sim->control('GET', '/stats')['control_requests'], 'this call counted too');
        $sim->stop();
    }

    public function testControlErrorsCarryStatusAndBody(): void
    {
        $sim = new SimProcess('cpanel', [], ['command' => self::FAKE]);
        try {
            $sim->control('GET', '/nowhere');
            $this->fail('expected an exception');
        } catch (RuntimeException $e) {
            $this->assertStringContainsString('HTTP 404', $e->getMessage());
            $this->assertStringContainsString('no route', $e->getMessage());
        } finally {
            $sim->stop();
        }
    }

    public function testStopEndsTheProcessAndIsIdempotent(): void
    {
        $sim = new SimProcess('hestia', [], ['command' => self::FAKE]);
        $control = $sim->controlUrl;
        $sim->stop();
        $sim->stop();
        $this->assertFalse(@file_get_contents("$control/stats"), 'control port closed');
    }

    public function testDestructorStopsTheProcess(): void
    {
        $sim = new SimProcess('hestia', [], ['command' => self::FAKE]);
        $control = $sim->controlUrl;
        unset($sim);
        $this->assertFalse(@file_get_contents("$control/stats"));
    }

    public function testStartupFailureQuotesStderr(): void
    {
        $this->expectException(RuntimeException::class);
        $this->expectExceptionMessageMatches('/exited \(code 3\).*cannot bind, giving up/s');
        new SimProcess('hestia', ['--fail-startup'], ['command' => self::FAKE]);
    }

    public function testStartupTimeout(): void
    {
        $this->expectException(RuntimeException::class);
        $this->expectExceptionMessage('no ready line within 0.3 s');
        new SimProcess('hestia', ['--silent'], ['command' => self::FAKE, 'startTimeout' => 0.3]);
    }

    public function testBinaryComesFromOxideSimBin(): void
    {
        $old = getenv('OXIDE_SIM_BIN');
        putenv('OXIDE_SIM_BIN=' . __DIR__ . '/fixtures/fake-sim.php');
        try {
            $sim = new SimProcess('vpncp');
            $this->assertSame('vpncp', $sim->panel);
            $this->assertSame([], $sim->control('GET', '/faults'));
            $sim->stop();
        } finally {
            putenv($old === false ? 'OXIDE_SIM_BIN' : "OXIDE_SIM_BIN=$old");
        }
    }

    public function testMissingBinary(): void
    {
        $this->expectException(RuntimeException::class);
        new SimProcess('hestia', [], ['command' => ['/nonexistent/oxide-sim'], 'startTimeout' => 2]);
    }
}
