<?php
/**
 * The cPanel client area as a client meets it: usage bars and warnings, the quick shortcuts
 * (WHMCS's single sign-on link with the app, which reaches create_user_session), and Quick
 * Create Email Account (UAPI Email::add_pop through uapi_cpanel): what it creates, what it
 * refuses (creating nothing), and that the password is in no log.
 */

require_once __DIR__ . '/CpanelTestCase.php';

use Illuminate\Database\Capsule\Manager as Capsule;

final class CpanelClientAreaTest extends CpanelTestCase
{
    private const APPS = ['Email_Accounts', 'Email_Forwarders', 'Email_AutoResponders', 'FileManager_Home', 'Backups_Home',
        'Domains_SubDomains', 'Domains_AddonDomains', 'Cron_Home', 'Database_MySQL', 'Database_phpMyAdmin', 'Stats_AWStats'];

    protected function tearDown(): void
    {
        $_POST = [];
        $_GET = [];
        $_SESSION = [];
        parent::tearDown();
    }

    private function clientArea(int $id): array
    {
        $ca = $this->service($id, 'ClientArea');
        $this->assertSame('templates/clientarea.tpl', $ca['tabOverviewModuleOutputTemplate'] ?? null, json_encode($ca));
        return $ca['templateVariables'];
    }

    /** The module's template rendered with Smarty 4 as WHMCS renders it, as a DOM. */
    private function page(array $vars): DOMXPath
    {
        if (!class_exists('Smarty')) {
            require_once '/usr/share/php/smarty4/bootstrap.php';
        }
        $s = new Smarty();
        $s->setCompileDir(sys_get_temp_dir() . '/oxide-phpunit-smarty');
        $s->assign($vars + ['token' => 'tok']);
        $html = $this->rendered($s->fetch($this->host->modulesDir() . '/oxide_cpanel/templates/clientarea.tpl'));
        $doc = new DOMDocument();
        libxml_use_internal_errors(true);
        $doc->loadHTML('<?xml encoding="utf-8"?><html><body>' . $html . '</body></html>');
        return new DOMXPath($doc);
    }

    public function testUsageBarsLimitsAndAWarningNearTheLimit(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $id = $this->activeService();
        // basic: 1024 MB disk, 10240 MB bandwidth.
        $this->setState(['accounts' => ['shopuser' => ['disk_used_mb' => 960, 'stats' => ['mysqldatabases' => 2]]],
            'bandwidth' => ['shopuser' => ['2026-05' => 2048 * self::MB]]]);
        $v = $this->clientArea($id);
        $this->assertSame([93, 1024, true], [$v['disk']['percent'], $v['disk']['limit'], $v['disk']['near']]);
        $this->assertSame([20, false], [$v['bandwidth']['percent'], $v['bandwidth']['near']]);
        $this->assertSame('2 GB of 10 GB', $v['bandwidth']['text']);
        $this->assertCount(1, $v['warnings']);
        $this->assertStringContainsString('93% of its disk space', $v['warnings'][0]);
        $x = $this->page($v);
        $disk = $x->query('//*[@id="oxide-cpanel-disk-bar"]')->item(0);
        $this->assertNotNull($disk, 'the disk bar is drawn');
        $this->assertSame(['progressbar', '93', '100', 'progress'],
            [$disk->getAttribute('role'), $disk->getAttribute('aria-valuenow'), $disk->getAttribute('aria-valuemax'), explode(' ', $disk->parentNode->getAttribute('class'))[0]]);
        $this->assertSame('20', $x->query('//*[@id="oxide-cpanel-bandwidth-bar"]')->item(0)->getAttribute('aria-valuenow'));
        $this->assertSame(1, $x->query('//div[contains(@class,"alert-warning")]')->length);
        $this->assertStringContainsString('Addon domains: 1', preg_replace('/\s+/', ' ', $x->query('//ul[contains(@class,"oxide-cpanel-limits")]')->item(0)->textContent));
        // Mailboxes and databases against the package's limits (basic: 10 and 5), from StatsBar.
        $this->assertSame(['0 of 10', 0], [$v['bars'][2]['text'], $v['bars'][2]['percent']]);
        $this->assertSame('0', $x->query('//*[@id="oxide-cpanel-mailboxes-bar"]')->item(0)->getAttribute('aria-valuenow'));
        $this->assertSame(['2 of 5', '40'], [$v['bars'][3]['text'], $x->query('//*[@id="oxide-cpanel-databases-bar"]')->item(0)->getAttribute('aria-valuenow')]);
    }

