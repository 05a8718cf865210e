<?php
/**
 * The client area in the client's language, in WHMCS's markup: usage bars with
 * aria-valuenow/aria-valuemax, warnings (suspended, near a limit), shortcuts to the panel's
 * pages that cost no request, and quick mail account creation (v-add-mail-account), whose
 * refusals (bad name, weak password, bad quota, full plan) are in the client's language and
 * create nothing. Runs against the simulator and the real HestiaCP.
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';
require_once __DIR__ . '/RendersClientArea.php';

final class HestiaClientAreaTest extends HestiaLifecycleTestCase
{
    use RendersClientArea;

    private const MAIL_PW = 'Mail-Box-Pass-7';

    private int $id;

    protected function setUp(): void
    {
        parent::setUp();
        $_SESSION = [];
        $_POST = [];
        // 'domain': web, DNS and mail domain for shop.example, as WHMCS's own cPanel flow has.
        $this->id = $this->activeService(['After creation' => 'domain']);
    }

    protected function tearDown(): void
    {
        $_SESSION = [];
        $_POST = [];
        parent::tearDown();
    }

    private function clientArea(string $language = 'english'): array
    {
        return $this->clientAreaVars($this->id, $language);
    }

    public function testGermanPageHasNoEnglishLabelLeft(): void
    {
        $vars = $this->clientArea('german');
        $html = $this->renderTemplate(self::MODULE, 'clientarea.tpl', $vars);
        $this->assertStringContainsString('Speicherplatz', $html);
        $this->assertStringContainsString('E-Mail-Konto schnell anlegen', $html);
        $this->assertStringContainsString('Bei HestiaCP anmelden', $html);
        $this->assertNoEnglishLeft(self::MODULE, $html);
    }

    public function testFileManagerPageLabelsAreInTheClientsLanguage(): void
    {
        $_SESSION['Language'] = 'german';
        $page = $this->service($this->id, 'FileManager');
        $this->assertSame('templates/filemanager', $page['templatefile'] ?? null, json_encode($page));
        $html = $this->renderTemplate(self::MODULE, 'filemanager.tpl', $page['vars']);
        foreach (['Dateimanager', 'Neuer Ordner', 'Umbenennen', 'Berechtigungen', 'Abbrechen', 'Namen suchen, z. B. *.php'] as $label) {
            $this->assertStringContainsString($label, $html);
        }
        $this->assertNoEnglishLeft(self::MODULE, $html);
        // The script's status lines and prompts come in the page's data-lang, German too.
        $doc = new DOMDocument();
        libxml_use_internal_errors(true);
        $doc->loadHTML('<?xml encoding="utf-8"?>' . $html);
        $script = json_decode((string) (new DOMXPath($doc))->query('//*[@id="ofm"]/@data-lang')->item(0)?->nodeValue, true);
        $this->assertSame('{path} gespeichert', $script['fmJsSaved'] ?? null);
        $this->assertSame('Name des neuen Ordners:', $script['fmJsAskFolderName'] ?? null);
        $this->assertSame(',', $script['numberDecimal'] ?? null);
    }

    public function testEveryVisibleTextComesFromTheLanguageFile(): void
    {
        $vars = $this->clientArea();
        $data = array_merge([$vars['username'], $vars['package'], '@' . $vars['mailDomain']], array_column($vars['domains'], 'name'),
            array_column($vars['usage'], 'text'));
        // Labels Rust looked up in the same file (the German test covers their language).
        foreach (['usage' => 'label', 'shortcuts' => 'label'] as $list => $field) {
            foreach ($vars[$list] as $i => $item) {
                $vars[$list][$i][$field] = '⟦' . $item[$field] . '⟧';
            }
        }
        $this->assertAllTextFromLanguageFile(self::MODULE, 'clientarea.tpl', $vars, $data, ['SSL']);
    }

    public function testUsageBarsCarryTheirValuesForAssistiveTechnology(): void
    {
        $this->setState(['users' => ['shopuser' => ['U_DISK' => '9300', 'U_BANDWIDTH' => '1024']]]);
        $vars = $this->clientArea('german');
        $html = $this->renderTemplate(self::MODULE, 'clientarea.tpl', $vars);
        $this->assertMatchesRegularExpression('#<div class="progress-bar bg-warning" role="progressbar" style="width: 90%"\s+aria-valuenow="9300" aria-valuemin="0" aria-valuemax="10240"\s+aria-labelledby="oxide-hestiacp-disk">#', $html);
        $this->assertMatchesRegularExpression('#aria-valuenow="1024" aria-valuemin="0" aria-valuemax="102400"\s+aria-labelledby="oxide-hestiacp-bandwidth"#', $html);
        $this->assertStringContainsString('9,1 GB von 10 GB', $html, 'sizes in German');
        $this->assertStringContainsString('Speicherplatz: 90 % des Limits erreicht.', $html, 'the near-limit warning');
    }

    public function testSuspendedAccountIsSaidAndOffersNoMailForm(): void
    {
        $this->setState(['users' => ['shopuser' => ['SUSPENDED' => 'yes']]]);
        $html = $this->renderTemplate(self::MODULE, 'clientarea.tpl', $this->clientArea('french'));
        $this->assertStringContainsString('Ce compte est suspendu.', $html);
        $this->assertStringNotContainsString('name="email_prefix"', $html);
    }

    /** Shortcuts are plain links: the page reads the panel once (user and domains at once) and no more. */
    public function testShortcutsLinkThePanelsPagesWithoutRequests(): void
    {
        $vars = $this->clientArea();
        $urls = array_column($vars['shortcuts'], 'url');
        $panel = 'https://127.0.0.1:' . $this->panel->port . '/';
        foreach (['list/web/', 'list/mail/', 'list/db/', 'list/cron/', 'list/backup/', 'fm/'] as $path) {
            $this->assertContains($panel . $path, $urls);
        }
        $this->assertContains("clientarea.php?action=productdetails&id={$this->id}&modop=custom&a=FileManager", $urls);
        $this->assertEqualsCanonicalizing(['v-list-user', 'v-list-web-domains'], $this->commands());
    }

    private function createMail(string $prefix, string $password, string $quota = '250', string $language = 'german')
    {
        $_SESSION['Language'] = $language;
        $_POST = ['email_prefix' => $prefix, 'email_pw' => $password, 'email_quota' => $quota];
        return $this->service($this->id, 'CreateEmailAccount');
    }

    private function mailAccounts(): int
    {
        return (int) ($this->state()['users']['shopuser']['mail_domains']['shop.example']['ACCOUNTS'] ?? -1);
    }

    public function testCreatesTheMailAccountAndNeverLogsThePassword(): void
    {
        $this->secret(self::MAIL_PW);
        $this->assertSame(0, $this->mailAccounts());
        $this->assertSame('success', $this->createMail('Info', self::MAIL_PW));
        $this->assertSame(1, $this->mailAccounts());
        $this->assertSame(['v-add-mail-account'], $this->mutatingCommands());
        $this->assertStringContainsString('info@shop.example', $this->moduleLogText());
        $this->assertStringStartsWith('Dieses E-Mail-Konto gibt es bereits.', $this->createMail('info', self::MAIL_PW));
        $this->assertSame(1, $this->mailAccounts());
        // tearDown: the password is in no log entry and no returned value.
    }

    public function testRefusesBadInputInTheClientsLanguageAndCreatesNothing(): void
    {
        $this->secret('weakpass');
        $cases = [
            ['bad name!', self::MAIL_PW, '250', 'Der E-Mail-Name darf nur'],
            ['info', 'weakpass', '250', 'Das Passwort ist zu schwach'],
            ['info', self::MAIL_PW, 'viel', 'Die Postfachgröße muss'],
        ];
        foreach ($cases as [$prefix, $pw, $quota, $expected]) {
            $this->assertStringStartsWith($expected, $this->createMail($prefix, $pw, $quota));
        }
        $this->assertSame([], $this->mutatingCommands(), 'nothing reached the panel');
        $this->assertSame(0, $this->mailAccounts());
        $this->assertStringStartsWith('La contraseña es demasiado débil', $this->createMail('info', 'weakpass', '250', 'spanish'));
    }

    public function testAFullPlanIsRefusedClearlyAndNothingIsCreated(): void
    {
        $this->secret(self::MAIL_PW);
        $this->setState(['users' => ['shopuser' => ['MAIL_ACCOUNTS' => '1']]]);
        $this->assertSame('success', $this->createMail('first', self::MAIL_PW));
        $answer = $this->createMail('second', self::MAIL_PW);
        $this->assertStringStartsWith('Die E-Mail-Konten Ihres Pakets sind ausgeschöpft.', $answer);
        $this->assertSame(1, $this->mailAccounts());
    }

    public function testTheAccountsBarShowsTheMailLimit(): void
    {
        $this->setState(['users' => ['shopuser' => ['MAIL_ACCOUNTS' => '2']]]);
        $this->secret(self::MAIL_PW);
        $this->assertSame('success', $this->createMail('first', self::MAIL_PW));
        $usage = array_column($this->clientArea()['usage'], null, 'key');
        $this->assertSame([1, 2, 50, '1 of 2'], [$usage['mail']['now'], $usage['mail']['max'], $usage['mail']['percent'], $usage['mail']['text']]);
    }
}
