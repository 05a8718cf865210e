<?php
/**
 * What only the real HestiaCP (tests/real-hestia) can show: keys exactly as HestiaCP makes
 * them, the legacy admin login, a restricted key, usage HestiaCP itself counted, a package
 * change its real usage forbids, IDN domains, and the files the module leaves in the panel's
 * /tmp (HestiaTestCase checks /tmp after every real-panel test as well).
 *
 * @group real-panel
 */

require_once __DIR__ . '/HestiaLifecycleTestCase.php';

final class HestiaRealPanelTest extends HestiaLifecycleTestCase
{
    private const CUSTOM = ['Use the package parameters' => 'on', 'Package name to deploy' => 'oxide-real',
        'Disk quota (MB)' => '2048', 'Web domains' => '3'];

    protected static function realPanel(): bool
    {
        return true;
    }

    private function hestia(): RealHestia
    {
        return $this->panel->hestia;
    }

    private function must(string $cmd, string ...$args): string
    {
        [$code, $out, $err] = $this->hestia()->run($cmd, ...$args);
        $this->assertSame(0, $code, "$cmd " . implode(' ', $args) . ": $out$err");
        return $out;
    }

    private function testConnectionWith(string $accessHash, array $extra = []): array
    {
        return $this->server($this->hestiaServer($accessHash, $extra), 'TestConnection');
    }

    public function testKeysWithEveryCharacterHestiaGeneratesAreAccepted(): void
    {
        // v-add-access-key draws secrets from [0-9A-Za-z_=-]: make keys until each symbol showed up.
        $found = ['_' => null, '-' => null, '=' => null];
        for ($i = 0; $i < 80 && in_array(null, $found, true); $i++) {
            $key = json_decode($this->must('v-add-access-key', 'admin', '', 'chars', 'json'), true);
            foreach ($found as $c => $k) {
                if ($k === null && strpos($key['SECRET_ACCESS_KEY'], $c) !== false) {
                    $found[$c] = [$key['ACCESS_KEY_ID'], $this->secret($key['SECRET_ACCESS_KEY'])];
                }
            }
        }
        foreach ($found as $c => $key) {
            $this->assertNotNull($key, "HestiaCP made no secret with `$c` in 80 keys");
            $r = $this->testConnectionWith("{$key[0]}:{$key[1]}\npin={$this->panel->sha256}");
            $this->assertTrue($r['success'], "key with `$c`: " . ($r['error'] ?? ''));
        }
    }

    public function testKeysWithEveryCharacterHestiasCheckAllowsAreAccepted(): void
    {
        // is_secret_access_key_format_valid: [[:alnum:]|_|\.|\+|/|\^|~|=|%|\-]{40}
        $secret = $this->secret('Ab1_.+/^~=%|-' . str_repeat('x', 27));
        $this->setState(['access_keys' => [['access_key_id' => 'OXIDEHANDMADEKEY0001', 'secret_key' => $secret, 'user' => 'admin', 'permissions' => []]]]);
        $r = $this->testConnectionWith("OXIDEHANDMADEKEY0001:$secret\npin={$this->panel->sha256}");
        $this->assertTrue($r['success'], $r['error'] ?? '');
    }

    public function testLegacyAdminPasswordRunsTheLifecycle(): void
    {
        $password = $this->secret($this->hestia()->adminPassword);
        $legacy = $this->hestiaServer("pin={$this->panel->sha256}", ['username' => 'admin', 'password' => $password]);
        $this->assertTrue($this->server($legacy, 'TestConnection')['success']);
        $this->useServer($legacy);
        $id = $this->newService($this->product());
        foreach (['CreateAccount', 'SuspendAccount', 'UnsuspendAccount', 'TerminateAccount'] as $fn) {
            $this->assertSame('success', $this->service($id, $fn), $fn);
        }
        $this->assertSame([], $this->panelUserNames());
    }

    public function testHestiasBillingProfileIsNamedByTestConnection(): void
    {
        $key = json_decode($this->must('v-add-access-key', 'admin', 'billing', 'billing', 'json'), true);
        $r = $this->testConnectionWith("{$key['ACCESS_KEY_ID']}:{$this->secret($key['SECRET_ACCESS_KEY'])}\npin={$this->panel->sha256}");
        $this->assertFalse($r['success']);
        $this->assertStringContainsString('may not run v-list-sys-info', $r['error']);
        $this->assertStringContainsString('billing profile', $r['error']);
    }

