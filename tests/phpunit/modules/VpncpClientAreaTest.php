<?php
/**
 * The VPN client area in the client's language: connection details, configurations, and this
 * month's traffic as a chart drawn on the server (an SVG image, no script, no CDN) with a
 * text alternative; the one-time-link page and the admin tab in their viewer's language.
 */

require_once __DIR__ . '/VpncpTestCase.php';
require_once __DIR__ . '/RendersClientArea.php';

final class VpncpClientAreaTest extends VpncpTestCase
{
    use RendersClientArea;

    private int $id;
    private string $name;

    protected function setUp(): void
    {
        parent::setUp();
        $_SESSION = [];
        $this->servers(1);
        $this->id = $this->vpnService($this->product(['download_mbps' => 100, 'instruction_url' => 'https://example.com/howto']));
        $this->assertSuccess($this->service($this->id, 'CreateAccount'));
        $this->name = $this->host->service($this->id)['username'];
        $this->vpn[0]->control('POST', '/state', ['clients' => [$this->name => ['traffic' => [
            gmdate('Y-m') . '-01' => ['download' => 1610612736, 'upload' => 2048],
            gmdate('Y-m') . '-02' => ['download' => 1024, 'upload' => 0],
        ]]]]);
    }

    protected function tearDown(): void
    {
        $_SESSION = [];
        parent::tearDown();
    }

    public function testGermanPageHasNoEnglishLabelLeft(): void
    {
        $html = $this->renderTemplate(self::MODULE, 'clientarea.tpl', $this->clientAreaVars($this->id, 'german'));
        $this->assertStringContainsString('VPN-Verbindung', $html);
        $this->assertStringContainsString('Download 100 Mbit/s, Upload unbegrenzt', $html);
        $this->assertStringContainsString(gmdate('Y-m') . ': 1,5 GB empfangen, 2 KB gesendet.', $html);
        $this->assertNoEnglishLeft(self::MODULE, $html);
    }

    public function testEveryVisibleTextComesFromTheLanguageFile(): void
    {
        $vars = $this->clientAreaVars($this->id, 'english');
        $c = $vars['client'];
        $data = [$c['name'], $c['network'], $c['ip'], $c['protocols'], $c['download'], $c['upload'], $vars['wireguard']['config'] ?? '',
            $vars['wireguard']['filename'] ?? '', $vars['openvpn']['filename'] ?? '', $vars['traffic']['totals'], $vars['traffic']['chartAlt'], $vars['token'] ?? 'csrf-token-1'];
        $data = array_merge($data, array_column($vars['sessions'], 'text'), array_column($vars['traffic']['days'], 'download'),
            array_column($vars['traffic']['days'], 'upload'));
        $this->assertAllTextFromLanguageFile(self::MODULE, 'clientarea.tpl', $vars, $data, []);
    }

    public function testTrafficChartIsAnSvgDrawnOnTheServerWithATextAlternative(): void
    {
        $vars = $this->clientAreaVars($this->id, 'french');
        $chart = $vars['traffic']['chart'];
        $this->assertStringStartsWith('data:image/svg+xml;base64,', $chart);
        $svg = base64_decode(substr($chart, strlen('data:image/svg+xml;base64,')), true);
        $this->assertStringStartsWith('<svg xmlns="http://www.w3.org/2000/svg"', $svg);
        $this->assertStringNotContainsString('<script', $svg);
        $this->assertStringNotContainsString('http', str_replace('http://www.w3.org/2000/svg', '', $svg), 'nothing loaded from elsewhere');
        $this->assertStringContainsString('>Réception<', $svg, 'legend in French');
        $this->assertSame(2 + 1 + 2 + 1, substr_count($svg, '<rect'), 'bars for the three non-zero figures, legend, background');
        $html = $this->renderTemplate(self::MODULE, 'clientarea.tpl', $vars);
        $this->assertStringContainsString('alt="' . gmdate('Y-m') . ' : 1,5 Go reçus, 2 Ko envoyés."', $html);
    }

    public function testOneTimeLinkPageAndAdminTabSpeakTheirViewersLanguage(): void
    {
        $_SESSION['Language'] = 'russian';
        $_POST = ['vpncp_otl' => '1'];
        try {
            $page = $this->host->call(self::MODULE, 'OneTimeLink', $this->host->params($this->id));
        } finally {
            $_POST = [];
        }
        $this->returned[] = $page;
        $html = $this->renderTemplate(self::MODULE, 'otl.tpl', $page['vars']);
        $this->assertStringContainsString('Одноразовая ссылка для ' . $this->name, $html);
        $this->assertStringContainsString('Вернуться к услуге', $html);

        $admin = \WHMCS\Database\Capsule::table('tbladmins')->insertGetId(['username' => 'staff', 'language' => 'portuguese-br']);
        $_SESSION = ['adminid' => $admin, 'Language' => 'russian'];
        $tab = $this->service($this->id, 'AdminServicesTabFields');
        $this->assertArrayHasKey('Tráfego este mês', $tab);
        $this->assertStringContainsString('1,5 GB recebidos', $tab['Tráfego este mês']);
    }
}
