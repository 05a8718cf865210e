<?php
/**
 * The modules' language files (lang/<language>.php in WHMCS's format) and whose language a
 * page is in: the session's WHMCS language, else the client's own, else WHMCS's default,
 * else English; a language name the visitor sends never leaves the lang folder.
 *
 * Uses a ClientArea that fails before any panel request (the service has no username): its
 * error page carries the strings too, so no simulator is needed.
 */

require_once __DIR__ . '/ModuleTestCase.php';

final class LangTest extends ModuleTestCase
{
    private const MODULES = ['oxide_hestiacp', 'oxide_cpanel', 'oxide_vpncp', 'oxide_storegrid'];
    private const LANGUAGES = ['english', 'german', 'spanish', 'french', 'russian', 'portuguese-br'];

    private int $client;
    private int $id;

    protected function setUp(): void
    {
        parent::setUp();
        $_SESSION = [];
        $this->client = $this->host->createClient();
        $srv = $this->host->createServer(['type' => 'oxide_hestiacp', 'hostname' => '127.0.0.1', 'username' => 'admin', 'password' => 'x']);
        $pid = $this->host->createProduct(['servertype' => 'oxide_hestiacp', 'servergroup' => $this->host->createServerGroup('g', [$srv])]);
        $this->id = $this->host->createService(['packageid' => $pid, 'userid' => $this->client, 'server' => $srv, 'domain' => 'example.test', 'username' => '', 'domainstatus' => 'Active']);
    }

    protected function tearDown(): void
    {
        $_SESSION = [];
        parent::tearDown();
    }

    /** @return array<string,string> what PHP itself makes of a language file */
    private static function phpStrings(string $file): array
    {
        $_LANG = [];
        include $file;
        return $_LANG;
    }

    public function testEveryLanguageFileIsPhpWithExactlyTheEnglishKeys(): void
    {
        foreach (self::MODULES as $module) {
            $dir = $this->host->modulesDir() . "/$module/lang";
            $english = array_keys(self::phpStrings("$dir/english.php"));
            sort($english);
            $this->assertGreaterThan(5, count($english), $module);
            foreach (self::LANGUAGES as $language) {
                $strings = self::phpStrings("$dir/$language.php");
                $keys = array_keys($strings);
                sort($keys);
                $this->assertSame($english, $keys, "$module/lang/$language.php");
                foreach ($strings as $k => $v) {
                    $this->assertIsString($v, "$module/$language/$k");
                }
            }
        }
    }

    /** The strings of the ClientArea page (its error page here). */
    private function pageStrings(array $extra = []): array
    {
        $r = $this->service($this->id, 'ClientArea', $extra);
        $this->assertSame('templates/error.tpl', $r['tabOverviewReplacementTemplate']);
        return $r['templateVariables']['_lang'];
    }

    private function setDefaultLanguage(string $language): void
    {
        \WHMCS\Database\Capsule::table('tblconfiguration')->updateOrInsert(['setting' => 'Language'], ['value' => $language]);
    }

    public function testTheSessionLanguageComesFirst(): void
    {
        \WHMCS\Database\Capsule::table('tblclients')->where('id', $this->client)->update(['language' => 'french']);
        $this->setDefaultLanguage('spanish');
        $_SESSION['Language'] = 'german';
        $this->assertSame('unbegrenzt', $this->pageStrings()['unlimited']);
    }

    public function testThenTheClientsOwnSettingThenWhmcsDefaultThenEnglish(): void
    {
        $this->setDefaultLanguage('spanish');
        \WHMCS\Database\Capsule::table('tblclients')->where('id', $this->client)->update(['language' => 'French']);
        $this->assertSame('illimité', $this->pageStrings()['unlimited'], 'clientsdetails.language');
        $this->assertSame('illimité', $this->pageStrings(['clientsdetails' => []])['unlimited'], 'tblclients.language');
        \WHMCS\Database\Capsule::table('tblclients')->where('id', $this->client)->update(['language' => '']);
        $this->assertSame('ilimitado', $this->pageStrings()['unlimited'], 'tblconfiguration Language');
        $this->setDefaultLanguage('');
        $this->assertSame('unlimited', $this->pageStrings()['unlimited'], 'English');
    }

    public function testALanguageTheModuleLacksFallsThroughToTheNextChoice(): void
    {
        \WHMCS\Database\Capsule::table('tblclients')->where('id', $this->client)->update(['language' => 'russian']);
        $_SESSION['Language'] = 'klingon';
        $this->assertSame('без ограничений', $this->pageStrings()['unlimited']);
    }

    /** A session value is the visitor's to send: no name reaches a file outside lang/. */
    public function testLanguageNamesCannotLeaveTheLangFolder(): void
    {
        $dir = $this->host->modulesDir() . '/oxide_hestiacp';
        // A file one level up that parses as a language file: reachable only by traversal.
        $evil = "$dir/evil.php";
        file_put_contents($evil, "<?php \$_LANG['unlimited'] = 'PWNED';\n");
        try {
            foreach (['../evil', '..%2fevil', 'german/../../evil', '/etc/passwd', "german\0", 'GERMAN/..'] as $name) {
                $_SESSION['Language'] = $name;
                $this->assertSame('unlimited', $this->pageStrings()['unlimited'], $name);
            }
        } finally {
            unlink($evil);
        }
    }

    /** Admin overrides (lang/overrides/<language>.php) are laid over the module's file. */
    public function testAnOverrideFileWinsOverTheModulesFile(): void
    {
        $dir = $this->host->modulesDir() . '/oxide_hestiacp/lang/overrides';
        $made = !is_dir($dir) && mkdir($dir, 0755, true);
        file_put_contents("$dir/german.php", "<?php\n\$_LANG['unlimited'] = 'ohne Grenze';\n");
        try {
            $_SESSION['Language'] = 'german';
            $strings = $this->pageStrings();
            $this->assertSame('ohne Grenze', $strings['unlimited']);
            $this->assertSame('nicht gemeldet', $strings['notReported'], 'the rest from german.php');
        } finally {
            unlink("$dir/german.php");
            if ($made) {
                rmdir($dir);
            }
        }
    }
}
