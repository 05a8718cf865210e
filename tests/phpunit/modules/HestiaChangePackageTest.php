<?php
/**
 * ChangePackage: a custom package is edited when present and created when missing, then the
 * user is on it; without custom packages the user moves to the selected server package.
 * Usage larger than the new package is a clear message and nothing is forced.
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';

final class HestiaChangePackageTest extends HestiaLifecycleTestCase
{
    private const CUSTOM = ['Use the package parameters' => 'on', 'Package name to deploy' => 'oxide-basic',
        'Disk quota (MB)' => '2048', 'Web domains' => '3'];

    /** WHMCS saves the new product on the service, then calls ChangePackage. */
    private function changeProduct(int $id, array $settings)
    {
        $this->host->updateService($id, ['packageid' => $this->product($settings)]);
        return $this->service($id, 'ChangePackage');
    }

    /** "Package on server" is a dropdown WHMCS fills from the Loader: the server's packages, name => name. */
    public function testLoadPackagesListsTheServersPackagesForTheDropdown(): void
    {
        $defs = call_user_func(self::MODULE . '_ConfigOptions', []);
        $this->assertSame(self::MODULE . '_LoadPackages', $defs['Package on server']['Loader'] ?? null);
        $packages = $this->host->call(self::MODULE, 'LoadPackages', $this->host->configOptionsParams($this->product()));
        $this->assertIsArray($packages);
        $this->assertArrayHasKey('gold', $packages);
        foreach ($packages as $name => $label) {
            $this->assertSame((string) $name, $label);
        }
    }

    public function testCustomPackagePresentIsEditedAndReapplied(): void
    {
        $id = $this->activeService(self::CUSTOM);
        $r = $this->changeProduct($id, ['Disk quota (MB)' => '4096'] + self::CUSTOM);
        $this->assertSame('success', $r);
        $this->assertCommands(['v-make-tmp-file', 'v-add-user-package', 'v-update-user-package']);
        $this->assertSame('yes', $this->argsOf('v-add-user-package')[3]);
        $this->assertSame('4096', $this->state()['packages']['oxide-basic']['DISK_QUOTA']);
        $this->assertSame('4096', $this->panelUser('shopuser')['DISK_QUOTA'], 'the user has the edited limits');
    }

    public function testCustomPackageMissingIsCreatedAndTheUserMovedOntoIt(): void
    {
        $id = $this->activeService(self::CUSTOM);
        $r = $this->changeProduct($id, ['Package name to deploy' => 'oxide-pro', 'Disk quota (MB)' => '8192'] + self::CUSTOM);
        $this->assertSame('success', $r);
        $this->assertCommands(['v-make-tmp-file', 'v-add-user-package', 'v-change-user-package']);
        $this->assertCount(2, $this->argsOf('v-add-user-package'), 'created, not rewritten');
        $this->assertSame(['shopuser', 'oxide-pro'], array_values($this->argsOf('v-change-user-package')), 'no FORCE');
        $user = $this->panelUser('shopuser');
        $this->assertSame(['oxide-pro', '8192'], [$user['PACKAGE'], $user['DISK_QUOTA']]);
    }

    public function testWithoutCustomPackageTheUserMovesToTheSelectedPackage(): void
    {
        $id = $this->activeService(['Package on server' => 'gold']);
        $r = $this->changeProduct($id, ['Package on server' => 'default']);
        $this->assertSame('success', $r);
        // No package list first: v-change-user-package itself says when one is missing.
        $this->assertSame(['v-change-user-package'], $this->commands());
        $this->assertSame(['shopuser', 'default'], array_values($this->argsOf('v-change-user-package')), 'no FORCE');
        $this->assertSame('default', $this->panelUser('shopuser')['PACKAGE']);
    }

    public function testSelectedPackageMissingIsNamedAndNothingChanges(): void
    {
        $id = $this->activeService(['Package on server' => 'gold']);
        $r = $this->changeProduct($id, ['Package on server' => 'platinum']);
        $this->assertStringContainsString('platinum', $r);
        $this->assertStringContainsString('Package on server', $r);
        // The panel refuses the change (E_NOTEXIST); the list is read for the message.
        $this->assertSame(['v-change-user-package', 'v-list-user-packages'], $this->commands());
        $this->assertSame('gold', $this->panelUser('shopuser')['PACKAGE']);
    }

    public function testUsageLargerThanTheSelectedPackageIsAClearMessageNotAForce(): void
    {
        $id = $this->activeService(['Package on server' => 'default']);
        $this->setState(['users' => ['shopuser' => ['U_DISK' => '20000']]]);
        $r = $this->changeProduct($id, ['Package on server' => 'gold']);
        $this->assertStringStartsWith('ChangePackage failed:', $r);
        $this->assertStringContainsString('uses more than package `gold` allows', $r);
        $this->assertStringContainsString('DISK', $r);
        $this->assertSame('default', $this->panelUser('shopuser')['PACKAGE']);
        $this->assertCount(2, $this->argsOf('v-change-user-package'), 'never sent with FORCE=yes');
    }

    public function testUsageLargerThanAnEditedCustomPackageChangesNothing(): void
    {
        $id = $this->activeService(self::CUSTOM);
        $this->setState(['users' => ['shopuser' => ['U_DISK' => '3000']]]);
        $r = $this->changeProduct($id, ['Disk quota (MB)' => '1024'] + self::CUSTOM);
        $this->assertStringContainsString('Disk quota (MB) 1024 MB < 3000 MB used', $r);
        $this->assertSame([], $this->mutatingCommands(), 'the package is not rewritten (v-update-user-package would force it)');
        $this->assertSame('2048', $this->state()['packages']['oxide-basic']['DISK_QUOTA']);
        $this->assertSame('2048', $this->panelUser('shopuser')['DISK_QUOTA']);
    }

    public function testUsageLargerThanANewCustomPackageChangesNothing(): void
    {
        $id = $this->activeService(['Package on server' => 'default'], 'shop.example');
        $this->setState(['users' => ['shopuser' => ['web_domains' => ['a.example' => (object) [], 'b.example' => (object) []]]]]);
        $r = $this->changeProduct($id, ['Web domains' => '1'] + self::CUSTOM);
        $this->assertStringContainsString('Web domains 1 < 2 used', $r);
        $this->assertSame([], $this->mutatingCommands());
        $this->assertArrayNotHasKey('oxide-basic', $this->state()['packages']);
    }

    public function testReapplyPackageButtonDeploysAndAppliesTheProductPackage(): void
    {
        $id = $this->activeService(self::CUSTOM);
        $this->setState(['packages' => ['oxide-basic' => ['DISK_QUOTA' => '1']]]);
        $this->assertSame('success', $this->service($id, 'ReapplyPackage'));
        $this->assertSame('2048', $this->state()['packages']['oxide-basic']['DISK_QUOTA']);
        $this->assertSame('2048', $this->panelUser('shopuser')['DISK_QUOTA']);
    }

    /**
     * The package list and the user's usage are read at once (either may arrive first), then
     * `$after` in order.
     */
    private function assertCommands(array $after): void
    {
        $cmds = $this->commands();
        $this->assertEqualsCanonicalizing(['v-list-user-packages', 'v-list-user'], array_slice($cmds, 0, 2));
        $this->assertSame($after, array_slice($cmds, 2));
    }
}