    /** Disk and bandwidth made real and counted the way HestiaCP's cron counts them. */
    private function realUsage(string $user, string $domain, int $diskMb, int $trafficMb): array
    {
        $this->hestia()->shell(sprintf(
            'fallocate -l %dM /home/%2$s/oxide-usage.bin && chown %2$s: /home/%2$s/oxide-usage.bin'
            . ' && for i in $(seq %3$d); do echo 1048576; done > /var/log/nginx/domains/%4$s.bytes',
            $diskMb, $user, $trafficMb, $domain
        ));
        $this->must('v-update-user-disk', $user);
        $this->must('v-update-web-domains-traff', $user);
        $this->must('v-update-user-stats', $user);
        $conf = json_decode($this->must('v-list-user', $user, 'json'), true)[$user];
        return [(int) $conf['U_DISK'], (int) $conf['U_BANDWIDTH']];
    }

    public function testUsageUpdateWritesWhatHestiaCounted(): void
    {
        $id = $this->activeService(['After creation' => 'web']);
        [$disk, $traffic] = $this->realUsage('shopuser', 'shop.example', 3, 5);
        $this->assertGreaterThanOrEqual(3, $disk, 'HestiaCP counted the disk usage');
        $this->assertSame(5, $traffic, 'HestiaCP counted the traffic');
        $this->assertSame('success', $this->server($this->serverId, 'UsageUpdate'));
        $row = $this->host->service($id);
        $this->assertSame([$disk, $traffic, 10240, 102400], [(int) $row['diskusage'], (int) $row['bwusage'], (int) $row['disklimit'], (int) $row['bwlimit']]);
    }

    public function testPackageChangeIsRefusedWhenRealUsageExceedsTheNewLimits(): void
    {
        $id = $this->activeService(['After creation' => 'web']);
        [$disk] = $this->realUsage('shopuser', 'shop.example', 12, 0);
        $this->assertGreaterThanOrEqual(12, $disk);
        $this->host->updateService($id, ['packageid' => $this->product(['Disk quota (MB)' => '10'] + self::CUSTOM)]);
        $r = $this->service($id, 'ChangePackage');
        $this->assertStringStartsWith('ChangePackage failed:', $r);
        $this->assertStringContainsString("Disk quota (MB) 10 MB < $disk MB used", $r);
        $this->assertSame('gold', $this->panelUser('shopuser')['PACKAGE']);
        $this->assertArrayNotHasKey('oxide-real', $this->state()['packages'], 'nothing deployed');
    }

    public function testIdnDomainIsCreatedInPunycode(): void
    {
        $this->activeService(['After creation' => 'web'], 'Bücher.Example');
        $this->assertSame(['xn--bcher-kva.example'], array_keys($this->panelUser('shopuser')['web_domains']));
    }

    public function testDomainSetupCreatesWebDnsAndMailOnThePanel(): void
    {
        $this->activeService(['After creation' => 'domain'], 'www.shop.example');
        $user = $this->panelUser('shopuser');
        foreach (['web_domains', 'dns_domains', 'mail_domains'] as $kind) {
            $this->assertSame(['shop.example'], array_keys($user[$kind]), $kind);
        }
    }

    public function testRedeployedCustomPackageKeepsOneFileInTmp(): void
    {
        $id = $this->activeService(self::CUSTOM);
        foreach (['3072', '4096'] as $quota) {
            $this->host->updateService($id, ['packageid' => $this->product(['Disk quota (MB)' => $quota] + self::CUSTOM)]);
            $this->assertSame('success', $this->service($id, 'ChangePackage'));
        }
        $this->assertSame('4096', $this->panelUser('shopuser')['DISK_QUOTA']);
        $files = array_keys($this->state()['tmp_files']);
        $this->assertCount(1, $files, 'three deployments of one package, one file: ' . implode(', ', $files));
        $this->assertStringContainsString("DISK_QUOTA='4096'", $this->hestia()->shell('cat ' . escapeshellarg($files[0])));
    }

    public function testFailedLetsEncryptLeavesTheAccountActive(): void
    {
        // The private root sends ACME to loopback, where nothing answers: the real command fails.
        $id = $this->newService($this->product(['After creation' => 'web,letsencrypt']));
        $this->assertSame('success', $this->service($id, 'CreateAccount'));
        $this->assertSame('Active', $this->host->service($id)['domainstatus']);
        $this->assertSame([], $this->panelUser('shopuser')['certificates']);
        $this->assertStringContainsString("Let's Encrypt", $this->activityLogText());
    }
}
