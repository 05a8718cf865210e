#!/usr/bin/env bash
# Inside the PHP 8.4 root (tests/php84/inside.sh): the suites with PHP 8.4. Each writes its log
# (and JUnit file) under target/test-logs/php84/ and its exit status beside it as NAME.rc;
# tests/php84/run.sh records them on the host as make test records its suites.
set -uo pipefail
REPO=$1
cd "$REPO"
L=target/test-logs/php84
PHP=/usr/bin/php8.4
RUN_TESTS=$(echo /usr/lib/php/*/build/run-tests.php)
echo "PHP $($PHP -r 'echo PHP_VERSION, PHP_ZTS ? " ZTS" : " NTS";') in Debian $(cat /etc/debian_version)"

echo "== php8.4: .phpt"
NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$PHP $PHP "$RUN_TESTS" -q --no-color -d "extension=$OXIDE_EXT" tests/phpt > "$L/phpt.log" 2>&1
echo $? > "$L/phpt.rc"
grep -E '^Tests (passed|failed)' "$L/phpt.log"

echo "== php8.4: PHPUnit through the WHMCS host harness on SQLite (PHPUnit 9.6)"
$PHP -d "extension=$OXIDE_EXT" /usr/bin/phpunit -c tests/phpunit.xml --exclude-group real-panel,release-binary \
    --log-junit "$L/phpunit.junit.xml" > "$L/phpunit.log" 2>&1
echo $? > "$L/phpunit.rc"
tail -n 3 "$L/phpunit.log"

if [ -f "$OXIDE_DIST_EXT" ]; then
    echo "== php8.4: dist binary: .phpt and the PHPUnit subset (php-fpm, create and lifecycle per module)"
    NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$PHP $PHP "$RUN_TESTS" -q --no-color -d "extension=$OXIDE_DIST_EXT" tests/phpt > "$L/dist-phpt.log" 2>&1
    echo $? > "$L/dist-phpt.rc"
    grep -E '^Tests (passed|failed)' "$L/dist-phpt.log"
    OXIDE_DEV_EXT=$OXIDE_EXT OXIDE_EXT=$OXIDE_DIST_EXT $PHP -d "extension=$OXIDE_DIST_EXT" /usr/bin/phpunit -c tests/phpunit.xml \
        --exclude-group real-panel \
        --filter '/^(FpmRunTest|FpmReloadTest|HestiaCreateTest|CpanelCreateTest|CpanelUsageTest|VpncpCreateTest|StoregridLifecycleTest)::/' \
        --log-junit "$L/dist-phpunit.junit.xml" > "$L/dist-phpunit.log" 2>&1
    echo $? > "$L/dist-phpunit.rc"
    tail -n 3 "$L/dist-phpunit.log"
fi
