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
    private function fm(string $action, array $fields = [], string $service = 'ada', ?int $client = null, array $configOptions = []): array
    {
        $params = $this->host->params($this->f->services[$service]);
        if ($configOptions !== []) {
            $params['configoptions'] = $configOptions + ($params['configoptions'] ?? []);
        }
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

    /**
     * find -printf prints a name's line break as it is (HestiaCP 1.10, checked in this test):
     * a file named `x⏎f|644|…|lnk`, made after the link `lnk`, is listed before it and forges a
     * file line for it; reading, saving or chmod-ing that "file" would go through the link. The
     * forged line and the real one are never acted on.
     */
    public function testAForgedListingLineIsNeverActedOn(): void
    {
        // A file the panel's own path checks let through for fmada (they test for /home/fmada
        // as a prefix), with another's data in it.
        [$code] = self::sh('mkdir -p ' . escapeshellarg(self::$fsRoot . '/home/fmada2'));
        $this->assertSame(0, $code);
        self::write(self::$fsRoot . '/home/fmada2/secret.txt', "not ada's\n");
        self::link('/home/fmada2/secret.txt', $this->home() . '/lnk');
        usleep(20000); // newer than the link: listed first, as on the real panel
        self::write($this->home() . '/' . "x\nf|644|2026-01-01|00:00|fmada|fmada|10|lnk", '');
        $before = $this->outsideHome();
        $this->panel->control('DELETE', '/requests');

        $r = $this->fm('read', ['path' => 'lnk']);
        $this->assertStringNotContainsString("not ada's", json_encode($r));
        $this->assertFalse($r['success'], json_encode($r));
        $this->assertSame('denied', $r['kind'], $r['error'] ?? '');
        $this->assertStringContainsString('cannot be told apart', $r['error']);
        foreach ([
            ['download', ['path' => 'lnk']],
            ['save', ['path' => 'lnk', 'content' => 'overwritten']],
            ['chmod', ['path' => 'lnk', 'mode' => '666']],
            ['upload', ['path' => '', 'name' => 'lnk', 'content' => 'y', 'overwrite' => '1']],
            ['copy', ['paths' => ['lnk'], 'target' => 'web']],
            ['delete', ['paths' => ['lnk']]],
            ['archive', ['paths' => ['lnk'], 'path' => '', 'name' => 'l.tar']],
        ] as [$action, $fields]) {
            $r = $this->fm($action, $fields);
            $this->assertSame('denied', $r['kind'] ?? 'success', "$action: " . json_encode($r));
        }
        // Only the home was listed: nothing went through the link, nothing was changed.
        foreach ($this->panel->control('GET', '/requests') as $req) {
            $this->assertSame('v-list-fs-directory', $req['route']);
            $this->assertContains(['arg2', '/home/fmada'], $req['fields'], json_encode($req['fields']));
        }
        $this->assertSame($before, $this->outsideHome());
        $this->assertSame('link', self::kind($this->home() . '/lnk'));

        // The page leaves both `lnk` lines out and says how many it left out.
        $r = $this->fm('list', ['path' => '']);
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertNotContains('lnk', array_column($r['entries'], 'name'));
        $this->assertSame(2, $r['ambiguous']);
    }

    /**
     * HestiaCP's API passes arg1…arg13 only: v-add-fs-archive USER ARCHIVE takes 11 sources in
     * one call. Twelve are refused before any request (not archived in part and called done).
     */
    public function testAnArchiveTakesWhatTheApiPassesOrIsRefused(): void
    {
        $names = [];
        for ($i = 1; $i <= 20; $i++) {
            $names[] = sprintf('f%02d.txt', $i);
            self::write($this->home() . '/' . end($names), "$i\n");
        }
        $this->panel->control('DELETE', '/requests');
        foreach ([12, 20] as $n) {
            $r = $this->fm('archive', ['paths' => array_slice($names, 0, $n), 'path' => '', 'name' => "a$n.tar.gz"]);
            $this->assertFalse($r['success'], "$n items: " . json_encode($r));
            $this->assertSame('input', $r['kind']);
            $this->assertStringContainsString('at most 11 selected items', $r['error']);
            $this->assertSame('none', self::kind($this->home() . "/a$n.tar.gz"));
        }
        $this->assertSame([], $this->commands(), 'refused before any request');

        $r = $this->fm('archive', ['paths' => array_slice($names, 0, 11), 'path' => '', 'name' => 'a11.tar.gz']);
        $this->assertTrue($r['success'], $r['error'] ?? '');
        [$code, $out] = self::sh('tar -tzf ' . escapeshellarg($this->home() . '/a11.tar.gz'));
        $this->assertSame(0, $code);
        $listed = explode("\n", trim($out));
        sort($listed);
        $this->assertSame(array_slice($names, 0, 11), $listed, 'every selected item is in the archive');
    }

    /** A search keeps 500 hits and stops reading the panel's answer there. */
    public function testASearchStopsReadingAfterItsHits(): void
    {
        [$code] = self::sh('mkdir ' . escapeshellarg($this->home() . '/many') . ' && cd ' . escapeshellarg($this->home() . '/many')
            . ' && for i in $(seq -w 1 3000); do : > "hit$i.txt"; done');
        $this->assertSame(0, $code);
        $r = $this->fm('search', ['path' => '', 'pattern' => 'hit*']);
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->assertCount(500, $r['entries']);
        $this->assertTrue($r['truncated']);
        $this->assertStringStartsWith('many/hit', $r['entries'][0]['path']);
        $logged = array_values(array_filter($this->host->moduleLog(), static fn ($row) => ($row['action'] ?? '') === 'v-search-fs-object'));
        $this->assertCount(1, $logged);
        $this->assertSame(1, preg_match('/\((\d+) bytes read as a stream\)/', (string) $logged[0]['response'], $m),
            'the answer is read as a stream: ' . substr((string) $logged[0]['response'], -200));
        $whole = 3000 * strlen('f|644|2026-12-07|20:07|fmada|fmada|0|many/hit0001.txt' . "\n");
        $this->assertLessThan($whole / 2, (int) $m[1], 'stopped reading well before the end of the answer');
    }

    /** Client-chosen names reach the activity log as one inert piece: no line, markup or RTL mark. */
    public function testClientChosenNamesAreInertInTheActivityLog(): void
    {
        $name = "<img src=x onerror=alert(1)>\u{202E}gpj.exe";
        $r = $this->fm('create_folder', ['path' => '', 'name' => $name]);
        $this->assertTrue($r['success'], $r['error'] ?? '');
        // delete does not read `path`: a raw one must not be what the log shows.
        $r = $this->fm('delete', ['paths' => [$name], 'path' => "x\n2026-12-07 admin logged in <b>"]);
        $this->assertTrue($r['success'], $r['error'] ?? '');
        $this->fm('bogus' . "\n<b>\u{202E}", []);
        $lines = array_column($this->host->activityLog(), 'description');
        $this->assertCount(2, $lines, json_encode($lines));
        foreach ($lines as $line) {
            $this->assertDoesNotMatchRegularExpression('/[<>\n\r]|\x{202E}/u', $line, $line);
            $this->assertStringContainsString('&lt;img src=x onerror=alert(1)&gt;\\u{202e}gpj.exe', $line);
        }
        foreach ($this->host->moduleLog() as $row) {
            $this->assertStringNotContainsString("\u{202E}", (string) $row['action']);
        }
    }

    /** Configurable option "File manager" = read-only: browse and download, every write refused before any request. */
    public function testReadOnlyRefusesEveryWriteBeforeAnyRequest(): void
    {
        self::write($this->home() . '/r.txt', "keep\n");
        $ro = ['File manager' => 'read-only'];
        $this->panel->control('DELETE', '/requests');
        foreach ([
            ['save', ['path' => 'r.txt', 'content' => 'x']],
            ['upload', ['path' => '', 'name' => 'u.txt', 'content' => 'x']],
            ['create_file', ['path' => '', 'name' => 'n.txt']],
            ['create_folder', ['path' => '', 'name' => 'd']],
            ['rename', ['path' => 'r.txt', 'name' => 's.txt']],
            ['move', ['paths' => ['r.txt'], 'target' => 'web']],
            ['copy', ['paths' => ['r.txt'], 'target' => 'web']],
            ['delete', ['paths' => ['r.txt']]],
            ['chmod', ['path' => 'r.txt', 'mode' => '600']],
            ['archive', ['paths' => ['r.txt'], 'path' => '', 'name' => 'a.tar']],
            ['extract', ['path' => 'a.tar', 'target' => 'x']],
        ] as [$action, $fields]) {
            $r = $this->fm($action, $fields, 'ada', null, $ro);
            $this->assertSame('denied', $r['kind'] ?? 'success', "$action: " . json_encode($r));
            $this->assertStringContainsString('read-only', $r['error']);
        }
        $this->assertSame([], $this->commands(), 'refused before any request to the panel');
        $this->assertSame("keep\n", self::read($this->home() . '/r.txt'));
        $r = $this->fm('list', ['path' => ''], 'ada', null, $ro);
        $this->assertTrue($r['success'] && $r['readOnly']);
        $this->assertSame("keep\n", $this->fm('download', ['path' => 'r.txt'], 'ada', null, $ro)['content']);
        $this->assertFalse($this->fm('list', ['path' => ''])['readOnly'], 'no option: read-write');
        $r = $this->fm('save', ['path' => 'r.txt', 'content' => 'x'], 'ada', null, ['File manager' => 'sometimes']);
        $this->assertStringContainsString('“File manager”', $r['error']);
        // The page hides the write controls.
        $params = $this->host->params($this->f->services['ada']);
        $params['configoptions'] = $ro;
        $this->assertTrue($this->host->call(self::MODULE, 'FileManager', $params)['vars']['readOnly']);
        $tpl = (string) file_get_contents(dirname(__DIR__, 3) . '/php/modules/servers/oxide_hestiacp/templates/filemanager.tpl');
        foreach (['ofm-new-folder', 'ofm-upload-label', 'ofm-delete', 'ofm-save', 'data-cmd="rename"'] as $control) {
            $this->assertMatchesRegularExpression('/' . preg_quote($control, '/') . '"?\{if \$readOnly\} hidden\{\/if\}/', $tpl, $control);
        }
    }

    /** Two saves of one file at once (two PHP processes): never crossed, never emptied. */
    public function testTwoSavesOfOneFileAtOnceNeverCross(): void
    {
        $this->assertTrue($this->fm('upload', ['path' => '', 'name' => 'race.txt', 'content' => 'start'])['success']);
        $ext = getenv('OXIDE_EXT') ?: HARNESS_REPO_ROOT . '/build/whmcs_oxide.so';
        for ($round = 0; $round < 3; $round++) {
            $contents = [str_repeat("A$round\n", 20000), str_repeat("B$round\n", 20000)];
            $dir = sys_get_temp_dir() . '/oxide-fm-race-' . bin2hex(random_bytes(6));
            mkdir($dir);
            $procs = [];
            foreach ($contents as $i => $content) {
                $fields = ['client' => (string) $this->f->clients['ada'], 'action' => 'save', 'path' => 'race.txt', 'content' => $content];
                $procs[$i] = proc_open(
                    [PHP_BINARY, '-d', "extension=$ext", __DIR__ . '/fm-race-call.php', (string) $this->f->services['ada'],
                        json_encode($fields), "$dir/ready$i", "$dir/go"],
                    [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/out$i", 'w'], 2 => ['file', "$dir/err$i", 'w']],
                    $pipes, null, ['OXIDE_DB' => \Oxide\Harness\Database::path()] + getenv());
            }
            $deadline = microtime(true) + 30;
            while (count(glob("$dir/ready*")) < 2 && microtime(true) < $deadline) {
                usleep(1000);
            }
            touch("$dir/go");
            $results = [];
            foreach ($procs as $i => $p) {
                proc_close($p);
                $results[$i] = json_decode((string) file_get_contents("$dir/out$i"), true);
                $this->assertIsArray($results[$i], file_get_contents("$dir/out$i") . file_get_contents("$dir/err$i"));
            }
            array_map('unlink', glob("$dir/*"));
            rmdir($dir);
            $saved = array_keys(array_filter($results, static fn ($r) => $r['success'] === true));
            $this->assertNotEmpty($saved, json_encode($results));
            $now = self::read($this->home() . '/race.txt');
            $this->assertContains($now, array_map(static fn ($i) => $contents[$i], $saved),
                "round $round: the file holds one save's whole content (" . strlen((string) $now) . ' bytes)');
            foreach (glob(self::$fsRoot . '/tmp/whmcs-oxide-fm-*') as $tmp) {
                $this->assertSame("\n", self::read($tmp), 'nothing stays in /tmp');
            }
        }
    }

    /**
     * How long a save's content lies in the panel's /tmp, on the real HestiaCP: from the start
     * of the v-make-tmp-file request that writes it to the end of the one that empties it
     * (nginx's $msec and $request_time), the upper bound over 10 saves. Recorded in
     * OXIDE_MEASURE_DIR (or the temp dir) as hestia-fm-tmp-window.json and on stderr.
     *
     * @group real-panel
     */
    public function testTheWindowAFileLiesInTmpIsMeasured(): void
    {
        if (!self::realPanel()) {
            $this->markTestSkipped('measured on the real HestiaCP only (its nginx log has the times)');
        }
        $this->assertTrue($this->fm('upload', ['path' => '', 'name' => 'w.txt', 'content' => '0'])['success']);
        $windows = [];
        for ($i = 0; $i < 10; $i++) {
            $this->panel->control('DELETE', '/requests');
            $r = $this->fm('save', ['path' => 'w.txt', 'content' => "secret $i"]);
            $this->assertTrue($r['success'], $r['error'] ?? '');
            $tmp = array_values(array_filter($this->panel->control('GET', '/requests'), static fn ($r) => $r['route'] === 'v-make-tmp-file'));
            $this->assertCount(2, $tmp, 'one write, one emptying');
            $windows[] = 1000 * ($tmp[1]['end'] - ($tmp[0]['end'] - $tmp[0]['ms'] / 1000));
        }
        sort($windows);
        $figure = ['median_ms' => round($windows[4], 1), 'max_ms' => round(max($windows), 1), 'saves' => count($windows)];
        @file_put_contents((getenv('OXIDE_MEASURE_DIR') ?: sys_get_temp_dir()) . '/hestia-fm-tmp-window.json', json_encode($figure) . "\n");
        fwrite(STDERR, 'HestiaCP file manager: content in /tmp for ' . json_encode($figure) . "\n");
        $this->assertGreaterThan(0, $figure['median_ms']);
        $this->assertLessThan(5000, $figure['max_ms'], 'a save keeps its content in /tmp for seconds at most');
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
            $body = $this->rendered((string) curl_exec($ch));
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
