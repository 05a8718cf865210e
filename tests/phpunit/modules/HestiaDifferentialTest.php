<?php
/**
 * The simulator follows the real panel: the same requests — every command oxide_hestiacp and its
 * file manager send, with valid and invalid arguments, wrong and legacy credentials, missing,
 * existing and suspended users — go to the HestiaCP simulator and to the real HestiaCP
 * (tests/real-hestia), one after another in the same order, and their answers are compared:
 * HTTP status, Hestia-Exit-Code and the shape of the body (JSON: keys and value types; text:
 * the text with digits folded, as dates and sizes differ). Prints the commands it covered.
 *
 * @group real-panel
 */

require_once __DIR__ . '/ModuleTestCase.php';

final class HestiaDifferentialTest extends ModuleTestCase
{
    private const KEY_ID = 'OXIDEDIFFERENTIAL001';
    private const SECRET = 'diff_-=Secret000000000000000000000000042';
    private const USERS = [
        'diffa' => ['password' => 'Diff-Pass-123', 'PACKAGE' => 'gold', 'CONTACT' => 'diffa@example.com'],
        'diffs' => ['password' => 'Diff-Pass-456', 'PACKAGE' => 'default', 'CONTACT' => 'diffs@example.com', 'SUSPENDED' => 'yes'],
    ];

