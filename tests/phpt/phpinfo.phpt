--TEST--
phpinfo shows version, git revision, PHP API, target, build date, TLS backend and the modules compiled in
--EXTENSIONS--
whmcs_oxide
--FILE--
<?php
ob_start();
(new ReflectionExtension('whmcs_oxide'))->info();
$info = ob_get_clean();
foreach (['Version', 'Git revision', 'Built for PHP API', 'Target', 'Build date', 'TLS backend', 'Modules'] as $row) {
    echo $row, ': ', preg_match('/^' . preg_quote($row, '/') . ' => (.+)$/m', $info, $m) ? 'yes' : 'MISSING', "\n";
}
preg_match('/^Built for PHP API => (\d+)/m', $info, $m);
ob_start(); phpinfo(INFO_GENERAL); $general = ob_get_clean();
preg_match("/^PHP Extension => (\\d+)/m", $general, $api);
var_dump($m[1] === $api[1]);
var_dump(str_contains($info, 'oxide_hestiacp'));
var_dump(str_contains($info, 'rustls'));
var_dump(phpversion('whmcs_oxide') !== false);
// The target names this PHP's flavour and a glibc baseline; the date is a date, not "unknown".
preg_match('/^Target => (.+)$/m', $info, $t);
var_dump(str_contains($t[1], (PHP_ZTS ? 'ZTS' : 'NTS')) && preg_match('/glibc \d+\.\d+ or newer/', $t[1]) === 1);
var_dump(preg_match('/^Build date => \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/m', $info) === 1);
?>
--EXPECT--
Version: yes
Git revision: yes
Built for PHP API: yes
Target: yes
Build date: yes
TLS backend: yes
Modules: yes
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
