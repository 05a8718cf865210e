<?php
/**
 * The client-area file manager through WHMCS's calling path: oxide_hestiacp_FileManagerAction
 * with the params WHMCS builds plus the fields filemanager.php adds, against the HestiaCP
 * simulator whose homes are a folder this test reads and plants links in.
 */

require_once __DIR__ . '/ModuleTestCase.php';
require_once dirname(__DIR__, 2) . '/harness/clientarea/FileManagerFixture.php';
require_once dirname(__DIR__, 2) . '/harness/clientarea/ClientAreaServer.php';

final class HestiaFileManagerTest extends ModuleTestCase
{
    private const MODULE = 'oxide_hestiacp';
    private static string $fsRoot;
    /** @var SimProcess|RealHestiaPanel */
    private $panel;
    private FileManagerFixture $f;

    private static function realPanel(): bool
    {
        return RealHestiaPanel::wanted();
    }

    public static function setUpBeforeClass(): void
    {
        if (self::realPanel()) {
            // The real panel's private root, seen from here through /proc.
            self::$fsRoot = RealHestiaPanel::shared()->hestia->root();
            return;
        }
        self::$fsRoot = sys_get_temp_dir() . '/oxide-fm-phpunit-' . getmypid();
        @mkdir(self::$fsRoot, 0700, true);
        // The simulator started for this class keeps its homes here (fs_root.rs).
        putenv('OXIDE_SIM_HESTIA_FS_ROOT=' . self::$fsRoot);
    }

    public static function tearDownAfterClass(): void
    {
        parent::tearDownAfterClass();
        if (!self::realPanel()) {
            putenv('OXIDE_SIM_HESTIA_FS_ROOT');
            exec('rm -rf ' . escapeshellarg(self::$fsRoot));
        }
    }

    protected function setUp(): void
    {
        parent::setUp();
        if (self::realPanel()) {
            $this->panel = RealHestiaPanel::shared();
            $this->panel->reset();
        } else {
            $this->panel = $this->sim('hestia');
        }
        $this->f = new FileManagerFixture($this->host, $this->panel);
        $this->secret($this->f->keySecret);
        // The first command creates the homes; start every test from a listed home.
        $this->assertTrue($this->fm('list', ['path' => ''])['success']);
        $this->panel->control('DELETE', '/requests');
    }

    /** One action as filemanager.php sends it: ada on her active service unless told otherwise. */
    private function fm(string $action, array $fields = [], string $service = 'ada', ?int $client = null): array
    {
        $params = $this->host->params($this->f->services[$service]);
        $params['fileManager'] = $fields + [
            'client' => (string) ($client ?? $this->f->clients['ada']),
            'action' => $action,
        ];
        $r = $this->host->call(self::MODULE, 'FileManagerAction', $params);
        $this->returned[] = $r;
        $this->assertIsArray($r);
        return $r;
    }

    private function home(string $user = 'fmada'): string
    {
        return self::$fsRoot . "/home/$user";
    }

    /** @return string[] the commands the simulator received since the last clear */
    private function commands(): array
    {
        return array_map(static fn ($r) => $r['route'], $this->panel->control('GET', '/requests'));
    }

