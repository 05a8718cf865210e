--TEST--
Planted leak: zend_test's zend_leak_bytes(); run-tests.php passes it (%A), tests/php-src/run.sh must not
--EXTENSIONS--
zend_test
--FILE--
<?php
zend_leak_bytes(64);
echo "leaked\n";
?>
--EXPECTF--
leaked
%A
