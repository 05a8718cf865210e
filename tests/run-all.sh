#!/usr/bin/env bash
# Runs every test suite (cargo, stubs, PHPUnit, .phpt, the release binary and packages, browser),
# keeps going after a failure so the summary shows everything, and exits non-zero if anything
# failed.
set -uo pipefail
cd "$(dirname "$0")/.."

EXT=${OXIDE_EXT:-$PWD/build/whmcs_oxide.so}
DIST_EXT=${OXIDE_DIST_EXT:-$PWD/build/dist/whmcs_oxide.so}
LOGS=target/test-logs
# The builds make dist makes in this run (make test sets DIST_ZTS=no): the Makefile's list, worked
# out again here, since the one make test's own make exported was worked out before DIST_ZTS=no.
OXIDE_DIST_BUILDS=$(env -u OXIDE_DIST_BUILDS ${MAKE:-make} -s --no-print-directory print-OXIDE_DIST_BUILDS) || exit 1
export OXIDE_DIST_BUILDS
mkdir -p "$LOGS" tests/artifacts
PHPX=(php -d "extension=$EXT")

# The release binary (make dist: Zig toolchain, fat-LTO build for glibc 2.28, packages) builds
# in the background while the first suites run: it has its own target dir, and much of the
# suites' time is spent waiting (timeouts in the fault matrices, panel commands). Its checks
# come after the other suites. OXIDE_DIST_EXT given: that binary is used as it is.
if [ -z "${OXIDE_DIST_EXT:-}" ]; then
    rm -f "$LOGS/dist-build.rc"
    ( ${MAKE:-make} -s dist > "$LOGS/dist-build.log" 2>&1; echo $? > "$LOGS/dist-build.rc" ) &
    dist_build=$!
fi

# Every suite's result is read into target/test-logs/results.tsv, one line per test execution
# (tests/results.php); the summary at the end counts passed / failed / skipped / incomplete and
# distinct tests, and fails on a skip that tests/skip-allowlist.txt does not allow.
RESULTS() { php tests/results.php "$@"; }
rm -f "$LOGS/results.tsv"

check() { # suite name pass|fail: one check of the run itself (stubs, host intact, ...)
    RESULTS check "$1" "$2" "$3"
}
# A script's RESULT|name|passed|failed lines (tests/dist, tests/setup, tests/release): each is that
# many checks.
record_result_lines() { # log
    local name p f i
    while IFS='|' read -r _ name p f; do
        for ((i = 1; i <= p; i++)); do check "$name" "$name #$i" pass; done
        for ((i = 1; i <= f; i++)); do check "$name" "$name failure #$i" fail; done
    done < <(grep '^RESULT|' "$1")
}

# A PHPUnit run: its JUnit log (every test with its status) and its exit status. Each run is
# started with --log-junit <its log without .log>.junit.xml.
record_phpunit() { # suite log rc
    OXIDE_SUITE_RC=$3 RESULTS phpunit "$1" "${2%.log}.junit.xml" "$2"
}

# Waits for the PHPUnit runs started in the background (their pids in the array `pids`, in
# order), prints each one's log and records it.
wait_and_record() { # "suite|log" per run
    local i=0 entry rc
    for entry in "$@"; do
        wait "${pids[$i]}"; rc=$?
        cat "${entry#*|}"
        record_phpunit "${entry%%|*}" "${entry#*|}" "$rc"
        i=$((i + 1))
    done
}

echo "== cargo test (Rust unit and integration tests against the simulators)"
# More test threads than cores: the fault matrices mostly wait (timeouts, panel latency).
RUST_TEST_THREADS=${RUST_TEST_THREADS:-6} cargo test --release --workspace 2>&1 | tee "$LOGS/cargo.log"
OXIDE_SUITE_RC=${PIPESTATUS[0]} RESULTS cargo "cargo test" "$LOGS/cargo.log"

echo "== stubs match the built extension"
if "${PHPX[@]}" stubs/generate.php | diff -u stubs/whmcs_oxide.stub.php - > "$LOGS/stubs.log"; then
    check stubs "stubs match the extension" pass
else
    cat "$LOGS/stubs.log"; echo "stubs/whmcs_oxide.stub.php is stale: run make stubs"
    check stubs "stubs match the extension" fail
fi

echo "== README figures (make docs-check: from the request-path pins and docs/bench)"
if make -s docs-check > "$LOGS/docs-check.log" 2>&1; then
    cat "$LOGS/docs-check.log"; check docs "README figures match the tests and the bench" pass
