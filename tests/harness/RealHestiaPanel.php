<?php
/**
 * RealHestiaPanel (global namespace): the real HestiaCP seen through the simulator's control
 * API, so the oxide_hestiacp suites run unchanged against both targets.
 *
 *   GET /state      users (user.conf + web/dns/mail domains + certificates), packages, tmp_files,
 *                   read from the panel's own data files
 *   POST /state     users (add, delete, suspend, package, contact, password, web domains),
 *                   packages (add/rewrite/delete), access_keys — each done with HestiaCP's commands
 *   GET /requests   what reached the API, from nginx's log of request bodies
 *   POST /reset     back to the fixture: only the admin, the shipped packages and `gold`, an empty /tmp
 *
 * What only a simulator can do (faults, Let's Encrypt outcomes, usage numbers out of thin air)
 * throws SimulatorOnly: such tests carry `@group simulator-only`.
 */

require_once __DIR__ . '/RealHestia.php';

final class SimulatorOnly extends RuntimeException
{
}

final class RealHestiaPanel
{
    /** The test suites' limited package (the simulator starts with it too). */
    private const GOLD = [
        'WEB_TEMPLATE' => 'default', 'PROXY_TEMPLATE' => 'default', 'BACKEND_TEMPLATE' => 'default',
        'DNS_TEMPLATE' => 'default', 'WEB_DOMAINS' => '5', 'WEB_ALIASES' => '10', 'DNS_DOMAINS' => '5',
        'DNS_RECORDS' => 'unlimited', 'MAIL_DOMAINS' => '5', 'MAIL_ACCOUNTS' => '50', 'RATE_LIMIT' => '200',
        'DATABASES' => '5', 'CRON_JOBS' => '5', 'DISK_QUOTA' => '10240', 'CPU_QUOTA' => 'unlimited',
        'CPU_QUOTA_PERIOD' => 'unlimited', 'MEMORY_LIMIT' => 'unlimited', 'SWAP_LIMIT' => 'unlimited',
        'BANDWIDTH' => '102400', 'NS' => 'ns1.example.com,ns2.example.com', 'SHELL' => 'nologin',
        'BACKUPS' => '3', 'BACKUPS_INCREMENTAL' => 'no',
    ];
    private const REQUEST_LOG = '/var/log/hestia/api-requests.log';
    /**
     * Waits (up to 3 s) until nginx answers or logs no API request: the client has its answer
     * before nginx writes the log line, so a log read right after a call could miss it.
     */
    private const SETTLED = 'for _ in $(seq 150); do '
        . 'case "$(curl -s --unix-socket /run/oxide-panel-status.sock http://status/)" in *"Writing: 1 "*) break;; esac; '
        . 'sleep 0.02; done; ';

    public RealHestia $hestia;
    public string $url;
    public int $port;
    public string $sha256;
    public bool $tls = true;
    public string $keyId;
    public string $keySecret;

    /** @var string[] packages of the fixture (kept by reset) */
    private array $basePackages;
    private static ?RealHestiaPanel $shared = null;

    /** Whether this run targets the real HestiaCP (OXIDE_HESTIA_TARGET=real) rather than the simulator. */
    public static function wanted(): bool
    {
        return getenv('OXIDE_HESTIA_TARGET') === 'real';
    }

    public static function shared(): self
    {
        if (self::$shared === null) {
            self::$shared = new self(RealHestia::shared());
        }
        return self::$shared;
    }

    public function __construct(RealHestia $hestia)
    {
        $this->hestia = $hestia;
        $this->url = $hestia->url;
        $this->port = $hestia->port;
        $this->sha256 = $hestia->sha256;
        $this->keyId = $hestia->keyId;
        $this->keySecret = $hestia->keySecret;
        $this->writePackage('gold', self::GOLD, false);
        $this->basePackages = array_keys($this->state()['packages']);
    }

    /** The simulator's control API, answered by the real panel. */
    public function control(string $method, string $path, $jsonBody = null): array
    {
        switch (strtoupper($method) . ' ' . $path) {
            case 'POST /reset':
                $this->reset();
                return [];
            case 'GET /state':
                return $this->state();
            case 'POST /state':
                $this->applyState(json_decode(json_encode($jsonBody), true) ?? []);
                return [];
            case 'GET /requests':
                return $this->requests();
            case 'DELETE /requests':
                $this->hestia->shell(self::SETTLED . ': > ' . self::REQUEST_LOG);
                return [];
        }
        throw new SimulatorOnly("$method $path needs the simulator");
    }