    /** Requests in order: [credentials, cmd, args...]; credentials: key, badkey, legacy, badlegacy, none. */
    private static function requests(string $adminPassword): array
    {
        $h = '/home/diffn';
        return [
            ['key', 'v-list-sys-info', 'json'],
            ['key', 'v-list-user-packages', 'json'],
            ['key', 'v-list-users', 'json'],
            ['key', 'v-list-user', 'diffa', 'json'],
            ['key', 'v-list-user', 'diffs', 'json'],
            ['key', 'v-list-user', 'nosuchuser', 'json'],
            ['key', 'v-list-web-domains', 'diffa', 'json'],
            ['key', 'v-list-web-domains', 'nosuchuser', 'json'],
            ['badkey', 'v-list-users', 'json'],
            ['none', 'v-list-users', 'json'],
            ['legacy', 'v-list-users', 'json'],
            ['badlegacy', 'v-list-users', 'json'],
            ['key', 'v-add-user', 'diffn', 'Diff-Pass-789', 'diffn@example.com', 'gold', 'Diff', 'New'],
            ['key', 'v-add-user', 'diffn', 'Diff-Pass-789', 'diffn@example.com', 'gold'],
            ['key', 'v-add-user', 'Bad Name', 'Diff-Pass-789', 'bad@example.com', 'gold'],
            ['key', 'v-add-user', 'diffp', 'Diff-Pass-789', 'diffp@example.com', 'nosuchpackage'],
            ['key', 'v-add-user', 'diffq', 'Diff-Pass-789', 'not-an-email', 'gold'],
            ['key', 'v-list-user', 'diffn', 'json'],
            ['key', 'v-add-web-domain', 'diffn', 'web.example'],
            ['key', 'v-add-web-domain', 'diffn', 'web.example'],
            ['key', 'v-add-web-domain', 'diffa', 'web.example'],
            ['key', 'v-add-web-domain', 'nosuchuser', 'other.example'],
            ['key', 'v-add-web-domain', 'diffn', 'bad domain'],
            ['key', 'v-list-web-domains', 'diffn', 'json'],
            ['key', 'v-add-dns-domain', 'diffn', 'web.example', '127.0.0.1'],
            ['key', 'v-add-mail-domain', 'diffn', 'web.example'],
            ['key', 'v-add-domain', 'diffn', 'all.example'],
            ['key', 'v-add-domain', 'diffn', 'all.example'],
            ['key', 'v-make-tmp-file', "WEB_DOMAINS='3'\nDISK_QUOTA='512'", 'diff-pkg'],
            ['key', 'v-add-user-package', '/tmp/diff-pkg', 'diffpkg'],
            ['key', 'v-add-user-package', '/tmp/diff-pkg', 'diffpkg'],
            ['key', 'v-add-user-package', '/tmp/diff-pkg', 'diffpkg', 'yes'],
            ['key', 'v-add-user-package', '/tmp/no-such-file', 'diffpkg2'],
            ['key', 'v-update-user-package', 'diffpkg'],
            ['key', 'v-change-user-package', 'diffn', 'diffpkg'],
            ['key', 'v-change-user-package', 'diffn', 'nosuchpackage'],
            ['key', 'v-list-user-packages', 'json'],
            ['key', 'v-change-user-password', 'diffn', 'Diff-Pass-000'],
            ['key', 'v-change-user-password', 'diffs', 'Diff-Pass-000'],
            ['key', 'v-change-user-password', 'nosuchuser', 'Diff-Pass-000'],
            ['key', 'v-suspend-user', 'diffn'],
            ['key', 'v-suspend-user', 'diffn'],
            ['key', 'v-unsuspend-user', 'diffn'],
            ['key', 'v-unsuspend-user', 'diffn'],
            ['key', 'v-suspend-user', 'nosuchuser'],
            ['legacy', 'v-suspend-user', 'diffn'],
            ['legacy', 'v-unsuspend-user', 'diffn'],
            ['legacy', 'v-list-user', 'nosuchuser', 'json'],
            // The file manager's commands, in diffn's home.
            ['key', 'v-add-fs-directory', 'diffn', "$h/d1"],
            ['key', 'v-add-fs-directory', 'diffn', "$h/d1"],
            ['key', 'v-add-fs-file', 'diffn', "$h/d1/a.txt"],
            ['key', 'v-make-tmp-file', "hello\nworld", 'diff-fm'],
            ['key', 'v-copy-fs-file', 'diffn', '/tmp/diff-fm', "$h/d1/b.txt"],
            ['key', 'v-open-fs-file', 'diffn', "$h/d1/b.txt"],
            ['key', 'v-open-fs-file', 'diffn', "$h/d1/missing.txt"],
            ['key', 'v-delete-fs-file', 'diffn', '/tmp/diff-fm'],
            ['key', 'v-move-fs-file', 'diffn', '/tmp/diff-fm', "$h/d1/c.txt"],
            ['key', 'v-move-fs-file', 'diffn', "$h/d1/b.txt", "$h/d1/c.txt"],
            ['key', 'v-change-fs-file-permission', 'diffn', "$h/d1/c.txt", '0600'],
            ['key', 'v-copy-fs-directory', 'diffn', "$h/d1", "$h/d2"],
            ['key', 'v-move-fs-directory', 'diffn', "$h/d2", "$h/d3"],
            ['key', 'v-search-fs-object', 'diffn', 'c.txt', "$h/d1"],
            ['key', 'v-search-fs-object', 'diffn', '*.txt', $h],
            ['key', 'v-search-fs-object', 'diffn', '*.html', "$h/web"],
            ['key', 'v-add-fs-archive', 'diffn', "$h/d.tar.gz", "$h/d1"],
            ['key', 'v-extract-fs-archive', 'diffn', "$h/d.tar.gz", "$h/x"],
            ['key', 'v-delete-fs-file', 'diffn', "$h/d1/a.txt"],
            ['key', 'v-delete-fs-directory', 'diffn', "$h/d3"],
            ['key', 'v-delete-fs-file', 'diffn', '/etc/passwd'],
            ['key', 'v-open-fs-file', 'diffn', '/etc/shadow'],
            ['key', 'v-copy-fs-file', 'diffn', "$h/d1/c.txt", '/root/c.txt'],
            ['key', 'v-delete-user', 'diffn'],
            ['key', 'v-delete-user', 'diffn'],
            ['key', 'v-list-user', 'diffn', 'json'],
            ['key', 'v-no-such-command'],
        ];
    }