else
    cat "$LOGS/docs-check.log"; check docs "README figures match the tests and the bench" fail
fi

echo "== PHPUnit through the WHMCS host harness (panel simulators): dev build on SQLite and MariaDB strict, release binary on MariaDB non-strict"
# The three runs at once: the suites mostly wait on simulators (latency faults, timeouts, the race
# tests' barriers). MariaDB runs WHMCS 8's own tables: one private server (tests/mariadb/start.sh:
# temp datadir, unix socket only, no service) with a database per mode; it stops and its temp dir
# goes when its stdin (the coprocess pipe) closes.
coproc MARIADB { exec tests/mariadb/start.sh whmcs_strict whmcs_nonstrict 2>"$LOGS/mariadb.log"; }
mariadb_pid=$MARIADB_PID
mariadb_in=${MARIADB[1]}
ready=
read -r -t 60 ready <&"${MARIADB[0]}" || true
socket=$(sed -n 's/.*"socket":"\([^"]*\)".*/\1/p' <<<"$ready")
pids=()
if [ -n "$socket" ]; then
    echo "MariaDB ready: $ready"
    OXIDE_WHMCS_DB=mariadb OXIDE_MARIADB_SOCKET=$socket OXIDE_MARIADB_DATABASE=whmcs_strict OXIDE_MARIADB_SQL_MODE=strict \
        "${PHPX[@]}" /usr/bin/phpunit -c tests/phpunit.xml --exclude-group real-panel,release-binary --log-junit "$LOGS/phpunit-mariadb-strict.junit.xml" > "$LOGS/phpunit-mariadb-strict.log" 2>&1 &
    pids+=($!)
    # The non-strict run is the whole suite against the release binary: it starts once make dist
    # (in the background since the start) is done, and includes the reload from the dev build.
    (
        while [ -n "${dist_build:-}" ] && [ ! -s "$LOGS/dist-build.rc" ]; do sleep 2; done
        if [ -n "${dist_build:-}" ] && [ "$(cat "$LOGS/dist-build.rc")" != 0 ]; then
            echo "make dist failed: no release binary to test"; exit 1
        fi
        OXIDE_WHMCS_DB=mariadb OXIDE_MARIADB_SOCKET=$socket OXIDE_MARIADB_DATABASE=whmcs_nonstrict OXIDE_MARIADB_SQL_MODE=nonstrict \
            OXIDE_EXT=$DIST_EXT OXIDE_DIST_EXT=$DIST_EXT OXIDE_DEV_EXT=$EXT \
            php -d "extension=$DIST_EXT" /usr/bin/phpunit -c tests/phpunit.xml --exclude-group real-panel \
                --log-junit "$LOGS/phpunit-mariadb-nonstrict.junit.xml"
    ) > "$LOGS/phpunit-mariadb-nonstrict.log" 2>&1 &
    pids+=($!)
fi
"${PHPX[@]}" /usr/bin/phpunit -c tests/phpunit.xml --exclude-group real-panel,release-binary \
    --log-junit "$LOGS/phpunit.junit.xml" 2>&1 | tee "$LOGS/phpunit.log"
record_phpunit "phpunit sqlite" "$LOGS/phpunit.log" "${PIPESTATUS[0]}"
if [ -z "$socket" ]; then
    cat "$LOGS/mariadb.log"; echo "MariaDB did not start"
    check mariadb "MariaDB started" fail
else
    wait_and_record "phpunit mariadb strict|$LOGS/phpunit-mariadb-strict.log" \
        "phpunit mariadb dist|$LOGS/phpunit-mariadb-nonstrict.log"
fi
exec {mariadb_in}>&-
wait "$mariadb_pid" 2>/dev/null

echo "== PHPUnit: oxide_hestiacp against the real HestiaCP (tests/real-hestia, private root)"
tests/real-hestia/host-state.sh > "$LOGS/host-before.txt"
# Two halves at once, each with a panel of its own: a HestiaCP command is a chain of short
# processes, so one run keeps one core busy; the halves take about as long each.
REAL_HALVES=(
    'HestiaDifferentialTest|HestiaViewsTest|HestiaSuspendTerminateTest|HestiaChangePasswordTest|HestiaFileManagerTest|HestiaFoundationTest|HestiaLetsEncryptTest|HestiaRaceTest|HestiaRequestPathTest|HestiaClientAreaTest'
    'HestiaCreateTest|HestiaRealPanelTest|HestiaUsageTest|HestiaInputValidationTest|HestiaUsernameRuleTest|HestiaCreateRecoveryTest|HestiaChangePackageTest|HestiaDriftTest|HestiaAdoptTest'
)
pids=()
for i in 0 1; do
    OXIDE_HESTIA_TARGET=real "${PHPX[@]}" /usr/bin/phpunit -c tests/phpunit.xml --testsuite hestia \
        --exclude-group simulator-only --filter "/^(${REAL_HALVES[$i]})::/" \
        --log-junit "$LOGS/phpunit-real-$i.junit.xml" > "$LOGS/phpunit-real-$i.log" 2>&1 &
    pids+=($!)
