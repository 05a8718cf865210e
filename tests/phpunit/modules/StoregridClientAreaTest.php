<?php
/**
 * The backup client area in the client's language: storage against the quota as a bar with
 * aria-valuenow/aria-valuemax, a warning near the quota or when inactive, setup details and
 * where the pass key is; the admin tab in the admin's language.
 */

require_once __DIR__ . '/StoregridTestCase.php';
require_once __DIR__ . '/RendersClientArea.php';

final class StoregridClientAreaTest extends StoregridTestCase
{
    use RendersClientArea;

    private int $id;

    protected function setUp(): void
    {
        parent::setUp();
        $_SESSION = [];
        $this->id = $this->newService($this->product());
        $this->assertSame('success', $this->service($this->id, 'CreateAccount'));
        $this->secret($this->host->service($this->id)['password_plain']);
        $this->panel->control('POST', '/state', ['accounts' => ['ada' => ['storage_used' => 1610612736]]]);
    }

    protected function tearDown(): void
    {
        $_SESSION = [];
        parent::tearDown();
    }

    public function testGermanPageHasNoEnglishLabelLeft(): void
    {
        $html = $this->renderTemplate(self::MODULE, 'clientarea.tpl', $this->clientAreaVars($this->id, 'german'));
        $this->assertStringContainsString('Backup-Speicher', $html);
        $this->assertStringContainsString('1,5 GB von 10 GB', $html);
        $this->assertStringContainsString('Steht im Feld „Pass Key“ dieses Dienstes.', $html);
        $this->assertNoEnglishLeft(self::MODULE, $html);
    }

    public function testEveryVisibleTextComesFromTheLanguageFile(): void
    {
        $vars = $this->clientAreaVars($this->id, 'english');
        foreach ($vars['usage'] as $i => $u) {
            $vars['usage'][$i]['label'] = "⟦{$u['label']}⟧";
        }
        $data = [$vars['account'], $vars['consoleUrl'], $vars['kindText'], $vars['mcal'], $vars['passKeyHelp']];
        $data = array_merge($data, array_column($vars['usage'], 'text'));
        $this->assertAllTextFromLanguageFile(self::MODULE, 'clientarea.tpl', $vars, $data, []);
    }

    public function testStorageBarAndWarningNearTheQuota(): void
    {
        $html = $this->renderTemplate(self::MODULE, 'clientarea.tpl', $this->clientAreaVars($this->id, 'english'));
        $this->assertMatchesRegularExpression('#style="width: 15%"\s+aria-valuenow="1536" aria-valuemin="0" aria-valuemax="10240"#', $html);
        $this->assertStringNotContainsString('alert-warning', $html);

        $this->panel->control('POST', '/state', ['accounts' => ['ada' => ['storage_used' => 9 * self::GB + 512 * 1024 * 1024, 'active' => false]]]);
        $html = $this->renderTemplate(self::MODULE, 'clientarea.tpl', $this->clientAreaVars($this->id, 'spanish'));
        $this->assertStringContainsString('Esta cuenta de copias está inactiva', $html);
        $this->assertStringContainsString('Almacenamiento de copias está al 95 % de su límite.', $html);
        $this->assertMatchesRegularExpression('#progress-bar bg-warning" role="progressbar" style="width: 95%"#', $html);
    }

    public function testAdminTabSpeaksTheAdminsLanguage(): void
    {
        $admin = \WHMCS\Database\Capsule::table('tbladmins')->insertGetId(['username' => 'staff', 'language' => 'german']);
        $_SESSION['adminid'] = $admin;
        $tab = $this->service($this->id, 'AdminServicesTabFields');
        $this->assertSame('ada — Kunde des Wiederverkäufers acme', $tab['Backup-Konto']);
        $this->assertSame('1,5 GB von 10 GB belegt', $tab['Speicher']);
        $_SESSION = [];
        $tab = $this->service($this->id, 'AdminServicesTabFields');
        $this->assertSame('1.5 GB used of 10 GB', $tab['Storage'], 'no admin: English');
    }
}