    public function testASuspendedAccountIsSaidSoAndOffersNoShortcuts(): void
    {
        $id = $this->activeService();
        $this->service($id, 'SuspendAccount', ['suspendreason' => 'unpaid']);
        $v = $this->clientArea($id);
        $this->assertTrue($v['suspended']);
        $this->assertStringContainsString('suspended', $v['warnings'][0]);
        $x = $this->page($v);
        $this->assertSame(0, $x->query('//*[@data-app]')->length);
        $this->assertSame(0, $x->query('//form[@id="oxide-cpanel-email-form"]')->length);
    }

    public function testShortcutsAreWhmcsSingleSignOnLinksAndCostNoRequest(): void
    {
        $id = $this->activeService();
        $this->clearRequests();
        $v = $this->clientArea($id);
        $this->assertEqualsCanonicalizing(['listaccts', 'batch'], $this->functions(), 'the page asks nothing for its shortcuts');
        $this->assertSame(self::APPS, array_column($v['shortcuts'], 'app'));
        foreach ($v['shortcuts'] as $s) {
            $this->assertSame("clientarea.php?action=productdetails&id=$id&dosinglesignon=1&app={$s['app']}", $s['url']);
        }
        $x = $this->page($v);
        $links = $x->query('//a[@data-app]');
        $this->assertSame(11, $links->length);
        $this->assertSame("clientarea.php?action=productdetails&id=$id&dosinglesignon=1&app=Email_Accounts", $links->item(0)->getAttribute('href'));
        $this->assertSame('Email Accounts', trim($links->item(0)->textContent));
        $this->assertSame('', $v['whmUrl'], 'WHM is for resellers');
    }

    public function testAShortcutOpensItsAppThroughCreateUserSession(): void
    {
        $id = $this->activeService();
        foreach (['Database_phpMyAdmin', 'Stats_AWStats'] as $app) {
            $this->clearRequests();
            $r = $this->service($id, 'ServiceSingleSignOn', ['app' => $app]);
            $this->assertTrue($r['success'], $r['errorMsg'] ?? '');
            $this->assertSame(['user' => 'shopuser', 'service' => 'cpaneld', 'app' => $app],
                array_diff_key($this->fieldsOf('create_user_session'), ['api.version' => 1]));
            $this->assertStringEndsWith("&goto_app=$app", $r['redirectTo']);
            $sessions = $this->state()['sessions'];
            $this->assertSame($app, end($sessions)['app']);
        }
        // WHMCS versions that leave the app in the request only.
        $_GET['app'] = 'Cron_Home';
        $this->clearRequests();
        $this->service($id, 'ServiceSingleSignOn');
        $this->assertSame('Cron_Home', $this->fieldsOf('create_user_session')['app']);
        // A key the client made up opens cPanel's home, not whatever it names.
        $_GET['app'] = '../../../json-api/removeacct';
        $this->clearRequests();
        $r = $this->service($id, 'ServiceSingleSignOn');
        $this->assertTrue($r['success']);
        $this->assertArrayNotHasKey('app', $this->fieldsOf('create_user_session'));
    }

    public function testAResellerGetsTheWhmShortcut(): void
    {
        $pid = $this->product(['Reseller ACL list' => 'pro'], [], 'reselleraccount');
        $id = $this->newService($pid, 'res.example', ['username' => 'resuser']);
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $v = $this->clientArea($id);
        $this->assertSame("clientarea.php?action=productdetails&id=$id&modop=custom&a=WhmLogin", $v['whmUrl']);
        $this->assertSame(1, $this->page($v)->query('//a[@id="oxide-cpanel-whm"]')->length);
    }