    public function reset(): void
    {
        $state = $this->state();
        foreach (array_keys($state['users']) as $user) {
            if ($user !== $this->hestia->adminUser) {
                $this->must('v-delete-user', $user);
            }
        }
        foreach (array_keys($state['packages']) as $package) {
            if (!in_array($package, $this->basePackages, true)) {
                $this->must('v-delete-user-package', $package);
            }
        }
        if (array_diff_assoc(self::GOLD, $state['packages']['gold'] ?? []) !== []) {
            $this->writePackage('gold', self::GOLD, true);
        }
        // Keys the tests added; the fixture's own key stays.
        $this->hestia->shell('cd ' . RealHestia::HESTIA . '/data/access-keys && for k in *; do [ "$k" = ' . escapeshellarg($this->keyId) . ' ] || rm -f -- "$k"; done; '
            . 'find /tmp -mindepth 1 -maxdepth 1 -exec rm -rf -- {} +; ' . self::SETTLED . ': > ' . self::REQUEST_LOG);
    }

    /** The panel's state in the simulator's shape, from HestiaCP's data files. */
    public function state(): array
    {
        $h = RealHestia::HESTIA;
        $dump = $this->hestia->shell(<<<SH
            for d in $h/data/users/*/; do
                u=\$(basename "\$d"); echo "@@USER \$u"; cat "\$d/user.conf"
                for k in web dns mail; do echo "@@\$k"; cat "\$d/\$k.conf" 2>/dev/null || true; done
            done
            for p in $h/data/packages/*.pkg; do echo "@@PKG \$(basename "\$p" .pkg)"; cat "\$p"; done
            echo "@@TMP"; ls -A1 /tmp
            SH);
        $state = ['root_user' => $this->hestia->adminUser, 'users' => [], 'packages' => [], 'tmp_files' => []];
        $section = null;
        $name = '';
        foreach (explode("\n", $dump) as $line) {
            if (preg_match('/^@@(USER|PKG) (.+)$/', $line, $m)) {
                [$section, $name] = [$m[1], $m[2]];
                if ($section === 'USER') {
                    $state['users'][$name] = ['web_domains' => [], 'dns_domains' => [], 'mail_domains' => [], 'certificates' => []];
                } else {
                    $state['packages'][$name] = [];
                }
                continue;
            }
            if (preg_match('/^@@(web|dns|mail|TMP)$/', $line, $m)) {
                $section = $m[1];
                continue;
            }
            if (trim($line) === '') {
                continue;
            }
            $kv = self::parseConfLine($line);
            switch ($section) {
                case 'USER':
                    $state['users'][$name] += $kv;
                    break;
                case 'PKG':
                    $state['packages'][$name] += $kv;
                    break;
                case 'web':
                case 'dns':
                case 'mail':
                    $domain = $kv['DOMAIN'] ?? '';
                    unset($kv['DOMAIN']);
                    $state['users'][$name][$section . '_domains'][$domain] = $kv;
                    if ($section !== 'dns' && ($kv['SSL'] ?? 'no') === 'yes') {
                        $state['users'][$name]['certificates'][] = ['domain' => $domain, 'kind' => $section];
                    }
                    break;
                case 'TMP':
                    $state['tmp_files']['/tmp/' . $line] = true;
                    break;
            }
        }
        return $state;
    }

    /**
     * Whether `$password` is the panel user's system password: the /etc/shadow hash that
     * v-change-user-password set (the `!` of a suspended, locked user aside), checked with
     * libc's crypt as PAM would. HestiaCP's own v-check-user-password refuses suspended users.
     */
    public function checkPassword(string $user, string $password): bool
    {
        [$code, $out] = $this->hestia->exec(['perl', '-e', <<<'PL'
            my ($user, $pw) = @ARGV;
            open(my $f, '<', '/etc/shadow') or exit 2;
            while (<$f>) {
                my ($name, $hash) = split /:/;
                next unless $name eq $user;
                $hash =~ s/^!//;
                exit(crypt($pw, $hash) eq $hash ? 0 : 1);
            }
            exit 3;
            PL, $user, $password]);
        return $code === 0;
    }

    /** Requests that reached the API, in the simulator's request-log shape. */
    public function requests(): array
    {
        $out = [];
        foreach (explode("\n", $this->hestia->shell(self::SETTLED . 'cat ' . self::REQUEST_LOG)) as $line) {
            $entry = json_decode($line, true);
            if (!is_array($entry)) {
                continue;
            }
            $fields = [];
            foreach (explode('&', (string) $entry['body']) as $pair) {
                if ($pair === '') {
                    continue;
                }
                [$k, $v] = array_pad(explode('=', $pair, 2), 2, '');
                $fields[] = [urldecode($k), urldecode($v)];
            }
            $cmd = '';
            foreach ($fields as [$k, $v]) {
                if ($k === 'cmd') {
                    $cmd = $v;
                }
            }
            $out[] = ['route' => $cmd, 'fields' => $fields, 'status' => (int) $entry['status'],
                'ms' => 1000 * (float) ($entry['rt'] ?? 0), 'end' => (float) ($entry['t'] ?? 0)];
        }
        return $out;
    }

    private function applyState(array $doc): void
    {
        foreach ($doc as $key => $value) {
            switch ($key) {
                case 'access_keys':
                    foreach ($value as $k) {
                        $this->writeAccessKey($k);
                    }
                    break;
                case 'packages':
                    foreach ($value as $name => $conf) {
                        if ($conf === null) {
                            $this->must('v-delete-user-package', $name);
                        } else {
                            $this->writePackage($name, $conf + ($this->state()['packages'][$name] ?? self::GOLD), true);
                        }
                    }
                    break;
                case 'users':
                    foreach ($value as $name => $conf) {
                        $this->applyUser($name, $conf);
                    }
                    break;
                default:
                    throw new SimulatorOnly("state '$key' needs the simulator");
            }
        }
    }

    private function applyUser(string $name, ?array $conf): void
    {
        $users = $this->state()['users'];
        if ($conf === null) {
            if (isset($users[$name])) {
                $this->must('v-delete-user', $name);
            }
            return;
        }
        $added = !isset($users[$name]);
        if ($added) {
            $this->must('v-add-user', $name, (string) ($conf['password'] ?? 'Panel-Pass-1'),
                (string) ($conf['CONTACT'] ?? "$name@example.com"), (string) ($conf['PACKAGE'] ?? 'default'));
            $users = $this->state()['users'];
        }
        $now = $users[$name];
        foreach ($conf as $k => $v) {
            switch ($k) {
                case 'password':
                    if (!$added) {
                        $this->must('v-change-user-password', $name, (string) $v);
                    }
                    break;
                case 'CONTACT':
                    if ($now['CONTACT'] !== $v) {
                        $this->must('v-change-user-contact', $name, (string) $v);
                    }
                    break;
                case 'PACKAGE':
                    if ($now['PACKAGE'] !== $v) {
                        $this->must('v-change-user-package', $name, (string) $v, 'yes');
                    }
                    break;
                case 'NAME':
                    $this->must('v-change-user-name', $name, (string) $v);
                    break;
                case 'web_domains':
                    foreach ((array) $v as $domain => $fields) {
                        $domain = (string) $domain;
                        if (!isset($now['web_domains'][$domain])) {
                            $this->must('v-add-web-domain', $name, $domain);
                        }
                        $fields = (array) $fields;
                        if (($fields['SSL'] ?? 'no') === 'yes' && ($now['web_domains'][$domain]['SSL'] ?? 'no') !== 'yes') {
                            $this->addCertificate($name, $domain);
                        }
                    }
                    break;
                case 'SUSPENDED':
                    break; // last, below: a suspended user takes no other change
                default:
                    if (!preg_match('/^[A-Z][A-Z0-9_]*$/', (string) $k) || !array_key_exists($k, $now)) {
                        throw new SimulatorOnly("user field '$k' needs the simulator");
                    }
                    // Counters and limits (U_DISK, U_BANDWIDTH, DISK_QUOTA, ...) set as HestiaCP's
                    // cron and package commands set them: update_user_value in user.conf.
                    // U_DISK is the sum HestiaCP recalculates from its parts: set the part
                    // v-update-user-disk writes (U_DISK_DIRS) with it, so a recalculation keeps it.
                    if ($k === 'U_DISK') {
                        $this->setUserValue($name, 'U_DISK_DIRS', (string) $v);
                    }
                    if ($now[$k] !== (string) $v) {
                        $this->setUserValue($name, (string) $k, (string) $v);
                    }
            }
        }
        if (isset($conf['SUSPENDED']) && $conf['SUSPENDED'] !== $now['SUSPENDED']) {
            $this->must($conf['SUSPENDED'] === 'yes' ? 'v-suspend-user' : 'v-unsuspend-user', $name);
        }
    }

    private function setUserValue(string $user, string $key, string $value): void
    {
        $this->hestia->shell('source /etc/hestiacp/hestia.conf; source $HESTIA/func/main.sh; update_user_value '
            . implode(' ', array_map('escapeshellarg', [$user, $key, $value])));
    }

    /** A self-signed certificate for the web domain, installed with v-add-web-domain-ssl. */
    private function addCertificate(string $user, string $domain): void
    {
        $dir = '/tmp/oxide-fixture-ssl-' . bin2hex(random_bytes(4));
        $d = escapeshellarg($domain);
        $this->hestia->shell("mkdir -p $dir && openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=$d"
            . " -keyout $dir/$d.key -out $dir/$d.crt 2>/dev/null");
        try {
            $this->must('v-add-web-domain-ssl', $user, $domain, $dir);
        } finally {
            $this->hestia->shell("rm -rf $dir");
        }
    }

    /** A package written as HestiaCP's own UI does: a file in /tmp, v-add-user-package, the file removed. */
    private function writePackage(string $name, array $conf, bool $rewrite): void
    {
        $exists = $this->hestia->exec(['test', '-f', RealHestia::HESTIA . "/data/packages/$name.pkg"])[0] === 0;
        if ($exists && !$rewrite) {
            return;
        }
        unset($conf['TIME'], $conf['DATE']);
        $text = '';
        foreach ($conf as $k => $v) {
            $text .= "$k='$v'\n";
        }
        $tmp = '/tmp/oxide-fixture-pkg-' . bin2hex(random_bytes(4));
        $this->hestia->shell('cat > ' . escapeshellarg($tmp), $text);
        try {
            $this->must(...array_merge(['v-add-user-package', $tmp, $name], $exists ? ['yes'] : []));
            if ($exists) {
                $this->must('v-update-user-package', $name);
            }
        } finally {
            $this->hestia->shell('rm -f ' . escapeshellarg($tmp));
        }
    }

    /** A key file exactly as v-add-access-key writes it. */
    private function writeAccessKey(array $k): void
    {
        $id = (string) $k['access_key_id'];
        if (!preg_match('/^[A-Za-z0-9]{20}$/', $id)) {
            throw new InvalidArgumentException("access key id $id");
        }
        $perms = implode(',', (array) ($k['permissions'] ?? []));
        $text = sprintf("SECRET_ACCESS_KEY='%s'\nUSER='%s'\nPERMISSIONS='%s'\nCOMMENT='%s'\nTIME='%s'\nDATE='%s'\nEXPIRES_IN=''\nIP=''\n",
            $k['secret_key'], $k['user'] ?? 'admin', $perms, 'tests', date('H:i:s'), date('Y-m-d'));
        $path = RealHestia::HESTIA . "/data/access-keys/$id";
        $this->hestia->shell('cat > ' . escapeshellarg($path) . ' && chmod 640 ' . escapeshellarg($path), $text);
    }

    private function must(string $cmd, string ...$args): string
    {
        [$code, $out, $err] = $this->hestia->run($cmd, ...$args);
        if ($code !== 0) {
            throw new RuntimeException("real HestiaCP: $cmd " . implode(' ', $args) . " exited $code: " . trim($out . $err));
        }
        return $out;
    }

    /** `KEY='value' KEY2='v2'` as HestiaCP's conf files hold them. */
    private static function parseConfLine(string $line): array
    {
        preg_match_all("/([A-Z0-9_]+)='([^']*)'/", $line, $m, PREG_SET_ORDER);
        $out = [];
        foreach ($m as [, $k, $v]) {
            $out[$k] = $v;
        }
        return $out;
    }
}
