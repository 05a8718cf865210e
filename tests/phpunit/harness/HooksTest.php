<?php
/** add_hook()/run_hook() and WhmcsHost::runHook(): priority order, caught exceptions, module hooks. */

require_once __DIR__ . '/HarnessTestCase.php';

final class HooksTest extends HarnessTestCase
{
    public function testPriorityOrderAndResults(): void
    {
        $order = [];
        add_hook('TestPoint', 10, function ($vars) use (&$order) { $order[] = 'ten'; return 'r10'; });
        add_hook('TestPoint', 1, function ($vars) use (&$order) { $order[] = 'one:' . $vars['x']; return null; });
        add_hook('TestPoint', 10, function ($vars) use (&$order) { $order[] = 'ten-later'; return ['k' => 'v']; });
        add_hook('TestPoint', -5, function ($vars) use (&$order) { $order[] = 'minus'; });

        $results = $this->host->runHook('TestPoint', ['x' => 7]);
        $this->assertSame(['minus', 'one:7', 'ten', 'ten-later'], $order);
        $this->assertSame(['r10', ['k' => 'v']], $results);
        $this->assertSame($results, run_hook('TestPoint', ['x' => 7]));
    }

    public function testThrowingHookIsCaughtAndLogged(): void
    {
        $ran = [];
        add_hook('Boom', 1, function () { throw new RuntimeException('kaput'); });
        add_hook('Boom', 2, function () use (&$ran) { $ran[] = 'after'; return 'still ran'; });
        add_hook('Boom', 3, 'no_such_function_anywhere');

        $this->assertSame(['still ran'], $this->host->runHook('Boom', []));
        $this->assertSame(['after'], $ran);
        $log = array_column($this->host->activityLog(), 'description');
        $this->assertCount(2, $log);
        $this->assertStringContainsString('kaput', $log[0]);
    }

    public function testModuleHooksLoadOnceAndSurviveAReset(): void
    {
        $this->assertSame(['module-hook:1'], $this->host->runHook('FakemodPing', ['n' => 1]));
        add_hook('FakemodPing', 1, fn () => 'test-hook');
        $this->assertSame(['test-hook', 'module-hook:2'], $this->host->runHook('FakemodPing', ['n' => 2]));

        $fresh = new WhmcsHost(self::MODULES_DIR);
        $this->assertSame(['module-hook:3'], $fresh->runHook('FakemodPing', ['n' => 3]), 'test hook gone, module hook kept, not doubled');
    }
}