    private function createMail(int $id, string $prefix, string $password, string $quota = '250')
    {
        $_POST = ['email_prefix' => $prefix, 'email_pw' => $this->secret($password), 'email_quota' => $quota];
        return $this->service($id, 'CreateEmailAccount');
    }

    private function mailboxes(): array
    {
        return $this->account('shopuser')['mailboxes'];
    }

    public function testQuickCreateMakesTheMailboxAndLogsNoPassword(): void
    {
        $id = $this->activeService();
        $this->assertContains('CreateEmailAccount', $this->service($id, 'ClientAreaAllowedFunctions'));
        $this->clearRequests();
        $this->assertSame('success', $this->createMail($id, 'Sales.Team', 'Mail-Box-Pass-77', '500'));
        $this->assertSame(['sales.team@shop.example' => 500], $this->mailboxes());
        $bar = $this->clientArea($id)['bars'][2];
        $this->assertSame(['mailboxes', '1 of 10', 10], [$bar['id'], $bar['text'], $bar['percent']], 'the new mailbox counts');
        $f = $this->fieldsOf('uapi_cpanel');
        $this->assertSame(['shopuser', 'Email', 'add_pop', 'sales.team', 'shop.example', '500'],
            [$f['cpanel.user'], $f['cpanel.module'], $f['cpanel.function'], $f['email'], $f['domain'], $f['quota']]);
        // tblmodulelog holds the exchange, with the password masked.
        $log = json_encode(Capsule::table('tblmodulelog')->get()->all());
        $this->assertStringContainsString('add_pop', $log);
        $this->assertStringNotContainsString('Mail-Box-Pass-77', $log);
    }

    public function testBadNamesAndQuotasAreRefusedBeforeAnyRequest(): void
    {
        $id = $this->activeService();
        foreach ([['bad name', '250', 'may contain only letters'], ['', '250', 'Enter the name'],
                     ['<script>', '250', 'may contain only letters'], ['ok', '-5', 'whole number of megabytes'],
                     ['ok', '1.5', 'whole number of megabytes']] as [$prefix, $quota, $says]) {
            $this->clearRequests();
            $r = $this->createMail($id, $prefix, 'Mail-Box-Pass-77', $quota);
            $this->assertStringContainsString($says, $r, "$prefix / $quota");
            $this->assertSame([], $this->functions(), 'nothing was asked of WHM');
        }
        $_POST = ['email_prefix' => 'ok', 'email_quota' => '10'];
        $this->assertStringContainsString('Enter a password', $this->service($id, 'CreateEmailAccount'));
        $this->assertSame([], $this->mailboxes());
    }

    public function testAWeakPasswordIsCpanelsToRefuseAndCreatesNothing(): void
    {
        $id = $this->activeService();
        $r = $this->createMail($id, 'info', 'abcdefg1');
        $this->assertSame('cPanel refused this password as too weak. Use at least 8 characters that mix upper and lower case letters, digits and symbols.', $r);
        $this->assertSame([], $this->mailboxes());
        $this->assertStringNotContainsString('abcdefg1', json_encode(Capsule::table('tblmodulelog')->get()->all()));
    }

    public function testAFullAccountAndAnExistingMailboxAreRefusedClearly(): void
    {
        $id = $this->activeService();
        $this->assertSame('success', $this->createMail($id, 'info', 'Mail-Box-Pass-77'));
        $this->assertStringContainsString('exists already', $this->createMail($id, 'info', 'Mail-Box-Pass-78'));
        $this->setState(['accounts' => ['shopuser' => ['maxpop' => 1]]]);
        $r = $this->createMail($id, 'sales', 'Mail-Box-Pass-79');
        $this->assertStringContainsString('reached its maximum number of e-mail accounts', $r);
        $this->assertSame(['info@shop.example'], array_keys($this->mailboxes()));
    }

