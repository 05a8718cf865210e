#!/usr/bin/env bash
# valgrind's memcheck (Debian's package) over the extension with a debug PHP built from source:
#   tests/php-src/valgrind.sh <version>-<flavour>      (OXIDE_PHP_SRC_PREFIX, OXIDE_PHP_SRC_EXT)
# - the .phpt suite by that PHP's run-tests.php -m (valgrind per test; any report is a LEAK);
# - one lifecycle per module through the PHPUnit harness (create, suspend, unsuspend, terminate,
#   password; LIFECYCLE below), the whole PHP process under valgrind.
# USE_ZEND_ALLOC=0: every PHP allocation is a malloc valgrind sees; pcre.jit=0: PCRE's JIT code
# is not analysable (known false positives); ZEND_DONT_UNLOAD_MODULES=1 keeps the extension's
# symbols for the leak traces. tests/php-src/valgrind.supp holds the remaining known false
# positives, each commented. --error-exitcode: any error (or definite leak) fails the run, and the
# error count is recorded. Results as "php<name> valgrind ..." suites.
set -uo pipefail
cd "$(dirname "$0")/../.."
NAME=${1:?usage: valgrind.sh <version>-<flavour>}
S="php$NAME valgrind"
L=$PWD/target/test-logs/php-src/valgrind-$NAME
. tests/php-src/common.sh
command -v valgrind >/dev/null || { echo "valgrind is not installed (make deps)"; RESULTS check "$S" "valgrind is installed" fail; exit 1; }
SUPP=$PWD/tests/php-src/valgrind.supp
VG_EXIT=97
export USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1
# run-tests.php -m starts valgrind itself; VALGRIND_OPTS adds ours to its command line.
export VALGRIND_OPTS="--suppressions=$SUPP --errors-for-leak-kinds=definite --show-leak-kinds=definite --num-callers=40"

echo "== $S: .phpt under valgrind (run-tests.php -m)"
t0=$(date +%s)
NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$PHP "$PHP" "$PREFIX/lib/php/build/run-tests.php" -q --no-color -m \
    -d pcre.jit=0 -d "extension=$EXT" tests/phpt > "$L/phpt.log" 2>&1
OXIDE_SUITE_RC=$? RESULTS phpt "$S phpt" "$L/phpt.log"
grep -E '^Tests (passed|failed|leaked)' "$L/phpt.log"
# A test valgrind reported on is LEAK and keeps its .mem file: shown here.
for m in tests/phpt/*.mem; do [ -f "$m" ] && { echo "--- $m"; head -60 "$m"; mv "$m" "$L/"; }; done
rm -f tests/phpt/*.{diff,exp,log,out,php,sh} # what run-tests.php keeps of a failed test
echo "phpt under valgrind took $(( $(date +%s) - t0 )) s"

echo "== $S: one lifecycle per module (PHPUnit harness, the whole PHP process under valgrind)"
LIFECYCLE='HestiaCreateTest::testUserGetsWhmcsPasswordContactAndName|HestiaSuspendTerminateTest::testSuspendSuspendsWithOneRequest|HestiaSuspendTerminateTest::testUnsuspendUnsuspendsWithOneRequest|HestiaSuspendTerminateTest::testTerminateDeletesTheUserWithOneRequest'
LIFECYCLE+='|CpanelCreateTest::testCreatesTheAccountWithPlanEmailAndPassword|CpanelManageTest::testSuspendCarriesTheWhmcsReasonAndRepeatsAreSuccess|CpanelManageTest::testTerminateRemovesTheAccountAndReleasesTheDedicatedIp'
LIFECYCLE+='|VpncpCreateTest::testCreatePushesTheCapsAfterTheCreateAndStoresThePasswordEncrypted|VpncpLifecycleTest::testSuspendUnsuspendAreIdempotent|VpncpLifecycleTest::testChangePasswordAndTerminateWithAlreadyGoneAsSuccess'
LIFECYCLE+='|StoregridLifecycleTest'
t0=$(date +%s)
OXIDE_EXT=$EXT OXIDE_SIM_BIN=$PWD/target/release/oxide-sim \
    valgrind --error-exitcode=$VG_EXIT --leak-check=full --log-file="$L/lifecycle.valgrind" \
    "$PHP" -d pcre.jit=0 -d "extension=$EXT" /usr/bin/phpunit -c tests/phpunit.xml --exclude-group real-panel,release-binary \
    --filter "/^($LIFECYCLE)\b/" --log-junit "$L/lifecycle.junit.xml" > "$L/lifecycle.log" 2>&1
rc=$?
echo "lifecycle under valgrind took $(( $(date +%s) - t0 )) s"
tail -n 3 "$L/lifecycle.log"
OXIDE_SUITE_RC=$rc RESULTS phpunit "$S lifecycle" "$L/lifecycle.junit.xml" "$L/lifecycle.log"
errors=$(sed -nE 's/.*ERROR SUMMARY: ([0-9]+) errors.*/\1/p' "$L/lifecycle.valgrind" | tail -n 1)
echo "valgrind: ${errors:-no} errors (suppressed: $(sed -nE 's/.*ERROR SUMMARY: .*suppressed: ([0-9]+).*/\1/p' "$L/lifecycle.valgrind" | tail -n 1))"
if [ "${errors:-x}" = 0 ] && [ "$rc" -ne $VG_EXIT ]; then
    RESULTS check "$S errors" "valgrind reports 0 errors over one lifecycle per module" pass
else
    grep -E '^==[0-9]+== (Invalid|Conditional|Use of|Syscall|Mismatched|Source and dest|.*definitely lost)' -A 12 "$L/lifecycle.valgrind" | head -80
    RESULTS check "$S errors" "valgrind reports 0 errors over one lifecycle per module" fail
fi
finish