    public function testTheSimulatorAnswersAsTheRealPanel(): void
    {
        $real = RealHestiaPanel::shared();
        $real->reset();
        $sim = $this->sim('hestia');
        $key = ['access_keys' => [['access_key_id' => self::KEY_ID, 'secret_key' => self::SECRET, 'user' => 'admin', 'permissions' => []]]];
        $sim->control('POST', '/state', $key + ['users' => self::USERS, 'admin_password' => $real->hestia->adminPassword]);
        $real->control('POST', '/state', $key + ['users' => self::USERS]);
        $this->secret(self::SECRET);

        $differences = [];
        $covered = [];
        foreach (self::requests($real->hestia->adminPassword) as $i => $request) {
            [$creds, $cmd] = $request;
            $args = array_slice($request, 2);
            $fields = $this->credentials($creds, $real->hestia->adminPassword) + ['cmd' => $cmd];
            foreach (array_values($args) as $n => $a) {
                $fields['arg' . ($n + 1)] = $a;
            }
            $a = self::post(self::api($sim->url), $fields);
            $b = self::post(self::api($real->url), $fields);
            $covered[$cmd] = true;
            $label = sprintf('#%d %s %s [%s]', $i, $cmd, implode(' ', array_map(static fn ($x) => strlen($x) > 30 ? substr($x, 0, 30) . '…' : $x, $args)), $creds);
            foreach (['status', 'exit'] as $k) {
                if ($a[$k] !== $b[$k]) {
                    $differences[] = "$label: $k simulator " . var_export($a[$k], true) . ', real ' . var_export($b[$k], true) . " (real body: " . substr($b['body'], 0, 160) . ')';
                }
            }
            if (self::shape($a['body']) !== self::shape($b['body'])) {
                $differences[] = "$label: body shape differs\n    simulator: " . json_encode(self::shape($a['body']), JSON_UNESCAPED_SLASHES) . "\n    real:      " . json_encode(self::shape($b['body']), JSON_UNESCAPED_SLASHES);
            }
        }
        fwrite(STDERR, "\nHestiaCP differential: " . count(self::requests('')) . ' requests, ' . count($covered) . ' commands: ' . implode(', ', array_keys($covered)) . "\n");
        $this->assertSame([], $differences, implode("\n", $differences));
    }

    private function credentials(string $kind, string $adminPassword): array
    {
        switch ($kind) {
            case 'key':
                return ['hash' => self::KEY_ID . ':' . self::SECRET];
            case 'badkey':
                return ['hash' => self::KEY_ID . ':' . str_repeat('x', 40)];
            case 'legacy':
                return ['user' => 'admin', 'password' => $this->secret($adminPassword)];
            case 'badlegacy':
                return ['user' => 'admin', 'password' => 'Wrong-Pass-1'];
        }
        return [];
    }

    private static function api(string $url): string
    {
        return rtrim((string) preg_replace('#/api/?$#', '', $url), '/') . '/api/';
    }

    /** @return array{status: int, exit: ?string, body: string} */
    private static function post(string $url, array $fields): array
    {
        $ch = curl_init($url);
        $exit = null;
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => http_build_query($fields),
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 120,
            // Both ends are this test's own loopback panels with fresh self-signed certificates.
            CURLOPT_SSL_VERIFYPEER => false,
            CURLOPT_SSL_VERIFYHOST => 0,
            CURLOPT_HEADERFUNCTION => static function ($ch, string $line) use (&$exit): int {
                if (stripos($line, 'Hestia-Exit-Code:') === 0) {
                    $exit = trim(substr($line, strlen('Hestia-Exit-Code:')));
                }
                return strlen($line);
            },
        ]);
        $body = (string) curl_exec($ch);
        $status = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);
        return ['status' => $status, 'exit' => $exit, 'body' => $body];
    }

    /**
     * JSON: keys and value types; text: trimmed, digits folded (dates, sizes and ids differ),
     * lines sorted (find and ls list in the file system's order, which differs).
     */
    private static function shape(string $body)
    {
        $json = json_decode($body, true);
        if (is_array($json)) {
            return self::jsonShape($json);
        }
        $lines = explode("\n", (string) preg_replace('/\d+/', '0', trim($body)));
        sort($lines);
        return implode("\n", $lines);
    }

    private static function jsonShape($v)
    {
        if (!is_array($v)) {
            return gettype($v);
        }
        $out = [];
        foreach ($v as $k => $x) {
            $out[$k] = self::jsonShape($x);
        }
        ksort($out);
        return $out;
    }
}
