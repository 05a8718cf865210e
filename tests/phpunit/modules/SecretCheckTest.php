<?php
/**
 * The harness-wide secret check (ModuleTestCase::assertNoSecretLeaked, tests/harness/SecretCheck.php)
 * can fail: a fixture secret planted in each encoding, in each place it watches, is found; and
 * the module's own masking (replaceVars, every form) leaves nothing for it to find.
 */

require_once __DIR__ . '/ModuleTestCase.php';

use Oxide\Harness\SecretCheck;
use PHPUnit\Framework\AssertionFailedError;

final class SecretCheckTest extends ModuleTestCase
{
    /** A service password with every character class the fixtures must hold. */
    private const SECRET = "Pa\"ss\\w/o&r+d%=<é'ü";

    /** @return array<string, array{string}> */
    public static function encodings(): array
    {
        $s = self::SECRET;
        return [
            'raw' => [$s],
            'JSON (PHP defaults)' => [substr(json_encode($s), 1, -1)],
            'JSON (unescaped slashes and unicode)' => [substr(json_encode($s, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), 1, -1)],
            'JSON inside JSON' => [substr(json_encode(substr(json_encode($s), 1, -1)), 1, -1)],
            'form (+ for space)' => [urlencode($s)],
            'URL (%20, lower-case hex)' => [preg_replace_callback('/%[0-9A-F]{2}/', fn ($m) => strtolower($m[0]), rawurlencode($s))],
            'HTML (htmlspecialchars)' => [htmlspecialchars($s, ENT_QUOTES)],
            'HTML (&#39;)' => [str_replace('&#039;', '&#39;', htmlspecialchars($s, ENT_QUOTES))],
            'base64' => [base64_encode($s)],
        ];
    }

    /** @dataProvider encodings */
    public function testAPlantedSecretIsFoundInEveryPlace(string $form): void
    {
        $this->host->createService(['packageid' => $this->product(), 'password' => self::SECRET]);
        $places = [
            'tblmodulelog' => fn () => logModuleCall('oxide_test', 'Plant', "password=$form", '', '', []),
            'tblactivitylog' => fn () => logActivity("changed to $form"),
            'a returned value' => fn () => SecretCheck::returned(['templateVariables' => ['x' => "<b>$form</b>"]]),
            'rendered HTML' => fn () => $this->rendered("<p>$form</p>"),
        ];
        foreach ($places as $where => $plant) {
            $this->host = new WhmcsHost();
            SecretCheck::startTest();
            $this->host->createService(['packageid' => $this->product(), 'password' => self::SECRET]);
            $plant();
            try {
                $this->assertNoSecretLeaked();
            } catch (AssertionFailedError $e) {
                $this->assertStringContainsString($where, $e->getMessage());
                $this->assertStringNotContainsString(self::SECRET, $e->getMessage(), 'the failure names the secret');
                continue;
            }
            $this->fail("a secret planted in $where was not found");
        }
        // Clean for this test's own tearDown check.
        $this->host = new WhmcsHost();
        SecretCheck::startTest();
    }

    /** The module masks every form through replaceVars: the check finds nothing. */
    public function testTheModulesMaskingLeavesNothing(): void
    {
        foreach (self::encodings() as [$form]) {
            logModuleCall('oxide_test', 'Masked', "password=$form", $form, '', SecretCheck::forms(self::SECRET));
        }
        $this->host->createService(['packageid' => $this->product(), 'password' => self::SECRET]);
        $this->assertNotEmpty($this->host->moduleLog());
        $this->assertNoSecretLeaked();
    }

    private function product(): int
    {
        return $this->host->createProduct(['servertype' => 'oxide_vpncp', 'name' => 'Secret check']);
    }
}
