#!/usr/bin/env bash
# The suites on a PHP built from source (tests/php-src/build-php.sh), debug NTS or debug ZTS:
#   tests/php-src/run.sh <version>-<flavour>       e.g. 8.2-debug, 8.2-zts-debug
#   (OXIDE_PHP_SRC_PREFIX: that PHP's prefix; OXIDE_PHP_SRC_EXT: the extension built for it)
# - the .phpt suite, run by THAT PHP's own run-tests.php;
# - the PHPUnit subset (SUBSET below) through the WHMCS harness against the simulators, which
#   together with the functions our PHP glue calls (GLUE below) calls every function in
#   stubs/whmcs_oxide.stub.php (the harness writes what it calls to OXIDE_CALL_TRACE);
# - a planted leak (tests/php-src/planted/): the runner must catch it.
# A debug PHP reports leaks and failed assertions on stderr, and run-tests.php passes a test whose
# expected output ends in %A whatever is printed after it; so every PHP this runner starts runs
# through tests/php-src/php-stderr-log, which copies its stderr to a log, and any leak report or
# assertion line there fails the suite. Results go to $OXIDE_RESULTS_DIR as "php<name> ..." suites
# (alone: into target/test-logs/php-src/<name>/ with a summary).
set -uo pipefail
cd "$(dirname "$0")/../.."
NAME=${1:?usage: run.sh <version>-<flavour>}
S="php$NAME"
L=$PWD/target/test-logs/php-src/$NAME
. tests/php-src/common.sh
echo "PHP $("$PHP" -r 'echo PHP_VERSION, PHP_ZTS ? " ZTS" : " NTS", PHP_DEBUG ? " debug" : " release";') at $PREFIX"
WRAP=$PWD/tests/php-src/php-stderr-log
export OXIDE_REAL_PHP=$PHP

# Leak reports (=== Total N memory leaks detected ===, "...(N bytes), script=..." and the
# "Script:" line before them), failed Zend or C assertions, heap corruption, fatal signals.
BAD='memory leaks detected|Freeing 0x[0-9a-fA-F]+ \([0-9]+ bytes\)|Last leak repeated|Assertion .* failed|ZEND_ASSERT|zend_mm_heap corrupted|Segmentation fault|Aborted|core dumped'
stderr_clean() { # suite name stderr-log: one check "no leak report, no assertion"
    if grep -Eq "$BAD" "$3"; then
        echo "$1: leak or assertion reports in $3:"; grep -E "$BAD" "$3" | head -20
        RESULTS check "$1" "$2" fail; return 1
    fi
    RESULTS check "$1" "$2" pass
}
run_phpt() { # stderr-log junk-log dir [extension]: run-tests.php of this PHP over dir
    OXIDE_STDERR_LOG=$1 NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$WRAP \
        "$WRAP" "$PREFIX/lib/php/build/run-tests.php" -q --no-color ${4:+-d "extension=$4"} "$3" > "$2" 2>&1
}

echo "== $S: .phpt (this PHP's run-tests.php)"
: > "$L/phpt.stderr"
run_phpt "$L/phpt.stderr" "$L/phpt.log" tests/phpt "$EXT"
OXIDE_SUITE_RC=$? RESULTS phpt "$S phpt" "$L/phpt.log"
grep -E '^Tests (passed|failed)' "$L/phpt.log"
stderr_clean "$S phpt leaks" "the .phpt suite: no leak report, no failed assertion" "$L/phpt.stderr"

