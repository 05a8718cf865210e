<?php
/**
 * The harness-wide secret check: every secret a test's fixtures hold (server passwords, tokens
 * and access keys, service passwords, client passwords, and any the test registers) must not
 * appear — raw, JSON-escaped, URL/form-encoded, HTML-escaped or base64 — in tblmodulelog (as
 * WHMCS stores it after replaceVars), tblactivitylog, anything a module function returned, or
 * HTML the test rendered. ModuleTestCase runs it after every module test.
 */

namespace Oxide\Harness;

use Illuminate\Database\Capsule\Manager as Capsule;

final class SecretCheck
{
    /** @var array<string, true> secrets registered by fixtures and tests */
    private static array $secrets = [];

    /** @var array<int, mixed> everything module functions returned (WhmcsHost::call) */
    private static array $returned = [];

    /** @var string[] rendered pages (client area, admin) */
    private static array $rendered = [];

    /** Below this length only the raw form is checked (a short form would match by chance). */
    private const MIN_ENCODED = 4;

    public static function reset(): void
    {
        self::$secrets = [];
        self::$returned = [];
        self::$rendered = [];
    }

    /** @var array<string, true> secrets a page may show their owner (never a log) */
    private static array $owned = [];

    /** A new test: what earlier tests returned or rendered is not its output. */
    public static function startTest(): void
    {
        self::$returned = [];
        self::$rendered = [];
        self::$owned = [];
    }

    /**
     * `$secret` is delivered to its owner on purpose by this test's pages (a VPN profile holds
     * the client's own VPN password): allowed in returned values and rendered HTML, still never
     * in a log.
     */
    public static function deliveredToOwner(string $secret): void
    {
        self::$owned[$secret] = true;
    }

    public static function register(string $secret): void
    {
        if ($secret !== '') {
            self::$secrets[$secret] = true;
        }
    }

    /** The non-setting lines of an Access Hash (a key, a token), as the module reads them. */
    public static function registerAccessHash(string $hash): void
    {
        $keys = [];
        foreach (preg_split('/\R/', $hash) as $line) {
            $line = trim($line);
            if ($line !== '' && !preg_match('/^[a-z_]+=/i', $line)) {
                $keys[] = $line;
                self::register($line);
            }
        }
        if ($keys !== []) {
            self::register(implode('', $keys));
        }
    }

    public static function returned($value): void
    {
        self::$returned[] = $value;
    }

    public static function rendered(string $html): void
    {
        self::$rendered[] = $html;
    }

    /** @return string[] */
    public static function secrets(): array
    {
        return array_keys(self::$secrets);
    }

    /**
     * The registered secrets plus what the database holds now: every server's password and
     * Access Hash key, every service's password (a module may have generated it).
     *
     * @return string[]
     */
    public static function allSecrets(): array
    {
        $all = self::$secrets;
        foreach (Capsule::table('tblservers')->get(['password', 'accesshash']) as $s) {
            $plain = Crypto::decrypt((string) $s->password);
            if (strlen($plain) >= 6) {
                $all[$plain] = true;
            }
        }
        foreach (Capsule::table('tblhosting')->pluck('password') as $p) {
            $plain = Crypto::decrypt((string) $p);
            if (strlen($plain) >= 6) {
                $all[$plain] = true;
            }
        }
        return array_map('strval', array_keys($all));
    }

    /**
     * Every form in which `$secret` can reach a log or a page.
     *
     * @return string[]
     */
    public static function forms(string $secret): array
    {
        $forms = [$secret];
        if (strlen($secret) >= self::MIN_ENCODED) {
            $json = [];
            foreach ([0, JSON_UNESCAPED_SLASHES, JSON_UNESCAPED_UNICODE, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE] as $flags) {
                $once = substr((string) json_encode($secret, $flags | JSON_INVALID_UTF8_SUBSTITUTE), 1, -1);
                $json[] = $once;
                $json[] = substr((string) json_encode($once, $flags | JSON_INVALID_UTF8_SUBSTITUTE), 1, -1);
            }
            $url = [urlencode($secret), rawurlencode($secret), str_replace('%7E', '~', urlencode($secret))];
            foreach ($url as $u) {
                $url[] = preg_replace_callback('/%[0-9A-F]{2}/', fn ($m) => strtolower($m[0]), $u);
            }
            $html = [
                htmlspecialchars($secret, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401),
                htmlspecialchars($secret, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5),
                htmlspecialchars($secret, ENT_NOQUOTES | ENT_SUBSTITUTE),
                str_replace('&#039;', '&#39;', htmlspecialchars($secret, ENT_QUOTES | ENT_SUBSTITUTE)),
            ];
            $forms = array_merge($forms, $json, $url, $html, [base64_encode($secret)]);
        }
        return array_values(array_unique(array_filter($forms, fn ($f) => $f !== '')));
    }

    /**
     * What leaked where: `["<where>: secret #<n> (<len> chars) as <form>"]`, empty when clean.
     *
     * @param array<string, string[]> $haystacks where => texts
     * @param string[] $secrets
     * @return string[]
     */
    public static function leaks(array $haystacks, array $secrets): array
    {
        $found = [];
        foreach ($secrets as $n => $secret) {
            foreach (self::forms($secret) as $form) {
                foreach ($haystacks as $where => $texts) {
                    if (isset(self::$owned[$secret]) && in_array($where, ['a returned value', 'rendered HTML'], true)) {
                        continue;
                    }
                    foreach ($texts as $text) {
                        if ($text !== '' && str_contains($text, $form)) {
                            $kind = $form === $secret ? 'raw' : 'encoded `' . self::hint($form) . '`';
                            $found[] = "$where: secret #$n (" . strlen($secret) . " chars) $kind";
                            continue 3;
                        }
                    }
                }
            }
        }
        return array_values(array_unique($found));
    }

    /** Where a test's output can show a secret, as WHMCS would store or show it. @return array<string, string[]> */
    public static function haystacks(): array
    {
        $log = [];
        foreach (Capsule::table('tblmodulelog')->get(['request', 'response', 'arrdata']) as $row) {
            $log[] = (string) $row->request;
            $log[] = (string) $row->response;
            $log[] = (string) $row->arrdata;
        }
        $activity = [];
        foreach (Capsule::table('tblactivitylog')->pluck('description') as $d) {
            $activity[] = (string) $d;
        }
        $returned = [];
        array_walk_recursive(self::$returned, function ($v, $k) use (&$returned) {
            $returned[] = (string) $k;
            if (is_scalar($v)) {
                $returned[] = (string) $v;
            }
        });
        return [
            'tblmodulelog' => $log,
            'tblactivitylog' => $activity,
            'a returned value' => $returned,
            'rendered HTML' => self::$rendered,
        ];
    }

    /** A masked preview of an encoded form (never the secret itself in a failure message). */
    private static function hint(string $form): string
    {
        return strlen($form) <= 4 ? str_repeat('*', strlen($form)) : substr($form, 0, 2) . '…' . strlen($form) . ' chars';
    }
}
