--TEST--
Loading the extension starts no thread and creates no HTTP client (PHP-FPM forks after load)
--EXTENSIONS--
whmcs_oxide
--FILE--
<?php
$tasks = array_diff(scandir('/proc/self/task'), ['.', '..']);
var_dump(count($tasks));
var_dump(extension_loaded('whmcs_oxide'));
// Calls that need no server create no client either.
oxide_hestiacp_MetaData([]);
oxide_hestiacp_ConfigOptions([]);
$tasks = array_diff(scandir('/proc/self/task'), ['.', '..']);
var_dump(count($tasks));
?>
--EXPECT--
int(1)
bool(true)
int(1)
