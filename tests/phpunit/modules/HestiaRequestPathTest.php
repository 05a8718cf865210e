<?php
/**
 * oxide_hestiacp: every function's panel requests and how many wait for one another, pinned
 * (see RequestPath). The minimum HestiaCP's API allows, per function:
 * - CreateAccount: 2 one after another — the user, then its domain (v-add-domain needs the
 *   user); the package check and the name probe go with the first wave.
 * - pages (admin tab, client area), TestConnection: 1 — independent reads at once.
 * - Suspend/Unsuspend/Terminate/ChangePassword: 1 — one command each.
 * - ChangePackage to a server package: 1 (v-change-user-package; a missing package is
 *   reported by the panel itself, the list is fetched only then).
 * - UsageUpdate/ListAccounts: 1 (v-list-users for the whole server).
 * - A custom package: the package list, the package file, the package, then the user: the
 *   package must exist before the user is put on it (ChangePackage reads the user's usage with
 *   the list, at once).
 * - File manager: a listing is 1; opening a file is 2 (its size and type are checked before it
 *   is read, so a huge file or a link is never fetched); saving is 4 (the folder is checked,
 *   the content goes through a /tmp file, is copied, and the /tmp file is emptied afterwards,
 *   since HestiaCP's API cannot delete it).
 *
 * Latency faults exist on the simulator only (make bench runs these with the real HestiaCP's
 * per-command times, OXIDE_LATENCY_PROFILE), hence simulator-only.
 *
 * @group simulator-only
 * @group request-path
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';
require_once __DIR__ . '/RequestPath.php';

final class HestiaRequestPathTest extends HestiaLifecycleTestCase
{
    use RequestPath;

    private static string $fsRoot;

    public static function setUpBeforeClass(): void
    {
        // The simulator keeps the file manager's homes here (as in HestiaFileManagerTest).
        self::$fsRoot = sys_get_temp_dir() . '/oxide-path-phpunit-' . getmypid();
        @mkdir(self::$fsRoot, 0700, true);
        putenv('OXIDE_SIM_HESTIA_FS_ROOT=' . self::$fsRoot);
    }

    public static function tearDownAfterClass(): void
    {
        parent::tearDownAfterClass();
        putenv('OXIDE_SIM_HESTIA_FS_ROOT');
        exec('rm -rf ' . escapeshellarg(self::$fsRoot));
    }

    private function path(string $label, callable $call, ?array $expect): array
    {
        return $this->measurePath($this->panel, self::MODULE, $label, $call, $expect);
    }

    public function testLifecycle(): void
    {
        $this->path('TestConnection', fn () => $this->server($this->serverId, 'TestConnection'), [2, 1]);

        $web = $this->newService($this->product(['After creation' => 'web']), 'web.example', ['username' => 'pathweb']);
        $this->path('CreateAccount (web domain)', fn () => $this->service($web, 'CreateAccount'), [2, 2]);
        $plain = $this->newService($this->product(), 'plain.example', ['username' => 'pathplain']);
        $this->path('CreateAccount (no domain)', fn () => $this->service($plain, 'CreateAccount'), [1, 1]);
        $custom = $this->newService($this->product(['Use the package parameters' => 'on', 'Package name to deploy' => 'pathpkg']),
            'custom.example', ['username' => 'pathcustom']);
        $this->path('CreateAccount (custom package)', fn () => $this->service($custom, 'CreateAccount'), [4, 4]);

        $this->path('AdminServicesTabFields', fn () => $this->service($web, 'AdminServicesTabFields'), [2, 1]);
        $this->path('ClientArea', fn () => $this->service($web, 'ClientArea'), [2, 1]);
        $this->path('LoginLink', fn () => $this->service($web, 'LoginLink'), [0, 0]);
        $this->path('ChangePassword', fn () => $this->service($plain, 'ChangePassword', ['password' => $this->secret('Next-Pass-43')]), [1, 1]);
        $this->host->updateService($plain, ['packageid' => $this->product(['Package on server' => 'default'])]);
        $this->path('ChangePackage (server package)', fn () => $this->service($plain, 'ChangePackage'), [1, 1]);
        $this->host->updateService($custom, ['packageid' => $this->product(['Use the package parameters' => 'on',
            'Package name to deploy' => 'pathpkg', 'Disk quota (MB)' => '4096'])]);
        $this->path('ChangePackage (custom package)', fn () => $this->service($custom, 'ChangePackage'), [5, 4]);
        $this->path('SuspendAccount', fn () => $this->service($web, 'SuspendAccount'), [1, 1]);
        $this->path('UnsuspendAccount', fn () => $this->service($web, 'UnsuspendAccount'), [1, 1]);
        $this->path('UsageUpdate', fn () => $this->server($this->serverId, 'UsageUpdate'), [1, 1]);
        $this->path('ListAccounts', fn () => $this->server($this->serverId, 'ListAccounts'), [1, 1]);
        $this->path('TerminateAccount', fn () => $this->service($plain, 'TerminateAccount'), [1, 1]);
    }

    public function testFileManager(): void
    {
        $f = new FileManagerFixture($this->host, $this->panel);
        $this->secret($f->keySecret);
        $fm = function (string $action, array $fields = []) use ($f): array {
            $params = $this->host->params($f->services['ada']);
            $params['fileManager'] = $fields + ['client' => (string) $f->clients['ada'], 'action' => $action];
            return $this->host->call(self::MODULE, 'FileManagerAction', $params);
        };
        $fm('list', ['path' => '']);
        $this->path('File manager: list', fn () => $fm('list', ['path' => '']), [1, 1]);
        $this->path('File manager: save', fn () => $fm('upload', ['path' => '', 'name' => 'p.txt', 'content' => "path\n", 'overwrite' => '1']), [4, 4]);
        $this->path('File manager: open', fn () => $fm('read', ['path' => 'p.txt']), [2, 2]);
    }
}