done
wait_and_record "real panel 1/2|$LOGS/phpunit-real-0.log" "real panel 2/2|$LOGS/phpunit-real-1.log"
# Every oxide_hestiacp test class is in one half.
for f in tests/phpunit/modules/Hestia*Test.php; do
    c=$(basename "$f" .php)
    printf '%s\n' "${REAL_HALVES[@]}" | tr '|' '\n' | grep -qx "$c" || { echo "$c is in neither real-panel half"; check "real halves" "$c is in a real-panel half" fail; }
done
sleep 1 # the panel's processes end with its namespace
tests/real-hestia/host-state.sh > "$LOGS/host-after.txt"
if diff -u "$LOGS/host-before.txt" "$LOGS/host-after.txt"; then
    echo "the host is as it was: users, /etc, /home, /usr/local/hestia, listening ports"
    check "host intact" "the real-panel run left the host as it was" pass
else
    echo "the real-panel run changed the host (diff above)"
    check "host intact" "the real-panel run left the host as it was" fail
fi

echo "== .phpt (PHP extension tests)"
NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$(command -v php) php /usr/lib/php/*/build/run-tests.php -q --no-color \
    -d "extension=$EXT" tests/phpt 2>&1 | tee "$LOGS/phpt.log"
OXIDE_SUITE_RC=${PIPESTATUS[0]} RESULTS phpt phpt "$LOGS/phpt.log"

echo "== release (dist) binary: portability, .phpt, PHPUnit subset, install into a private root"
if [ -n "${dist_build:-}" ]; then
    wait "$dist_build"
    if [ "$(cat "$LOGS/dist-build.rc" 2>/dev/null)" != 0 ]; then
        tail -40 "$LOGS/dist-build.log"; echo "make dist failed (target/test-logs/dist-build.log)"
        check dist "make dist" fail
    fi
fi
# tests/dist/run.sh prints one RESULT|name|passed|failed line per check; each is a summary line.
if [ -f "$DIST_EXT" ]; then
    tests/dist/run.sh 2>&1 | tee "$LOGS/dist.log"
    dist_rc=${PIPESTATUS[0]}
    # Each RESULT|name|passed|failed line is that many checks; the script's exit status counts too.
    record_result_lines "$LOGS/dist.log"
    [ "$dist_rc" -eq 0 ] || check dist "tests/dist/run.sh exit status" fail
else
    echo "no dist build (make dist): the release checks did not run"
    check dist "a dist build to test" fail
fi

echo "== the CI release workflow and the local run (make release-local) list the same rows and steps"
tests/release/check-workflow.sh 2>&1 | tee "$LOGS/release-workflow.log"
wf_rc=${PIPESTATUS[0]}
record_result_lines "$LOGS/release-workflow.log"
grep -q '^RESULT|' "$LOGS/release-workflow.log" && [ "$wf_rc" -eq 0 ] || check "release workflow" "tests/release/check-workflow.sh exit status" fail

# PHP 8.4, the debug and ZTS PHPs and valgrind run in make test-matrix (tests/matrix.sh), which
# CI runs after this: together they would not fit make test's 20 minutes.

echo "== whmcs-oxide-setup in EA4, alt-php, Remi, Plesk and Debian layouts (real PHP 8.2 NTS and ZTS, 8.4)"
${MAKE:-make} -s test-setup 2>&1 | tee "$LOGS/setup.log"
setup_rc=${PIPESTATUS[0]}
record_result_lines "$LOGS/setup.log"
grep -q '^RESULT|' "$LOGS/setup.log" && [ "$setup_rc" -eq 0 ] || check "installer layouts" "make test-setup exit status" fail

echo "== browser (headless Chromium through the harness client area)"
timeout 400 node --test --test-reporter=tap --test-timeout=150000 tests/browser/ 2>&1 | tee "$LOGS/browser.log"
OXIDE_SUITE_RC=${PIPESTATUS[0]} RESULTS tap browser "$LOGS/browser.log"

echo
RESULTS summary