if "$PHP" -r 'exit(PHP_DEBUG ? 0 : 1);'; then
    echo "== $S: a planted leak (zend_test's zend_leak_bytes) fails the run"
    # run-tests.php itself passes the planted test (its expected output ends in %A); the leak
    # report on stderr is what must be caught.
    : > "$L/planted.stderr"
    run_phpt "$L/planted.stderr" "$L/planted.log" tests/php-src/planted
    if grep -Eq '\bPASS .*planted/leak\.phpt' "$L/planted.log" && grep -Eq "$BAD" "$L/planted.stderr"; then
        RESULTS check "$S planted leak" "a planted leak passes run-tests.php and is caught by this runner" pass
        echo "caught: $(grep -Ec "$BAD" "$L/planted.stderr") leak report lines"
    else
        cat "$L/planted.log" "$L/planted.stderr"
        RESULTS check "$S planted leak" "a planted leak passes run-tests.php and is caught by this runner" fail
    fi
fi

echo "== $S: PHPUnit subset through the WHMCS harness (every exported function)"
# One lifecycle and the client area, usage, drift, adoption and connection tests of each module.
SUBSET='HestiaFoundationTest|HestiaCreateTest|HestiaSuspendTerminateTest|HestiaChangePasswordTest|HestiaChangePackageTest|HestiaClientAreaTest|HestiaUsageTest|HestiaFileManagerTest|HestiaLetsEncryptTest|HestiaDriftTest|HestiaAdoptTest|HestiaViewsTest'
SUBSET+='|CpanelConnectionTest|CpanelCreateTest|CpanelManageTest|CpanelClientAreaTest|CpanelUsageTest|CpanelMetricsTest|CpanelResellerTest|CpanelDriftTest|CpanelAdoptTest|CpanelViewsTest'
SUBSET+='|VpncpCreateTest|VpncpLifecycleTest|VpncpClientAreaTest|VpncpUsageTest|VpncpDriftTest|VpncpSelectionTest|VpncpProductPageTest|VpncpTemplatesTest'
SUBSET+='|StoregridLifecycleTest|StoregridClientAreaTest|StoregridDriftTest|StoregridHooksTest|StoregridSignupTest|StoregridPassKeyTest'
# Called by our PHP glue (drift hooks and widget, the oxide addon) or directly by a test, not
# through WhmcsHost::call, so not in the trace; the subset's drift, adoption and metrics tests
# run them. Any other exported function must be in the trace.
GLUE='DriftCheckServer|DriftWidget|DriftReapplyPackage|DriftRelink|MetricUsage|whmcs_oxide_adopt|whmcs_oxide_adopt_restore'
: > "$L/phpunit.stderr"; : > "$L/calls.txt"
OXIDE_STDERR_LOG=$L/phpunit.stderr OXIDE_CALL_TRACE=$L/calls.txt OXIDE_EXT=$EXT OXIDE_SIM_BIN=$PWD/target/release/oxide-sim \
    "$WRAP" -d "extension=$EXT" /usr/bin/phpunit -c tests/phpunit.xml --exclude-group real-panel,release-binary \
    --filter "/^($SUBSET)::/" --log-junit "$L/phpunit.junit.xml" > "$L/phpunit.log" 2>&1
OXIDE_SUITE_RC=$? RESULTS phpunit "$S phpunit subset" "$L/phpunit.junit.xml" "$L/phpunit.log"
tail -n 3 "$L/phpunit.log"
stderr_clean "$S phpunit leaks" "the PHPUnit subset: no leak report, no failed assertion" "$L/phpunit.stderr"
sed -nE 's/^function ([A-Za-z0-9_]+).*/\1/p' stubs/whmcs_oxide.stub.php | sort -u > "$L/exported.txt"
sort -u "$L/calls.txt" > "$L/called.txt"
missing=$(comm -23 "$L/exported.txt" "$L/called.txt" | grep -Ev "(^|_)($GLUE)$")
if [ -z "$missing" ] && [ -s "$L/exported.txt" ]; then
    RESULTS check "$S every function" "the PHPUnit subset calls every exported function ($(wc -l < "$L/exported.txt"))" pass
else
    echo "exported but not called by the subset:" $missing
    RESULTS check "$S every function" "the PHPUnit subset calls every exported function" fail
fi
finish
