#!/usr/bin/env bash
# Runs every test suite (cargo, stubs, PHPUnit, .phpt, the release binary and packages, browser),
# keeps going after a failure so the summary shows everything, and exits non-zero if anything
# failed.
set -uo pipefail
cd "$(dirname "$0")/.."

EXT=${OXIDE_EXT:-$PWD/build/whmcs_oxide.so}
DIST_EXT=${OXIDE_DIST_EXT:-$PWD/build/dist/whmcs_oxide.so}
LOGS=target/test-logs
mkdir -p "$LOGS" tests/artifacts
PHPX=(php -d "extension=$EXT")

declare -a NAMES RESULTS
total_pass=0
total_fail=0

# The release binary (make dist: Zig toolchain, fat-LTO build for glibc 2.28, packages) builds
# in the background while the first suites run: it has its own target dir, and much of the
# suites' time is spent waiting (timeouts in the fault matrices, panel commands). Its checks
# come after the other suites. OXIDE_DIST_EXT given: that binary is used as it is.
if [ -z "${OXIDE_DIST_EXT:-}" ]; then
    rm -f "$LOGS/dist-build.rc"
    ( ${MAKE:-make} -s dist > "$LOGS/dist-build.log" 2>&1; echo $? > "$LOGS/dist-build.rc" ) &
    dist_build=$!
fi

record() { # name passed failed
    NAMES+=("$1"); RESULTS+=("$2 passed, $3 failed")
    total_pass=$((total_pass + $2)); total_fail=$((total_fail + $3))
}

