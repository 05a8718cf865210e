<?php
/**
 * oxide_cpanel: every function's WHM requests and how many wait for one another, pinned (see
 * RequestPath). The minimum WHM API 1 allows, per function:
 * - CreateAccount: createacct alone is 1; the module also checks the package and the name
 *   (listpkgs, listaccts, verify_new_username), all at once before it: 2 one after another.
 *   (A product with add-on limits adds modifyacct after createacct.)
 * - pages (admin tab, client area), TestConnection, UsageUpdate: 1 — two independent reads
 *   at once (the account and its traffic; version and privileges; listaccts and showbw).
 * - SSO, Suspend/Unsuspend/Terminate/ChangePassword, ChangePackage without add-ons: 1.
 *
 * @group request-path
 */

require_once __DIR__ . '/CpanelTestCase.php';
require_once __DIR__ . '/RequestPath.php';

final class CpanelRequestPathTest extends CpanelTestCase
{
    use RequestPath;

    private function path(string $label, callable $call, ?array $expect): array
    {
        return $this->measurePath($this->panel, self::MODULE, $label, $call, $expect);
    }

    public function testLifecycle(): void
    {
        $this->path('TestConnection', fn () => $this->server($this->serverId, 'TestConnection'), [2, 1]);
        $plain = $this->newService($this->product(), 'plain.example', ['username' => 'plainuser']);
        $this->path('CreateAccount', fn () => $this->service($plain, 'CreateAccount'), [4, 2]);
        $this->path('AdminServicesTabFields', fn () => $this->service($plain, 'AdminServicesTabFields'), [2, 1]);
        $this->path('ClientArea', fn () => $this->service($plain, 'ClientArea'), [2, 1]);
        $this->path('ServiceSingleSignOn', fn () => $this->service($plain, 'ServiceSingleSignOn'), [1, 1]);
        $this->path('AdminSingleSignOn', fn () => $this->service($plain, 'AdminSingleSignOn'), [1, 1]);
        $this->path('ChangePassword', fn () => $this->service($plain, 'ChangePassword', ['password' => $this->secret('Next-Pass-43')]), [1, 1]);
        $this->host->updateService($plain, ['packageid' => $this->product(['WHM package' => 'pro'])]);
        // changepackage and listresellers (is it a reseller to revoke?) at once.
        $this->path('ChangePackage', fn () => $this->service($plain, 'ChangePackage'), [2, 1]);
        $this->path('WebmailLogin', fn () => $this->service($plain, 'WebmailLogin'), [1, 1]);
        // listaccts and showbw at once, then one batch of StatsBar counts for every account.
        $this->path('MetricUsage', fn () => $this->server($this->serverId, 'MetricUsage'), [3, 2]);
        $this->path('SuspendAccount', fn () => $this->service($plain, 'SuspendAccount'), [1, 1]);
        $this->path('UnsuspendAccount', fn () => $this->service($plain, 'UnsuspendAccount'), [1, 1]);
        $this->path('UsageUpdate', fn () => $this->server($this->serverId, 'UsageUpdate'), [2, 1]);
        $this->path('ListAccounts', fn () => $this->server($this->serverId, 'ListAccounts'), [1, 1]);
        $this->path('TerminateAccount', fn () => $this->service($plain, 'TerminateAccount'), [1, 1]);
    }

    public function testReseller(): void
    {
        $pid = $this->product(['Reseller ACL list' => 'pro', 'Reseller nameservers' => 'ns1.host.example'], [], 'reselleraccount');
        $id = $this->newService($pid, 'res.example', ['username' => 'resuser']);
        // The create's checks, createacct, then setupreseller, setacls, setresellerlimits,
        // setresellernameservers one after another (each needs the one before).
        $this->path('CreateAccount (reseller)', fn () => $this->service($id, 'CreateAccount'), [8, 6]);
        $this->path('SuspendAccount (reseller)', fn () => $this->service($id, 'SuspendAccount'), [1, 1]);
        $this->path('UnsuspendAccount (reseller)', fn () => $this->service($id, 'UnsuspendAccount'), [1, 1]);
        $this->path('WhmLogin', fn () => $this->service($id, 'WhmLogin'), [1, 1]);
        // The accounts it owns (itself among them) and its traffic at once.
        $this->path('AdminServicesTabFields (reseller)', fn () => $this->service($id, 'AdminServicesTabFields'), [2, 1]);
        $this->path('ChangePackage (reseller)', fn () => $this->service($id, 'ChangePackage'), [5, 5]);
        // Owned accounts listed, reseller status revoked, the account removed.
        $this->path('TerminateAccount (reseller)', fn () => $this->service($id, 'TerminateAccount'), [3, 3]);
    }
}
