--TEST--
phpinfo shows version, git revision, PHP API, TLS backend and the modules compiled in
--EXTENSIONS--
whmcs_oxide
--FILE--
<?php
ob_start();
(new ReflectionExtension('whmcs_oxide'))->info();
$info = ob_get_clean();
foreach (['Version', 'Git revision', 'Built for PHP API', 'TLS backend', 'Modules'] as $row) {
    echo $row, ': ', preg_match('/^' . preg_quote($row, '/') . ' => (.+)$/m', $info, $m) ? 'yes' : 'MISSING', "\n";
}
preg_match('/^Built for PHP API => (\d+)/m', $info, $m);
ob_start(); phpinfo(INFO_GENERAL); $general = ob_get_clean();
preg_match("/^PHP Extension => (\\d+)/m", $general, $api);
var_dump($m[1] === $api[1]);
var_dump(str_contains($info, 'oxide_hestiacp'));
var_dump(str_contains($info, 'rustls'));
var_dump(phpversion('whmcs_oxide') !== false);
?>
--EXPECT--
Version: yes
Git revision: yes
Built for PHP API: yes
TLS backend: yes
Modules: yes
bool(true)
bool(true)
bool(true)
bool(true)