# PHPUnit's closing line -> record NAME (OK (N tests...) or Tests: N ... Failures/Errors).
record_phpunit() { # name log rc
    local line t bad
    line=$(grep -E '^(OK \(|Tests: )' "$2" | tail -1)
    if [[ $line =~ ^OK\ \(([0-9]+)\ test ]]; then
        record "$1" "${BASH_REMATCH[1]}" 0
    elif [[ $line =~ Tests:\ ([0-9]+) ]]; then
        t=${BASH_REMATCH[1]}
        bad=$(echo "$line" | grep -Eo '(Failures|Errors): [0-9]+' | awk '{s+=$2} END {print s+0}')
        [ "$3" -ne 0 ] && [ "$bad" -eq 0 ] && bad=1
        record "$1" $((t - bad)) "$bad"
    else
        record "$1" 0 1
    fi
}

# Waits for the PHPUnit runs started in the background (their pids in the array `pids`, in
# order), prints each one's log and records it.
wait_and_record() { # "name|log" per run
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
cargo_rc=${PIPESTATUS[0]}
p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$LOGS/cargo.log" | awk '{s+=$4} END {print s+0}')
f=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$LOGS/cargo.log" | awk '{s+=$6} END {print s+0}')
[ "$cargo_rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
record "cargo test" "$p" "$f"

echo "== stubs match the built extension"
if "${PHPX[@]}" stubs/generate.php | diff -u stubs/whmcs_oxide.stub.php - > "$LOGS/stubs.log"; then
    record "stubs" 1 0
else
    cat "$LOGS/stubs.log"; echo "stubs/whmcs_oxide.stub.php is stale: run make stubs"
    record "stubs" 0 1
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
        "${PHPX[@]}" /usr/bin/phpunit -c tests/phpunit.xml --exclude-group real-panel,release-binary > "$LOGS/phpunit-mariadb-strict.log" 2>&1 &
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
            php -d "extension=$DIST_EXT" /usr/bin/phpunit -c tests/phpunit.xml --exclude-group real-panel
    ) > "$LOGS/phpunit-mariadb-nonstrict.log" 2>&1 &
    pids+=($!)
fi
"${PHPX[@]}" /usr/bin/phpunit -c tests/phpunit.xml --exclude-group real-panel,release-binary 2>&1 | tee "$LOGS/phpunit.log"
record_phpunit "phpunit" "$LOGS/phpunit.log" "${PIPESTATUS[0]}"
if [ -z "$socket" ]; then
    cat "$LOGS/mariadb.log"; echo "MariaDB did not start"
    record "mariadb" 0 1
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
    'HestiaCreateTest|HestiaRealPanelTest|HestiaUsageTest|HestiaInputValidationTest|HestiaUsernameRuleTest|HestiaCreateRecoveryTest|HestiaChangePackageTest|HestiaDriftTest'
)
pids=()
for i in 0 1; do
    OXIDE_HESTIA_TARGET=real "${PHPX[@]}" /usr/bin/phpunit -c tests/phpunit.xml --testsuite hestia \
        --exclude-group simulator-only --filter "/^(${REAL_HALVES[$i]})::/" > "$LOGS/phpunit-real-$i.log" 2>&1 &
    pids+=($!)
done
wait_and_record "real panel 1/2|$LOGS/phpunit-real-0.log" "real panel 2/2|$LOGS/phpunit-real-1.log"
# Every oxide_hestiacp test class is in one half.
for f in tests/phpunit/modules/Hestia*Test.php; do
    c=$(basename "$f" .php)
    printf '%s\n' "${REAL_HALVES[@]}" | tr '|' '\n' | grep -qx "$c" || { echo "$c is in neither real-panel half"; record "real halves" 0 1; }
done
sleep 1 # the panel's processes end with its namespace
tests/real-hestia/host-state.sh > "$LOGS/host-after.txt"
if diff -u "$LOGS/host-before.txt" "$LOGS/host-after.txt"; then
    echo "the host is as it was: users, /etc, /home, /usr/local/hestia, listening ports"
    record "host intact" 1 0
else
    echo "the real-panel run changed the host (diff above)"
    record "host intact" 0 1
fi

echo "== .phpt (PHP extension tests)"
NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$(command -v php) php /usr/lib/php/*/build/run-tests.php -q \
    -d "extension=$EXT" tests/phpt 2>&1 | tee "$LOGS/phpt.log"
p=$(grep -E '^Tests passed' "$LOGS/phpt.log" | grep -Eo '[0-9]+' | head -1)
f=$(grep -E '^Tests failed' "$LOGS/phpt.log" | grep -Eo '[0-9]+' | head -1)
record "phpt" "${p:-0}" "${f:-1}"

echo "== release (dist) binary: portability, .phpt, PHPUnit subset, install into a private root"
if [ -n "${dist_build:-}" ]; then
    wait "$dist_build"
    if [ "$(cat "$LOGS/dist-build.rc" 2>/dev/null)" != 0 ]; then
        tail -40 "$LOGS/dist-build.log"; echo "make dist failed (target/test-logs/dist-build.log)"
        record "dist build" 0 1
    fi
fi
# tests/dist/run.sh prints one RESULT|name|passed|failed line per check; each is a summary line.
if [ -f "$DIST_EXT" ]; then
    tests/dist/run.sh 2>&1 | tee "$LOGS/dist.log"
    while IFS='|' read -r _ name p f; do record "$name" "$p" "$f"; done < <(grep '^RESULT|' "$LOGS/dist.log")
else
    echo "no dist build (make dist): the release checks did not run"
    record "dist" 0 1
fi

echo "== browser (headless Chromium through the harness client area)"
timeout 400 node --test --test-reporter=tap --test-timeout=150000 tests/browser/ 2>&1 | tee "$LOGS/browser.log"
browser_rc=${PIPESTATUS[0]}
p=$(grep -E '^# pass [0-9]+' "$LOGS/browser.log" | grep -Eo '[0-9]+' | tail -1)
f=$(grep -E '^# fail [0-9]+' "$LOGS/browser.log" | grep -Eo '[0-9]+' | tail -1)
f=${f:-0}
[ "$browser_rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
record "browser" "${p:-0}" "$f"

echo
echo "== summary"
for i in "${!NAMES[@]}"; do printf '  %-26s %s\n' "${NAMES[$i]}" "${RESULTS[$i]}"; done
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
