<?php
/**
 * oxide_storegrid: every function's backup-server requests and how many wait for one another,
 * pinned (see RequestPath). Each is the least the web-console API allows: one action per
 * function; a customer's create with "Retrieve Customer Pass Key" is 2 (the key exists only
 * once the account does).
 *
 * @group request-path
 */

require_once __DIR__ . '/StoregridTestCase.php';
require_once __DIR__ . '/RequestPath.php';

final class StoregridRequestPathTest extends StoregridTestCase
{
    use RequestPath;

    private function path(string $label, callable $call, ?array $expect): array
    {
        return $this->measurePath($this->panel, self::MODULE, $label, $call, $expect);
    }

    public function testLifecycle(): void
    {
        $this->path('TestConnection', fn () => $this->server($this->serverId, 'TestConnection'), [1, 1]);
        $plain = $this->newService($this->product(), ['password' => $this->secret('Start-Pass-1234')]);
        $this->path('CreateAccount', fn () => $this->service($plain, 'CreateAccount'), [1, 1]);
        $other = $this->host->createClient(['firstname' => 'Grace', 'lastname' => 'Hopper', 'email' => 'grace@example.com']);
        $keyed = $this->newService($this->product(['Retrieve Customer Pass Key' => 'on']),
            ['userid' => $other, 'password' => $this->secret('Start-Pass-5678')]);
        $this->path('CreateAccount (with pass key)', fn () => $this->service($keyed, 'CreateAccount'), [2, 2]);
        $this->path('AdminServicesTabFields', fn () => $this->service($plain, 'AdminServicesTabFields'), [1, 1]);
        $this->path('ClientArea', fn () => $this->service($plain, 'ClientArea'), [1, 1]);
        $this->path('ChangePassword', fn () => $this->service($plain, 'ChangePassword', ['password' => $this->secret('Next-Pass-4321')]), [1, 1]);
        $this->path('ChangePackage', fn () => $this->service($plain, 'ChangePackage'), [1, 1]);
        $this->path('SuspendAccount', fn () => $this->service($plain, 'SuspendAccount'), [1, 1]);
        $this->path('UnsuspendAccount', fn () => $this->service($plain, 'UnsuspendAccount'), [1, 1]);
        $this->path('UsageUpdate', fn () => $this->server($this->serverId, 'UsageUpdate'), [1, 1]);
        $this->path('ListAccounts', fn () => $this->server($this->serverId, 'ListAccounts'), [1, 1]);
        $this->path('TerminateAccount', fn () => $this->service($plain, 'TerminateAccount'), [1, 1]);
    }
}