    /**
     * A shell command on this host (the panel's files are under self::$fsRoot; PHP's own file
     * functions resolve /proc/PID/root as a plain link, the kernel follows it as the root).
     *
     * @return array{0: int, 1: string}
     */
    private static function sh(string $cmd, string $stdin = ''): array
    {
        $p = proc_open(['bash', '-c', $cmd], [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        fwrite($pipes[0], $stdin);
        fclose($pipes[0]);
        $out = (string) stream_get_contents($pipes[1]);
        stream_get_contents($pipes[2]);
        return [proc_close($p), $out];
    }

    /** A file's bytes, null when it cannot be read. */
    private static function read(string $path): ?string
    {
        [$code, $out] = self::sh('cat -- ' . escapeshellarg($path));
        return $code === 0 ? $out : null;
    }

    private static function write(string $path, string $content): void
    {
        [$code] = self::sh('cat > ' . escapeshellarg($path), $content);
        self::assertSame(0, $code, "write $path");
    }

    private static function link(string $target, string $path): void
    {
        [$code] = self::sh('ln -s -- ' . escapeshellarg($target) . ' ' . escapeshellarg($path));
        self::assertSame(0, $code, "link $path");
    }

    private static function kind(string $path): string
    {
        $p = escapeshellarg($path);
        return trim(self::sh("if [ -L $p ]; then echo link; elif [ -d $p ]; then echo dir; elif [ -e $p ]; then echo file; else echo none; fi")[1]);
    }

    /** Every file of the homes and /tmp except ada's home, and /etc/passwd, with a hash of its bytes. */
    private function outsideHome(): array
    {
        $rel = ltrim(substr($this->home(), strlen(self::$fsRoot)), '/');
        [, $out] = self::sh('cd ' . escapeshellarg(self::$fsRoot) . ' && { sha1sum etc/passwd; find home tmp -path ' . escapeshellarg($rel)
            . ' -prune -o -type f -exec sha1sum {} + -o -type d -printf "dir  %p\n"; } | LC_ALL=C sort');
        return explode("\n", trim($out));
    }

    public function testEveryActionWorksOnRealFilesInTheHome(): void
    {
        $this->assertTrue($this->fm('create_folder', ['path' => '', 'name' => 'docs'])['success']);
        $r = $this->fm('upload', ['path' => 'docs', 'name' => 'a.txt', 'content' => "one\ntwo\n"]);
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertFalse($r['normalized']);
        $this->assertSame("one\ntwo\n", self::read($this->home() . '/docs/a.txt'));
        // HestiaCP's API cannot delete what it wrote to /tmp (the real panel refuses, and so does
        // the simulator): the module's one file for this destination is left empty.
        $tmp = glob(self::$fsRoot . '/tmp/whmcs-oxide-fm-*');
        $this->assertCount(1, $tmp, 'one temporary file for this destination');
        $this->assertSame("\n", self::read($tmp[0]), 'the upload does not stay in /tmp');

        $r = $this->fm('read', ['path' => 'docs/a.txt']);
        $this->assertSame(["one\ntwo\n", true], [$r['content'], $r['exact']]);
        $r = $this->fm('download', ['path' => 'docs/a.txt']);
        $this->assertSame(['a.txt', "one\ntwo\n"], [$r['name'], $r['content']]);

        // HestiaCP trims what it stores and ends it with one newline; the answer says so.
        $r = $this->fm('save', ['path' => 'docs/a.txt', 'content' => "  changed"]);
        $this->assertTrue($r['normalized']);
        $this->assertSame("changed\n", self::read($this->home() . '/docs/a.txt'));

        $this->assertTrue($this->fm('create_file', ['path' => 'docs', 'name' => 'empty.txt'])['success']);
        $this->assertSame('', self::read($this->home() . '/docs/empty.txt'));
        $this->assertFalse($this->fm('create_file', ['path' => 'docs', 'name' => 'empty.txt'])['success'], 'exists');

        $r = $this->fm('chmod', ['path' => 'docs/a.txt', 'mode' => '600']);
        $this->assertSame('0600', $r['mode']);
        $this->assertSame("600\n", self::sh('stat -c %a ' . escapeshellarg($this->home() . '/docs/a.txt'))[1]);
        $this->assertFalse($this->fm('chmod', ['path' => 'docs', 'mode' => '700'])['success'], 'files only');

        $this->assertSame('docs/b.txt', $this->fm('rename', ['path' => 'docs/a.txt', 'name' => 'b.txt'])['path']);
        $this->assertTrue($this->fm('create_folder', ['path' => '', 'name' => 'backup'])['success']);
        $this->assertTrue($this->fm('copy', ['paths' => ['docs'], 'target' => 'backup'])['success']);
        $this->assertSame("changed\n", self::read($this->home() . '/backup/docs/b.txt'));
        $this->assertFalse($this->fm('copy', ['paths' => ['docs'], 'target' => 'docs'])['success'], 'into itself');
        $this->assertTrue($this->fm('move', ['paths' => ['docs/empty.txt'], 'target' => 'backup'])['success']);
        $this->assertSame('file', self::kind($this->home() . '/backup/empty.txt'));

        $r = $this->fm('search', ['path' => '', 'pattern' => '*.txt']);
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $found = array_column($r['entries'], 'path');
        sort($found);
        $this->assertSame(['backup/docs/b.txt', 'backup/docs/empty.txt', 'backup/empty.txt', 'docs/b.txt'], $found);

        $r = $this->fm('archive', ['paths' => ['docs'], 'path' => '', 'name' => 'docs.tar.gz']);
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertFalse($this->fm('archive', ['paths' => ['docs'], 'path' => '', 'name' => 'docs.zip'])['success'],
            'HestiaCP makes tar archives only');
        $r = $this->fm('extract', ['path' => 'docs.tar.gz', 'target' => 'restored']);
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertSame("changed\n", self::read($this->home() . '/restored/docs/b.txt'));

        $this->assertSame(2, $this->fm('delete', ['paths' => ['backup', 'docs.tar.gz']])['deleted']);
        $this->assertSame('none', self::kind($this->home() . '/backup'));
        $names = array_column($this->fm('list', ['path' => ''])['entries'], 'name');
        // A real home also holds what /etc/skel gives every new user (dot files).
        $names = array_values(array_filter($names, static fn ($n) => $n[0] !== '.'));
        $this->assertSame(['conf', 'docs', 'mail', 'restored', 'tmp', 'web'], $names);
        $this->assertNotEmpty($this->host->activityLog());
    }

    public function testPathEscapesAreRefusedBeforeAnyRequestAndChangeNothing(): void
    {
        $before = $this->outsideHome();
        $bad = ['../fmbob', '../../etc', '/etc/passwd', '/home/fmbob', '~fmbob', '%2e%2e/fmbob',
            '%2E%2E%2Fetc', 'docs/%2e%2e', "web\0/x", "web\n", "a\rb", '..\\fmbob', 'web/../../fmbob', './web'];
        foreach ($bad as $path) {
            foreach ([
                ['list', ['path' => $path]],
                ['read', ['path' => $path]],
                ['create_folder', ['path' => $path, 'name' => 'x']],
                ['upload', ['path' => $path, 'name' => 'x.txt', 'content' => 'x']],
                ['delete', ['paths' => [$path]]],
                ['extract', ['path' => 'a.zip', 'target' => $path]],
            ] as [$action, $fields]) {
                $r = $this->fm($action, $fields);
                $this->assertFalse($r['success'], "$action " . json_encode($path));
                $this->assertSame('denied', $r['kind'], "$action " . json_encode($path) . ': ' . $r['error']);
            }
        }
        foreach (['..', '../x', "x\n", 'a/b'] as $name) {
            $this->assertFalse($this->fm('create_folder', ['path' => '', 'name' => $name])['success']);
            $this->assertFalse($this->fm('rename', ['path' => 'web', 'name' => $name])['success']);
        }
        $this->assertSame([], $this->commands(), 'refused before any request to the panel');
        $this->assertSame($before, $this->outsideHome());
    }

    public function testLinksOutOfTheHomeAreNotFollowed(): void
    {
        $this->fm('list', ['path' => ''], 'bob', $this->f->clients['bob']); // bob's home exists
        self::write($this->home('fmbob') . '/web/secret.txt', "bob's\n");
        self::link('/etc', $this->home() . '/etclink');
        self::link('/home/fmbob', $this->home() . '/boblink');
        self::link('/tmp', $this->home() . '/web/tmplink');
        $before = $this->outsideHome();
        $this->assertContains('  etc/passwd', array_map(static fn ($l) => substr($l, 40), $before));

        $entries = array_column($this->fm('list', ['path' => ''])['entries'], 'type', 'name');
        $this->assertSame('link', $entries['etclink']);
        foreach ([
            ['list', ['path' => 'etclink']],
            ['read', ['path' => 'etclink/passwd']],
            ['download', ['path' => 'boblink/web/secret.txt']],
            ['upload', ['path' => 'boblink/web', 'name' => 'x.txt', 'content' => 'x']],
            ['save', ['path' => 'etclink/passwd', 'content' => 'root::0:0']],
            ['create_folder', ['path' => 'web/tmplink', 'name' => 'x']],
            ['delete', ['paths' => ['etclink/passwd']]],
            ['copy', ['paths' => ['web'], 'target' => 'boblink']],
            ['chmod', ['path' => 'etclink', 'mode' => '777']],
            ['extract', ['path' => 'etclink/x.zip', 'target' => 'web']],
            ['search', ['path' => 'boblink', 'pattern' => '*']],
        ] as [$action, $fields]) {
            $r = $this->fm($action, $fields);
            $this->assertFalse($r['success'], $action);
            $this->assertSame('denied', $r['kind'], "$action: " . $r['error']);
            $this->assertStringContainsString('symbolic link', $r['error']);
        }
        foreach ($this->commands() as $cmd) {
            $this->assertSame('v-list-fs-directory', $cmd, 'only listings were sent');
        }
        $this->assertSame($before, $this->outsideHome());
        $this->assertSame("bob's\n", self::read($this->home('fmbob') . '/web/secret.txt'));
    }

    public function testOnlyTheOwnerOfAnActiveServiceMayAct(): void
    {
        // Another client's service id, with ada logged in.
        $r = $this->fm('list', ['path' => ''], 'bob', $this->f->clients['ada']);
        $this->assertSame(['denied', 'this service is not yours or does not exist'], [$r['kind'], $r['error']]);
        // No logged-in client at all.
        $r = $this->fm('list', ['path' => ''], 'ada', 0);
        $this->assertSame('denied', $r['kind']);
        // The params claim bob owns ada's service: the database says otherwise.
        $params = $this->host->params($this->f->services['ada']);
        $params['userid'] = $this->f->clients['bob'];
        $params['fileManager'] = ['client' => (string) $this->f->clients['bob'], 'action' => 'list', 'path' => ''];
        $r = $this->host->call(self::MODULE, 'FileManagerAction', $params);
        $this->assertSame('denied', $r['kind']);
        // Suspended and terminated services: no file manager, no page.
        $r = $this->fm('list', ['path' => ''], 'ada_suspended');
        $this->assertStringContainsString('active services only (this one is Suspended)', $r['error']);
        $page = $this->host->call(self::MODULE, 'FileManager', $this->host->params($this->f->services['ada_suspended']));
        $this->assertIsString($page);
        $this->host->updateService($this->f->services['ada'], ['domainstatus' => 'Terminated']);
        $this->assertStringContainsString('Terminated', $this->fm('upload', ['path' => '', 'name' => 'x', 'content' => 'x'])['error']);
        $this->assertSame([], $this->commands());
    }

    public function testThePageButtonAndAllowedFunctions(): void
    {
        $this->assertSame(['File Manager' => 'FileManager'], $this->host->call(self::MODULE, 'ClientAreaCustomButtonArray', []));
        $allowed = $this->host->call(self::MODULE, 'ClientAreaAllowedFunctions', []);
        $this->assertSame(['FileManager', 'FileManagerApi', 'CreateEmailAccount'], $allowed);
        $this->assertNotContains('FileManagerAction', $allowed, 'the action function skips the CSRF check: not client-callable');
        $page = $this->host->call(self::MODULE, 'FileManager', $this->host->params($this->f->services['ada']));
        $this->assertSame('templates/filemanager', $page['templatefile']);
        $this->assertSame('/home/fmada', $page['vars']['home']);
        $this->assertStringEndsWith('&modop=custom&a=FileManagerApi', $page['vars']['apiUrl']);
        $this->assertFileExists(dirname(__DIR__, 3) . '/php/modules/servers/oxide_hestiacp/templates/filemanager.tpl');
    }

    public function testContentsStayOutOfTheModuleLogAndLimitsAreShown(): void
    {
        $content = "CONFIDENTIAL-CONTENT-4711\n";
        $this->assertTrue($this->fm('upload', ['path' => '', 'name' => 'c.txt', 'content' => $content])['success']);
        $this->assertSame($content, $this->fm('read', ['path' => 'c.txt'])['content']);
        $this->assertSame($content, $this->fm('download', ['path' => 'c.txt'])['content']);
        $log = json_encode($this->host->moduleLog());
        $this->assertStringNotContainsString('CONFIDENTIAL-CONTENT', $log);
        $this->assertStringContainsString('bytes of file content, not logged', $log);

        // Too large: refused with the limit, before reading (no v-open-fs-file).
        self::write($this->home() . '/big.log', str_repeat("x\n", 1200000));
        $this->panel->control('DELETE', '/requests');
        $r = $this->fm('read', ['path' => 'big.log']);
        $this->assertSame('too_large', $r['kind']);
        $this->assertStringContainsString('up to 2 MB', $r['error']);
        $this->assertNotContains('v-open-fs-file', $this->commands());
        $r = $this->fm('upload', ['path' => '', 'name' => 'big.txt', 'content' => str_repeat('y', 2 * 1024 * 1024 + 1)]);
        $this->assertSame('too_large', $r['kind']);
        $this->assertFalse($this->fm('upload', ['path' => '', 'name' => 'b.bin', 'content' => "a\0b"])['success']);

        // Bytes the API cannot return exactly: the editor warns, a download is refused.
        self::write($this->home() . '/crlf.txt', "a \r\nb\r\n");
        $this->assertFalse($this->fm('read', ['path' => 'crlf.txt'])['exact']);
        $r = $this->fm('download', ['path' => 'crlf.txt']);
        $this->assertFalse($r['success']);
        $this->assertStringContainsString('SFTP', $r['error']);
    }

    public function testTheEndpointWantsPostAndTheCsrfToken(): void
    {
        $web = new ClientAreaServer(\Oxide\Harness\Database::path());
        $jar = tempnam(sys_get_temp_dir(), 'oxide-jar-');
        $http = function (string $path, ?array $post = null) use ($web, $jar): array {
            $ch = curl_init($web->url . $path);
            curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_COOKIEJAR => $jar,
                CURLOPT_COOKIEFILE => $jar, CURLOPT_TIMEOUT => 20]);
            if ($post !== null) {
                curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($post));
            }
            $body = (string) curl_exec($ch);
            return [(int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE), $body];
        };
        try {
            preg_match('/name="token" value="([0-9a-f]+)"/', $http('/login.php')[1], $m);
            $http('/dologin.php', ['token' => $m[1], 'username' => 'ada@example.com', 'password' => FileManagerFixture::PASSWORD]);
            $id = $this->f->services['ada'];
            [, $page] = $http("/clientarea.php?action=productdetails&id=$id&modop=custom&a=FileManager");
            $this->assertSame(1, preg_match('/data-token="([0-9a-f]+)"/', $page, $t), $page);
            $api = "/clientarea.php?action=productdetails&id=$id&modop=custom&a=FileManagerApi";

            [$status, $body] = $http($api); // GET
            $this->assertSame(405, $status, $body . $web->log());
            $this->assertSame('method', json_decode($body, true)['kind']);
            [$status, $body] = $http($api, ['action' => 'create_folder', 'path' => '', 'name' => 'csrf']);
            $this->assertSame(403, $status);
            $this->assertStringContainsString('Invalid CSRF Protection Token', $body);
            [$status] = $http($api, ['token' => str_repeat('0', 40), 'action' => 'create_folder', 'path' => '', 'name' => 'csrf']);
            $this->assertSame(403, $status);
            $this->assertSame('none', self::kind($this->home() . '/csrf'));
            [$status, $body] = $http($api, ['token' => $t[1], 'action' => 'create_folder', 'path' => '', 'name' => 'csrf']);
            $this->assertSame(200, $status, $body);
            $this->assertSame('dir', self::kind($this->home() . '/csrf'));
            // The action function itself is not reachable from the client area.
            [$status] = $http("/clientarea.php?action=productdetails&id=$id&modop=custom&a=FileManagerAction",
                ['token' => $t[1], 'action' => 'list', 'path' => '']);
            $this->assertSame(403, $status);
        } finally {
            $web->stop();
            @unlink($jar);
        }
    }
}
