<?php
/**
 * What staff and clients see: AdminServicesTabFields (package, usage, suspension, domains),
 * ClientArea (template array with usage, domains and the panel link), LoginLink (a plain
 * link: HestiaCP has no single sign-on, so the module offers none).
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';

final class HestiaViewsTest extends HestiaLifecycleTestCase
{
    private int $id;

    protected function setUp(): void
    {
        parent::setUp();
        $this->id = $this->activeService(['After creation' => 'web']);
        $this->setState(['users' => ['shopuser' => [
            'U_DISK' => '312', 'U_BANDWIDTH' => '1024',
            'web_domains' => ['shop.example' => ['SSL' => 'yes'], 'blog.example' => (object) []],
        ]]]);
    }

    private function panelUrl(): string
    {
        return 'https://127.0.0.1:' . $this->panel->port . '/';
    }

    public function testAdminTabShowsPackageUsageStatusAndDomains(): void
    {
        $tab = $this->service($this->id, 'AdminServicesTabFields');
        $this->assertSame('shopuser — package gold', $tab['HestiaCP account']);
        $this->assertSame('Active on the panel', $tab['Status']);
        $this->assertStringStartsWith('312 MB of 10 GB<div class="progress"', $tab['Disk space']);
        $this->assertStringContainsString('aria-valuenow="312" aria-valuemin="0" aria-valuemax="10240"', $tab['Disk space']);
        $this->assertStringStartsWith('1 GB of 100 GB<div class="progress"', $tab['Bandwidth (this month)']);
        $this->assertStringContainsString('shop.example (SSL)', $tab['Web domains']);
        $this->assertStringContainsString('blog.example', $tab['Web domains']);
    }

    public function testAdminTabShowsSuspensionAndUnlimited(): void
    {
        $this->setState(['users' => ['shopuser' => ['SUSPENDED' => 'yes', 'PACKAGE' => 'default', 'DISK_QUOTA' => 'unlimited']]]);
        $tab = $this->service($this->id, 'AdminServicesTabFields');
        $this->assertSame('Suspended on the panel', $tab['Status']);
        $this->assertSame('312 MB of unlimited', $tab['Disk space']);
    }

    /**
     * The user and its domains are read at once: with each answer held back 600 ms, both
     * requests arrive together, for the admin tab and the client area alike.
     *
     * @group simulator-only
     */
    public function testAdminTabAndClientAreaReadAtOnce(): void
    {
        foreach (['AdminServicesTabFields', 'ClientArea'] as $fn) {
            $this->clearRequests();
            foreach (['v-list-user', 'v-list-web-domains'] as $route) {
                $this->fault(['route' => $route, 'kind' => 'latency', 'ms' => 600, 'times' => 1]);
            }
            $this->assertIsArray($this->service($this->id, $fn));
            $at = array_column($this->requests(), 'at_ms', 'route');
            $this->assertCount(2, $at, $fn);
            $this->assertLessThan(400, abs($at['v-list-user'] - $at['v-list-web-domains']), $fn);
        }
    }

    public function testAdminTabUsesTwoReadRequests(): void
    {
        $this->service($this->id, 'AdminServicesTabFields');
        $this->assertEqualsCanonicalizing(['v-list-user', 'v-list-web-domains'], $this->commands(), 'two reads, at once');
    }

    /**
     * HestiaCP refuses such a domain name: only a simulator can hold it.
     *
     * @group simulator-only
     */
    public function testAdminTabEscapesPanelText(): void
    {
        $this->setState(['users' => ['shopuser' => ['PACKAGE' => 'gold', 'web_domains' => ['x<b>.example' => (object) []]]]]);
        $tab = $this->service($this->id, 'AdminServicesTabFields');
        $this->assertStringNotContainsString('<b>', $tab['Web domains']);
    }

    public function testAdminTabForAMissingUserIsAnErrorField(): void
    {
        $this->setState(['users' => ['shopuser' => null]]);
        $tab = $this->service($this->id, 'AdminServicesTabFields');
        $this->assertStringContainsString('the panel has no user shopuser', $tab['Error']);
    }

    public function testClientAreaReturnsTheTemplateWithUsageDomainsAndPanelLink(): void
    {
        $r = $this->service($this->id, 'ClientArea');
        $this->assertSame('templates/clientarea.tpl', $r['tabOverviewModuleOutputTemplate']);
        $vars = $r['templateVariables'];
        $this->assertSame(['shopuser', 'gold', false], [$vars['username'], $vars['package'], $vars['suspended']]);
        $this->assertSame([312, 10240, 1024, 102400], [$vars['diskUsedMb'], $vars['diskLimitMb'], $vars['bandwidthUsedMb'], $vars['bandwidthLimitMb']]);
        $domains = array_column($vars['domains'], 'ssl', 'name');
        ksort($domains);
        $this->assertSame(['blog.example' => false, 'shop.example' => true], $domains);
        $this->assertSame($this->panelUrl(), $vars['panelUrl']);
        $this->assertEqualsCanonicalizing(['v-list-user', 'v-list-web-domains'], $this->commands(), 'two reads, at once');
    }

    public function testClientAreaTemplateExists(): void
    {
        $r = $this->service($this->id, 'ClientArea');
        $this->assertFileExists($this->host->modulesDir() . '/' . self::MODULE . '/' . $r['tabOverviewModuleOutputTemplate']);
    }

    /** @group simulator-only */
    public function testClientAreaErrorUsesTheErrorTemplate(): void
    {
        $this->fault(['route' => 'v-list-user', 'kind' => 'refuse', 'times' => 1]);
        $r = $this->service($this->id, 'ClientArea');
        $this->assertSame('templates/error.tpl', $r['tabOverviewReplacementTemplate']);
        $this->assertNotSame('', $r['templateVariables']['usefulErrorHelper']);
    }

    public function testLoginLinkIsAPlainLinkToThePanelWithoutRequests(): void
    {
        $html = $this->service($this->id, 'LoginLink');
        $this->assertSame('<a href="' . $this->panelUrl() . '" target="_blank" rel="noopener">Log in to HestiaCP</a>', $html);
        $this->assertSame([], $this->commands());
    }

    public function testNoSingleSignOnIsPretended(): void
    {
        $this->assertFalse(function_exists(self::MODULE . '_ServiceSingleSignOn'));
        $this->assertFalse(function_exists(self::MODULE . '_AdminSingleSignOn'));
        $meta = $this->host->metaData(self::MODULE);
        $this->assertArrayNotHasKey('ServiceSingleSignOnLabel', $meta);
    }
}