    public function testOnlyActiveServicesGetMailboxes(): void
    {
        $id = $this->activeService();
        $this->host->updateService($id, ['domainstatus' => 'Suspended']);
        $this->clearRequests();
        $r = $this->createMail($id, 'info', 'Mail-Box-Pass-77');
        $this->assertSame('E-mail accounts can be created for active services only.', $r);
        $this->assertSame([], $this->functions());
    }

    public function testTheClientSeesThePageAndTheRefusalsInTheirLanguage(): void
    {
        $this->setState(['current_month' => '2026-05']);
        $id = $this->activeService();
        $this->setState(['accounts' => ['shopuser' => ['disk_used_mb' => 1536, 'quota_mb' => 0]],
            'bandwidth' => ['shopuser' => ['2026-05' => 2048 * self::MB]]]);
        $_SESSION['Language'] = 'german';
        $v = $this->clientArea($id);
        $this->assertSame('1,5 GB von unbegrenzt', $v['disk']['text']);
        $this->assertSame('2 GB von 10 GB', $v['bandwidth']['text']);
        $this->assertSame('E-Mail-Konten', $v['shortcuts'][0]['label']);
        $x = $this->page($v);
        $this->assertSame('E-Mail-Konto schnell anlegen', trim($x->query('//form[@id="oxide-cpanel-email-form"]/preceding-sibling::h3')->item(0)->textContent));
        $this->assertSame('Bei cPanel anmelden', trim($x->query('//a[@id="oxide-cpanel-login"]')->item(0)->textContent));
        $this->assertSame('Dieses Konto ist gesperrt: Website, E-Mail und cPanel sind nicht verfügbar. Bitte wenden Sie sich an den Support.',
            $this->langText('german', 'suspendedWarning'));
        $this->assertSame('cPanel hat dieses Passwort als zu schwach abgelehnt. Verwenden Sie mindestens 8 Zeichen aus Groß- und Kleinbuchstaben, Ziffern und Sonderzeichen.',
            $this->createMail($id, 'info', 'abcdefg1'));
        $_SESSION['Language'] = 'french';
        $this->assertStringStartsWith('Le nom du compte e-mail ne peut contenir', $this->createMail($id, 'a b', 'Mail-Box-Pass-77'));
    }

    private function langText(string $language, string $key): string
    {
        $_LANG = [];
        include $this->host->modulesDir() . "/oxide_cpanel/lang/$language.php";
        return $_LANG[$key];
    }

    public function testAWhmThatDoesNotAnswerGivesOneLineAndNoMailbox(): void
    {
        $id = $this->activeService();
        $this->fault(['route' => 'uapi_cpanel', 'kind' => 'html', 'status' => 502, 'times' => 1]);
        $r = $this->createMail($id, 'info', 'Mail-Box-Pass-77');
        $this->assertStringStartsWith('cPanel could not create the e-mail account: ', $r);
        $this->assertStringNotContainsString("\n", $r);
        $this->assertSame([], $this->mailboxes());
        // The same form again, with WHM back, makes it.
        $this->assertSame('success', $this->createMail($id, 'info', 'Mail-Box-Pass-77'));
        $this->assertSame(['info@shop.example'], array_keys($this->mailboxes()));
    }

    public function testAnOddPanelRefusalIsShownWithoutThePassword(): void
    {
        $id = $this->activeService();
        $this->fault(['route' => 'uapi_cpanel', 'kind' => 'status', 'status' => 200, 'times' => 1, 'body' => json_encode(['metadata' => ['result' => 1, 'reason' => 'OK'],
            'data' => ['uapi' => ['status' => 0, 'errors' => ['Quota trouble for Mail-Box-Pass-77 today']]]])]);
        $r = $this->createMail($id, 'info', 'Mail-Box-Pass-77');
        $this->assertStringStartsWith('cPanel could not create the e-mail account: Quota trouble for', $r);
    }
}
